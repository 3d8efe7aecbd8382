"""Noun phrases that a capitalized modifier describes without naming, read
after `fact_phrases` and `fact_referents` have bracketed what they can
(`fact_standalone` asks):

- a bracket whose name the article gave with "a" or "an" ("Velmar Radio,
  a Quillon talk station, ..." -> "[the Quillon talk station]'s news
  desk"): a description, not a name; which one, only the sentences before
  say. The fact is not offered, as a "the Quillon talk station" written in
  the sentence itself is not (`fact_referents.introduced_before`);
- an epithet for a person outside the subject, a place or a party before
  its noun ("Polls show Roe trailing the Velmaria senator"): one of
  several, whom only the sentences before say. The fact is not offered
  unless the sentence names someone the article writes near that place
  or party elsewhere ("Dana Roe won, with Vesk TV calling the race for the
  Velmaria senator", Roe being "of Velmaria" in another sentence). (The
  subject's epithet is `fact_described`'s; an appositive, "Roe, the
  Velmaria senator," and a name after it, "the Velmaria senator Dana Roe",
  say whom.)
- a record or an act a body or a person before its noun describes ("the
  Senate bill", "the House version", "the Roe proposal", "the Roe
  donations"), nothing after it saying which ("the Senate bill on rents",
  "the Roe proposal for a freeze" do): one of several, which only the
  sentences before say; also as a bracket ("[the Senate bill]"). The fact
  is not offered, unless the story's first line speaks of that noun (the
  record it is about).
"""

from __future__ import annotations

import re

from app.core.extract.fact_earlier import _PREDICATING
from app.core.extract.fact_lexicon import (
    CALENDAR,
    EPITHETS,
    PLACE_BODIES,
    SHARED_OFFICES,
    STUCK_ON,
    STUCK_OR_OWNED,
    past_tense,
)
from app.core.extract.fact_names import Edit, given_names
from app.core.extract.fact_phrases import VERBISH, in_lead, is_verb, plain
from app.core.extract.fact_pollmakers import maker_named, one_maker
from app.core.extract.fact_referents import _introduced

# A bracket holding a described thing: "[the Quillon talk station]", its
# last word a plain lower-case noun (a name ends in a capital).
_DESCRIBED = re.compile(r"\[[Tt]he ((?:[\w.'\u2019-]+ )+[a-z][a-z-]*)\]")
# Words after a phrase that name it by its title: "the editorial, entitled ...".
_TITLED = re.compile(r",? (?:entitled|titled|headlined|called|named) ")


def described_bracket(text: str, start: int, edits: list[Edit]) -> bool:
    """Whether one of the fact's bracketed `edits` (the fact opening at
    `start`) gives a thing by the words the article introduced it with
    after "a" or "an" (its first mention): a description, which no bracket
    makes a name."""
    for at, length, words in edits:
        m = _DESCRIBED.fullmatch(words)
        if m is None or _TITLED.match(text, at + length):
            continue  # (a name, or a title the sentence gives)
        if maker_named(words) and one_maker(text, start, words):
            continue  # "a Quillon University poll": the one poll, by its maker
        said = m.group(1)
        first = text.find(said, 0, start)
        if first >= 0 and _introduced(text, first, first + len(said)):
            return True
    return False


_PERSON_NOUNS = EPITHETS | SHARED_OFFICES
# As written: "senator", "senator,", "senator's".
_PERSON_WORDS = frozenset(w + p for w in _PERSON_NOUNS for p in STUCK_OR_OWNED)
# (Exported for a caller that finds every rule's words in one set operation.)
EPITHET_WATCHED = _PERSON_WORDS
# How near a place's or party's word another mention of a person is read as
# the article tying the two ("Velmaria Sen. Dana Roe", "Roe, of Velmaria").
_NEAR = 100


def epithet_object(text: str, start: int, end: int, tokens: list[str], subject: int) -> bool:
    """Whether the fact `text[start:end]` (split at spaces: `tokens`, its
    subject at word `subject`) speaks of someone, outside its subject, as
    "the <Place or Party> <person noun>" ("the Velmaria senator") whom it
    names nowhere: no name in the sentence the article writes near that
    place or party outside it."""
    if _PERSON_WORDS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i in range(2, len(tokens)):
        if tokens[i] not in _PERSON_WORDS:
            continue
        j = i - 1
        while j > 0 and tokens[j][:1].isupper() and tokens[j][-1].isalpha():
            j -= 1
        run = [plain(t) for t in tokens[j + 1 : i]]
        if not run or tokens[j] != "the" or j == subject or not CALENDAR.isdisjoint(run):
            continue  # no place before the noun; the subject's; "the May speaker"
        if j and (tokens[j - 1][-1] in ",-\u2014" or tokens[j - 1].lower() in _PREDICATING):
            continue  # "Roe, the Velmaria senator": an appositive; "was named the ...": what
        after = plain(tokens[i + 1]) if i + 1 < len(tokens) and tokens[i][-1].isalpha() else ""
        if after and (after in VERBISH or is_verb(after) or past_tense(after)):
            continue  # "showed the Quillon resident grabbed ...": a clause's subject, maybe named
        if i + 1 < len(tokens) and tokens[i + 1][:1].isupper() and tokens[i][-1] != ".":
            continue  # "the Velmaria senator Dana Roe": the name follows
        if not _tied(text, start, end, tokens[:j] + tokens[i + 1 :], " ".join(run)):
            return True
    return False


def _tied(text: str, start: int, end: int, words: list[str], place: str) -> bool:
    """Whether a capitalized word of `words` stands near `place` somewhere
    in the text outside the fact at `start`-`end`."""
    names = {plain(t) for t in words if t[:1].isupper() and len(plain(t)) > 2}
    if not names:
        return False
    for m in re.finditer(rf"\b{re.escape(place)}\b", text):
        if start <= m.start() < end:
            continue
        lo, hi = max(0, m.start() - _NEAR), m.end() + _NEAR
        near = text[lo : min(hi, start)] if m.start() < start else text[max(lo, end) : hi]
        if any(re.search(rf"\b{re.escape(n)}\b", near) for n in names):
            return True
    return False


# Records and acts a body or a person has many of, each one of them: "the
# Senate bill" (not a contest, "the Senate race", nor a measure, "the
# Senate budget", which a place or year says).
_RECORDS = frozenset(
    """
    bill bills measure measures proposal proposals plan plans version versions ruling rulings
    decision order amendment amendments resolution letter memo statement speech interview
    donation donations demand demands lawsuit suit complaint petition legislation
    """.split()
)
_RECORD_WORDS = frozenset(w + p for w in _RECORDS for p in STUCK_ON)
# (Exported for a caller that finds every rule's words in one set operation.)
RECORD_WATCHED = _RECORD_WORDS
# Words after the noun that say which one: "the Senate bill on rents".
_SAYS_WHICH = frozenset("of on for to about against that which from in by with".split())
_RECORD = re.compile(r"\[[Tt]he ([A-Z][\w'\u2019-]*) ([a-z]+)\]")


def body_record(text: str, start: int, tokens: list[str], edits: list[Edit]) -> bool:
    """Whether the fact at `start` (split at spaces: `tokens`; its brackets
    `edits`) speaks of "the <Body or Surname> <record>" ("the Senate bill",
    "the Roe proposal") with nothing after it saying which."""
    if not _RECORD_WORDS.isdisjoint(tokens) and _record_phrase(text, start, tokens):
        return True
    for _, _, words in edits:
        m = _RECORD.fullmatch(words)
        if m and m.group(2) in _RECORDS and _describes(text, m.group(1)):
            if not in_lead(text, m.group(2), start):
                return True
    return False


def _record_phrase(text: str, start: int, tokens: list[str]) -> bool:
    """`body_record` of the sentence's own words."""
    for i in range(2, len(tokens)):
        t = tokens[i]
        if t not in _RECORD_WORDS:
            continue
        k = i - 2  # "the", or a word in lower case after it ("the original Roe demand")
        if k and tokens[k].isalpha() and tokens[k].islower() and tokens[k] != "the":
            k -= 1
        if tokens[k].lower() != "the" or not _describes(text, tokens[i - 1]):
            continue
        if t[-1].isalpha() and i + 1 < len(tokens) and _which_after(tokens, i + 1):
            continue
        if not in_lead(text, t.rstrip(",.;:"), start):
            return True
    return False


def _describes(text: str, word: str) -> bool:
    """Whether `word` (a capitalized word before a noun) is a body ("Senate")
    or the surname of someone the article names ("Roe" of "Dana Roe")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    return word.lower() in PLACE_BODIES or bool(given_names(text, word))


def _which_after(tokens: list[str], k: int) -> bool:
    """Whether the words from `k` say which one the noun before them is:
    a complement ("on rents"), not a date ("on May 3", "in 2015")."""
    if tokens[k] not in _SAYS_WHICH:
        return False
    nxt = tokens[k + 1].rstrip(",.;:") if k + 1 < len(tokens) else ""
    return not (nxt in CALENDAR or nxt[:1].isdigit())
