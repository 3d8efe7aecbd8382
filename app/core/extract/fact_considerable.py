"""An amount graded by the writer's measure: "a sizable margin", "a
significant share of the vote", "substantial gains", "the sums were
considerable". How large is large is the writer's reading, not a figure a
reader can check; someone's reported words keep the grade.

The words are WordNet 3.0's adjective cluster "considerable" ("large or
relatively large in number or amount or extent or degree") and its
antonym's, those whose most frequent sense grades an amount, a size or an
importance (the clusters of "considerable", "large", "small", "important"
and "significant" and their antonyms): "healthy", "tidy" or "respectable"
mean something else first. Made by bench/facts_considerable_build.py from
Debian's wordnet-base (the WordNet 3.0 license); none is taken from the
articles.
"""

from __future__ import annotations

from app.core.extract.fact_reported import reported_words

CONSIDERABLE = frozenset(
    "appreciable considerable goodly inconsiderable significant sizable sizeable substantial".split()
)
# Words before the adjective that make it a measure's own term, not a grade:
# "statistically significant".
_TERMS = frozenset(("statistically",))
# Forms of "be" before a grade said of the subject: "the gains were sizable".
_BE = frozenset("is are was were be been".split())


def amount_graded(tokens: list[str]) -> bool:
    """Whether the writer grades an amount with a word of `CONSIDERABLE`
    before a noun ("a sizable margin") or after "be" ("the gains were
    sizable"), not as a measure's term ("statistically significant") and
    not in a sentence of someone's reported words."""
    # A token whose word is one of the list holds it, lower-cased: a sentence
    # holding none anywhere (most) is passed over by a few substring tests in C.
    if not any(map(" ".join(tokens).lower().__contains__, CONSIDERABLE)):
        return False
    for i, t in enumerate(tokens):
        word = t.rstrip(",.;:)").lower()
        if word not in CONSIDERABLE:
            continue
        before = tokens[i - 1].lower() if i else ""
        if before in _TERMS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        attributive = word == t.lower() and after[:1].islower() and after.rstrip(",.;:").isalpha()
        if (attributive or before in _BE) and not reported_words(tokens):
            return True  # (reported anywhere: "..., said an analyst" keeps it)
    return False
