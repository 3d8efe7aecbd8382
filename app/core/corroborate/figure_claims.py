"""Claims beyond facts: figure-bearing sentences the fact finder does not
offer, compared with their subject resolved from the sentences before.

The fact finder drops a sentence whose subject points back ("It raised $4
million", "They won 31 seats") or whose poll figure names no poll ("48
percent chose Roe"): a reader holding the line alone cannot check it. For
corroboration such a sentence still says something another report may
contradict, once what it points back to is known. `context_claims` gives
each such sentence whose subject can be named with confidence, in a cited
form that names it in brackets, the journalist's convention:

- a thing pronoun subject ("It", "Its", "They", "Their") stands for the
  named subject of the sentence right before, when that subject is one
  named organisation or thing, not a person ("[The Velmar Guild] raised
  ..."); "It is", "It was" (often no subject at all) are left out;
- a poll figure with no poll named is of the one poll the three sentences
  before name ("48 percent chose Roe [Velmar College poll]");
- with `named`, also a sentence whose subject is a name, dropped for a
  pointer elsewhere ("Roe won the state in 2008"), as it stands.

Anything else (a person's pronoun the fact finder could not resolve, an
epithet, "The two men", a running tally with no time, two polls named
before) is not a claim: it is not compared. Such claims are hidden: never
offered as facts, compared only with the facts and quotes of other sources.

`wide_claims` is the wide variant of issue #10, the one the app ships: every
sentence the fact finder does not offer that states a figure the app's
matching reads, with its subject resolved as above where it can be, else
as written. The app stores them as figure claims (`figure_claims` table,
corroborate/wide.py) and compares them with the facts and with each other
for conflicts only: never offered as facts, never in a group's count.

`context_claims` (strict, or `named`) stays a measuring tool:
`bench/plant_claims.py` compares them with a library's facts and quotes,
and `bench/plant_disagreements.py` (PLANT_CLAIMS=strict|named) plants
disagreements in them (BENCHMARKS.md, "On real news"): the strict forms
find no plant more; with `named` a wrong flag is raised.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from app.core.corroborate.claims import claim_values
from app.core.extract.fact_described import STRIP, VERBISH, names_itself, plain_word
from app.core.extract.fact_rules import has_digit
from app.core.extract.fact_subjects import fact_start, fact_subject
from app.core.extract.facts import sentence_verdicts
from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import PERSON_PRONOUNS

# Why the fact finder dropped a sentence, for the reasons a resolved
# subject may answer ("time": a running tally with no date, is not one).
_RESOLVABLE = frozenset(("subject", "pointer"))
_THING_PRONOUNS = {"it": "", "its": "'s", "they": "", "their": "'s"}
# "It is ...", "It was ...": as often no subject at all ("It was the first
# time in 20 years ...") as the thing before.
_EMPTY_IT = frozenset("is was 's \u2019s has had takes took would will".split())
# Small words a name of an organisation or thing holds ("Bank of Velmar",
# "the Guild for Quillon Workers").
_NAME_JOINS = frozenset("of for and the on & de".split())
_POLL = re.compile(
    r"\b((?:[A-Z][\w.&'\u2019-]*[ \t]+){1,5})(?:[a-z]+[ \t]+)?(?:poll|survey)\b"
    r"|\b(?:poll|survey)[ \t]+(?:\w+[ \t]+)?(?:by|from|for)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w.&'\u2019-]*[ \t]?)+)"
)
_SHARE = re.compile(r"\d(?: ?%| percent| points?\b|-point)")
# Capitalized words that open a sentence or a phrase and name no poll.
_NOT_POLL_NAMES = frozenset("a an the new latest this that recent in on at by and but".split())


class Claim(NamedTuple):
    """A hidden claim: the sentence `text[start:end]` and its cited form,
    which names its subject in brackets; `how` it was resolved: "subject"
    (a thing pronoun), "poll" (the poll named before), "named" (its own
    named subject, a pointer elsewhere left as it is)."""

    start: int
    end: int
    cited: str
    how: str


def context_claims(
    text: str,
    quotes: list[tuple[int, int]] | None = None,
    published: dt.date | None = None,
    named: bool = False,
) -> list[Claim]:
    """Every hidden claim of `text` (see the module's docstring), in order:
    sentences with a figure that the fact finder drops only for a subject
    or a poll the sentences before name, each with that subject resolved.
    With `named`, also a sentence dropped for a pointer elsewhere than its
    subject when the subject is named ("Roe won the state in 2008": which
    state, the sentences before say), as it stands."""
    return _resolved(text, sentence_verdicts(text, quotes, published), named)


def _resolved(text: str, verdicts: list[tuple], named: bool) -> list[Claim]:
    """`context_claims` over the fact finder's `verdicts` of `text`."""
    claims = []
    for i, (a, b, reason, _fact) in enumerate(verdicts):
        if reason not in _RESOLVABLE or not has_digit(text[a:b]):
            continue
        before = [(x, y) for x, y, _r, _f in verdicts[max(0, i - 3) : i]]
        how = reason
        if reason == "subject":
            cited = _thing_subject(text, a, b, before[-1:])
        else:
            how, cited = "poll", _poll_named_before(text, a, b, before)
            if cited is None and named:
                how, cited = "named", _named_pointer(text, a, b)
        if cited is not None:
            claims.append(Claim(a, b, cited, how))
    return claims


def wide_claims(
    text: str,
    quotes: list[tuple[int, int]] | None = None,
    published: dt.date | None = None,
) -> list[Claim]:
    """Every sentence of `text` the fact finder does not offer that states
    a figure the app's matching reads (`claim_values`: money, a count of
    any unit, a percentage, a year, a date, a tally, a person named in a
    one-holder role), in order: with its subject resolved where
    `context_claims` (with `named`) resolves it, else as written, `how`
    "wide" (or "quoted": a sentence inside a quotation)."""
    return verdict_claims(text, sentence_verdicts(text, quotes, published))


def verdict_claims(text: str, verdicts: list[tuple]) -> list[Claim]:
    """`wide_claims` of `text` from the fact finder's `verdicts` of it
    (facts.sentence_verdicts; an import has them from its extraction)."""
    resolved = {c.start: c for c in _resolved(text, verdicts, True)}
    claims = []
    for a, b, reason, fact in verdicts:
        if fact is not None:
            continue  # an item already
        claim = resolved.get(a)
        if claim is None and claim_values(text[a:b]):
            claim = Claim(a, b, text[a:b], "quoted" if reason == "quoted" else "wide")
        if claim is not None:
            claims.append(claim)
    return claims


def _thing_subject(text: str, a: int, b: int, before: list[tuple[int, int]]) -> str | None:
    """The sentence `text[a:b]` with its opening "It"/"They"/"Its"/"Their"
    replaced by the subject the sentence right before names, in brackets;
    None when it opens otherwise or that subject is not one named thing."""
    tokens = text[a:b].split()
    word = plain_word(tokens[0])
    if word not in _THING_PRONOUNS or not before or len(tokens) < 4:
        return None
    if word == "it" and plain_word(tokens[1]) in _EMPTY_IT or tokens[0][-1] in ",;:":
        return None
    if word == "it" and tokens[0].strip(STRIP).lower() != "it":
        return None  # "It's": the contraction's verb would be lost
    subject = _named_subject(text, *before[0])
    if subject is None:
        return None
    return f"[{subject}{_THING_PRONOUNS[word]}]{text[a + len(tokens[0]) : b]}"


def _named_subject(text: str, a: int, b: int) -> str | None:
    """The name the sentence `text[a:b]` opens with as its subject, when it
    is one organisation or thing (capitalized words, "The" and small joining
    words among them), not a person; None otherwise."""
    start = fact_start(text, a, b, text[a:b].split()[0])
    tokens = text[start:b].split()
    if len(tokens) < 3:
        return None
    opening = fact_subject(text, start, b, tokens, None)
    if opening is None or opening.pronouns or opening.word:
        return None  # a subject after an opening phrase: left out, to be sure
    k = 0
    if tokens[0] == "The":
        if not names_itself(tokens, 1):
            return None
        k = 1
    words: list[str] = []
    for t in tokens[k : k + 8]:
        w = t.rstrip(",.;:")
        if w[:1].isupper() and not w.isupper() or (w.isupper() and len(w) > 1):
            words.append(w)
            if w != t or w.endswith(("'s", "\u2019s")):
                break
        elif w in _NAME_JOINS and words:
            words.append(w)
        else:
            break
    while words and words[-1] in _NAME_JOINS:
        words.pop()
    if not words or words[-1].endswith(("'s", "\u2019s")):
        return None  # "The Guild's director ...": the subject is another
    if plain_word(words[0]) in PERSON_PRONOUNS or is_given_name(words[0]):
        return None  # a person: "it", "they" are not them
    if sum(w.isupper() and len(w) > 3 for w in words) > 1:
        return None  # a headline's capitals: "BEST THING THAT ..."
    after = tokens[k + len(words)] if k + len(words) < len(tokens) else ""
    if tokens[k + len(words) - 1][-1:] not in ",;" and not (
        plain_word(after) in VERBISH or plain_word(after).endswith("ed")
    ):
        return None  # the name qualifies a noun: "The Velmar delegation ..."
    if len(words) == 1 and not re.search(rf"[a-z,] {re.escape(words[0])}\b", text):
        return None  # a word capitalized only where it opens a sentence
    return " ".join(tokens[:k] + words)


def _named_pointer(text: str, a: int, b: int) -> str | None:
    """The sentence `text[a:b]` as it stands when its subject is a name
    (capitalized, or "The" and words that name themselves) and no share of a
    poll; None otherwise."""
    start = fact_start(text, a, b, text[a:b].split()[0])
    tokens = text[start:b].split()
    if len(tokens) < 5:
        return None
    opening = fact_subject(text, start, b, tokens, None)
    if opening is None or opening.pronouns:
        return None
    word = tokens[opening.word]
    if not word[:1].isupper() or word[:1].isdigit() or plain_word(word) in _THING_PRONOUNS:
        return None
    if word == "The" and not names_itself(tokens, opening.word + 1):
        return None
    if _SHARE.search(text, start, b):
        return None  # a poll's figure, with no poll named: `_poll_named_before` or none
    return text[start:b]


def _poll_named_before(text: str, a: int, b: int, before: list[tuple[int, int]]) -> str | None:
    """The sentence `text[a:b]` with the one poll the sentences `before`
    name added in brackets; None when they name none or several, or when
    the sentence names a poll of its own that the fact finder found
    unnamed (its own words say which poll it is not)."""
    sentence = text[a:b]
    lower = sentence.lower()
    if "poll" in lower or "survey" in lower or not _SHARE.search(sentence):
        return None
    names = set()
    for x, y in before:
        for m in _POLL.finditer(text, x, y):
            name = _poll_name(m.group(1) or m.group(2) or "")
            if name:
                names.add(name)
    if len(names) != 1:
        return None
    name = names.pop()
    end = len(sentence.rstrip(".")) if sentence.endswith(".") else len(sentence)
    return f"{sentence[:end]} [{name} poll]{sentence[end:]}"


def _poll_name(words: str) -> str | None:
    """A poll's name from the capitalized words before "poll" (or after
    "poll by"), less the words that open a sentence or a phrase."""
    kept = words.split()
    while kept and kept[0].lower().strip(STRIP) in _NOT_POLL_NAMES:
        kept.pop(0)
    kept = [w.rstrip(",;:") for w in kept]
    if not kept or not any(len(w.strip(STRIP)) > 1 for w in kept):
        return None
    return " ".join(kept)
