"""The writer's judgment in an adverb or a predicate: "the crowd cheered
enthusiastically", "the deal was grudgingly accepted", "the levy is
popular". An adverb made from an adjective the published subjectivity
lexicon judges in every sense (`fact_evaluative.MANNER_ADVERBS`), or
such an adjective standing as the predicate after a verb of being
(`fact_evaluative.PREDICATIVE`), in the writer's own voice: the line
grades how something was done or what it is by the writer's measure. A
word for a feeling there ("aides were thrilled with the ruling", "Roe was
furious with the board") tells a state of mind no source in the line owns.

Not in someone's reported words ("Roe said the levy was unfair",
"according to"), nor in a "that" clause (what someone complained,
argued or hoped: "Roe complained that the count was unfair"), nor an
adjective followed by "to" ("was able to", "is ready to": what someone
could or would do). Adverbs that name a kind of act rather than grade it
stay out ("sexually assaulted", "forcibly removed", "effectively
ended", "popularly elected").
"""

from __future__ import annotations

from app.core.extract.fact_evaluative import MANNER_ADVERBS, PREDICATIVE
from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words
from app.core.extract.lexicon import BE_FORMS

# Adverbs of the list that sort an act into a kind (the law's words for it,
# or "in effect"), with no grade of the writer's in them.
_CLASSIFYING = frozenset(
    "sexually artificially forcibly effectively popularly precisely freely successfully badly".split()
)
# Feelings: a state of mind or a bearing the writer tells as the predicate
# ("the mayor was furious with the council", "aides were thrilled", "Roe
# was still miffed over the vote", "Roe was gracious in defeat"), which no
# source in the line owns. General English words for emotions (anger,
# fear, joy, sorrow, surprise, disgust, shame) and demeanour that the
# published list leaves out; none with a common literal sense after a verb
# of being ("upset by a rival", "devastated by a storm", "relieved of his
# post", "prices were depressed", "shaken by a quake", "subdued by police").
_FEELINGS = frozenset(
    """
    furious livid irate incensed outraged annoyed irritated miffed peeved frustrated
    disappointed dismayed alarmed worried anxious nervous scared terrified frightened
    pleased delighted thrilled elated ecstatic jubilant overjoyed euphoric gleeful giddy
    grateful thankful embarrassed ashamed humiliated heartbroken optimistic pessimistic
    skeptical sceptical wary leery resentful jealous envious despondent gloomy glum
    downbeat upbeat defiant indignant aggrieved exasperated disgusted horrified appalled
    uneasy unnerved rattled shocked stunned surprised puzzled baffled bewildered excited
    magnanimous gracious combative conciliatory testy feisty evasive effusive dismissive
    unapologetic unrepentant contrite
    """.split()
)
# Adverbs of force made from the adjectives of physical property and human
# propensity (R. M. W. Dixon's types) said of an act, which the published
# list leaves out: "aggressively taking on hecklers", "forcefully shaken",
# "relentlessly attacked" grade the act by the writer's measure (not
# "sharply" or "strongly", as often a figure's rise or a vote's count).
_FORCE_ADVERBS = frozenset(
    """
    aggressively forcefully relentlessly frantically feverishly furiously vigorously bitterly
    harshly ferociously viciously savagely
    """.split()
)
# Adverbs of haste and suddenness said of an act (round 62): "hastily
# arranged a meeting", "the mill closed abruptly", "moved quickly to": how
# fast or how unforeseen, by the writer's measure, with no measure given.
# Not after "as" ("as quickly as possible": the pace asked for). Not
# "finally" ("has finally hired 12 clerks": a count at last reached) nor
# "routinely" ("routinely netted $5,000 per speech": a rate the line gives).
_HASTE = frozenset(
    w + p
    for w in "hastily hurriedly abruptly suddenly swiftly quickly belatedly".split()
    for p in STUCK_ON
)
_ADVERBS = (
    frozenset(w + p for w in (MANNER_ADVERBS - _CLASSIFYING) | _FORCE_ADVERBS for p in STUCK_ON)
    | _HASTE
)
_PREDICATES = frozenset(w + p for w in PREDICATIVE | _FEELINGS for p in STUCK_ON)
# Every word the rule reads: one set test per sentence.
WATCHED = _ADVERBS | _PREDICATES
# Verbs of being (and of seeming) that an adjective may stand after as the
# predicate.
_BEING = BE_FORMS | frozenset(
    """
    seems seem seemed looks look looked remains remain remained
    appears appear appeared proved proves became becomes
    """.split()
)
# Degree words and negation between the verb and the adjective ("was not
# entirely popular", "is also very difficult").
_BETWEEN = frozenset(
    """
    very so too more most less least not never quite rather fairly particularly especially
    increasingly extremely relatively largely also still entirely somewhat deeply
    visibly publicly privately openly clearly
    """.split()
)


def manner_judged(tokens: list[str], found: set[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`), whose words `found`
    are among `WATCHED`, judges in the writer's voice: an adverb of
    `MANNER_ADVERBS` ("cheered enthusiastically") or an adjective of
    `PREDICATIVE` after a verb of being ("the levy is popular")."""
    for i, t in enumerate(tokens):
        if t not in found:
            continue
        if t in _HASTE and i and tokens[i - 1].lower() == "as":
            continue  # "as quickly as possible"
        if t in _ADVERBS:
            return not reported_words(tokens, i)
        if _predicate(tokens, i):
            return not reported_words(tokens, i) and "that" not in tokens[:i]
    return False


def _predicate(tokens: list[str], i: int) -> bool:
    """Whether the adjective `tokens[i]` is the predicate after a verb of
    being (degree words between), not followed by "to"."""
    if tokens[i] not in _PREDICATES or (i + 1 < len(tokens) and tokens[i + 1] == "to"):
        return False
    j = i - 1
    while j > 0 and tokens[j].lower() in _BETWEEN:
        j -= 1
    return j > 0 and tokens[j].lower() in _BEING
