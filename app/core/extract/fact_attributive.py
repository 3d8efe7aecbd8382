"""The writer's judgment in a noun phrase: "Roe received an enthusiastic
reception", "Quarrow is a popular figure on the morning show", "closed
her speech with a spirited tribute". An adjective of the published
subjectivity lexicon's milder list (`fact_evaluative.SUBJECTIVE`: very
subjective, less polar than `EVALUATIVE`) right after "a" or "an", before
its noun, in the writer's own voice: the line judges rather than reports.

Only after "a"/"an", a possessive or (before a plural noun) a verb of having
("features spectacular views"): there the adjective sorts something
as one of a kind by the writer's measure ("a popular figure", "Roe's
controversial plan", "their outstanding work"); after "the" or nothing it
is as often a kind's plain name ("the popular vote", "sexual
harassment"), and the list's adjectives that mostly sort a kind stay out
("his own campaign", "her latest plan"). Not before a word that is no noun ("a
fine of $500": a noun itself), nor in someone's reported words ("Roe said
the city has a powerful new weapon", "according to"), unless a dash sets
the phrase off as the writer's gloss ("Roe said she would end the levy --
a controversial plan she first raised in May"). Names between the
adjective and its noun change nothing ("Roe's controversial Velmar Harbor
plan", "a popular Quillon radio host").
"""

from __future__ import annotations

from app.core.extract.fact_reported import reported_words

_INDEFINITE = frozenset(("a", "an", "A", "An"))
# Possessive determiners: "her controversial plan" sorts nothing into a kind
# a reader could name; the adjective is the writer's word for the plan.
_POSSESSIVE = frozenset("his her their His Her Their".split())
# Adjectives of the list that before a noun mostly sort it into a kind, with
# no judgment of the writer's in them ("a guilty plea", "a sexual
# harassment lawsuit", "a mental health bill", "a deadly crash", "a fake
# account", "a cold front", "an artificial island", "a comic book").
_CLASSIFYING = frozenset(
    """
    able alcoholic artificial bootleg cold comic creative deadly fake fine guilty latest mental
    own sexual static sure
    """.split()
)
# Words after the adjective that make it no noun's: a preposition, a
# conjunction, a determiner, a verb of being ("a fine of", "a sure and").
_NOT_A_NOUN = frozenset(
    """
    of to in on at for from with by as than that which who and or but nor is are was were be
    the a an his her its their
    """.split()
)

# Verbs of having: after one, an adjective of the list before a plural noun
# with no determiner grades what something has by the writer's measure
# ("a tower that features spectacular views", "offered splendid pensions"),
# as "a spectacular view" does.
_HAVING = frozenset(
    """
    has have had having features featured featuring offers offered offering boasts boasted
    boasting enjoys enjoyed enjoying
    """.split()
)


def _a_plural(token: str) -> bool:
    """Whether `token` may be a plural noun: lower case letters ending in
    "s", not a word of `_NOT_A_NOUN`."""
    word = token.rstrip(",.;:")
    return word.isalpha() and word.islower() and word.endswith("s") and word not in _NOT_A_NOUN


# Dashes that set a phrase off from the clause before it.
_DASHES = frozenset(("\u2014", "\u2013", "--", "-"))


def judged_as_one(tokens: list[str], found: set[str]) -> bool:
    """Whether the sentence (split at spaces: `tokens`), whose words
    `found` are among `SUBJECTIVE`, says of something in the writer's voice
    that it is one of a kind by the writer's measure: "a", "an" or a
    possessive, an adjective of `SUBJECTIVE`, a noun ("an enthusiastic
    reception", "Roe's controversial plan")."""
    for i, t in enumerate(tokens[1:-1], 1):
        if t not in found or t in _CLASSIFYING:
            continue
        before = tokens[i - 1]
        if before in _HAVING and _a_plural(tokens[i + 1]):
            # "features spectacular views of": what something has, graded
            return not reported_words(tokens) and not _says(tokens)
        if before not in _INDEFINITE and not (
            before in _POSSESSIVE or before.endswith(("'s", "\u2019s"))
        ):
            continue
        nxt = _noun_after(tokens, i + 1)
        if nxt[:1].islower() and nxt.rstrip(",.;:") not in _NOT_A_NOUN:
            # After a dash the phrase is the writer's gloss on what the
            # clause before reports ("Roe said she would end the levy -- a
            # controversial plan she first raised in May"): only a verb of
            # saying after the dash makes it someone's words.
            said = tokens[i - 1 :] if i > 1 and tokens[i - 2] in _DASHES else tokens
            return not reported_words(said) and not _says(said)
    return False


def _noun_after(tokens: list[str], j: int) -> str:
    """The word at `j`, or, where names of up to three capitalised words
    modify the noun there ("Roe's controversial Velmar Harbor plan", "a
    popular Quillon radio host"), the first word after them; "" where the
    names end the clause or the line."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k][:1].isupper() and tokens[k].isalpha():
        k += 1
    if k == j:
        return tokens[j]
    return tokens[k] if k < len(tokens) and tokens[k - 1].isalpha() else ""


# Verbs of saying in the present plural and the infinitive, which
# `REPORTING` leaves out ("Democrats say they have a powerful new weapon").
_SAY = frozenset(w + p for w in ("say", "tell", "argue", "claim") for p in ("", ","))


def _says(tokens: list[str]) -> bool:
    """Whether a verb of saying in `_SAY` stands among the words."""
    return not _SAY.isdisjoint(tokens)
