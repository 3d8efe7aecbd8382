"""Acts whose time the line does not give but its writing or the sentence
before does.

- An act told as going on, in the present progressive ("Roe is taking
  questions at a town hall in Quillon", "The agency is monitoring 40
  cases", "Velmar is considering a curfew") with no time of its own, goes
  on as the article is written: with the source's date it is cited "[as of
  <date>]" (as a level told in the present is, `fact_markets`); with no
  date it is no citable fact (when?). Not a progressive in someone's
  reported words ("Roe said the board is weighing ...", "according to"),
  nor in a clause after a comma or a subordinator ("While Roe is touring
  ..."), nor after a pronoun or a relative ("the wave he is riding"), nor a
  habit ("is sending forms to 3 million homes a year"). A time in a past
  joined to it by "and" is the past's ("Roe voted on May 3 and is touring
  Quillon": touring as of the writing).
- A count told in the present perfect ("Two trials have been held before
  a Quillon judge", "The coalition has grown to 65 members", "Nearly
  850,000 ballots have so far been requested") with no time of its own
  is a count so far: it holds as the article is written, and is cited
  "[as of <date>]" with the source's date, not offered without one (as of
  when?). Not in someone's reported words, nor a relative clause's own
  verb ("Roe, who has won 3 races, ..."), nor a possession ("has nine
  voters": a level, `fact_markets`), nor a poll's figure (of the poll's
  days, `fact_polldates`).
- Words someone "added" ("Roe added that the levy would stay") continue
  what the sentences before report: when and where they were said, those
  sentences tell, unless the line has a time of its own.

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.extract.fact_lexicon import POLL_NOUNS, YEAR, past_tense
from app.core.extract.fact_markets import bound_clauses_blanked, has_time, standing_at
from app.core.extract.fact_means import ing_form
from app.core.extract.fact_perfect import SPEECH_PERFECT, apposition_dropped, perfect_at, role_at
from app.core.extract.fact_present import present_at
from app.core.extract.fact_reported import REPORTING
from app.core.extract.fact_rules import has_digit

# Words that open a subordinate clause: its verb is no main verb.
_SUBORDINATORS = frozenset(
    "while as when if although though because since after before once until unless whereas".split()
)
# Words right before "is"/"are" that make it a clause's own verb inside the
# sentence ("the wave he is riding", "those who are running").
_CLAUSE_SUBJECTS = frozenset("he she it they we i you who that which".split())
# Finite verbs that, before "is"/"are", make it no main verb of the line.
_FINITE = frozenset("was were has have had will would can could may might did does do".split())
# Adverbs that may stand between "is" and its "-ing" form.
_BETWEEN = frozenset(("now", "still", "also", "already", "currently"))
# A habit: "a year", "each week", "annually", any "every" ("every day").
_HABIT = re.compile(r"\b(?:a|each|per) (?:year|month|week|day)\b|\bannually\b|\bevery\b")


def ongoing_now(sentence: str) -> bool:
    """Whether the sentence tells, in the writer's voice, an act going on
    as it was written: its main verb a present progressive ("is taking",
    "are lining up", "is being held", "has been reviewing"), after an
    opening phrase of place or circumstance or none, no time of its own and
    no habit."""
    return ongoing_word(sentence) >= 0


def ongoing_word(sentence: str) -> int:
    """The index (in the sentence split at spaces) of the "-ing" form of the
    present progressive `ongoing_now` reads, or -1."""
    if " is " not in sentence and " are " not in sentence and " been " not in sentence:
        return -1  # (most sentences: three substring tests)
    if "ing" not in sentence:
        return -1
    if ", a" in sentence or ", the " in sentence:
        sentence = _APPOSITION.sub(lambda m: _MASK.sub("_", m.group()), sentence)
    tokens = sentence.split()
    opening = _opening_phrase(tokens)
    for i, t in enumerate(tokens[:-1]):
        if t in REPORTING or "ccording" in t or (t.endswith(",") and i != opening):
            return -1  # reported, or a clause before the verb: unsure
        if i == 0 and t.lower() in _SUBORDINATORS:
            return -1
        if i and t in _FINITE:
            if t in ("has", "have") and tokens[i + 1] == "been" and i + 2 < len(tokens):
                # "The agency has been reviewing the files": going on still.
                return _now_at(sentence, tokens, i + 1)
            return -1
        if t == "is" or t == "are":
            return _now_at(sentence, tokens, i) if i > 0 else -1
    return -1


def _now_at(sentence: str, tokens: list[str], i: int) -> int:
    """The index of the "-ing" form after "is"/"are" at word `i` when it
    makes a present progressive with no time of its own, else -1."""
    if not _progressive(tokens, i):
        return -1
    if has_time(sentence, tokens) and not _time_of_the_past_before(tokens, i):
        # A time inside a relative clause after the verb is the clause's own
        # act's ("Roe is courting the delegates Vesk won, who quit last
        # month"): the going on has none.
        # So is one in a clause bound to the object ("is selling the boat
        # she bought in 2012", "is courting the clerk who was fired in 2014").
        verb = sentence.find(" ", sentence.find(" " + tokens[i + 1] + " ") + 1)
        rest = sentence[:verb] + bound_clauses_blanked(sentence[verb:]) if verb > 0 else sentence
        if ", wh" in rest:
            rest = _RELATIVE_CLAUSE.sub(" ", rest)
        if rest == sentence or has_time(rest, rest.split()):
            return -1
    return i + 1 if tokens[i + 1] not in _BETWEEN or i + 2 == len(tokens) else i + 2


def _time_of_the_past_before(tokens: list[str], i: int) -> bool:
    """Whether "is"/"are" at word `i` opens a second predicate after "and",
    the first a past that holds the line's only time ("Roe voted on May 3
    and is touring Quillon"): the time is the past's, the going on has
    none."""
    if i < 3 or tokens[i - 1] != "and" or tokens[i - 2].endswith(","):
        return False
    if not any(past_tense(t.rstrip(",.;:")) for t in tokens[1 : i - 1]):
        return False
    rest = tokens[i:]
    return not has_time(" ".join(rest), rest)


# An apposition between the subject and its verb ("Velmar Partners, a firm
# founded in 2014 by two bankers, is advising ..."): it describes the
# subject; its commas open no clause, its time is not the act's. Masked
# word by word (`_MASK`), so the line keeps its words' places.
_APPOSITION = re.compile(r"(?<=[a-z]), (?:an?|the) [^,;]*, (?=(?:is|are) )")
_MASK = re.compile(r"\S")


# A relative clause set off by a comma, to the next comma or the end.
_RELATIVE_CLAUSE = re.compile(r", (?:who|whom|whose|which|where) [^,;]*(?:,|(?=[.;]?$))")


_RELATIVES = frozenset("where whom whose".split())
# (A personal pronoun after the opening phrase is the line's subject: "In
# Quillon, he is touring ...".)
_RELATIVE_SUBJECTS = frozenset("who that which".split())
# Prepositions that open a phrase of place or circumstance before the
# subject ("In the final days of the race, Roe is touring ...").
_OPENING_PREPOSITIONS = frozenset("in at on across throughout inside outside around amid".split())


def _opening_phrase(tokens: list[str]) -> int:
    """The index of the word that ends, with a comma, a phrase opening the
    line with a preposition and holding no verb ("In the final days of the
    race,"), or -1."""
    if not tokens or tokens[0].lower() not in _OPENING_PREPOSITIONS:
        return -1
    for i, t in enumerate(tokens[1:8], 1):
        if t in _FINITE or t in ("is", "are") or t.lower() in _CLAUSE_SUBJECTS:
            return -1
        if t.endswith(","):
            after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if after in _SUBORDINATORS or after in _RELATIVE_SUBJECTS or after in _RELATIVES:
                return -1  # "In Quillon, where Roe is touring, ...": a clause
            return i
    return -1


def _progressive(tokens: list[str], i: int) -> bool:
    """Whether "is"/"are" at word `i` makes a present progressive of the
    line's own: an "-ing" form after it (not "going to"), no pronoun or
    relative right before it, no reported words or habit after it."""
    if i > 1 and tokens[i - 1].lower() in _CLAUSE_SUBJECTS and not tokens[i - 2].endswith(","):
        # (the line's own pronoun subject opens it, "He is touring ...", or
        # follows its opening phrase, "In Quillon, he is touring ...")
        return False
    j = i + 1 if tokens[i + 1] not in _BETWEEN or i + 2 == len(tokens) else i + 2
    verb = tokens[j].rstrip(",.;:")
    if not ing_form(verb) or verb == "going":
        return False  # "is something", "is going to"
    rest = tokens[j:]
    if not REPORTING.isdisjoint(rest) or any("ccording" in t for t in rest):
        return False  # "is telling reporters the vote ... , Roe said": reported
    return _HABIT.search(" ".join(rest)) is None


# Words before "added" that make it no verb of speech ("an added cost").
_NOT_SPEECH = frozenset("a an the any no some with of value".split())


def added_before(sentence: str, tokens: list[str]) -> bool:
    """Whether the line reports words someone "added" ("Roe added that
    ...", "..., Roe added.") with no time of its own: the occasion is the
    one the sentences before tell of."""
    if "dded" not in sentence:
        return False  # (most sentences: one substring test)
    for i, t in enumerate(tokens):
        if t.rstrip(",.;:") not in ("added", "adds") or not i:
            continue
        if tokens[i - 1].lower() in _NOT_SPEECH:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt.rstrip(",") == "that" or not nxt or t.endswith((",", ".")):
            return not has_time(sentence, tokens)
    return False


# A count in words: "two trials", "dozens of" (a figure is found by `has_digit`).
_COUNT_WORDS = re.compile(
    r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions"
    r"|(?:a|one) (?:million|billion|trillion))\b"
)
# The present perfect: "has"/"have", a few adverbs, maybe "been", and a past
# participle (regular, or one of English's irregular ones).
_PERFECT = re.compile(
    r" ha(?:s|ve)(?: (?:now|already|also|so far|yet|just|since|only|still))* (?:been )?"
    r"(?P<verb>[a-z]+(?:ed|en)|grown|given|held|made|won|lost|seen|sent|paid|spent|brought"
    r"|bought|built|found|gone|done|taken|told|sold|left|led|met|put|run|set|shown|become|come"
    r"|drawn|fallen|risen|begun|cost|cut|hit|kept|struck|thrown|known|flown|sunk|shrunk|sworn)\b"
)
# Whose count it is, "according to Velmar Data" (to the next comma): no count of the line's own.
_SOURCE = re.compile(r"[Aa]ccording to [^,;:]*")
# A relative right before "has"/"have": the clause's own verb ("Roe, who has won ...").
_RELATIVE_BEFORE = ("who ", "that ", "which ")
# Participles in "-ed"/"-en" that are no verb's ("has seen" is; "has children" ends in "-en").
_NOT_PARTICIPLES = frozenset("children seven eleven often even been".split())


def counted_so_far(sentence: str) -> bool:
    """Whether the sentence gives a count (a figure, `_COUNT_WORDS`) told in the present
    perfect of its own ("Two trials have been held", "has grown to 65
    members") with no time of its own and not in someone's reported
    words: a count so far, as of the writing."""
    return counted_at(sentence) >= 0


@lru_cache(maxsize=1)  # (the dates and the verdict ask of the same line in turn)
def counted_at(sentence: str) -> int:
    """Where the present perfect of the count `counted_so_far` reads ends
    in the sentence ("have been held"), or -1."""
    if " ha" not in sentence:
        return -1  # (most sentences: one substring test)
    verb = next(
        (
            m
            for m in _PERFECT.finditer(sentence)
            if m.group("verb") not in _NOT_PARTICIPLES
            and not sentence.endswith(_RELATIVE_BEFORE, 0, m.start() + 1)
        ),
        None,
    )
    if verb is None:
        return -1
    # The count and the time are the line's own, not its source's ("according to
    # three networks") nor an apposition's before the perfect ("Roe, a firm
    # founded in 1987 by two clerks, has paid 40 ...": `fact_perfect.apposition_dropped`).
    own = apposition_dropped(sentence, verb.start())
    counted = _SOURCE.sub("", own) if "ccording to" in own else own
    if not has_digit(counted) and _COUNT_WORDS.search(counted) is None:
        return -1
    tokens = sentence.split()
    if ("poll" in sentence or "survey" in sentence) and not POLL_NOUNS.isdisjoint(tokens):
        return -1  # "The Velmar poll shows Roe has fallen to 27 percent": of the poll's days
    if not REPORTING.isdisjoint(tokens):
        return -1
    if has_time(own, [t.rstrip(":;") for t in own.split()]):  # ("on Tuesday: ...")
        return -1
    return verb.end()


def undated_ongoing(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) is an act
    going on (`ongoing_now`), one that was going on (`went_on`) or words
    someone added (`added_before`), or an office held (`fact_perfect.role_at`:
    "Roe is the chair of the guild") with no time of its own: when, only
    the writing or the sentences before say. (A count so far,
    `counted_so_far`, is asked apart.)"""
    return (
        ongoing_now(sentence)
        or went_on(sentence)
        or added_before(sentence, tokens)
        or role_at(sentence) >= 0  # "Roe is the chair of the guild": as of when?
        or present_at(sentence) >= 0  # "The lodge prints 30 pamphlets a year": `fact_present`
    )


# The past progressive: "was"/"were", maybe an adverb, an "-ing" form.
_WENT_ON = re.compile(
    r" (?:was|were)(?: (?:still|also|already|then|quietly))? (?P<verb>[a-z]+ing)\b"
)
# Words before it that make it no main verb of the line: a subordinator or
# a relative ("while Roe was touring", "the town where Roe was touring").
_CLAUSE_WORDS = _SUBORDINATORS | frozenset("who whom whose which that where".split())


def went_on(sentence: str) -> bool:
    """Whether the sentence tells, in the writer's voice, an act that was
    going on ("Roe, a retiree, was traveling to see her son", "Clerks were
    returning to the depot") with no time of its own: as an act told in
    the simple past with none (`fact_captions.undated_act`), when, only
    the sentences before say (no "[as of]" dates a past). Not a past
    progressive in a clause ("while Roe was touring ..."), after another
    verb ("Roe said she was touring"), nor in reported words."""
    if " was " not in sentence and " were " not in sentence:
        return False  # (most sentences: two substring tests)
    m = _WENT_ON.search(sentence)
    if m is None or m.group("verb") == "going" or not ing_form(m.group("verb")):
        return False  # "was going to", "was something"
    for t in sentence[: m.start()].split():
        w = t.strip(",;:").lower()
        if w in _CLAUSE_WORDS or w in _FINITE or w in ("is", "are") or past_tense(w):
            return False
    tokens = sentence.split()
    if not REPORTING.isdisjoint(tokens) or "ccording" in sentence or YEAR.search(sentence):
        return False
    own = [t.rstrip(",.;:").removesuffix("'s").removesuffix("\u2019s") for t in tokens]
    return not has_time(sentence, own) and _DATED_BRACKET.search(sentence) is None


# A bracket the rules gave that holds a day or a year ("[May 3, 2016]").
_DATED_BRACKET = re.compile(r"\[[^\]]*\d")


# Words that open a relative or subordinate clause after the main one
# (", who backed it", " after the vote"): the clause may tell a past act of
# its own, which a date at the sentence's end would seem to date.
_SUBORDINATE = "after|when|because|while|whereas|although|though"  # (with a comma or not)
_AFTER_COMMA = "who|whom|whose|which|where|but|before|since|as|until|once"
_CLAUSE_OPENING = re.compile(rf",? (?:{_SUBORDINATE})\b|, (?:{_AFTER_COMMA})\b")
# After a verb of speech in the perfect only a clause set off by a comma:
# "Roe has said she left because of the levy" is all what was said.
_SAID_CLAUSE_OPENING = re.compile(rf", (?:{_SUBORDINATE}|{_AFTER_COMMA})\b")


def as_of_at(sentence: str) -> int:
    """Where "[as of <date>]" goes in a sentence that tells, in the present,
    a standing or a level (`standing_at`), an act going on (`ongoing_word`),
    a count so far (`counted_at`) or an act told in the present perfect
    (`fact_perfect.perfect_at`: "Roe has said she will not run"): right
    before the first clause after that present (`_CLAUSE_OPENING`: "Roe is
    tying the levy to Vesk [as of ...], who backed it in May."), else
    before its last mark; -1 when it tells none of them."""
    now = standing_at(sentence)
    if now < 0:
        word = ongoing_word(sentence)
        if word >= 0:
            now = [m.end() for m in re.finditer(r"\S+", sentence)][word]
        else:
            now = counted_at(sentence)
            if now < 0:
                now = perfect_at(sentence)  # "Roe has said ... [as of ...]", `fact_perfect`
                if now < 0:
                    now = role_at(sentence)  # "Roe is the chair of ... [as of ...]"
                    if now < 0:
                        now = present_at(sentence)  # "prints 30 pamphlets a year [as of ...]"
                        if now < 0:
                            return -1
    opening = _CLAUSE_OPENING
    if sentence[:now].rpartition(" ")[2] in SPEECH_PERFECT:
        opening = _SAID_CLAUSE_OPENING  # ("has said she left because ...": what was said)
    found = opening.search(sentence, now)
    if found is None:
        # (before the stop; in an aside in parentheses, before ".)")
        return len(sentence) - (2 if sentence.endswith(".)") else 1)
    return found.start()
