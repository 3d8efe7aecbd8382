"""The writer's reading of what moved someone: a clause that opens with a
past participle of a verb of emotion and the cause after it ("Angered by
the ruling, the guild ...", "The clerks, emboldened by the vote, ..."):
what someone felt, and why, is the writer's account, not an event a reader
can check (`fact_characterised` reads it). The participles are WordNet's
(`fact_feelings`); "Asked by", "Joined by" and the like are no feeling.
"""

from __future__ import annotations

from app.core.extract.fact_feelings import FEELING_PARTICIPLES

# The prepositions that give the feeling its cause or object.
_CAUSES = frozenset("by at over with about".split())
# The participles as a sentence writes them: in lower case after a comma,
# capitalised opening it.
WATCHED = FEELING_PARTICIPLES | frozenset(w.capitalize() for w in FEELING_PARTICIPLES)


def feeling_read(tokens: list[str], found: set[str]) -> bool:
    """Whether one of `found` (the words of `WATCHED` among `tokens`, the
    sentence split at spaces) opens a participle clause of feeling: the
    sentence's first word, or a word after a comma, with a preposition of
    cause after it ("Angered by ...", ", dismayed at ...")."""
    for t in found:
        i = tokens.index(t)
        while True:
            if i + 1 < len(tokens) and tokens[i + 1] in _CAUSES:
                opens = i == 0 if t[0].isupper() else i > 0 and tokens[i - 1][-1:] == ","
                if opens:
                    return True
            if t not in tokens[i + 1 :]:
                break
            i = tokens.index(t, i + 1)
    return False
