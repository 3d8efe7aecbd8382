"""The writer's weighing of how far a claim holds, or of how much is too
much, in the writer's voice:

- a hedge on a claim's extent, the phrasal "content disjuncts" and
  downtoners of Quirk et al., A Comprehensive Grammar of the English
  Language, 1985, 8.127 and 8.104-8.112: "in many ways", "in some
  respects", "in a sense", "to some extent", "to a large degree", "by and
  large", "for the most part" ("The levy is in many ways simpler to
  defend than the toll": how far it holds is the writer's view, no record
  bears it out);
- a verdict of excess, "too many", "too much", "too few", "too little"
  (Quirk et al. 16.76: "too" measures against a norm the speaker sets):
  "far too many clerks were hired" judges the count ("reading too much
  into", an idiom of how to read something, is no count);
- "only" before an adjective of small size and its noun, "only a small
  lead", "only a slim majority" (Quirk et al. 8.116, a restrictive
  focusing "only" grading an amount as less than one would expect): the
  count may be a fact, the weighing is the writer's;
- "found" with a reflexive and an adverb of degree or manner, "the
  clerks found themselves increasingly isolated": the writer's framing
  of a state, not an act;
- an opening phrase of striving or wanting, "Struggling to keep the
  seat, Roe ...", "Eager to court the guild, ...", "Hoping to ...": the
  writer's reading of a motive or a plight (as `fact_motives` reads a
  feeling's cause), which no record bears out.

Not in someone's reported words ("Roe said the plan is in many ways
better": the speaker's view, which the line reports). Grammatical words
only; none is taken from the articles.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words

# Words of striving or wanting that open a phrase of purpose before the
# main clause: "Struggling to keep the seat, Roe ...".
_STRIVINGS = (
    "Struggling Scrambling Desperate Eager Anxious Determined Hoping Seeking Trying Aiming Keen"
    " Intent Striving"
).split()
_HEDGE = re.compile(
    r"\b[Ii]n (?:many|some|several|most|certain|a few|numerous|countless) (?:ways|respects)\b"
    r"|\b[Ii]n a (?:(?:very )?real |certain |broad |broader |larger |narrow |narrower |)sense\b"
    r"|(?:^|[,;(\u2013\u2014] )[Ii]n a way(?=[,;)\u2013\u2014])"
    r"|\b[Tt]o (?:some|a large|a great|a certain|a lesser|a greater|a considerable|a large"
    r"|a significant|a limited|an|a) (?:extent|degree)\b(?! (?:that|of|not|unseen|unheard))"
    r"|\b(?:[Bb]y and large|[Ff]or the most part|[Ff]or all intents and purposes)\b"
    r"|(?<!read )(?<!reads )(?<!reading )\btoo (?:many|much|few|little)\b"
    r"|\bonly (?:a |an )?(?:small|slim|narrow|modest|tiny|slight|razor-thin|thin|meager|meagre"
    r"|paltry|scant)\b"
    r"|\bfound (?:himself|herself|themselves|itself) [a-z]+ly\b"
    r"|^(?:\[[^\]]*\] )?(?:" + "|".join(sorted(_STRIVINGS)) + r") to [^,]*,"
)
# The words one of which a sentence must hold for `hedged` to read it, as
# written (a stop or a comma stuck on).
WATCHED = frozenset(
    w + p
    for w in """
    ways respects sense way extent degree large part purposes too small slim narrow modest tiny
    slight razor-thin thin meager meagre paltry scant himself herself themselves itself
    """.split()
    for p in STUCK_ON
) | frozenset(_STRIVINGS)


def hedged(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds the writer's
    hedge on a claim's extent, a verdict of excess, a small amount graded
    by "only", a state framed as "found themselves ..." or a motive read
    in an opening phrase, as the module says, not in someone's reported
    words."""
    if WATCHED.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    sentence = " ".join(tokens)
    for m in _HEDGE.finditer(sentence):
        if not reported_words(tokens, sentence[: m.start()].count(" ")):
            return True
    return False
