"""parse_name's short ways give what its long ways give: for a plain run
of two to four words (no word its tests look for, no hyphen or apostrophe
inside) and for a run of one word none of `_parse_word`'s tests looks for.
The short ways restate the long ways' answers, so a word list the long
way comes to ask must join `_ASKED_OF_WORDS` or `_ASKED_OF_A_WORD`.

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


# One-word runs: `_parse_word` answers a word none of its tests looks for
# (`_ASKED_OF_A_WORD`, no hyphen) as a bare name at once.
WORDS = [
    "Quillon",
    "Vesk's",
    "Inc.",
    "Corp",
    "The",
    "Governor",
    "Senator-elect",
    "Union",
    "Guild",
    "Velmar-based",
    "De",
    "Del.",
    "Harbor",
    "Tuesday",
    "QRX",
]


class _HoldsAll(frozenset):
    """Makes every word take the long way."""

    def __contains__(self, word) -> bool:
        return True


@pytest.mark.parametrize("raw", WORDS)
def test_a_word_the_short_way_gives_what_the_long_way_gives(raw, monkeypatch):
    short = names.parse_name(raw)
    monkeypatch.setattr(names, "_ASKED_OF_A_WORD", _HoldsAll())
    assert names.parse_name(raw) == short
