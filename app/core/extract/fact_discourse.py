"""A line whose grammar leans on the sentences around it.

Seven forms, each read from the line's own function words:

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
  say;
- an antithetic conjunct (Quirk et al. 8.137: "by contrast", "in
  contrast", "by comparison", "in comparison", "conversely", "on the
  other hand", "on the contrary"), set off by a comma or ending the line:
  it sets the line against what the sentences before told, which alone
  say what it is measured against ("Turnout in the Velmar primary, by
  contrast, was up 70 percent": up from which year's?). As a
  preposition with its complement ("in contrast to the 2012 race") it
  names that, and the line stays;
- a change told by its size alone ("the number of clerks voting
  decreased by a third", "turnout rose 12 percent"): with no "from",
  "since", "than", "compared", "over", "to" or year in the line, what it is
  measured against (which year's count?) only the sentences before say
  (not in someone's reported words: "Roe said taxes rose 4 percent");
- an additive "also" (Quirk et al. 1985, ch. 8: an additive focusing
  subjunct) before a verb in the past, in a line that says nothing of
  when: "Roe also announced the guild would open a Quillon office." adds
  one more act to an occasion only the sentences before tell (which
  speech, which visit, which day?). With a time in the line ("also
  announced on May 3 ...") the act is dated and the line stays;
- an enumerative conjunct opening it (Quirk et al. 8.137: "first",
  "second(ly)", "third(ly)"; "number two" as speech lists points), then
  a comma: the line is one item of a list the sentences before announce
  ("Second, the guild filed a claim ..." : second of what, the claim of
  which dispute?), so only they say what it adds to.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import past_tense
from app.core.extract.fact_pointers import DATE_WORDS
from app.core.extract.fact_reported import reported_words

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
# An antithetic conjunct, opening the line or after a comma or a
# semicolon, and then a comma or the line's end ("in contrast to ..." is a
# preposition that names what is contrasted).
_ANTITHETIC = re.compile(
    r"(?:^|[,;] )(?:[Bb]y contrast|[Ii]n contrast|[Bb]y comparison|[Ii]n comparison"
    r"|[Cc]onversely|[Oo]n the other hand|[Oo]n the contrary)(?:,|\.?$)"
)
_ANTITHETIC_WORDS = frozenset(
    w + p
    for w in ("contrast", "comparison", "conversely", "Conversely", "hand", "contrary")
    for p in (",", ".")
)
# What says when: a weekday or a month (`DATE_WORDS`, "May" left out), a
# year, or a time told in words.
_WHEN = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:today|yesterday|tonight|overnight|ago|since|earlier|later"
    r"|recently|previously|once|then)\b"
    r"|\b(?:this|last|next|that|the same|the previous|the following|the next|a|one) "
    r"(?:day|week|weekend|month|year|quarter|session|morning|afternoon|evening|night|time)\b"
    r"|\b(?:in|on|by|until|from|through) (?:May|early|mid|late)\b"
    r"|\b(?:days|weeks|months|years|decades)\b|\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.)",
    re.IGNORECASE,
)
# A change in the past told by its size as a share ("decreased by a third",
# "rose 12 percent"; a price's points are `fact_markets`'), and what names
# its baseline or turns it into a level.
_CHANGE_VERBS = frozenset(
    "increased decreased rose fell dropped declined grew climbed jumped slipped shrank".split()
)
_CHANGE = re.compile(
    r"\b(?:" + "|".join(sorted(_CHANGE_VERBS)) + r") (?:by )?(?:about |roughly |nearly "
    r"|almost |more than |less than |between |some )?(?:\d[\d.]* ?(?:percent|%)"
    r"|a (?:quarter|third|fifth)\b|half\b)"
)
_BASELINE = re.compile(
    r"\b(?:from|since|than|compared|over|to|ago|last|previous|earlier)\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# An enumerative conjunct opening the line, then a comma.
_ENUMERATIVE = re.compile(
    r"(?:First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly"
    r"|Number (?:one|two|three|four|five)),\s"
)
_ENUMERATIVE_STARTS = frozenset(
    "First, Firstly, Second, Secondly, Third, Thirdly, Fourth, Fourthly, Fifth, Fifthly, Number".split()
)
# The words a sentence must hold for any of the seven forms (one set test
# a sentence, with the other rules' words: `fact_rules.WATCHED`).
WATCHED = (
    _SUMMATIVE_STARTS
    | _ENUMERATIVE_STARTS
    | _RANK_VERBS
    | _ANTITHETIC_WORDS
    | {"only", "also"}
    | _CHANGE_VERBS
)
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
    if tokens[0] in _ENUMERATIVE_STARTS and _ENUMERATIVE.match(sentence):
        return "pointer"  # "Second, the guild filed ...": second of which list?
    if tokens[0] in _SUMMATIVE_STARTS and (m := _SUMMATIVE.match(sentence)):
        if _SUM.match(sentence, m.end()) is None:
            return "pointer"
    if "only" in sentence and (m := _NOT_ONLY.search(sentence)):
        if _SECOND_HALF.search(sentence, m.end()) is None:
            return "fragment"
    if not _RANK_VERBS.isdisjoint(tokens) and _unranked(sentence):
        return "pointer"
    if not _ANTITHETIC_WORDS.isdisjoint(tokens) and _ANTITHETIC.search(sentence):
        return "pointer"  # "Turnout, by contrast, was up 70 percent": against what?
    if "also" in tokens and _also_undated(sentence, tokens):
        return "pointer"  # "Roe also announced ...": at which occasion, when?
    if not _CHANGE_VERBS.isdisjoint(tokens) and _CHANGE.search(sentence):
        if _BASELINE.search(sentence) is None and not reported_words(tokens):
            return "pointer"  # "turnout decreased by a third": from which year's?
    return ""


def _also_undated(sentence: str, tokens: list[str]) -> bool:
    """Whether an "also" comes right before a verb in the past ("also
    announced", "was also accused") in a line that says nothing of when
    (`_WHEN`, a weekday or a month, "Tuesday's" too). A present perfect
    ("has also endorsed") holds as of the source's date, a present passive
    ("are also barred from ...") is a standing rule: both stay; a past
    perfect ("had also pledged") is `fact_captions.undated_act`'s."""
    at = tokens.index("also")
    if at + 1 >= len(tokens) or not past_tense(tokens[at + 1].rstrip(",.;:")):
        return False
    if at and tokens[at - 1] in _PRESENT:
        return False
    if " wh" in sentence:
        sentence = _RELATIVE.sub(" ", sentence)  # ("a clerk who in 2010 quit": the clause's time)
        tokens = sentence.split()
    if _WHEN.search(sentence) is not None:
        return False
    # A month's abbreviation keeps its dot in `DATE_WORDS` ("Nov."): a token
    # is looked up as written and without the marks after it.
    owned = [t.removesuffix("'s").removesuffix("\u2019s") for t in tokens]
    return DATE_WORDS.isdisjoint(owned) and DATE_WORDS.isdisjoint(t.rstrip(",.;:") for t in owned)


# A relative clause after a noun, to its end or a comma: its time is its own
# verb's ("cited the case of a clerk who in 2010 tried to ...").
_RELATIVE = re.compile(r"(?<=[a-z]) (?:who|whom|whose|which|where) [^,;]*")
# Auxiliaries of the present perfect and the present passive, and the past
# perfect's "had" (`undated_act` reads it), before "also".
_PRESENT = frozenset(("has", "have", "is", "are", "had"))


def _unranked(sentence: str) -> bool:
    """Whether a rank the sentence gives says nothing of what it is in."""
    for m in _RANK.finditer(sentence):
        clause = re.split(r"[;:]|, (?:and|but|while|as|after|when)\b", sentence[m.end() :])[0]
        if _RANKED_IN.match(clause) is None:
            return True
    return False
