"""A fact's subject called by one name alone, given the rest of the name
in brackets from what the article named before, the journalist's way.

A surname ("Roe won ...", "Mr. Roe won ...") gets the one given name the
article wrote before it: "[Dana] Roe won ..." (`fact_names.surname_edit`;
of two Roes, the one a "her" or an honorific says, `fact_pronouns`; a name
only a heading line gives in full, "Tova Roe, 62").

A given name ("Tobin married ...", "In a good year, Brisa earns ...": which
Tobin, only the sentences before said) gets the surname of the one person
the article names in full with it ("Tobin Quenby", "Tobin T. Quenby"):
"Tobin [Quenby] married ...". Where the article names no one (a child, a
first-name source, a novel's heroine) or several ("Tobin Quenby", "Tobin
Vesk") with it in full, the fact is not offered. No such subject: a word
the article writes after a given name (a surname), a word after a title
("Mr. Tobin"), a month, a country's or a US state's name or its last word
(a state named like a woman; the last word of a region's two-word name), a
word the article writes after "in", "at", "from" (a town), a given name so
rare that, never written before a surname, it is as likely a word
("Wealthy donors").

The span always stays the source's own words; only the cited form carries
the brackets.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.corroborate.us_states import us_states
from app.core.extract.fact_lexicon import CALENDAR, STUCK_ON
from app.core.extract.fact_names import (
    BEFORE_SURNAME,
    given_names,
    per_text,
    shares_surname,
    surname_edit,
)
from app.core.extract.fact_phrases import ARTICLES, Edit, is_proper
from app.core.extract.fact_pronouns import gendered_surname, heading_given_name
from app.core.extract.given_names import is_common_given_name, is_given_name
from app.core.extract.place_names import after_place_word, country_names

# A "he"/"his"/"him" or a "she"/"her" of the line, as split at spaces: the
# sex of the person a surname alone may be.
_HIS = frozenset(w + p for w in ("he", "his", "him") for p in STUCK_ON)
_HERS = frozenset(w + p for w in ("she", "her") for p in STUCK_ON)
_LINE_START = re.compile(r"\n")  # (a fact opening a line)


# Capitalized words that may follow a full name and are not its surname.
_AFTER_NAME = frozenset(["Jr", "Sr", "II", "III", *CALENDAR])
# A longer run than a given name, a middle name and a surname is no
# person's name ("Tobin Quenby Industrial Corporation").
_MOST_WORDS = 2
_INITIAL = re.compile(r"[A-Z]\.$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['\u2019]s)?([,.;:)]?)$")


# First words of a place's name whose last word is the place's own (a
# compass word, "New", "Latin", "Central"); a saint's island or an island
# chain named for a man names no given name, and so is not taken.
_PLACE_HEADS = frozenset("North South East West New Latin Central Western Eastern".split())


@cache
def _place_words() -> frozenset[str]:
    """The countries', regions' and US states' one-word names and the
    last words of the two-word names `_PLACE_HEADS` opens: a place's word
    however often it is a given name too."""
    names = [*country_names(), *(name for name, _postal, _ap in us_states())]
    words = [n.split() for n in names]
    return frozenset(w[-1] for w in words if len(w) == 1 or w[0] in _PLACE_HEADS)


@per_text
def _surnames(text: str, given: str) -> frozenset[str]:
    """The surnames the article writes right after `given` ("Tobin Quenby",
    "Tobin T. Quenby", "Tobin Lee Quenby" -> "Quenby"), one per person."""
    found: set[str] = set()
    size = len(given)
    at = text.find(given)
    while at >= 0:
        before = text[at - 1 : at] if at else " "
        if (
            not (before.isalnum() or before in "'\u2019-")
            and text[at + size : at + size + 1] == " "
        ):
            surname = _surname_after(text[at + size + 1 : at + size + 80].split(" ", 5))
            if surname:
                found.add(surname)
        at = text.find(given, at + size)
    return frozenset(found)


def _surname_after(tokens: list[str]) -> str:
    """The last word of the name run the words `tokens` open (an initial
    skipped), or "" (no capitalized word, or a longer run: a firm's name)."""
    if tokens and _INITIAL.match(tokens[0]):
        tokens = tokens[1:]
    words: list[str] = []
    for t in tokens:
        line_ends = "\n" in t
        if line_ends:
            t = t.split("\n", 1)[0]
        m = _NAME_WORD.match(t)
        if m is None:
            break
        words.append(t.rstrip(",.;:)").removesuffix("'s").removesuffix("\u2019s"))
        if m.group(1) or line_ends or len(words) > _MOST_WORDS:
            break  # (a stop, a comma or a line's end ends the name)
    while words and words[-1] in _AFTER_NAME:
        words.pop()
    return words[-1] if words and len(words) <= _MOST_WORDS else ""


def one_name_edit(text: str, start: int, end: int, tokens: list[str], k: int) -> Edit | None | bool:
    """The bracket that gives the subject at word `k` of the fact
    `text[start:end]` (split at spaces: `tokens`), called by one name alone,
    the rest of the name: "[Dana] Roe won ...", "Tobin [Quenby] married
    ..."; False when the subject is no such name or the article gives no
    more of it (as written); None when it is not known which person is
    meant (not offered)."""
    if tokens[k] in BEFORE_SURNAME and k + 1 < len(tokens):
        k += 1
    t = tokens[k]
    w = t[:-2] if t.endswith(("'s", "\u2019s")) else t.rstrip(",")
    if w.endswith(("s'", "s\u2019")):
        w = w[:-1]  # ("Roes' ...", "Velders' plan": the owner's apostrophe alone)
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) > 2):
        return False
    if k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and w == t:
        return False  # "Roe Holdings", "Velmar County": a longer name
    if k and tokens[k - 1][:1].isupper() and tokens[k - 1] not in BEFORE_SURNAME:
        if tokens[k - 1][-1] not in ",:;":
            return False  # ("Dana Roe": named in full)
    if w in CALENDAR or w in ARTICLES or (k == 0 and not is_proper(text, w)):
        return False
    at = start + len(" ".join(tokens[:k])) + (1 if k else 0)
    if not text.startswith(w, at):
        at = text.find(w, start)
    gender = "m" if not _HIS.isdisjoint(tokens) else "f" if not _HERS.isdisjoint(tokens) else ""
    edit = surname_edit(text, at, w, gender)
    if edit is None and shares_surname(text, w):
        return gendered_surname(text, end, at, w)  # "Roe has widened her lead": the one woman Roe
    if edit is False and _LINE_START.match(text, start - 1):
        edit = heading_given_name(text, start, at, w) or False  # "Tova Roe, 62\nRoe, a ...": [Tova]
    if edit is False and not (k and tokens[k - 1] in BEFORE_SURNAME):
        return given_name_edit(text, start, end, at, w)  # "Tobin [Quenby] married ..."
    return edit


def given_name_edit(text: str, start: int, end: int, at: int, word: str) -> Edit | None | bool:
    """The bracket giving the subject `word`, a given name written alone at
    `at` in the fact `text[start:end]`, the surname of the one person the
    article names in full with it: " [Quenby]" after "Tobin". False when
    `word` is no lone given name (not one, a month, a place, a surname) or
    the line names that person in full; None when the article names no one
    or several with that given name in full (not offered)."""
    if (
        word in CALENDAR
        or not is_given_name(word)
        or word in _place_words()
        or given_names(text, word)
        or after_place_word(text, word)
    ):
        return False
    if not is_common_given_name(word) and re.search(rf"\b{word.lower()}\b", text):
        return False  # "Timber exports grew": a word the article writes in lower case
    surnames = _surnames(text, word)
    if len(surnames) != 1:
        # (A rare given name that the article never writes before a
        # surname is as likely a word: "Wealthy donors", a magazine's name.)
        return None if surnames or is_common_given_name(word) else False
    (surname,) = surnames
    if f"{word} {surname}" in text[start:end]:
        return False
    return (at + len(word), 0, f" [{surname}]")
