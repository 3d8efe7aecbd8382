"""Subjects described rather than named: whether "the <noun>", "All
three", "Officials", "A source" or "Nearly a third" say whom or what a
sentence speaks of, or leave it to the sentences before.

A subject that names itself stands: a name, an institution, a record, an
office ("the county's budget", "the mayor", "the head of the Quillon
Authority"). An epithet ("the Quillon senator", "the former governor"), a
bare group or share ("Officials said ...", "Nearly a third say ...", "No
one ...") points back. `fact_subjects` finds the subject; this module
reads it."""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.extract.fact_lexicon import (
    EPITHETS,
    IMPERATIVES,
    IRREGULAR_PAST,
    RECORD_NOUNS,
    SHARED_OFFICES,
    VAGUE_GROUPS,
)
from app.core.extract.lexicon import ORG_WORDS, PERSON_PRONOUNS, TAG_VERBS, TITLES

QUANTIFIERS = frozenset("many some most several few".split())
APPROXIMATELY = frozenset("nearly about roughly almost just only barely".split())
COUNTS = frozenset("two three four five six seven eight nine ten dozens hundreds thousands".split())
FRACTIONS = frozenset("half third quarter fifth majority minority".split())
_GERUND_OBJECT = frozenset("the a an his her their its our more up out back off".split())
_VAGUE_ALL = frozenset("two three four five six the these those of".split())
VERBISH = frozenset(
    "is are was were has have had will would can could said say says believe think".split()
)
_VAGUE_NP = frozenset(
    "two three four five six former latter pair duo couple same other rest".split()
)
_POSSESSIVE_ENDS = ("'s", "\u2019s")
# A member of a party, as a noun: "the Quillon Republican" is an epithet
# ("the Republican Party", "the Democratic senator" are not this noun).
_PARTY_MEMBERS = frozenset("Republican Democrat Independent Libertarian".split())
# Words that end a subject's noun phrase: a preposition, a relative, a
# conjunction, an adverb.
_PREPOSITIONS = frozenset(
    """
    of for in on at with over to from by as after before since than about against under
    during between into among amid
    """.split()
)
_NP_ENDS = _PREPOSITIONS | frozenset("that who which whose and or also not".split())
# Words after a bare plural subject that say which ones: "Officials in
# Quillon", "Critics of the plan", "Aides who ...".
_WHICH_ONES = _PREPOSITIONS | frozenset("who like".split())
# People an "a" leaves unnamed: "A source said ..." ("A candidate needs
# 2,383 delegates" states a rule).
_UNNAMED_PEOPLE = frozenset(
    """
    source official person spokesman spokeswoman spokesperson aide adviser advisor man woman
    couple employee worker resident veteran activist supporter critic lawmaker investor
    executive
    """.split()
)
# Subjects that count or group without saying whom: "Officials", "No one",
# "Two", "Nearly a third".
_COUNTED_SUBJECTS = VAGUE_GROUPS | COUNTS | APPROXIMATELY | FRACTIONS | {"no", "a", "an"}
# Every subject word `points_back` reads beyond a gerund's or a figure's:
# for any other word its answer is no (one set test in the caller).
DESCRIBED = (
    _COUNTED_SUBJECTS
    | QUANTIFIERS
    | IMPERATIVES
    | frozenset(PERSON_PRONOUNS)
    | frozenset(("all", "the", "never"))
)
_PAST_WORDS = IRREGULAR_PAST | frozenset(
    v for v in TAG_VERBS if v.endswith(("ed", "s")) and v not in RECORD_NOUNS
)
# Endings of a word after a subject's noun: a past, a participle, an adverb,
# a negated auxiliary ("didn't").
_NOT_NOUN_ENDS = ("ed", "ing", "ly", "n't", "n\u2019t")
_CONTRACTION = re.compile("['\u2019](?:s|re|ll|d|ve)$")
STRIP = ",.;:!?\"'()\u201c\u201d\u2018\u2019"


@lru_cache(maxsize=8192)
def plain_word(token: str) -> str:
    """A token's word, lower-cased, without punctuation or a contraction.
    (Remembered: the rules ask it of the same words in every sentence.)"""
    w = token.strip(STRIP).lower()
    if "'" in w or "\u2019" in w:
        return _CONTRACTION.sub("", w)
    return w


def points_back(tokens: list[str], k: int, word: str) -> bool:
    """Whether the subject at token `k` (`word`) leaves out who or what the
    sentence is about: "All three ...", "The two ...", "Ending the program
    would ..." (an argument, not a report), "Now, compare ..." (an
    instruction to the reader), "He's ..." (a contraction whose verb the
    brackets could not keep)."""
    if word == "all":
        # "All three ...", "All were ...": all of whom?
        nxt = plain_word(tokens[k + 1]) if k + 1 < len(tokens) else ""
        return nxt in _VAGUE_ALL or nxt in VERBISH
    if word in QUANTIFIERS:
        # "Many have ...", "Some say ...", "Some people signed ...": who,
        # the sentences before say ("Some voters in Quillon ..." name them).
        nxt = plain_word(tokens[k + 1]) if k + 1 < len(tokens) else ""
        if nxt in VAGUE_GROUPS:
            return k + 2 < len(tokens) and plain_word(tokens[k + 2]) not in _WHICH_ONES
        return nxt in VERBISH
    if word == "the":
        return not names_itself(tokens, k + 1)
    if word in IMPERATIVES or word == "never":
        return tokens[k][-1:].isalpha()
    if word in PERSON_PRONOUNS:
        return tokens[k].strip(STRIP).lower() != word  # "He's", "She'd"
    if word not in _COUNTED_SUBJECTS and not word.isdigit():
        return (
            k == 0
            and word.endswith("ing")
            and len(tokens) > 1
            and plain_word(tokens[1]) in _GERUND_OBJECT
        )
    nxt = plain_word(tokens[k + 1]) if k + 1 < len(tokens) else ""
    if word in VAGUE_GROUPS:
        # "Officials said ...", "Critics charged ...": which ones, the
        # sentences before say ("Officials in Quillon said ..." name them).
        return (
            tokens[k + 1][:1].islower()
            and nxt not in _WHICH_ONES
            # "Candidates trailing by ...", "People named in the suit ..."
            and not nxt.endswith("ing")
            and not (nxt.endswith("ed") and k + 2 < len(tokens) and tokens[k + 2] in _PREPOSITIONS)
        )
    if word == "no":
        return nxt == "one"  # "No one ..."
    if word in ("a", "an"):
        return _someone(tokens, k + 1)
    if word in COUNTS or word.isdigit():
        return nxt in VERBISH  # "Two were arrested ...": two of whom?
    if word in APPROXIMATELY or word in FRACTIONS:
        # "Nearly a third say ...", "Half said ...": a third of whom?
        j = k if word in FRACTIONS else k + 1
        while j < len(tokens) and plain_word(tokens[j]) in ("a", "an", "one"):
            j += 1
        return (
            j + 1 < len(tokens)
            and plain_word(tokens[j]) in FRACTIONS
            and tokens[j][-1].isalpha()
            and tokens[j + 1][:1].islower()
            and plain_word(tokens[j + 1]) not in ("of", "a", "an")  # "half a dozen"
        )
    return False


def _someone(tokens: list[str], k: int) -> bool:
    """Whether the words from token `k` after a subject's "a" are someone
    left unnamed: "A source said ...", "A Democratic official said ..." ("A
    spokeswoman for the Quillon Authority said ..." names whose)."""
    for j in range(k, min(k + 3, len(tokens))):
        w = plain_word(tokens[j])
        if w in _UNNAMED_PEOPLE:
            if tokens[j][-1] == "," and j + 1 < len(tokens) and tokens[j + 1][:1].isupper():
                return False  # "A Quillon spokesman, Dana Roe, said ..."
            rest = [x for x in tokens[j + 1 : j + 4] if x not in ("the", "a", "an")]
            return not (
                len(rest) > 1 and plain_word(rest[0]) in _PREPOSITIONS and rest[1][:1].isupper()
            )
        if w in VERBISH or tokens[j][-1] in ",;:":
            break
    return False


def _heads_phrase(token: str, after: list[str]) -> bool:
    """Whether `token` ends its noun phrase, by itself or the word `after`
    it: a possessive, a stop or a comma, a verb, a preposition ("the Quillon
    Republican's plan", "the Quillon Republican said"; not "the Republican
    candidates", "the Republican Party")."""
    if token.endswith(_POSSESSIVE_ENDS) or token[-1] in ",.;:" or not after:
        return True
    w = after[0].rstrip(",.;:")
    return w in VERBISH or w in _NP_ENDS or w in _PAST_WORDS or w.endswith(("ed", "ly", "n't"))


def names_itself(tokens: list[str], k: int) -> bool:
    """Whether the words from token `k` after a subject's "the" name what
    they speak of: a name ("the City Council", "the Roe campaign"), an
    institution, a record or an event ("the ordinance", "the poll", "the
    city's action"), or an office ("the mayor", "the Quillon governor", "the
    head of the Quillon Authority"). "The two", "the couple", "the main
    barrier", "the victory for ...", and an epithet ("the Democratic
    candidate", "the former governor", "the Quillon senator": one of
    several) point back to what the sentences before named."""
    words = tokens[k : k + 6]
    if not words or plain_word(words[0]) in _VAGUE_NP:
        return False
    named = False
    head = ""  # the last common noun read
    place = False  # a capitalized word before the head, no possessive
    for j, t in enumerate(words):
        w = t.rstrip(",.;:")
        possessive = w.endswith(_POSSESSIVE_ENDS)
        if possessive:
            w = w[:-2]
        if t[0].isupper():
            if w in _PARTY_MEMBERS and _heads_phrase(t, words[j + 1 : j + 2]):
                return False  # "the Quillon Republican said ...": an epithet, one of many
            if (
                j
                and w.lower() in SHARED_OFFICES
                and j + 1 < len(words)
                and words[j + 1][:1].islower()
            ):
                # "The Quillon Senator voted ...": one of a place's several.
                return not place
            named = True
            place = not possessive
        else:
            listed = w in RECORD_NOUNS or w in ORG_WORDS
            if (
                t[0].isdigit()
                or w in VERBISH
                or w in _NP_ENDS
                or (
                    (head or named)
                    and not listed
                    and (w in _PAST_WORDS or w.endswith(_NOT_NOUN_ENDS))
                )
            ):
                # Past the noun phrase: a verb, an adverb, a figure, a
                # preposition ("the head of the Quillon Authority", "the
                # charge against Roe": the complement can name it).
                rest = [x for x in words[j + 1 : j + 3] if x not in ("the", "a", "an")]
                if w in _PREPOSITIONS and rest and rest[0][:1].isupper():
                    named = True
                break
            if w.endswith("s") and not (listed or possessive or w.endswith(("ss", "us", "is"))):
                break  # a verb ("the board says") or a plural no record names
            if w in EPITHETS or w == "former":
                # "the billionaire businessman Dana Roe": a name follows.
                return j + 1 < len(words) and words[j + 1][:1].isupper()
            if possessive:
                place = False
            named = named or listed
            head = w
        if t[-1] in ",;:":
            # "The joint account, Roe's Victory Fund, ...": an appositive names it.
            named = named or (t[-1] == "," and j + 1 < len(words) and words[j + 1][:1].isupper())
            break
    if head in TITLES:
        # An office, unless several hold it at once and nothing but a place
        # says which: "the Quillon senator", "the senator" (one of many);
        # "the senator from Quillon" names its place and more.
        return not (head in SHARED_OFFICES and (place or not named))
    return named
