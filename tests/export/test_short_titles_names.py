"""A short title is never cut inside a person's name, in a headline-style
title too, where every word is capitalised and capitals say nothing of where
a name ends: not after a given name (of the published list,
app/core/extract/given_names.py) before the surname, not after a title
("Mayor", "Sen.") before the name it belongs to, nor after the words before
such a title. Where no end nor cut is in reach of the start (in a title in
sentence case, a run of capitals is a name), the short title is a phrase
from further in that ends where a phrase ends, as for titles that open
alike, not the first four words. Invented titles; "Dana", "Mara" and
"Tobin" are in the given-names list."""

from __future__ import annotations

import pytest

from app.core.brief import SourceRef
from app.core.citations import MemoCitations
from app.core.cite import plain
from app.core.cite_fields import headline_case, short_title
from app.core.extract.given_names import is_given_name


def test_the_invented_given_names_are_in_the_list():
    assert all(is_given_name(w) for w in ("Dana", "Mara", "Tobin"))
    assert not any(is_given_name(w) for w in ("Vesk", "Quenby", "Falls"))


@pytest.mark.parametrize(
    ("title", "short"),
    [
        (
            "Quarrow Falls Mayor Dana Vesk Announced Efforts on Monday, March 3rd, "
            "to Widen the Harbor Road",
            "Dana Vesk Announced Efforts",
        ),
        (
            "Quarrow Falls Mayor Dana Vesk announced efforts on Monday, March 3rd, "
            "to widen the harbor road",
            "Dana Vesk announced efforts",
        ),
        (
            "Quarrow Falls mayor Dana Vesk announced efforts on Monday to widen the road",
            "Dana Vesk announced efforts",
        ),
        ("Quarrow Falls Mayor Dana Vesk Quits", "Mayor Dana Vesk Quits"),
        ("Harbor Chief Mara Quenby Names New Deputy After Long Search", "Harbor Chief Mara Quenby"),
        ("Velmar Sen. Tobin Brask Backs Ferry Fares in Late Vote", "Velmar Sen. Tobin Brask"),
        # Cuts not inside a name stay as they were.
        ("Velmar Harbor Board Keeps Winter Ferry Running After Talks", "Velmar Harbor Board Keeps"),
        ("Sen. Dana Vesk Backs Ferry Plan in Vote", "Sen. Dana Vesk Backs"),
        (
            "Quarry Mayor Dana Zell announced plans on Monday to widen the road",
            "Quarry Mayor Dana Zell",
        ),
    ],
)
def test_a_headline_title_is_not_cut_inside_a_name(title, short):
    assert short_title(title) == short


def _ref(n: int, title: str) -> SourceRef:
    return SourceRef(source_id=n, file_name=f"s{n}.txt", title=title)


_MEMO = [
    "The Quarrow Falls Town Council on Wednesday is expected to adopt a ferry plan",
    "The Quarrow Falls Town Council passed an ordinance on Nov. 19 to fund ferries",
    "The Quarrow Falls Town Council has officially named Quarrow Falls a ferry town",
    "Quarrow Falls Mayor Dana Vesk announced efforts on Wednesday, November 13th, "
    "to make the town a ferry port",
]


@pytest.mark.parametrize("case", ["sentence", "headline"])
@pytest.mark.parametrize("style", ["chicago", "apa"])
def test_a_memos_short_notes_name_no_one_by_half(style, case):
    """Four unsigned sources without an outlet, three opening alike, as an
    example memo has them: each short title is its own, of four words or
    fewer, and none ends on a given name or a title before a name."""
    titles = _MEMO if case == "sentence" else [headline_case(t) for t in _MEMO]
    refs = [_ref(n, title) for n, title in enumerate(titles, 1)]
    memo = MemoCitations(refs, style)
    notes = [plain(memo.note(r, False) if style == "chicago" else memo.in_text(r)) for r in refs]
    shorts = [note.split("\u201c")[1].split("\u201d")[0].rstrip(",.") for note in notes]
    assert shorts[3] == "Dana Vesk Announced Efforts"
    for ref, short in zip(refs, shorts, strict=True):
        assert len(short.split()) <= 4, short
        assert short.split()[-1] not in ("Dana", "Mayor", "Falls"), short
        holding = [r.source_id for r in refs if short.lower() in r.title.lower()]
        assert holding == [ref.source_id], (short, holding)
