"""A line whose grammar leans on the sentences around it.

Three forms, each read from the line's own function words:

- a summative conjunct opening it (Quirk et al., A Comprehensive Grammar
  of the English Language, 1985, 8.137: "overall", "altogether", "all in
  all", "in all", "all told", "in sum", "to sum up"; "in total",
  "taken together" as they are used): it sums up what the sentences
  before told, so its scope is theirs: "Overall, the guilds reported
  spending $6 million" (over which races, which months?). When what
  follows the conjunct is the sum itself, a figure opening the clause
  ("In all, 865 delegates are at stake on Tuesday"), the line states it
  and stays;
- the first half of a correlative pair with no second half (Quirk et al.
  13.40: "not only ... but (also)"): "Roe is not only a builder." says
  what it adds only in the next sentence;
- a rank with nothing ranked in: "ranks second with $74 billion", "Roe
  finished third." (no "in", "on", "among", "of", "at" after the
  ordinal): on which list, in which contest, only the sentences before
  say.
"""

from __future__ import annotations

import re

# Summative conjuncts that open a sentence, then a comma.
_SUMMATIVE = re.compile(
    r"(?:Overall|Altogether|All in all|In all|All told|In sum|To sum up|In total"
    r"|Taken together),\s+"
)
_SUMMATIVE_STARTS = frozenset(("Overall,", "Altogether,", "All", "In", "To", "Taken"))
# What opens a clause whose subject is the sum: a figure, or a word that
# rounds or counts one ("more than 800", "about $6 million", "a total of").
_SUM = re.compile(
    r"(?:(?:more|fewer|less) than |about |almost |nearly |roughly |some |over |under "
    r"|at least |a total of |an estimated )?(?:\$|\d|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds|thousands|millions|dozens)\b)",
    re.IGNORECASE,
)
# "not only" and the words that give the pair its second half.
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)
_SECOND_HALF = re.compile(r"\b(?:but|also|as well)\b")
# A rank: a verb of ranking or placing, then an ordinal ("ranks second",
# "finished a distant third", "came in 12th").
_RANK = re.compile(
    r"\b(?:ranks?|ranked|ranking|placed|places|finished|finishes|finishing"
    r"|came in|comes in|coming in)\s+(?:a\s+)?(?:distant\s+|close\s+|strong\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
    r"|\d+(?:st|nd|rd|th))\b(?![\s-]+(?:year|week|month|night|time|season|term|quarter"
    r"|weekend|decade|century|spring|summer|fall|autumn|winter)s?\b)"
)
_RANK_VERBS = frozenset(
    "rank ranks ranked ranking placed places finished finishes finishing came comes coming".split()
)
# The words a sentence must hold for any of the three forms (one set test
# a sentence, with the other rules' words: `fact_rules.WATCHED`).
WATCHED = _SUMMATIVE_STARTS | _RANK_VERBS | {"only"}
# What says what the rank is in, after the ordinal: "in the Velmar
# primary", "on the list", "among donors", "at the fair" in its clause, or
# "of 12", "out of 300" right after it ("12 percent of the vote" is no
# list; "behind Roe" names a rival, not the contest).
_RANKED_IN = re.compile(r"\s*(?:of|out of)\s|.*?\b(?:in|on|among|at)\s+\S")


def leaning(sentence: str, tokens: list[str]) -> str:
    """Why the sentence (split at spaces: `tokens`) is no fact on its own,
    as the module says: "pointer" when it sums up the ones before it or
    gives a rank with nothing ranked in, "fragment" when it states half of
    a "not only" pair; "" when it is none of these."""
    if tokens[0] in _SUMMATIVE_STARTS and (m := _SUMMATIVE.match(sentence)):
        if _SUM.match(sentence, m.end()) is None:
            return "pointer"
    if "only" in sentence and (m := _NOT_ONLY.search(sentence)):
        if _SECOND_HALF.search(sentence, m.end()) is None:
            return "fragment"
    if not _RANK_VERBS.isdisjoint(tokens) and _unranked(sentence):
        return "pointer"
    return ""


def _unranked(sentence: str) -> bool:
    """Whether a rank the sentence gives says nothing of what it is in."""
    for m in _RANK.finditer(sentence):
        clause = re.split(r"[;:]|, (?:and|but|while|as|after|when)\b", sentence[m.end() :])[0]
        if _RANKED_IN.match(clause) is None:
            return True
    return False
