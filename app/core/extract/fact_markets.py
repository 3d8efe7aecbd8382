"""A market's price or move with no time in the line: "Shares of Velmar
closed at $41.20", "The index fell 2 percent", "Oil is trading near $50 a
barrel", "A magazine put his net worth at $45 billion". A price changes
from one day to the next; a reader holding the line alone cannot tell
which day it was, so it is no citable fact. The same line with its day
("closed at $41.20 on Tuesday", "fell 2 percent in 2015") stays. Nor is
a contest's margin ("Roe beat Quarrow by 5,000 votes") a citable fact in a
line that names neither the contest nor its time.

The words are general English of markets: what is traded (shares, an
index, a currency, a commodity) and the verbs of a price's move.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import CALENDAR, STUCK_ON, past_tense
from app.core.extract.fact_pointers import DATE_WORDS
from app.core.extract.fact_reported import REPORTING
from app.core.extract.fact_rules import has_digit

# What a market prices, in general words (an index is named by its own
# name and the word "index"; no index's name is listed).
_TRADED = frozenset(
    f + p
    for w in """
    shares stock stocks index indexes indices futures bond bonds yield yields
    dollar euro yen pound peso yuan rupee currency oil crude gold silver copper bitcoin
    price prices average averages market markets
    """.split()
    for f in (w, w.capitalize())
    for p in STUCK_ON
)
# A move told with "be": "shares were down 3 percent", "oil is up".
_BE_MOVED = re.compile(r"\b(?:is|are|was|were)(?: (?:now|still|already))? (?:up|down)\b")
# Verbs of a price's move or level, in the forms news writes them.
_MOVES = frozenset(
    w + p
    for w in """
    rose rise rises rising fell fall falls falling closed close closes closing gained gains
    gaining lost loses losing dropped drops dropping jumped jumps jumping climbed climbs
    climbing slid slides sliding tumbled tumbles tumbling surged surges surging plunged plunges
    plunging slipped slips slipping sank sinks sinking rallied rallies rallying traded trades
    trading opened opens edged edges soared soars soaring declined declines declining
    advanced advances dipped dips rebounded rebounds settled settles finished ended
    shed sheds slumped slumps plummeted plummets tanked tanks sagged sags skidded skids
    """.split()
    for p in STUCK_ON
)
# What someone's wealth is called: "worth $45 billion", "a fortune of".
_WEALTH = frozenset(w + p for w in ("worth", "fortune", "fortunes") for p in STUCK_ON)
# Words before "worth" that make it someone's wealth ("net worth", "his
# worth", "are worth").
_WEALTH_BEFORE = frozenset("net his her their its is are was were be been".split())
# A time the line gives: a year, "today", "this week", "last month", a
# quarter, "since", an hour.
_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:today|yesterday|tonight|overnight)\b"
    r"|\b(?:this|last|next|that|the same|the previous|the following) "
    r"(?:day|week|month|year|quarter|session|morning|afternoon|evening)\b"
    r"|\b(?:next|last|past|first|previous|following) (?:\w+ )?(?:days|weeks|months|years|sessions)\b"
    r"|\bquarter\b|\bsince\b|\bago\b|\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am|pm)\b",
    re.IGNORECASE,
)


def undated_price(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) gives a
    figure that moves from one day to the next with no time: no weekday,
    month, year or "today" (a date the source's date gave in brackets has
    its year). Such a figure is a traded thing's price or move ("shares
    closed at $41", "the index fell 2 percent", "shares were down 3
    percent"), someone's wealth, a standing in the polls
    (`_undated_standing`), a level told in the present (`_undated_level`)
    or a contest's margin (`_undated_result`)."""
    if (
        _undated_standing(sentence, tokens)
        or _undated_level(sentence, tokens)
        or _undated_result(sentence, tokens)
    ):
        return True
    if not _WEALTH.isdisjoint(tokens) and "$" in sentence:
        return _undated_worth(sentence, tokens)
    if _TRADED.isdisjoint(tokens) or (
        _MOVES.isdisjoint(tokens)
        and (" up " not in sentence and " down " not in sentence or not _BE_MOVED.search(sentence))
    ):
        return False  # (most sentences: two set tests)
    if not any(_traded(tokens, i) for i, t in enumerate(tokens) if t in _TRADED):
        return False
    if not ("%" in sentence or "percent" in sentence or "$" in sentence or "point" in sentence):
        if not any(t[0].isdigit() for t in tokens):
            return False  # no price, share or figure ("L2" is a name)
    return not has_time(sentence, tokens)


def has_time(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) says when: a
    weekday, a month, a year, "today", "last week", "two years ago", an
    hour."""
    if not DATE_WORDS.isdisjoint(tokens):
        return True
    found = _TIME.search(sentence)
    while found is not None and found.group().isupper() and found.group().isalpha():
        found = _TIME.search(sentence, found.end())  # ("a QUILLON TODAY poll": a name's word)
    return found is not None


# A standing told in the present, as polls measure it from one week to the
# next: "Roe leads Quarrow by 6 points", "Roe is ahead 44 percent to 41",
# "Roe trails by 3 percentage points" (a result is told in the past: "Roe
# won by 6 points"); the stop of an honorific may stand between ("leads Mr.
# Quarrow 49 percent to 41": `_standing` reads it as a space).
_STANDING = re.compile(
    r"\b(?:leads?|leading|trails?|trailing|(?:is|are)(?: now| still)? (?:ahead|behind|up|down))\b"
    r"[^.;:]{0,60}?(?:\d+(?:\.\d+)?[- ](?:percentage[- ])?points?\b"
    r"|\d+(?:\.\d+)? ?(?:percent|%) to \d|\b\d{1,2}(?:\.\d)? to \d{1,2}(?:\.\d)?\b)"
)
_HONORIFIC = re.compile(r"\b(?:Mrs|Mr|Ms|Dr|Sen|Gov|Rep)\.")
# A polling average ("the polling average", "an average of recent polls"):
# it moves with each new poll.
_AVERAGE = re.compile(
    r"\b(?:poll|polls|polling|survey|surveys)\b[^.;]{0,40}\baverages?\b"
    r"|\baverages? of (?:[\w-]+ ){0,3}(?:polls|surveys)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Counts written in words ("two", "dozens"; not "one", as often a pronoun).
_COUNT_WORDS = (
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions"
).split()
_FIGURE = re.compile(r"\d ?(?:%|percent|points?\b|percentage)|\d-point")


def _undated_standing(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence gives a standing in the polls that moves with
    each new one ("Roe leads Quarrow by 6 points", "Roe has 44 percent in
    the polling average") with no time of its own."""
    return _standing(sentence) is not None and not _has_own_time(sentence, tokens)


def _standing(sentence: str) -> re.Match[str] | None:
    """The words of a standing in the polls the sentence gives (`_STANDING`,
    or a polling average with a figure), or None."""
    if not (
        "lead" in sentence
        or "trail" in sentence
        or "ahead" in sentence
        or "behind" in sentence
        or " up " in sentence
        or " down " in sentence
        or "verage" in sentence
    ):
        return None  # (most sentences: substring tests)
    if _DIGIT.search(sentence) is None:
        return None  # (every standing has its figure)
    found = _STANDING.search(sentence)
    if found is None and "." in sentence and _HONORIFIC.search(sentence):
        # ("leads Mr. Quarrow ...": the honorifics' stops as spaces, offsets kept)
        found = _STANDING.search(_HONORIFIC.sub(lambda m: m.group()[:-1] + " ", sentence))
    if found is None and "verage" in sentence and _FIGURE.search(sentence):
        found = _AVERAGE.search(sentence)
    return found


# A present that says a standing holds as the article is written ("leads",
# "is ahead", "is backed by", "puts"); a past, "would" or "had" do not.
_NOW = re.compile(r"\b(?:leads|trails|is|are|has|have|puts|shows|gives|stands)\b")
_NOT_NOW = re.compile(r"\b(?:was|were|had|would|could|might|will|if)\b")


def standing_at(sentence: str) -> int:
    """Where the words end (its verb and figure: "trails Quarrow by 4
    points") of a standing in the polls, or a level (`_level_at`), the
    sentence gives with no time of its own, told in the present; -1 when it
    gives none. Such a standing holds as the article was written ("Roe
    trails Quarrow by 4 points, according to the Velmar average", "The
    Velmar jobless rate is 5 percent"), so the source's date dates it."""
    found = _standing(sentence)
    if found is None:
        at, own = _level(sentence)
        return -1 if at < 0 or _level_timed(own, at) else at
    if _has_own_time(sentence, sentence.split()):
        return -1  # (a time of its own: "Tuesday's Velmar poll has Roe leading ...")
    if _NOW.search(sentence) is None or _NOT_NOW.search(sentence) is not None:
        return -1
    return found.end()


# Words that may stand between the verb and its figure: "is now about 5 percent".
_BEFORE_FIGURE = (
    "now|currently|still|about|around|roughly|nearly|almost|approximately|only|just"
    "|more than|less than|fewer than|over|under|some|an estimated|at least|close to"
)
# A level told in the present tense of "be", "have", "stand at" or
# "total", right before its figure: "The jobless rate is 5.1 percent",
# "The firm has 40 employees", "The fund stands at $2 billion"; or a share
# that is, has or holds a view in the present: "12 percent of the firms
# are subject to the tax", "41 percent of voters approve of Roe". A rate, a
# count, a price, a membership or a share of opinion moves; told in the
# present it holds as the article was written. Not an age group ("voters
# who are 65 or older": a kind of people), an age in an aside ("Roe, who is
# 67, said ...": the sentence tells of something else), "a total" (a noun),
# "can total", nor a share that is no subject ("trailing by less than 0.3
# percent of ballots get a recount": a rule's threshold).
_LEVEL_VERB = re.compile(
    r"\b(?:(?<!who )(?:is|are)|has|have|stands at|stand at|totals)"
    rf"(?: (?:{_BEFORE_FIGURE}))*\Z"
)
# The words `_LEVEL_VERB` may end with (a cheap test before it).
_LEVEL_LAST = frozenset(
    w.rsplit(" ", 1)[-1] for w in f"is|are|has|have|at|totals|{_BEFORE_FIGURE}".split("|")
)
# A figure, which the words before may make a level (`_LEVEL_VERB`).
_FIGURE_AT = re.compile(r" \$?\d[\d,.]*(?!\d| (?:and|or) (?:older|over|up|younger|under))")
# A share as the subject of a present ("41 percent of voters approve").
_SHARE = re.compile(
    r"(?:^|, |that |and |of )(?:(?:about|nearly|almost|only|just|some|roughly|more than|less than"
    r"|fewer than|over|under) )*\d[\d.]*(?: ?%| percent) of [^.,;:()]{1,60}?"
    r" (?:is|are|has|have|approve|disapprove|support|oppose|favor|favour|back|say|believe|think)\b"
)


# A figure someone's estimate sets in the present: "Velmar Data estimates
# the guild's members at 100,000", "The Quillon average puts Roe's approval
# at 50 percent", "The agency estimates that 1 in 45 children ...".
_ESTIMATED = re.compile(
    r"\b(?:estimates|puts|pegs|values|places)\b[^.;:]{0,60}?\bat (?:\w+ ){0,2}\$?\d"
    r"|\bestimates that\b[^.;:]{0,60}?\d"
)
_MAY_DAY = re.compile(r"\bMay \d")


# A contest's result by its margin: "Roe beat Quarrow by 5,000 votes", "Roe
# bested Quarrow 51% to 36%", "Roe lost by 13 points". Which contest and when,
# the sentences before say, unless the line names the contest ("in the
# primary") or has a time ("in 2012", "Tuesday").
_RESULT_VERBS = frozenset(
    "beat beats bested defeated defeats edged topped lost loses won wins".split()
)
_RESULT = re.compile(
    rf"\b(?:{'|'.join(sorted(_RESULT_VERBS))})\b[^.;:]{{0,50}}?"
    r"(?:\bby (?:a |about |nearly |almost |roughly |more than |just |only )?\d[\d,.]*"
    r"(?:-point\b| (?:percentage )?points?\b| votes?\b| ?percent\b|%)"
    r"|\d+(?:\.\d+)? ?(?:percent|%) to \d)"
)
# Words that name the contest itself.
_CONTEST = re.compile(
    r"\b(?:primary|primaries|caucus|caucuses|election|elections|race|runoff|nomination)\b"
)


def _undated_result(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence gives a contest's result by its margin
    (`_RESULT`) with no contest named and no time of its own."""
    if _RESULT_VERBS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    return (
        _RESULT.search(sentence) is not None
        and _CONTEST.search(sentence) is None
        and not _has_own_time(sentence, tokens)
    )


def _undated_level(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence gives a level in the present with no time of
    its own (`_level_at`)."""
    at, own = _level(sentence)
    return at >= 0 and not _level_timed(own, at)


def _level(sentence: str) -> tuple[int, str]:
    """`_level_at` of the sentence, else of its main clause (`own_words`:
    "There are two guilds in Velmar, which was founded in 1950."), and
    the main clause, whose time is the level's."""
    at = _level_at(sentence)
    if at >= 0:
        return at, own_words(sentence)
    if ", wh" not in sentence:
        return -1, sentence  # (most sentences: no level, no relative clause)
    own = own_words(sentence)
    at = _level_at(own)
    return at, own


def _level_timed(own: str, at: int) -> bool:
    """Whether the level's main clause `own` (its figure ending at `at`) has
    a time of its own, the clauses of `_BOUND_CLAUSE` after the figure left
    out: "reside in camps where they have been since 2012" holds now, the
    year is the clause's."""
    if not _has_own_time(own, own.split()):
        return False  # (most levels: no time at all)
    rest = bound_clauses_blanked(own[at:])
    if rest == own[at:]:
        return True
    own = own[:at] + rest
    return _has_own_time(own, own.split())


# A relative clause set off by commas (", who was hired in 2011"): its
# verb and its time are its own, not the level's.
_RELATIVE = re.compile(r", (?:who|whom|whose|which|where) [^,;]*(?:,|(?=[.;]?$))")
# A year inside a name, between capitalized words ("the Velmar 2016 Harbor
# Fund"): it names a body, it does not date the line.
_NAMED_YEAR = re.compile(r"\b([A-Z][a-z]+) ((?:19|20)\d\d) (?=[A-Z][a-z])")


# A relative clause not set off by commas whose own verb is a past or a
# perfect ("the 17th clerk who has been hired since the guild's 2014
# split", "the boat that was built in 2012", "camps where they have been
# since 2012"), or a clause with a pronoun
# subject and a past verb right after a noun ("the boat she bought in
# 2012"): its time is its own act's, not the present's around it.
_BOUND_CLAUSE = re.compile(
    r"(?<=[a-z]) (?:who|that|which|where (?:he|she|it|they|we)) (?:has|have|had|was|were)\b[^,;()]*"
    r"|(?<=[a-z]) (?:he|she|they|we) ([a-z]+)\b[^,;()]*"
    # (through an apposition: "the boat she sold to Vesk, a pilot, in 2012")
    r"(?:, (?:an?|the) [^,;()]*,[^,;()]*)?"
    # What a report, a memo or a poll told, after its noun: "a report saying
    # the guild hired Roe in May" (the time is what it told; up to a bracket).
    r"|(?<=[a-z]) (?:saying|claiming|alleging|stating|suggesting|showing|asserting)\b[^;()[]*"
)
# (Its participles, a cheap test before it.)
_TOLD = re.compile(r" (?:saying|claiming|alleging|stating|suggesting|showing|asserting)\b")


def _blank_bound(m: re.Match[str]) -> str:
    """`_BOUND_CLAUSE`'s match blanked, a pronoun's clause only with a past verb."""
    verb = m.group(1)
    if verb is not None and not (past_tense(verb) or (verb[-2:] == "ed" and verb[-3:] != "eed")):
        return m.group()  # ("they need", "she leads": a present; "he used": a past)
    return " " * len(m.group())


def bound_clauses_blanked(sentence: str) -> str:
    """The sentence with its clauses of `_BOUND_CLAUSE` blanked (offsets hold)."""
    if " wh" not in sentence and " that " not in sentence and "he " not in sentence:
        if "ing " not in sentence or _TOLD.search(sentence) is None:
            return sentence  # (most sentences: substring tests)
    return _BOUND_CLAUSE.sub(_blank_bound, sentence)


def own_words(sentence: str) -> str:
    """The sentence with the words that are no part of its main clause's
    time blanked out, each by as many spaces (so offsets hold): a relative
    clause set off by commas, a year inside a name (not after a month:
    "May 2016 Roe ...")."""
    if ", wh" in sentence:
        sentence = _RELATIVE.sub(lambda m: " " * len(m.group()), sentence)
    if _YEAR_DIGITS.search(sentence) and (m := _NAMED_YEAR.search(sentence)):
        if m.group(1) not in CALENDAR:
            sentence = sentence[: m.start(2)] + " " * len(m.group(2)) + sentence[m.end(2) :]
    return sentence


_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")


def _level_at(sentence: str) -> int:
    """Where the figure ends that the sentence, told in the present and
    nothing in a past, a "would" or an "if", gives right after "is", "has",
    "stands at" or "totals" (`_LEVEL_VERB`) or a verb that holds or tallies
    it (`_HELD`), as a share subject of a present (`_SHARE`), as an estimate
    set in the present (`_ESTIMATED`), or as a count opening the sentence
    (`_COUNTED`): a level as the article was written, which the source's
    date dates; -1 for none."""
    if sentence.startswith("There ") and (m := _THERE.match(sentence)):
        return -1 if _NOT_NOW.search(sentence) else m.end()
    if not has_digit(sentence):
        return -1  # (most sentences: ten substring tests)
    for m in _FIGURE_AT.finditer(sentence):
        i = m.start()
        word = sentence[sentence.rfind(" ", 0, i) + 1 : i]
        if (word in _LEVEL_LAST and _LEVEL_VERB.search(sentence, max(0, i - 40), i)) or (
            word in _HELD_LAST and _HELD.search(sentence, max(0, i - 50), i)
        ):
            return -1 if _NOT_NOW.search(sentence) else m.end()
    if ("% of " in sentence or "percent of " in sentence) and (m := _SHARE.search(sentence)):
        return -1 if _NOT_NOW.search(sentence) else m.end()
    if _may_estimate(sentence) and (m := _ESTIMATED.search(sentence)):
        # "Velmar Data estimates ... at 100,000" ("May 9" is a date `has_time`
        # leaves to its callers: "May" alone is as often the verb).
        if _NOT_NOW.search(sentence) or _MAY_DAY.search(sentence):
            return -1
        return m.end()
    m = _COUNTED.match(sentence)
    return -1 if m is None or _NOT_NOW.search(sentence) else m.end()


# A count opening the sentence as the subject of a present ("More than
# 9,000 Velmar clerks have no contract", "Some 12 firms are still
# bidding"), or right after a present that holds or tallies it ("Roe owns
# between $5,000 and $9,000 in Quillon bonds", "Velmar Data tallies 585",
# "Roe ranks third with $4 billion", "Roe comes in at 3.1 million"): a
# level as the article was written, as a figure right after "is" or "has"
# is. A relative's verb is not the count's ("9,000 clerks who live in
# Velmar signed ...").
_COUNTED = re.compile(
    rf"(?i:(?:(?:{_BEFORE_FIGURE}|between) )*)\$?\d[\d,.]*"
    r"(?: (?:million|billion|trillion|thousand|hundred))?"
    r"(?: (?!(?:who|that|which|whose)\b)[A-Za-z][\w'\u2019-]*){1,4}?"
    r" (?:are|have|remain|live|reside|own|hold|work|serve|face|lack)\b"
)
# A count said to exist in the present: "There are two guilds in Velmar",
# "There are about 4,000 clerks".
_THERE = re.compile(
    rf"There (?:is|are)(?: (?:{_BEFORE_FIGURE}))* (?:\$?\d[\d,.]*|(?:{'|'.join(_COUNT_WORDS)})\b)"
)
_HELD_WORDS = (
    "owns holds employs tallies counts lists exports imports produces earns makes spends controls"
    " houses boasts"
).split()
_HELD = re.compile(
    rf"\b(?:{'|'.join(_HELD_WORDS)}|ranks \w+ with|comes in at)"
    rf"(?: (?:{_BEFORE_FIGURE}|between))*\Z"
)
# The words `_HELD` may end with (a cheap test before it).
_HELD_LAST = _LEVEL_LAST | frozenset(_HELD_WORDS) | frozenset(("with", "between"))


def _may_estimate(sentence: str) -> bool:
    """Whether the sentence holds a verb `_ESTIMATED` reads (substring tests:
    most sentences hold none, and the expression's search costs more)."""
    return (
        "stimates" in sentence
        or "puts " in sentence
        or "pegs " in sentence
        or "values " in sentence
        or "places " in sentence
    )


def _has_own_time(sentence: str, tokens: list[str]) -> bool:
    """`has_time`, a word's possessive read as the word: "Tuesday's poll"
    says when."""
    return has_time(sentence, [t.removesuffix("'s").removesuffix("\u2019s") for t in tokens])


def _traded(tokens: list[str], i: int) -> bool:
    """Whether word `i` is a traded thing, not a part of a name: "Gold
    Velmar", "Oil Quarrow" (a capitalized word after it)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return not (tokens[i][-1].isalpha() and nxt[:1].isupper())


def _undated_worth(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence values someone's wealth ("A magazine put his net
    worth at $45 billion", "stock worth about $130 million") with no time:
    wealth changes with the markets. Not a price paid ("$3 million worth of
    ads") nor someone's reported words ("Roe said he is worth ...")."""
    if "worth of" in sentence or not REPORTING.isdisjoint(tokens) or " claim" in sentence:
        return False
    for i, t in enumerate(tokens):
        if t in _WEALTH and (t[:7] == "fortune" or i and _holds_worth(tokens[i - 1])):
            return not has_time(sentence, tokens)
    return False


def _holds_worth(word: str) -> bool:
    """Whether `word`, before "worth", makes it someone's wealth: "net
    worth", "his worth", "are worth", "stock worth" (not "fees worth")."""
    return (
        word in _WEALTH_BEFORE
        or word.endswith(("'s", "\u2019s"))
        or word in _TRADED
        or word in ("holdings", "stake", "stakes", "investments")
    )
