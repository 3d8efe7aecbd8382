"""Idioms of the body told in the writer's voice: "turned his back on the
bill", "dragged their feet on the vote", "threw its weight behind Roe",
"bailed on the plan". The act behind them (a reversal, a delay, an
endorsement) may be a fact; the figure is the writer's reading of it, which
no one can check as written (a quote keeps the speaker's own words).

Each idiom is a verb, the doer's own body part (after a possessive, where
the idiom has one) and, where the idiom needs it, its particle: fixed
phrases a dictionary of idioms lists, none taken from the articles. Where a
literal reading is common in the news (turning one's back on a speaker in
protest), a person or a name after the particle leaves the line alone:
"turned their backs on Roe" may be what the crowd did.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import reported_words

_BACKS = frozenset(("back", "backs"))


def _inflected(entry: str) -> frozenset[str]:
    """The forms of a verb "base:past:ing" as a sentence split at spaces
    writes them ("turn" gives turn, turns, turned, turning)."""
    base, past, ing = entry.split(":")
    return frozenset((base, base + ("es" if base.endswith(("sh", "x")) else "s"), past, ing))


# (verb forms, body parts, particle or "") of each idiom.
_IDIOMS = (
    (_inflected("turn:turned:turning"), _BACKS, "on"),
    (_inflected("drag:dragged:dragging"), frozenset(("feet", "heels")), ""),
    (_inflected("set:set:setting"), frozenset(("sights",)), "on"),
    (_inflected("wash:washed:washing"), frozenset(("hands",)), "of"),
    (_inflected("throw:threw:throwing") | {"thrown"}, frozenset(("weight",)), "behind"),
    (_inflected("tip:tipped:tipping"), frozenset(("hand",)), ""),
    (_inflected("flex:flexed:flexing"), frozenset(("muscle", "muscles")), ""),
    (_inflected("stick:stuck:sticking"), frozenset(("neck", "necks")), "out"),
    (_inflected("hold:held:holding"), frozenset(("nose", "noses")), ""),
)
_POSSESSIVES = frozenset("his her their its our my your one's one\u2019s".split())
# "Bailed on" (abandoned): not "bail" (the noun: "posted bail on Monday").
_BAILED = frozenset(("bailed", "bailing"))
VERBS = frozenset().union(*(verbs for verbs, _, _ in _IDIOMS)) | _BAILED
# Words after "turned their backs on" that make a literal act possible: a person.
_PEOPLE = frozenset("him them me us you".split())


def idiom(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) tells an act by an
    idiom of `_IDIOMS` in the writer's voice ("turned his back on a bill
    he pushed", "bailing on his own plan"), not in someone's reported
    words, and not toward a person (`_PEOPLE` or a capitalised word after
    the particle)."""
    if VERBS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    for i, t in enumerate(tokens[:-1]):
        if t not in VERBS:
            continue
        end = _idiom_end(tokens, i)
        if end < 0:
            continue
        if tokens[end - 2].rstrip(",.;:") in _BACKS and _toward_a_person(tokens, end):
            continue  # "turned their backs on Roe": maybe what the crowd did
        return not reported_words(tokens, i)
    return False


def _toward_a_person(tokens: list[str], end: int) -> bool:
    """Whether the word at `end` (after "turned his back on") is a person:
    a name, a pronoun of `_PEOPLE`, or "her" ending a clause."""
    if end >= len(tokens):
        return False
    after = tokens[end]
    word = after.rstrip(",.;:")
    if word == "her":
        return word != after or end + 1 == len(tokens)  # (not "her own plan")
    return word in _PEOPLE or word[:1].isupper()


def _idiom_end(tokens: list[str], i: int) -> int:
    """The index of the word after the idiom whose verb is word `i`, or -1
    when no idiom of `_IDIOMS` (or "bailed on") starts there."""
    t = tokens[i]
    if t in _BAILED:
        return i + 2 if tokens[i + 1] == "on" else -1
    j = i + 1
    if tokens[j].lower() in _POSSESSIVES:
        j += 1
    if j >= len(tokens):
        return -1
    body = tokens[j].rstrip("".join(STUCK_ON))
    for verbs, parts, particle in _IDIOMS:
        if t in verbs and body in parts:
            if not particle:
                return j + 1
            if j + 1 < len(tokens) and tokens[j + 1].rstrip(",.;:") == particle:
                return j + 2
    return -1
