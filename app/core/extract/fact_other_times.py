"""Times in a line that are not its main act's own (#17, round 56).

"Dana Roe was joined by Lee Vesk, whose 2014 loss in Quillon spurred the
guild." tells a past act with no day: the year is the loss's, told in a
"whose" clause about someone the act names (a year in a "who" or "which"
clause, "The guilds, which formed in 2011, spent ...", is still read as
the line's: not measured here). So are the time of what a
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


# What each pattern needs in the line, asked first (most lines have none).
_REPORT_STEMS = tuple("report stor article news claim allegation rumo finding revelation".split())
_ORDER_STEMS = ("ordering", "requiring", "directing", "summoning", "compelling", "instructing")
_MENTION_STEMS = ("example", "precedent", "case of")
