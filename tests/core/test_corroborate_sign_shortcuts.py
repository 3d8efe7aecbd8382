"""Shortcuts taken in building a claim's signature read what the full
forms read: ASCII text folded without Unicode normalisation, patterns
tried only where their first character can start a match, a text's runs
of letters found once for the tests of values and times, and current and
former role holders read in one pass."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from app.core.corroborate import claims, quantities, text
from app.core.corroborate.names import name_values, role_holders
from app.core.corroborate.quantities import letter_words, number_values
from app.core.corroborate.times import time_anchors

PIECES = [
    "The Dunmere board voted 7-2 on Nov. 19, 2015, to close 40 schools",
    "In 1999, turnout rose from 4.9 to 5 percent; .5 million voters",
    "x2016 and 2016x, 1850s and 20,000 people, $3 or 12/2016 -4",
    "she said: He and his aides, Shelby, s he, THEIR plan — them too",
    "e-mail from R-Fla. and Sen. Ana Roe (D-NY), who left when asked",
    "former Gov. Ana Ruiz met Gov. Tom Wells, while Mayor Lin Oso waited",
    "`Quoted' words, ‘curly’ ones, and a résumé in Zürich on Jan. 4th",
    "mar, Mayday, octopus and decimals: about 1,200 homes, versus 300",
]


def _sentences(n: int = 300) -> list[str]:
    """Invented sentences: the pieces above cut and joined at random."""
    rng = random.Random(11)
    words = " ".join(PIECES).split()
    out = list(PIECES)
    for _ in range(n):
        start = rng.randrange(len(words))
        out.append(" ".join(words[start : start + rng.randint(3, 25)]))
    return out


def test_ascii_text_is_folded_as_unicode_normalisation_folds_it():
    for sentence in _sentences():
        full = unicodedata.normalize("NFKC", sentence).translate(text._APOSTROPHES)
        assert text.plain(sentence) == full
    assert text.plain("`so' it was") == "'so' it was"


# Each pattern given a lookahead on its first character, and what it was before.
PREFIXED = [
    (quantities._YEAR, "(?=[12])"),
    (quantities._COUNT_DIGITS, r"(?=[\d.])"),
    (quantities._BARE, r"(?=\d)"),
    (text._CASED_WORD, "(?=[A-Za-z0-9])"),
]


@pytest.mark.parametrize(("pattern", "prefix"), PREFIXED)
def test_patterns_with_a_first_character_lookahead_match_as_before(pattern, prefix):
    assert pattern.pattern.startswith(prefix)
    before = re.compile(pattern.pattern.removeprefix(prefix), pattern.flags)
    matched = 0
    for sentence in _sentences():
        spans = [m.span() for m in pattern.finditer(sentence)]
        assert spans == [m.span() for m in before.finditer(sentence)]
        matched += len(spans)
    assert matched > 50


def test_clause_breaks_and_pronouns_are_found_as_before():
    breaks = re.compile(
        claims._CLAUSE_BREAK.pattern.removeprefix("(?=[;:\\u2014,\\s])(?:")[:-1], re.IGNORECASE
    )
    pronouns = re.compile(r"\b(?=[hst])(?:he|she|him|her|his|they|them|their)\b", re.IGNORECASE)
    found = 0
    for sentence in _sentences():
        spans = [m.span() for m in claims._CLAUSE_BREAK.finditer(sentence)]
        assert spans == [m.span() for m in breaks.finditer(sentence)]
        spans = [m.span() for m in claims._PRONOUN.finditer(sentence)]
        assert spans == [m.span() for m in pronouns.finditer(sentence)]
        found += len(spans)
    assert found > 50


def test_a_month_is_looked_for_as_each_month_was():
    stems = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    for sentence in _sentences():
        lower = sentence.lower()
        assert (quantities._MONTH_STEM.search(lower) is not None) == any(m in lower for m in stems)


def test_letters_given_read_the_same_values_and_times():
    for sentence in map(text.plain, _sentences()):
        letters = letter_words(sentence.lower())
        values = number_values(sentence, name_values(sentence))
        assert number_values(sentence, name_values(sentence), letters) == values
        assert time_anchors(sentence, values, None, letters=letters) == time_anchors(
            sentence, values, None
        )


def test_current_and_former_holders_are_read_in_one_pass():
    current, former = role_holders(text.plain(PIECES[5]))
    assert [(v.kind, v.value) for v in current] == [("name:gov", "Wells"), ("name:mayor", "Oso")]
    assert [(v.kind, v.value) for v in former] == [("name:gov", "Ruiz")]
    assert role_holders("No one with a title here.") == ([], [])


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Enrolment at Varnby schools fell 3 percent this spring.", "fall"),
        ("The Ostrel fund grew by $2 million last year.", "by"),
        ("Prices in Dalby climbed sharply, about 12 percent.", "climb"),
        ("The Quill board counted 40 homes on the list.", ""),
    ],
)
def test_a_change_is_told_by_the_verb_before_the_figure(sentence, cue):
    values = [v for v in number_values(sentence) if v.kind != "number"]
    assert [(v.cue, v.change) for v in values] == [(cue, bool(cue))]


def test_content_words_are_tokens_with_their_fields():
    tokens = text.content_tokens("The Quorrel board met Ana Roe in Dalby.")
    assert all(type(t) is text.Token for t in tokens)
    assert [(t.lemma, t.name, t.start, t.end) for t in tokens] == [
        ("quorrel", True, 4, 11),
        ("board", False, 12, 17),
        ("meet", False, 18, 21),
        ("ana", True, 22, 25),
        ("roe", True, 26, 29),
        ("dalby", True, 33, 38),
    ]
