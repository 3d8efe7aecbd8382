"""parse_name's short way for a plain run of two to four words (no word
its tests look for, no hyphen or apostrophe inside) gives what the long
way gives: the short way restates three of the long way's answers, and
a word list the long way comes to ask must join `_ASKED_OF_WORDS`.

Every run is made of invented or common words.
"""

from __future__ import annotations

import pytest

from app.core.extract import names

RUNS = [
    "Dana Roe",
    "Dana Roe's",
    "Ivo Brask Quill",
    "Tessa Vorn Quill Amsel",
    "Ana Q. Ruiz",
    "J. R. Vesk",
    "QRX Quillon",
    "Quillon QRX Depot",
    "Velmar NTB",
    "Pollster Ana Ruiz",
    "Organizer Tobin Vesk",
    "Nora Fell Tobin Vesk",
    "Brask Harbor",
    "Mila Orta Jr.",
    "Ines Faro Sr",
]


class _NeverDisjoint(frozenset):
    """Makes every run take the long way."""

    def isdisjoint(self, other) -> bool:
        return False


def test_most_of_the_runs_take_the_short_way():
    plain = [
        raw
        for raw in RUNS
        if names._ASKED_OF_WORDS.isdisjoint(t.rstrip(".").lower() for t in raw.split())
    ]
    assert len(plain) >= len(RUNS) // 2


@pytest.mark.parametrize("raw", RUNS)
def test_the_short_way_gives_what_the_long_way_gives(raw, monkeypatch):
    short = names.parse_name(raw)
    monkeypatch.setattr(names, "_ASKED_OF_WORDS", _NeverDisjoint())
    assert names.parse_name(raw) == short
