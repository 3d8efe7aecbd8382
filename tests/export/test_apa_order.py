"""APA's reference list orders works by their authors as printed (family name
and initials, APA 9.44), so works one author signed "Dana Roe" and "D. Roe"
(both printed "Roe, D.") stand in one run, by date, then title, and their
letters after the year (2024a, 2024b) read in list order (APA 9.47).
Invented names."""

from __future__ import annotations

import re

from app.core import cite
from app.core.citations import MemoCitations
from tests.export.memos import ref


def test_letters_after_the_year_follow_the_reference_list():
    works = {
        "Zeal for the ferry": "Dana Roe",
        "Velmar mill reopens": "D. Roe",
        "Quillon budget passes": "Dana Roe",
        "Brask bridge": "Ann Roe",
    }
    refs = [
        ref(n, author=author, title=title, date="2023-01-01")
        for n, (title, author) in enumerate(works.items(), 1)
    ]
    entries = [cite.plain(e) for e in MemoCitations(refs, "apa").entries()]
    letters = [m[1] for e in entries if (m := re.match(r"Roe, D\. \(2023([a-z])", e))]
    assert letters == ["a", "b", "c"]
    assert entries[0].startswith("Roe, A. (2023")
    assert [e.split(". ")[2] for e in entries[1:]] == [
        "Quillon budget passes",
        "Velmar mill reopens",
        "Zeal for the ferry",
    ]
