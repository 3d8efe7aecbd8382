"""A source list is alphabetical by letters, whatever their accents: an
author "Çelik" stands with the C's, not after the Z's, an outlet "Éclair"
with the E's (CMOS 15.77 and APA 9.44 alphabetize letter by letter; a
diacritic does not move a name). Invented names and outlets."""

from __future__ import annotations

import pytest

from app.core import cite
from app.core.citations import MemoCitations
from tests.export.memos import ref


@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_an_accented_family_name_sorts_with_its_letter(style):
    authors = ["Mira Zorn", "Ren\u00e9e \u00c7elik", "Ivo Brask", "\u00c9mile Dorn"]
    refs = [ref(n, author=a) for n, a in enumerate(authors, 1)]
    entries = [cite.plain(e) for e in MemoCitations(refs, style).entries()]
    assert [e.split(",")[0] for e in entries] == ["Brask", "\u00c7elik", "Dorn", "Zorn"]


def test_ap_lists_an_accented_outlet_with_its_letter():
    outlets = ["Zenith Post", "\u00c9clair Weekly", "Daily Velmar", "Fenn Ledger"]
    refs = [ref(n, outlet=o) for n, o in enumerate(outlets, 1)]
    entries = [cite.plain(e) for e in MemoCitations(refs, "ap").entries()]
    assert [e.split(":")[0] for e in entries] == [
        "Daily Velmar",
        "\u00c9clair Weekly",
        "Fenn Ledger",
        "Zenith Post",
    ]
