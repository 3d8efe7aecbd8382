"""Words said once with no time, told by a factive verb: "Roe noted that
the levy is in decline", "Roe acknowledged that the plan carried risks",
"Roe pointed out that the guild had one clerk in 2012".

`fact_captions.undated_speech` leaves the factive verbs of speech out:
what follows them the writer gives as true. But the verb still tells a
remark made once, and the clause after it what held when it was made (a
present, "is in decline", "is approaching", is the remark's present): the
line must say when the remark was made, before the verb or right after it
("noted on Tuesday that", "In a speech in May, Roe noted that"). A time
inside what was noted ("that the guild had one clerk in 2012") dates the
thing noted, not the remark, so it does not date the line.

Only a factive verb in the past, the first verb of the main clause, with
"that" opening what was said after it (a verb with an object, "noted the
tallies in a ledger", is a scribe's act). Not a verb in someone's reported
words ("Vesk said Roe noted that ...": another verb first), nor one in an
aside (`fact_captions._main_words`). Nor a line whose aside, set off by
two dashes or parentheses, states a figure in the writer's own voice ("noted
that the levy - at 35 percent the highest in the region - carried risks"):
the aside is no part of the remark, and its figure is the fact. General
English verbs only.
"""

from __future__ import annotations

from app.core.extract.fact_captions import _SPEECH_TIME_WORDS, _main_words, said_adjunct
from app.core.extract.fact_lexicon import YEAR, past_tense
from app.core.extract.fact_markets import has_time

# Verbs of speech that give what follows as true (factive or semi-factive
# verbs of communication), in the past.
_FACTIVE_PAST = frozenset(
    """
    noted acknowledged conceded admitted observed stressed emphasized emphasised recalled
    explained pointed
    """.split()
)
_BEFORE_VERB = frozenset(
    "has have had is are was were be been being will would can could may might must should do does did".split()
)


def undated_factive(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence as cited (split at spaces: `tokens`) reports a
    remark made once by a factive verb in the past, "that" after it, with
    no time of the remark's own before the verb or between it and "that",
    as the module says."""
    if _FACTIVE_PAST.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    words = _main_words(sentence, tokens)
    if words is not tokens and any(any(c.isdigit() for c in t) for t in set(tokens) - set(words)):
        return False  # "- the levy of 35 percent is the highest -": the writer's own figure, aside
    for v in range(1, len(words)):
        w = words[v].rstrip(",.;:")
        if w in _FACTIVE_PAST:
            break
        if past_tense(w) or w in _BEFORE_VERB or w in _SPEECH_TIME_WORDS:
            return False  # "Vesk said Roe noted", "Roe has noted", "When asked, Roe noted"
    else:
        return False
    rest = words[v + 1 :]
    if w == "pointed":
        if not rest or rest[0] != "out":
            return False  # "pointed to the map"
        rest = rest[1:]
    adjunct = said_adjunct(rest)
    if rest[len(adjunct) : len(adjunct) + 1] != ["that"]:
        return False  # "noted the tallies in a ledger": an object, no remark
    scope = words[:v] + adjunct
    plain = [t.rstrip(",.;:") for t in scope]
    if not _SPEECH_TIME_WORDS.isdisjoint(t.lower() for t in plain):
        return False  # "noted after the vote that", "noted during the debate that"
    said = " ".join(scope)
    own = [t.removesuffix("'s").removesuffix("\u2019s") for t in plain]
    return YEAR.search(said) is None and not has_time(said, own)
