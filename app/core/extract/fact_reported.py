"""Whether a fact's words are someone's reported words, not the writer's:
a verb of telling among them ("Roe said it was very costly"), or an
"according to". A verb of telling whose object is a thing ("tweeted a
photo of ...", "wrote a letter about ...") reports no words: the words
describing the thing are the writer's."""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON

# Verbs that report what someone said: quoted words in their sentence are
# the speaker's ("said her group is going into "overdrive"").
REPORTING = frozenset(
    w + p
    for w in """
    said says told tells added adds wrote writes tweeted called calls described describes
    labeled branded blasted slammed accused praised criticized promised vowed warned urged
    argued insisted claimed declared
    """.split()
    for p in STUCK_ON
)


def reported_words(tokens: list[str], before: int | None = None) -> bool:
    """Whether the sentence (split at spaces: `tokens`) is someone's reported
    words, not the writer's: a verb of `REPORTING` among its words (those
    before word `before`, when given: "Roe said it was very costly") or an
    "according to" anywhere in it."""
    words = tokens if before is None else tokens[:before]
    if any("ccording" in t for t in tokens):
        return True
    if REPORTING.isdisjoint(words):
        return False  # (most sentences: one set test)
    for t in REPORTING.intersection(words):
        i = words.index(t)
        while True:
            if not _thing_told(words, i, tokens):
                return True
            if t not in words[i + 1 :]:
                break
            i = words.index(t, i + 1)
    return False


# Words that, after a verb of telling and its object, open what was told.
_TOLD_OPENS = frozenset("that saying calling as".split())


def _thing_told(words: list[str], i: int, tokens: list[str]) -> bool:
    """Whether the verb of telling at word `i` has a thing for its object,
    which the writer describes ("tweeted a photo of ...", "wrote a book
    about ..."): "a"/"an" right after it, and no "that", "saying" or quote
    mark after it among `words` (the words before the one asked about)."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in ("a", "an"):
        return False
    rest = words[i + 2 :]
    return _TOLD_OPENS.isdisjoint(rest) and not any(
        t[:1] in '"\u201c\u2018' or t[-1:] in '"\u201d:' for t in rest
    )
