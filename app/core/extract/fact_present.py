"""What holds as the article is written, told in the simple present, and
what a past says held at a time the line does not give.

- A habit counted by a rate: "The Velmar Guild prints more than 30
  pamphlets a year" holds as the article is written (a firm's output, a
  body's meetings change from year to year). Not a generic subject's ("A
  glazier fires 40 kilns a year": a rule of a kind, no one's state).
- Who backs or belongs to a body: "The guild's biggest donors include Ana
  Ruiz and Ivo Brask" (backers, members, clients come and go), also after
  an opening clause ("While the guild backs no one, its donors include
  ..."). Not its founders (a past that stays).
- A line its writer says is current: "Current rules allow only ...".
- A level after a participle and "with": "Ana Ruiz, a 2009 graduate, is
  saddled with about $40,000 in loans" (the year is the apposition's).

Each is cited "[as of <the source's date>]" with the source's date
(`fact_ongoing.as_of_at`), and not offered without one
(`fact_ongoing.undated_ongoing`), as an office held is
(`fact_perfect.role_at`). None in someone's reported words, nor in a past,
a "would" or an "if", nor with a time of the line's own.

A span counted forward from the writing, "in the next two months", "over
the next week", after a future or a present ("will hire 12 clerks in the
next two months", "says he expects two to quit over the next week"),
starts at the writing: with the source's date it is cited "[from
<date>]" (`forward_spans`, as `fact_dates` cites a span back to the
writing "[to <date>]"). After a past it is reckoned from the story's
event and stays as written, as does a line with a date of its own.

A state told in the past at a time the line does not give: "Twenty of
the 40 passengers remained aboard", "... backed Roe, with 12 still
undecided". With its source named ("according to the port") it is that
source's latest word, as of the writing: "[as of <date>]" with the
source's date (`remaining_at`), not offered with none. In the writer's
voice alone, a past tells no "as of the writing" (no "[as of]" dates a
past): a past with no time, `fact_captions.undated_act`.

A past joined by ", while" or by "after"/"before" to another act told
with no time ("Roe received $250,000 after Vesk endorsed her in a
letter") is as undated as each act alone: not offered (`undated_joined`).
So is a past joined by "after"/"before" to the subject's own act told by
a verb's "-ing" form, the same clause with its subject left out ("Roe
closed the depot after losing the vote"): when it was lost, the line does
not say.

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

import re

from app.core.extract.fact_captions import undated_act
from app.core.extract.fact_lexicon import YEAR, past_tense
from app.core.extract.fact_markets import has_time
from app.core.extract.fact_means import ing_form
from app.core.extract.fact_perfect import own_time
from app.core.extract.fact_reported import REPORTING

# A past, a "would", an "if": no state as of the writing.
_NOT_NOW = re.compile(r"\b(?:was|were|had|would|could|might|will|if)\b")
# A bracket the rules gave that holds a day or a year ("[as of May 3, 2016]").
_DATED = re.compile(r"\[[^\]]*\d")
# Words that make a word before the verb no part of the main clause's subject.
_CLAUSE_WORDS = frozenset(
    """
    who whom whose which that what where when whether if while as because although though
    since after before until unless once is are am was were has have had will would can could
    may might did does do
    """.split()
)
# Words after a plural noun that show it is no verb ("shifts can run").
_AUXILIARIES = frozenset(
    "can may must should shall will would could might do did have has is are was were".split()
)
# A generic subject: a rule of a kind, not a state of someone's.
_GENERIC = frozenset("A An Each Every Any No".split())
# A rate of a habit: "a year", "each week", "per month", "annually".
_HABIT = re.compile(
    r"\b(?:a|an|each|per|every) (?:year|month|week|day|night|season)\b|\b(?:annually|yearly)\b"
)
_COUNT = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|thousands|millions)\b"
)


def _present_verb(tokens: list[str]) -> int:
    """The index of the main clause's verb in the simple present of the third
    person ("prints", "publishes"), the words before it a subject's (no
    clause word, comma, past or report), or -1."""
    if not tokens or tokens[0] in _GENERIC:
        return -1
    for i, t in enumerate(tokens[1:8], 1):
        w = t.strip(",;:")
        if t.endswith((",", ";", ":")) or w.lower() in _CLAUSE_WORDS or past_tense(w):
            return -1
        if w in REPORTING:
            return -1
        if len(w) > 3 and w.isalpha() and w.islower() and w.endswith("s"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not w.endswith(("ss", "us", "is")) and nxt not in _AUXILIARIES:
                return i  # ("Roe's shifts can run ...": a plural noun before a verb)
    return -1


def _rate_word(sentence: str) -> bool:
    """Whether the line holds a word `_HABIT` may read (a cheap test first)."""
    return (
        "year" in sentence
        or "week" in sentence
        or "month" in sentence
        or " day" in sentence
        or "night" in sentence
        or "season" in sentence
        or "annual" in sentence
    )


def habit_at(sentence: str) -> int:
    """Where the rate ends ("a year") of a habit the line's subject keeps,
    told in the simple present with a count ("The Velmar Guild prints
    more than 30 pamphlets a year"), no time of its own; -1 for none."""
    if not _rate_word(sentence) or (m := _HABIT.search(sentence)) is None:
        return -1  # (most sentences: substring tests)
    tokens = sentence.split()
    verb = _present_verb(tokens)
    if verb < 0 or _NOT_NOW.search(sentence) or not REPORTING.isdisjoint(tokens):
        return -1
    if "ccording to" in sentence:
        return -1  # ("..., according to a report": the report's figure, of its day)
    after = " ".join(tokens[verb + 1 : verb + 7])
    if _COUNT.search(after) is None or m.start() < len(" ".join(tokens[: verb + 1])):
        return -1
    if has_time(sentence, tokens):
        return -1
    return m.end()


# People who back or belong to a body, as its present list names them.
_MEMBERS = re.compile(
    r"\b(?:backers|donors|supporters|members|clients|customers|investors|allies|endorsers"
    r"|sponsors|funders|contributors|patrons|shareholders|subscribers)"
    r" (?:now |also |still |currently )?include\b"
)


def members_at(sentence: str) -> int:
    """Where "include" ends in a line telling who backs or belongs to its
    subject, in the present in the writer's voice ("The guild's donors
    include Ana Ruiz"), maybe after an opening clause to a comma ("While
    the guild backs no one, its donors include ..."); -1 for none."""
    if " include" not in sentence or (m := _MEMBERS.search(sentence)) is None:
        return -1
    before = sentence[: m.start()]
    if "," in before:
        head, _, before = before.partition(",")
        if head.split()[0].lower() not in ("while", "although", "though", "as") or "," in before:
            return -1
    words = [t.strip(",;:").lower() for t in before.split()]
    if not _CLAUSE_WORDS.isdisjoint(words) or any(past_tense(w) for w in words):
        return -1
    if not REPORTING.isdisjoint(sentence.split()) or "ccording to" in sentence:
        return -1
    if _NOT_NOW.search(sentence, m.end()) or own_time(sentence) or _DATED.search(sentence):
        return -1
    return m.end()


_CURRENT = re.compile(r"(?:The |Its |Their )?Current [a-z]+")


def current_at(sentence: str) -> int:
    """Where the subject the writer calls current ends ("Current rules")
    in a line told in the present with no time of its own; -1 for none."""
    if not sentence.startswith(("Current ", "The Current ", "The current ", "Its current ")):
        return -1
    m = _CURRENT.match(sentence.replace("current", "Current", 1))
    if m is None:
        return -1
    tokens = sentence.split()
    if _NOT_NOW.search(sentence) or not REPORTING.isdisjoint(tokens):
        return -1
    if any(past_tense(t.strip(",;:")) for t in tokens[:4]) or has_time(sentence, tokens):
        return -1
    return m.end()


# A level after a participle and "with": "is saddled with about $40,000".
_LEVEL_WITH = re.compile(
    r" (?:is|are)(?: now| still)? [a-z]+ed with (?:(?:about|nearly|almost|more than|some|over"
    r"|roughly|an estimated|at least) )*\$?\d[\d,.]*"
)
# An apposition right after a name, up to "is"/"are": "Ana Ruiz, a 2009
# graduate, is ..." (its year is the apposition's).
_APPOSITION = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*|\[[^\]]*\])(?: (?:[A-Z][\w.'\u2019-]*|\[[^\]]*\])){0,4}"
    r"(?P<aside>, (?:an?|the) [^;()]*,)(?= (?:is|are)\b)"
)


def level_with_at(sentence: str) -> int:
    """Where the figure ends of a level told with a participle and "with"
    in the present ("is saddled with about $40,000") with no time of the
    main clause's own (an apposition's year is none); -1 for none."""
    if "ed with " not in sentence or (m := _LEVEL_WITH.search(sentence)) is None:
        return -1
    before = sentence[: m.start()]
    own = sentence
    if (a := _APPOSITION.match(sentence)) is not None:
        before = before[: a.start("aside")]
        own = sentence[: a.start("aside")] + sentence[a.end("aside") :]
    words = [t.strip(",;:").lower() for t in before.split()]
    if "," in before or not _CLAUSE_WORDS.isdisjoint(words):
        return -1
    if not REPORTING.isdisjoint(own.split()) or _NOT_NOW.search(own) or _DATED.search(own):
        return -1
    return -1 if has_time(own, own.split()) else m.end()


def present_at(sentence: str) -> int:
    """Where the present words end of a habit (`habit_at`), a list of
    backers (`members_at`), a current state (`current_at`) or a level
    after a participle (`level_with_at`) the line tells with no time, or a
    state its named source gives (`remaining_at`): what holds as the
    article is written; -1 for none."""
    for find in (habit_at, members_at, current_at, level_with_at, remaining_at):
        if (at := find(sentence)) >= 0:
            return at
    return -1


# A span counted forward: "in the next two months", "over the coming weeks".
_FORWARD = re.compile(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin|[Ff]or) the (?:next|coming)"
    r"(?: (?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
    r" (?:days?|weeks?|months?|years?)\b(?![\u2019']| (?:of|before|after|when|that|since)\b)"
)
# A source the line names after the span: the span counts from its report.
_SOURCE_AFTER = re.compile(
    r"\b(?:shows?|showed|says?|said|according|reports?|reported|finds?|found|states?)\b"
)
# A future or a present before it: what is planned or expected from the writing.
_AHEAD = re.compile(
    r"\b(?:will|is|are|am|says|say|expects|expect|plans|plan)\b|[\u2019']s (?:[a-z]+ing)\b"
)


def forward_spans(sentence: str) -> list[int]:
    """Where each span counted forward from the writing ends (`_FORWARD`,
    after a future or a present, `_AHEAD`, and no past), in a line with
    no time before it and no year; [] for none."""
    if "the next" not in sentence and "the coming" not in sentence:
        return []  # (most sentences: substring tests)
    found = list(_FORWARD.finditer(sentence))
    if not found:
        return []
    head = sentence[: found[0].start()]
    words = head.split()
    if _AHEAD.search(head) is None or any(
        (past_tense(t.strip(",;:")) and (not i or words[i - 1] not in ("will", "to")))
        or t in ("was", "were", "had")
        for i, t in enumerate(words)
    ):
        return []  # ("will hit": a present's form after "will", no past)
    # (a time before the span may be what it counts from; a year anywhere
    # dates the line; a time after it, "before next year's vote", is another's)
    if has_time(head, head.split()) or YEAR.search(sentence) or _DATED.search(sentence):
        return []
    if _SOURCE_AFTER.search(sentence, found[-1].end()):
        return []  # ("..., a filing shows": counted from the filing's day)
    return [m.end() for m in found]


def _remaining_word(sentence: str, tokens: list[str]) -> int:
    """The index of the past that tells a state at a time the line does not
    give: "remained" ("20 of the 40 passengers remained aboard"), or a past
    with "still" ("backed Roe, with 12 still undecided"), in the writer's
    voice with no time in the line; -1 for none."""
    if "remained" not in sentence and " still " not in sentence:
        return -1  # (most sentences: substring tests)
    words = [t.strip(",;:.").lower() for t in tokens]
    if "remained" in words:
        at = words.index("remained")
    elif "still" in words:
        at = next((i for i, w in enumerate(words) if past_tense(w)), -1)
        if at < 0 or not {"is", "are", "has", "have", "am"}.isdisjoint(words):
            return -1
    else:
        return -1
    if at < 1 or words[at - 1] in _CLAUSE_WORDS or not REPORTING.isdisjoint(tokens):
        return -1
    if not _CLAUSE_WORDS.isdisjoint(w for w in words[:at] if w not in ("that",)):
        return -1
    own = [t.removesuffix("'s").removesuffix("\u2019s") for t in tokens]
    if YEAR.search(sentence) or has_time(sentence, own) or _DATED.search(sentence):
        return -1
    return at


def remaining_at(sentence: str) -> int:
    """Where the past of `_remaining_word` ends in a line whose source is
    named ("according to the port"): the source's latest word, a state as
    of the writing (cited "[as of <date>]"); -1 for none."""
    if "ccording to" not in sentence:
        return -1
    tokens = sentence.split()
    at = _remaining_word(sentence, tokens)
    return -1 if at < 0 else len(" ".join(tokens[: at + 1]))


# A clause joined to a past act that gives it no time: a contrast, ", while
# Vesk gave $5 million", or an act before or after it told with no time of
# its own, "after Vesk endorsed him in a letter".
_WHILE = re.compile(r", while (?=[A-Z\[])")
_AFTER_CLAUSE = re.compile(
    r" (?:after|before) (?=(?:[A-Z\[][\w.'\u2019\]-]*|he|she|they|it)"
    r"(?: [A-Z\[][\w.'\u2019\]-]*){0,3} [a-z]+ed\b)"
)


# "after"/"before" and a verb's "-ing" form: the subject's own act, "after
# losing the vote" (not a noun in "-ing", "after morning prayers").
_AFTER_GERUND = re.compile(r" (?:after|before) (?=([a-z]+ing)\b)")


def undated_joined(sentence: str) -> bool:
    """Whether the line tells past acts with no time (`fact_captions.undated_act`)
    once a clause joined by ", while" or by "after"/"before" and a
    subject's past ("Roe received $250,000 after Vesk endorsed her in a
    letter") or a verb's "-ing" form ("Roe closed the depot after losing
    the vote") is read as one more act: neither says when."""
    if ", while " not in sentence and " after " not in sentence and " before " not in sentence:
        return False  # (most sentences: substring tests)
    joined = _AFTER_CLAUSE.sub(" and ", _WHILE.sub(", and ", sentence))
    if "ing" in joined:
        joined = _AFTER_GERUND.sub(lambda m: " and " if ing_form(m[1]) else m[0], joined)
    return joined != sentence and undated_act(joined, joined.split(), perfect=True)
