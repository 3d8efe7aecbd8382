"""The writer's reading of what moved someone: a clause that opens with a
past participle of a verb of emotion and the cause after it ("Angered by
the ruling, the guild ...", "The clerks, emboldened by the vote, ..."):
what someone felt, and why, is the writer's account, not an event a reader
can check (`fact_characterised` reads it). The participles are WordNet's
(`fact_feelings`); "Asked by", "Joined by" and the like are no feeling.

And the writer's weighing of a cause: a particularizer (Quirk et al., A
Comprehensive Grammar of the English Language, 1985, 8.116: "largely",
"partly", "mainly", "in part" ...) before a word that gives a cause
("largely because of the rules, no one has ...", "resigned, in part
because of reports ..."): how much one thing made another is the writer's
estimate, unless in someone's reported words.
"""

from __future__ import annotations

from app.core.extract.fact_feelings import FEELING_PARTICIPLES
from app.core.extract.fact_reported import reported_words

# The prepositions that give the feeling its cause or object.
_CAUSES = frozenset("by at over with about".split())
# The participles as a sentence writes them: in lower case after a comma,
# capitalised opening it.
WATCHED = FEELING_PARTICIPLES | frozenset(w.capitalize() for w in FEELING_PARTICIPLES)
# Quirk's particularizers (8.116) that weigh a share of a whole; "in part"
# and "in large part" are read by their last word.
_PARTICULARIZERS = frozenset(
    "largely partly mostly mainly chiefly primarily principally predominantly part".split()
)
# Words that open a cause: "because (of)", "due to", "thanks to", "owing to",
# "driven by", "fueled by", "as a result of".
_CAUSES_OPEN = frozenset("because due thanks owing driven fueled fuelled".split())
WEIGHED = _PARTICULARIZERS | frozenset(w.capitalize() for w in _PARTICULARIZERS)


def feeling_read(tokens: list[str], found: set[str]) -> bool:
    """Whether one of `found` (the words of `WATCHED` among `tokens`, the
    sentence split at spaces) opens a participle clause of feeling: the
    sentence's first word, or a word after a comma, with a preposition of
    cause after it ("Angered by ...", ", dismayed at ...")."""
    for i, t in enumerate(tokens[:-1]):
        if t in found and tokens[i + 1] in _CAUSES:
            if i == 0 if t[0].isupper() else i > 0 and tokens[i - 1][-1:] == ",":
                return True
    return False


def cause_weighed(tokens: list[str], found: set[str]) -> bool:
    """Whether a particularizer (one of `found`, the words of `WEIGHED` among
    `tokens`, the sentence split at spaces) weighs a cause in the writer's
    voice: "Largely because of ...", ", in part because ...", "mainly due
    to", not in someone's reported words."""
    for i, t in enumerate(tokens[:-1]):
        if t in found and _weighs(tokens, i, t.lower()):
            return not reported_words(tokens)
    return False


def _weighs(tokens: list[str], i: int, word: str) -> bool:
    """Whether the particularizer `word` at `i` weighs the cause after it."""
    if word == "part" and not (i and tokens[i - 1].lower() in ("in", "large")):
        return False  # "part of the plan": no weighing
    nxt = tokens[i + 1]
    return nxt in _CAUSES_OPEN or (nxt == "as" and tokens[i + 2 : i + 4] == ["a", "result"])
