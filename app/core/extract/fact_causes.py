"""The writer's reading of what caused something, told as a fact: "the
slump can be attributed to the levy", "the rise is largely attributable
to her leadership", "the ward that helped revive her campaign", "ads that
helped propel him to the lead".

The slump, the rise and the ads may be facts; that one brought about the
other is an analysis, which no record bears out as written (the verbs are
general English: a cause assigned, "attributed to", and a help given to
an endeavour by a verb of motion or of new life, "propel", "revive",
"fuel"). A line that assigns a thing to a person or a body ("the donation
was attributed to a clerk", "a quote attributed to him", "a photo
attributed to Quillon Wire") names its author, no cause; a help given to
a thing moved ("helped lift the crate", "helped revive a swimmer") is an
act. Someone's words ("Roe said the slump can be attributed to the levy")
are theirs; a source named after the line ("according to a poll") gives
its figures, not the reading, which stays the writer's.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words
from app.core.extract.speaker_nouns import people_plural, person_noun

_ASSIGNED = frozenset(("attributed", "attributable"))
_HELPED = frozenset("help helps helped helping".split())
# Verbs of motion or of new life a help drives an endeavour with.
_DRIVEN = frozenset(
    "propel propels fuel power spur drive lift boost catapult revive resurrect".split()
)
# What such a help moves, when it is an endeavour: a campaign, a bid, a
# standing, a following (not a thing or a person moved: "the crate").
_ENDEAVOURS = frozenset(
    w + p
    for w in """
    campaign campaigns bid bids candidacy career careers fortunes support turnout economy
    economies sales party movement cause nomination prospects popularity ratings standing
    growth recovery rise
    """.split()
    for p in STUCK_ON
)
# A person moved somewhere by the help: "propel him to the lead".
_MOVED = frozenset("him her them".split())
_TOWARD = frozenset(("to", "into", "toward", "towards"))
_REACH = 5
_DETERMINERS = frozenset("the a an his its their our this that these those".split())
_PERSONS = frozenset("him them her me us you someone somebody whoever".split())


def cause_read(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) tells, in the
    writer's voice, what caused something: a cause assigned ("can be
    attributed to the levy", "attributable to her leadership"; not to a
    person or a name) or a help that drove an endeavour ("helped revive
    her campaign", "helped propel him to the lead")."""
    assigned = not _ASSIGNED.isdisjoint(tokens)
    if not assigned and (_HELPED.isdisjoint(tokens) or _DRIVEN.isdisjoint(tokens)):
        return False  # (most sentences: a few set tests)
    for i, t in enumerate(tokens[:-2]):
        if t in _ASSIGNED and tokens[i + 1] == "to" and _a_cause(tokens[i + 2 : i + 5]):
            return not reported_words(tokens[:i])
        if t in _HELPED:
            j = i + 1 + (tokens[i + 1] == "to")
            if j < len(tokens) - 1 and tokens[j] in _DRIVEN and _an_endeavour(tokens[j + 1 :]):
                return not reported_words(tokens[:i])
    return False


def _a_cause(words: list[str]) -> bool:
    """Whether the words after "attributed to" name a cause: not a person
    ("him", "a clerk", "her rivals", "people"), not a name ("Quillon Wire")."""
    if not words:
        return False
    first = words[0].rstrip(",.;:").lower()
    if first in _PERSONS and not (first == "her" and words[1:2] and words[1][:1].islower()):
        return False  # "a quote attributed to him" ("her leadership": an owner's)
    if first not in _DETERMINERS and first != "her":
        return words[0][:1].islower() and _no_person(words)  # ("Quillon Wire": a name)
    phrase = words[1:]
    while phrase and phrase[0][:1].isupper() and phrase[0][-1] not in ",.;:":
        phrase = phrase[1:]  # "the Quillon toll cut": a named thing's act
    return bool(phrase) and phrase[0][:1].islower() and _no_person(phrase)


def _no_person(phrase: list[str]) -> bool:
    """Whether the first few words of `phrase`, up to a stop, name no person."""
    for w in phrase[:3]:
        word = w.rstrip(",.;:")
        if person_noun(word) or people_plural(word) or word == "people":
            return False  # "a clerk", "his rivals": an author ("the Velmar Bureau": a body)
        if w[-1] in ",.;:":
            break
    return phrase[0].replace("-", "").rstrip(",.;:").isalpha()


def _an_endeavour(words: list[str]) -> bool:
    """Whether what a help moved is an endeavour within a few words ("her
    presidential campaign") or a person moved somewhere ("him to the
    lead")."""
    ahead = words[:_REACH]
    if not _ENDEAVOURS.isdisjoint(ahead):
        return True
    k = 1 if ahead and ahead[0] in _MOVED else 0
    while k < len(ahead) - 1 and ahead[k][:1].isupper():
        k += 1  # "propel Ana Roe to the lead"
    return 0 < k < len(ahead) and ahead[k] in _TOWARD
