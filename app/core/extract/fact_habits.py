"""The writer's remark on a habit, set beside an act: "Roe went to the
depot - as she so often does - and ...", "as he usually did", "as
always", "as usual". A comparative clause of "as" whose only content is
an adverb of indefinite frequency and an auxiliary standing for the verb
(Quirk et al., A Comprehensive Grammar of the English Language, 1985,
8.63-8.65: "always", "often", "frequently", "usually", "normally",
"generally", "regularly", "typically", "habitually", "routinely",
"customarily", "invariably", "constantly", "repeatedly") tells no act: it
grades the act as one of many, by the writer's count, which no record of
the act bears out. The act itself may be a fact; the line as the writer
tells it is a characterisation. Not in someone's reported words ("Roe
said she voted early, as she always does": the speaker's own account).

Grammatical words only; none is taken from the articles.
"""

from __future__ import annotations

import re

from app.core.extract.fact_reported import reported_words

# Adverbs of indefinite frequency (Quirk et al. 8.63-8.65).
_FREQUENCY = frozenset(
    """
    always often frequently usually normally generally regularly typically habitually
    routinely customarily invariably constantly repeatedly
    """.split()
)
# The words one of which a sentence must hold for `habit_aside` to read it
# (one set test), "usual" and "ever" for "as usual", "as ever".
WATCHED = _FREQUENCY | frozenset(f + p for f in _FREQUENCY | {"usual", "ever"} for p in ",.;:")
WATCHED |= frozenset(("usual", "ever"))
# "as" + a subject (a pronoun or a capitalized word) + "so"/"very" + a
# frequency adverb + an auxiliary that stands for the verb, closed by a
# mark or the line's end; or "as always", "as usual", "as ever", set off
# so on both sides (not "politics as usual", a noun's phrase).
_HABIT = re.compile(
    r"\bas (?:he|she|they|it|we|I|you|[A-Z][\w'\u2019.-]*) (?:so |very |quite )?(?:"
    + "|".join(sorted(_FREQUENCY))
    + r") (?:does|do|did|has|have|had|is|are|was|were|will|would|can|could)"
    r"(?= *(?:[,;:.)]|--?|\u2013|\u2014|$))"
    r"|(?:^|[,;(\u2013\u2014-] )[Aa]s (?:always|usual|ever)(?= *(?:[,;:.)]|--?|\u2013|\u2014|$))"
)


def habit_aside(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) holds the writer's
    remark on a habit, as the module says, not in someone's reported
    words."""
    if WATCHED.isdisjoint(tokens) or _AS.isdisjoint(tokens):
        return False  # (most sentences: two set tests)
    sentence = " ".join(tokens)
    m = _HABIT.search(sentence)
    if m is None:
        return False
    return not reported_words(tokens, sentence[: m.start()].count(" "))


_AS = frozenset(("as", "As"))
