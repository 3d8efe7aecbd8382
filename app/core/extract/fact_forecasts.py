"""The writer's forecast of a contest: someone "is the favorite", "remains
a long shot", "was the underdog" (WordNet's nouns for a contestant by the
chance someone gives them, `fact_feelings.CHANCE_NOUNS`) after a verb of
being, in the writer's voice. Who is likely to win is a reading of the odds,
not an event a reader can check; the same words in someone's reported words
("Roe said she is the underdog") stay, and so does the noun before another
noun ("a natural ally", "the outsider vote") or as a title before a name.
"""

from __future__ import annotations

from app.core.extract.fact_feelings import CHANCE_NOUNS
from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words

_BEING = frozenset(
    "is was are were be been being remains remain remained becomes become became".split()
)
# Words that may stand between the verb and the noun: "is now the heavy
# favorite", "remains a long shot" (a determiner, an adverb or an adjective,
# at most `_REACH`, none capitalised or holding a mark; no participle).
_REACH = 4
# Words after the noun that end its phrase: "the favorite to win", "the
# underdog in the race" (a noun after it, "a natural ally", is another head).
_AFTER = frozenset(
    "to in for of and but after since with because due as at on among against over".split()
)
# The first words of the nouns, as a sentence split at spaces writes them.
WATCHED = frozenset(n.split("_")[0] + p for n in CHANCE_NOUNS for p in STUCK_ON)


def chance_read(tokens: list[str], found: set[str]) -> bool:
    """Whether one of `found` (the words of `WATCHED` among `tokens`, the
    sentence split at spaces) heads a predicate after a verb of being in the
    writer's voice: "X is the favorite to win", "X remains a long shot."."""
    for i, t in enumerate(tokens):
        if t not in found:
            continue
        word, end = t.rstrip(",.;:"), i + 1
        if end < len(tokens) and word + "_" + tokens[end].rstrip(",.;:") in CHANCE_NOUNS:
            word, end = word + "_" + tokens[end].rstrip(",.;:"), end + 1
            t = tokens[end - 1]
        if word not in CHANCE_NOUNS:
            continue
        if t == t.rstrip(",.;:") and end < len(tokens) and tokens[end] not in _AFTER:
            continue  # "a natural ally": another noun heads the phrase
        for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
            w = tokens[j]
            if w in _BEING:
                return not reported_words(tokens)
            if not w.isalpha() or not w.islower() or w == "as" or w.endswith(("ed", "en")):
                break  # (a view in the passive, "is considered the favorite": `fact_unowned`'s)
    return False
