"""A gerund opening someone's reported words, whose object points back:
"Roe said lifting it could put 4,000 people to work." (lifting what?).
Nothing in the reported words comes before the "it" or "them" for it to
stand for: the fact does not stand alone (`fact_rules` reads "object").
"""

from __future__ import annotations

from app.core.extract.fact_reported import REPORTING


def reported_gerund(tokens: list[str], g: int) -> bool:
    """Whether word `g` is a gerund opening the words someone is reported
    to have said, right after the verb of speech, its day or its "that":
    "Roe said lifting it would ...", "Roe said on Monday that ending it
    ...". Its object ("it", "them", word `g` + 1) is what the sentences
    before named: nothing in the reported words comes before it."""
    word = tokens[g]
    if g < 2 or len(word) < 6 or not word.endswith("ing") or not word.isalpha():
        return False
    if word[0].isupper() or word in _NOT_GERUNDS:
        return False
    for r in range(g - 1, max(0, g - 5), -1):
        if tokens[r] in REPORTING:
            return True
        if not (tokens[r] in _SAID_WHEN or tokens[r][0].isupper()):
            return False  # ("Roe said Velmar was ending it": its own subject)
    return False


# Words between a verb of speech and its reported words: "that", a day
# ("said on Monday that", "told reporters Tuesday night").
_SAID_WHEN = frozenset("that on last this night morning reporters".split())
# Words in "-ing" that are no gerund: "said nothing it ...".
_NOT_GERUNDS = frozenset("nothing something anything everything during".split())
