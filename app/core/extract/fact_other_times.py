"""Times in a line that are not its main act's own (#17, round 56).

"Dana Roe was joined by Lee Vesk, whose 2014 loss in Quillon spurred the
guild." tells a past act with no day: the year is the loss's, told in a
"whose" clause about someone the act names (a year in a "which" clause, "The
guilds, which formed in 2011, spent ...", is still read as the line's:
not measured here). So is any time in a "who" or "whom" clause set off
by a comma (round 58; `without_person_clauses`, which `fact_captions`
asks): "Vesk was greeted by Roe, who won on Tuesday."
tells when Roe won, not when Vesk was greeted; "Tova Roe, who left
Quillon, Velmaria, in May 2012, said ..." when she left, not when she
said it (the clause runs to the comma before the main verb, over the
commas of a place or a date, or to the end). So are the time of what a
cited report says ("citing a report that six clerks were held on
Monday"), the day a person acted on is ordered to come back ("signed
papers ordering her to go before a judge June 9") and the year of a case
the act brings up ("raised the example of Vesk in 2008 hiring ...").
`undated_act` asks for a time in the line less these; a time elsewhere
in the line ("In 2009 she sold ...", "On Tuesday, the board, whose 2015
plan ..., voted") still dates the act.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.extract.fact_lexicon import past_tense

# A year, written in full or short ("'08", "the 1990s").
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:s\b|\b)|['\u2018\u2019]\d\ds?\b")
# A "whose" clause set off by a comma, up to the next comma or the end:
# what it tells of a thing someone named owns, at its own time.
_RELATIVE = re.compile(r", whose [^,;]*(?:,|(?=[.;]?$))")
# Words that end a report's name before it: a time, or what opens one
# ("a day after Roe confirmed reports that ...": the day is the line's).
_NOT_IN_A_NAME = (
    r"(?:after|before|since|when|until|during|on|in|at|ago|day|days|week|weeks"
    r"|month|months|year|years|that)"
)
# What a cited report, story or claim says ("a report that ...", "news
# that ..."), from the words that open its name ("a confirmed report", an
# adjective, is no verb of the line): to the end of the line.
_REPORTED = re.compile(
    r"(?:\b(?:an?|the|its|his|her|their) (?:(?!" + _NOT_IN_A_NAME + r"\b)[\w'\u2019-]+ ){0,4}?)?"
    r"\b(?:report|reports|story|stories|article|news|claims?|allegations?|rumou?rs?"
    r"|findings?|revelations?) that\b.*$"
)
# What someone is ordered or summoned to do, and when ("ordering her to go
# before a judge June 9"): to the end of the line.
_ORDERED = re.compile(
    r"\b(?:ordering|requiring|directing|summoning|compelling|instructing)"
    r" (?:[\w'\u2019]+ ){1,3}?to [a-z]+\b.*$"
)
# A case or a precedent the act brings up, up to a comma or the end
# ("raised the example of Vesk in 2008 hiring ..."): its years are its own.
_MENTIONED = re.compile(r"\b(?:example|examples|precedent|precedents|case) of [^,;]*")


def without_other_times(sentence: str) -> str:
    """`sentence` less the times that are not its main act's (as the module
    says): the years of its "whose" clauses and of a case it brings up,
    what a cited report says, what someone is ordered to do (offsets not
    kept). A line with none of these comes back unchanged."""
    if ", whose " in sentence:
        sentence = _RELATIVE.sub(lambda m: _YEARS.sub("", m.group()), sentence)
    if " that " in sentence and any(w in sentence for w in _REPORT_STEMS):
        sentence = _REPORTED.sub("", sentence)
    if " to " in sentence and any(w in sentence for w in _ORDER_STEMS):
        sentence = _ORDERED.sub("", sentence)
    if " of " in sentence and any(w in sentence for w in _MENTION_STEMS):
        sentence = _MENTIONED.sub(lambda m: _YEARS.sub("", m.group()), sentence)
    return sentence


def without_person_clauses(sentence: str, keep: Callable[[str], object] | None = None) -> str:
    """`sentence` less each "who"/"whom" clause set off by a comma: from
    the comma to the comma before the main clause's verb (a past, a verb of
    speech, an auxiliary: "Roe, who left Quillon, Velmaria, in 2012,
    said"), or to the end ("..., who won on Tuesday."), its stop kept. A
    clause dated "[as of ...]" holds the line's own present, and stays, as
    does one `keep` finds true of (`fact_captions`: a one-time event it
    names, "who lost Tuesday's runoff", is the line's occasion too)."""
    out = []
    rest = sentence
    while (i := rest.find(", who")) >= 0 and rest[i + 5 : i + 7][:1] in (" ", "m"):
        out.append(rest[:i])
        words = rest[i + 2 :].split(" ")
        end = len(words)
        for k in range(1, len(words) - 1):
            if words[k].endswith(",") and _main_verb(words[k + 1]):
                end = k + 1
                break
        clause = " ".join(words[:end])
        if "[as of" in clause or (keep is not None and keep(clause)):
            # ("versus Roe, who has 44 percent [as of May 4, 2016].": the
            # line's figure, dated as the line's)
            out.append(rest[i : i + 2] + clause)
        elif end == len(words):
            return "".join(out) + ("." if clause.endswith(".") else "")
        if end == len(words):
            return "".join(out)
        rest = " " + " ".join(words[end:])
    return "".join(out) + rest


def _main_verb(word: str) -> bool:
    """Whether a word after a comma may be the main clause's verb: a past
    ("said", "won"), or an auxiliary ("has", "was", "will")."""
    w = word.rstrip(",.;:")
    return w in _AUXILIARIES or past_tense(w)


_AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might must should did does".split()
)


# What each pattern needs in the line, asked first (most lines have none).
_REPORT_STEMS = tuple("report stor article news claim allegation rumo finding revelation".split())
_ORDER_STEMS = ("ordering", "requiring", "directing", "summoning", "compelling", "instructing")
_MENTION_STEMS = ("example", "precedent", "case of")


def person_clauses_out(sentence: str) -> str:
    """`sentence` less its "who" clauses (`without_person_clauses`), but
    for one naming a one-time event, by its kind ("the Quillon merger") or
    by its day ("who lost Tuesday's runoff"): the line's occasion too."""
    return without_person_clauses(sentence, _event_named)


def _event_named(clause: str) -> bool:
    """Whether the clause names a one-time event, by its kind or its day."""
    return ONE_EVENT.search(clause) is not None or _DAYS_EVENT.search(clause) is not None


# An event named by its day: "Tuesday's runoff", "last week's vote".
_DAYS_EVENT = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year"
    r"|yesterday|today|tonight)(?:'s|\u2019s)\s"
)


# An event that happens once, named by what it joins or strikes ("the
# merger of Velmar and Quillon", "the Quillon attack"): its time is the
# act's ("a fee for the merger of Velmar and Quillon").
_EVENTS = r"(?:merger|acquisition|takeover|buyout|spinoff|bankruptcy|massacre|bombing|invasion)"
ONE_EVENT = re.compile(
    r"\b"
    + _EVENTS
    + r" (?:of|by) (?:the )?[A-Z]|\b[A-Z][\w.'\u2019-]*(?:'s|\u2019s)? "
    + _EVENTS
    + r"\b"
)
