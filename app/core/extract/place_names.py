"""Names of places a reader knows without being told: the countries and
world regions of the Unicode CLDR (data/countries.txt, see data/README.md)
and the US states (the published list corroboration reads).

Some are given names too ("Georgia", "Chad", "Florida"): used alone in
news they name the place far more often than a person called so, and a
"she said" must not point back to a state. `after_place_word` tells a
word the article itself puts after "in", "at", "from" ("in Lorraine").
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from app.core.corroborate.us_states import us_states
from app.core.extract.names import PLACE_PREPOSITIONS

# A word a place preposition may stand before ("in Lorraine", "from the Tarn"),
# and a character that would carry it on ("Lorraine" is not "Lorraines").
_CAPITALIZED_WORD = re.compile(r"[A-Z][\w'\u2019-]*")
_WORD_GOES_ON = re.compile(r"[\w'\u2019-]")
_WORD_CHAR = re.compile(r"\w")


@cache
def country_names() -> tuple[str, ...]:
    """The names of countries, territories and world regions, as written
    ("Georgia", "Latin America"), in the order of data/countries.txt."""
    text = files("app.core.extract.data").joinpath("countries.txt").read_text("utf-8")
    return tuple(line for line in text.splitlines() if line and line[0] != "#")


@cache
def _places() -> frozenset[str]:
    return frozenset([*country_names(), *(name for name, _postal, _ap in us_states())])


@cache
def _one_word_places() -> frozenset[str]:
    return frozenset(name for name in _places() if " " not in name)


# "of Dunmore, " or "in Dunmore, ": a town and the comma before its state.
_TOWN_BEFORE = re.compile(
    r"\b(?:of|in|from)[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){0,2}[A-Z][\w.'\u2019-]*,[ \t]*$"
)


def town_preposition(text: str, start: int, end: int) -> int | None:
    """Where "of", "in" or "from" opens the town that `text[start:end]`, a
    state or country, completes ("Ana Ruiz of Dunmore, Ohio says"): the one
    from there is the person before it, not the place; else None."""
    if text[start:end] not in _places():
        return None
    m = _TOWN_BEFORE.search(text, max(0, start - 60), start)
    return m.start() if m else None


def is_place_name(word: str) -> bool:
    """Whether `word` (as written, "Georgia") is, on its own, the name of a
    country, a world region or a US state."""
    return word in _one_word_places()


def after_place_word(text: str, word: str) -> bool:
    """Whether `word` follows "in", "at", "from" ... anywhere in the text
    ("in Lorraine", "from the Tarn"), as a whole word."""
    if not _CAPITALIZED_WORD.fullmatch(word):
        return False
    # Each use of the word is checked where it stands: cheaper than
    # reading every word after a preposition in the article, as few
    # words are asked about.
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not _WORD_GOES_ON.match(text, end) and _place_word_before(text, i):
            return True
        i = text.find(word, i + 1)
    return False


def _place_word_before(text: str, pos: int) -> bool:
    """Whether a place preposition, a whole word, stands before `pos` with
    spaces or tabs between, "the" allowed among them ("in the ...")."""
    j = _skip_blanks_back(text, pos)
    if j == pos:
        return False
    if _whole_word_before(text, j) in PLACE_PREPOSITIONS:
        return True
    if text[j - 3 : j] != "the":
        return False
    k = _skip_blanks_back(text, j - 3)
    return k < j - 3 and _whole_word_before(text, k) in PLACE_PREPOSITIONS


def _skip_blanks_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def _whole_word_before(text: str, end: int) -> str:
    """The lower-case letters ending at `end`, if nothing word-like comes
    right before them (so "in" is not read in "within"); "" otherwise."""
    k = end
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return "" if k > 0 and _WORD_CHAR.match(text, k - 1) else text[k:end]
