"""A contest, a criticism or a wait graded by an adverb of intensity in
the writer's words: "a hotly contested seat", "after a hard-fought
battle", "her widely criticized speech", "the long-awaited report", "the
race was fiercely debated", "a deeply divided board".

How hot a contest ran, how wide a criticism spread, how long a wait
seemed: no count bears the grade out, and it is the writer's (adverbs of
degree, Quirk et al. 8.104-8.111, before a participle of conflict, of
criticism or of waiting; general English, none taken from the articles).
Before a noun, as its modifier ("her widely criticized speech"), the grade
is the writer's wording also inside reported words, which tell what was
said, not how it is described; after a verb of being ("was hotly
contested") it is someone's where a verb of speech comes before it. Not
"closely divided" (a count bears it out: "a closely divided board, 5 to
4"), not in quote marks, and not only in a relative clause set off by
commas beside a main clause that states a figure or a time ("In Velmar,
where a hotly fought race ended, turnout fell 40 percent": the recall set
judges such a line worth citing; `fact_figures.aside`).
"""

from __future__ import annotations

import re

from app.core.extract.fact_figures import aside
from app.core.extract.fact_reported import reported_words

_ADVERBS = (
    r"hotly|fiercely|bitterly|hard|widely|deeply|sharply|roundly|harshly|vigorously|intensely"
    r"|furiously|highly|much|long|eagerly|keenly|heavily"
)
_PARTICIPLES = (
    r"fought|contested|criticized|criticised|debated|disputed|polarized|polarised|condemned"
    r"|derided|mocked|ridiculed|panned|maligned|won|anticipated|awaited|touted|ballyhooed"
    r"|vaunted|divided|watched"
)
_GRADED = re.compile(rf"\b({_ADVERBS})[- ]({_PARTICIPLES})\b", re.IGNORECASE)
# Pairs a count bears out or a plain sense: "closely divided", "long
# divided" (a span), "hard won"/"much watched" are left to their lines.
_PLAIN = frozenset(("long divided", "highly divided", "much divided", "heavily watched"))
# Words before the adverb that make the pair a noun's modifier.
_DETERMINERS = frozenset("a an the his her its their our this that these those".split())
_BEING = frozenset("is are was were be been being remains remained seemed".split())
CUES = frozenset(
    w
    for a in _ADVERBS.split("|")
    for w in (a, a.capitalize(), *(f"{a}-{p}" for p in _PARTICIPLES.split("|")))
)


def intensity_graded(tokens: list[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`) grades a contest, a
    criticism or a wait by an adverb of intensity (`_GRADED`): before a
    noun after a determiner or an owner ("a hotly contested seat", "Roe's
    widely criticized speech"), or after a verb of being in the writer's
    voice ("was hotly contested")."""
    if CUES.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    sentence = " ".join(tokens)
    for m in _GRADED.finditer(sentence):
        pair = f"{m.group(1).lower()} {m.group(2).lower()}"
        if pair in _PLAIN:  # ("closely", not among `_ADVERBS`, never pairs at all)
            continue
        if aside(sentence, m.start(), m.end()):
            continue  # in quote marks, or only in a relative clause beside a figure or a time
        before = sentence[: m.start()].split()
        prev = before[-1].lower() if before else ""
        after = sentence[m.end() :].split()
        noun_next = (
            bool(after) and after[0][:1].isalnum() and sentence[m.end() : m.end() + 1] == " "
        )
        if noun_next and (
            prev in _DETERMINERS or prev.endswith(("'s", "\u2019s", "s'", "s\u2019"))
        ):
            return True  # "a hotly contested seat", "Roe's widely criticized speech"
        if prev in _BEING and not reported_words(before):
            return True  # "the seat was hotly contested"
    return False
