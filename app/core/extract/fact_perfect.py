"""An act told in the present perfect with no time of its own: "Roe has
said she will not run for the Velmar seat", "The Quillon board has
approved 12 new clerks", "The guild has not endorsed a candidate".

The present perfect tells what has happened up to the writing, not when:
the line holds as the article was written ("has not endorsed": yet), and a
reader repeating it must know as of when (words someone "has said" may be
taken back, a board's approval overturned). With the source's date it is
cited "[as of <date>]", as a count so far is (`fact_ongoing.counted_at`);
with none it stays as it was offered before (the present perfect is as of
the writing, `fact_captions`), the card showing the source's missing date.

Not a perfect in someone's reported words ("Roe said the board has
approved ...": the speaker's, as of the saying; a verb of speech in a
relative clause bound to a noun after it, "clerks who were told ...", is
that clause's, no report of the line), after "according to",
nor a relative clause's own verb ("Roe, who has won 3 races, ..."), nor a
line with a time of its own ("has served since 2012", "has approved it
this week"; a time in a relative clause set off by commas is that
clause's: "Roe, who spoke on Friday, has urged ..." has none), nor one
about a poll's figures (of the poll's days, `fact_polldates`). A verb of
speech in the perfect ("has said", "have argued") tells words said up to
the writing: a time inside what was said dates the thing said, not the
saying ("Roe has said she sold the mill in 2009": as of when she says
so, the line does not tell), so only a time before the verb or right after
it ("has said since 2012 that", "has told reporters this week") is the
line's own.

A present of speech in the writer's voice with no time of its own ("Roe
says the levy is fair", "The guild says it will spend $150,000") is what
the speaker holds as the article was written: with the source's date the
whole line, all of it what was said, is cited "[as of <date>]" at its end
(`says_at`; `fact_dates` asks it last, so a live blog's "[on <day>]" or a
time the line gives comes first).

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.extract.fact_captions import said_adjunct
from app.core.extract.fact_lexicon import POLL_NOUNS, past_tense
from app.core.extract.fact_markets import has_time
from app.core.extract.fact_reported import REPORTING
from app.core.extract.lexicon import ROLE_HEADS

# The present perfect of the writer's voice: "has"/"have" (maybe "not",
# "hasn't"), a few adverbs, maybe "been", and a past participle (regular, or
# one of English's irregular ones; "said" and "told" as verbs of speech).
_PERFECT = re.compile(
    r" ha(?:s|ve)(?:n't|n\u2019t)?(?: (?:not|never|now|already|also|so far|yet|just|only|still"
    r"|repeatedly|long|previously|since|publicly|recently|consistently|frequently|often"
    r"|finally|formally|officially|both|all|each))*"
    r" (?:been )?"
    r"(?P<verb>[a-z]+(?:ed|en)|grown|given|held|made|won|lost|seen|sent|paid|spent|brought"
    r"|bought|built|found|gone|done|taken|told|said|sold|left|led|met|put|run|set|shown|become"
    r"|come|drawn|fallen|risen|begun|cost|cut|hit|kept|struck|thrown|known|flown|sunk|shrunk"
    r"|sworn|taught|sought|fought)\b"
)
# A perfect of being with no participle after "been": "has been unable to",
# "have been privy to", "has been on the ground", "has been a member of": a
# state up to the writing, as the perfect of an act is.
_BEEN = re.compile(
    r" ha(?:s|ve)(?:n't|n\u2019t)?(?: (?:not|never|now|already|also|long|still|since))*"
    r" been (?P<verb>unable|able|part|privy|on|in|at|with|among|a|an|the|one|out|away|absent"
    r"|silent|free|open|closed|responsible|eligible|ineligible|present|aware|busy|active)\b"
)
# "There has never been a count of ...", "there have been 12 arrests": what
# has been, up to the writing (a thing's being, which the module's verbs
# leave out).
_THERE_PERFECT = re.compile(
    r"(?<=[Tt]here) ha(?:s|ve)(?:n't|n\u2019t)?(?: (?:not|never|already|also|so far|yet|just"
    r"|only|still|long|since|now))* been(?= (?:a|an|no|any|some|many|few|more|several|\d))"
)
# Verbs of speech in the perfect ("has said", "have argued"): what follows
# them is what was said, whose time is no time of the saying.
SPEECH_PERFECT = frozenset(
    """
    said told argued claimed insisted maintained stated suggested contended asserted
    acknowledged conceded admitted denied noted indicated signaled signalled hinted
    """.split()
)
# Participles in "-ed"/"-en" that are no verb's ("has children" ends in "-en").
_NOT_PARTICIPLES = frozenset("children seven eleven often even been women men kitchen".split())
# A relative right before "has"/"have": the clause's own verb ("Roe, who has won ...").
_RELATIVE_BEFORE = ("who ", "that ", "which ", "whom ", "whose ")
# Words that open a clause before the perfect ("If Roe has won, ...", "after
# the board has voted"): the perfect is no main verb of the line.
_OPENERS = frozenset(
    "if when once after before until unless since because although though while as".split()
)
# A span counted back from the writing that `fact_markets.has_time` does not
# read: "in the last decade" (cited "[to <date>]").
_DECADE = re.compile(r"\b(?:in|over|during) the (?:last|past) (?:\w+ )?decades?\b")
# Words opening a clause that ends at a comma before the main one ("As the
# levy stalls, Roe has ..."); not a condition's ("If ..., Roe has ...").
_OPENING_CLAUSE = frozenset("as while when after since although though because once".split())


def _opened_before(before: list[str]) -> bool:
    """Whether the words before the perfect are an opening clause (`_OPENING_CLAUSE`),
    to its first comma, and then the main clause's subject with no other
    clause's word: "As the guild's vote nears, Roe has hired ...", whose
    perfect is the line's own."""
    if before[0].lower() not in _OPENING_CLAUSE:
        return False
    comma = next((i for i, t in enumerate(before) if t.endswith(",")), -1)
    rest = before[comma + 1 :]
    return comma > 0 and bool(rest) and _OPENERS.isdisjoint(t.lower().strip(",") for t in rest)


# A relative clause of a person bound to its noun, to the next mark: "clerks
# who were told they would ...".
_BOUND_RELATIVE = re.compile(r"(?<=[a-z]) who [^,;:]*")
# Finite verbs that, before a verb of speech, make it no main verb of the line.
_FINITE = frozenset("is are was were has have had will would can could may might did does".split())


@lru_cache(maxsize=1)  # (the dates and the verdict ask of the same line in turn)
def perfect_at(sentence: str) -> int:
    """Where the present perfect ("has said", "has not endorsed", "have
    been charged") of an act the sentence tells in the writer's voice, as
    the module says, ends; -1 when it tells none, or the line has a time
    of its own."""
    if " ha" not in sentence:
        return -1  # (most sentences: one substring test)
    found = next(
        (
            m
            for m in _PERFECT.finditer(sentence)
            if m.group("verb") not in _NOT_PARTICIPLES
            and not sentence.endswith(_RELATIVE_BEFORE, 0, m.start() + 1)
        ),
        None,
    )
    if found is None and " been " in sentence:
        found = next(
            (
                m
                for m in _BEEN.finditer(sentence)
                if not sentence.endswith(_RELATIVE_BEFORE, 0, m.start() + 1)
            ),
            None,
        )  # "have been privy to a club", "has been unable to": being, up to the writing
    if found is None and "here ha" in sentence:
        found = _THERE_PERFECT.search(sentence)  # "There has never been a count of ..."
    # (A source named after the act, "..., according to X", holds it as of
    # the writing too.)
    if found is None or "ccording to" in sentence[: found.start()]:
        return -1
    if ";" in sentence[: found.start()]:
        # "Roe was 20 when the mill burned in 2009; now she has run it for
        # Vesk": the clause after the semicolon is the line's own, its time
        # the perfect's (the first clause's year is its own).
        semi = sentence.rindex(";", 0, found.start())
        if not REPORTING.isdisjoint(sentence[:semi].split()):
            return -1
        at = perfect_at(sentence[semi + 1 :].lstrip())
        return at + len(sentence) - len(sentence[semi + 1 :].lstrip()) if at >= 0 else -1
    # ("as well as" joins two subjects; "as" alone opens a clause.)
    before = sentence[: found.start()].replace(" as well as ", " and ").split()
    if not before or not (
        _OPENERS.isdisjoint(t.lower().strip(",") for t in before) or _opened_before(before)
    ):
        return -1  # "If Roe has won, ...": a clause, not the line's own act
    after = sentence[found.end() :]
    if " who " in after:
        # ("... from clerks who were told they would ...": the relative
        # clause's own verb of speech, no report of the line)
        after = _BOUND_RELATIVE.sub(" ", after)
    if not REPORTING.isdisjoint(before) or not REPORTING.isdisjoint(after.split()):
        return -1  # "Roe said the board has approved ...": the speaker's words
    tokens = sentence.split()
    if ("poll" in sentence or "survey" in sentence) and not POLL_NOUNS.isdisjoint(tokens):
        return -1  # "The Velmar poll shows Roe has fallen": of the poll's days
    timed = sentence
    if found.groupdict().get("verb") in SPEECH_PERFECT:
        # "Roe has said she sold the mill in 2009": the year is of the sale;
        # the saying's own time stands before the verb or right after it.
        said = after.split()
        timed = " ".join([sentence[: found.end()], *said_adjunct(said, found.group("verb"))])
    if own_time(timed, found.start()) or ("decade" in timed and _DECADE.search(timed, found.end())):
        return -1  # ("in the last decade": a span to the writing, `fact_dates` dates it)
    return found.end()


# A verb of speech in the present: what the speaker holds as of the writing.
_SAYS = frozenset(("says", "say", "says,", "say,"))
# Words before it that make it no main verb of the line: a subordinator, a
# relative ("the job many economists say is ...", "a plan that Roe says").
_NOT_MAIN = _OPENERS | frozenset("who whom whose which that what where whether".split())


def says_at(sentence: str) -> int:
    """Where the present of speech ("Roe says the levy is fair", "..., Roe
    says.") the sentence tells in the writer's voice ends, when the line
    has no time of its own: what the speaker holds as of the writing, so
    with the source's date "[as of <date>]" says as of when (with none the
    line is offered as before); -1 when it tells none. Not a clause's verb
    ("the job many economists say is the future"), nor after "according
    to", nor a poll's ("The Velmar poll says ...": of the poll's days)."""
    if " say" not in sentence:
        return -1  # (most sentences: one substring test)
    tokens = sentence.split()
    at = next((i for i, t in enumerate(tokens) if t in _SAYS), -1)
    if at <= 0 or "ccording to" in sentence:
        return -1
    for t in tokens[:at]:
        w = t.strip(",;:").lower()
        if w in _NOT_MAIN or w in _FINITE or past_tense(w):
            return -1
    if ("poll" in sentence or "survey" in sentence) and not POLL_NOUNS.isdisjoint(tokens):
        return -1
    if own_time(sentence, len(" ".join(tokens[:at]))):
        return -1
    return len(" ".join(tokens[: at + 1]))


# A line ending in an abbreviation's stop ("... jobs from the U.S.").
_ABBREVIATION_END = re.compile(r"\b[A-Z]\.[A-Z]\.\)?$")


def says_edit(sentence: str, offset: int, day: str) -> tuple[int, int, str]:
    """The insertion of "[as of <day>]" that `says_at` asks for in the line
    at `offset`: before its last mark ("... fair [as of June 8, 2016].",
    "...)" in an aside), or after an abbreviation's stop with a stop of its
    own, so none splits "U.S." ("... from the U.S. [as of June 8, 2016].")."""
    if _ABBREVIATION_END.search(sentence):
        return offset + len(sentence), 0, f" [as of {day}]."
    stop = len(sentence) - (2 if sentence.endswith(".)") else 1)
    return offset + stop, 0, f" [as of {day}]"


# A relative clause set off by a comma, to the next comma or the end: its
# time is its own verb's ("Roe, who toured Quillon on Friday, has urged
# ...": when Roe urged it, the line does not say).
_RELATIVE_CLAUSE = re.compile(r", (?:who|whom|whose|which|where) [^,;]*(?:,|(?=[.;]?$))")


# An apposition set off by commas right after the subject, up to the comma
# before the perfect's " has"/" have" (`own_time`'s `at`): "Roe, a firm
# founded in 1999 by Vesk, has ...", "Roe, the rancher who won in 2010 and
# is a clerk, has ..." (the subject a name, or a bracket, of one to five words).
_APPOSITION = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*|\[[^\]]*\]|of|the|and)(?: (?:[A-Z][\w.'\u2019-]*|\[[^\]]*\]|of|the|and)){0,5}"
    r"(?P<aside>, (?:an?|the) [^;()]*,)(?= ha(?:s|ve)\b)"
)


def apposition_dropped(sentence: str, at: int) -> str:
    """The sentence without the apposition (`_APPOSITION`) that ends right
    before its perfect's " has"/" have" at `at`: "Roe, a tanner who opened a
    shop in 2009, has urged ..." -> "Roe has urged ...", whose year is the
    apposition's, not the perfect's (offsets after it no longer hold)."""
    if at > 0 and ", " in sentence[:at] and (m := _APPOSITION.match(sentence)) is not None:
        if m.end("aside") == at:
            return sentence[: m.start("aside")] + sentence[m.end("aside") :]
    return sentence


def own_time(sentence: str, at: int = -1) -> bool:
    """Whether the line says when its present perfect (or its present of
    speech), at character `at`, held (`has_time`: "this week", "in 2014",
    "since 2012", "Tuesday's vote"), outside a relative clause set off by
    commas that does not hold the verb itself ("..., where crowds have
    gathered this week, ..." is that verb's own time)."""
    if ", wh" in sentence:
        sentence = _RELATIVE_CLAUSE.sub(
            lambda m: m.group() if m.start() <= at < m.end() else " ", sentence
        )
    sentence = apposition_dropped(sentence, at)
    own = [t.rstrip(":;").removesuffix("'s").removesuffix("\u2019s") for t in sentence.split()]
    return has_time(sentence, own)


# A role or an office someone holds, told in the present of "be" in the
# writer's voice: "Roe is the chair of the Velmar guild", "Quillon Freight
# is a contractor for the port", "Roe is also a member of ...". The office's
# words are the titles' (`lexicon.ROLE_HEADS`, written out, no kin or rank
# alone) and a few more of a post or a business tie.
_ROLE_WORDS = frozenset(
    w for w in ROLE_HEADS if len(w) > 3 and w not in ("father", "sister", "general", "chief")
) | frozenset(
    "head contractor subcontractor owner candidate nominee manager executive adviser aide".split()
)
_ROLE = re.compile(
    r"^(?:[A-Z\[][^,;:()]*?|[^,;:()]*?\] [^,;:()]*?) (?:is|are)(?: (?:now|still|also|currently))*"
    r" (?:a|an|the|one of the|[A-Z][\w.]* ?[\w.]*\u2019s|[A-Z][\w.]* ?[\w.]*'s|\[[^\]]*\]'s)"
    r"(?: [\w'\u2019.-]+){0,4}? (?P<role>[a-z]+?)s?(?= (?:of|for|at|on|to|with|who|and)\b|[,.]$|,)"
)

# A bracket the rules gave that holds a day or a year ("[as of May 3, 2016]").
_DATED = re.compile(r"\[[^\]]*\d")


def role_at(sentence: str) -> int:
    """Where the office ends ("is the chair of the Velmar guild": after
    "chair") that the line's subject holds, told in the present of "be" in
    the writer's voice with no time of its own: an office or a tie held as
    the article was written, which the source's date dates "[as of <date>]"
    and which a reader cannot check with none; -1 when it tells none. Not
    in reported words, after a clause's opening word, nor with a time."""
    if " is " not in sentence and " are " not in sentence:
        return -1  # (most sentences: substring tests)
    m = _ROLE.match(sentence)
    if m is None or m.group("role") not in _ROLE_WORDS:
        return -1
    before = sentence[: m.start("role")].split()
    if not _OPENERS.isdisjoint(t.lower().strip(",") for t in before[:1]):
        return -1
    tokens = sentence.split()
    if not REPORTING.isdisjoint(tokens) or "ccording to" in sentence:
        return -1
    if own_time(sentence) or ("[" in sentence and _DATED.search(sentence)):
        return -1
    return m.end("role") + (1 if sentence[m.end("role") : m.end("role") + 1] == "s" else 0)
