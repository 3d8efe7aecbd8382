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


# Words that open an adjunct of where, when or how something was said:
# "wrote on Twitter on Monday", "said in a statement", "told reporters late".
_ADJUNCT_OPENS = frozenset("on in at during to from via through before after late early".split())
# The verbs of saying a bare attribution uses.
_SAYING = frozenset(
    "said says told added wrote writes tweeted tweets explained noted replied".split()
)
# At most this many words: an attribution with its adjuncts, no content.
_BARE_WORDS = 10


def says_nothing(tokens: list[str]) -> bool:
    """Whether the short sentence (split at spaces: `tokens`) only says that
    someone said something, where or when: a verb of saying among its first
    words and after it nothing or adjuncts of place and time, no "that" and
    no quote ("Roe wrote on Twitter on Monday.", "Roe said in a statement."):
    what was said stands in the sentences around it."""
    if len(tokens) > _BARE_WORDS:
        return False
    for i in range(1, min(5, len(tokens))):
        if tokens[i].rstrip(".") in _SAYING:
            rest = tokens[i + 1 :]
            if not rest:
                return tokens[i].endswith(".")
            return (
                rest[0].lower() in _ADJUNCT_OPENS
                and "that" not in rest
                and not any(t[:1] in "\"'\u201c\u2018" for t in rest)
            )
    return False
