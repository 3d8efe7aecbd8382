"""Where an aside opens between a subject and its verb: a relative clause
(", who ..."), an apposition ("Ana Ruiz, the head of the Union, who"), or
a description running from a name to the verb ("Ana Ruiz, treasurer and
founder of the Union wrote"). Each reads the tokens of `noun_phrases.tokens`
and gives the index of the comma that opens the aside, or None; `clauses`
takes the subject from before it.
"""

from __future__ import annotations

from app.core.extract.intro_words import is_adverb
from app.core.extract.intro_words import low_word as _low
from app.core.extract.noun_phrases import (
    DASHES,
    FUNCTION,
    OBJECT_OF,
    PRONOUNS,
    all_name,
    is_name_token,
)

MAX_ASIDE = 25
# Tokens that open or close an aside; with the clause marks, any break.
COMMA_OR_DASH = DASHES | {","}
PUNCTUATION = COMMA_OR_DASH | {";", ":"}
# Words between a clause's subject and its verb: "Ruiz once called".
_BEFORE_VERB = frozenset("once often has had have long also always".split())


def open_relative(toks) -> int | None:
    """The index of the comma opening a relative clause (", who ...") that
    runs up to the verb without a closing comma, if any."""
    if toks and toks[-1][0] in COMMA_OR_DASH:
        return None  # the clause is closed: "X, who ..., said"
    for k in range(len(toks) - 2, max(-1, len(toks) - MAX_ASIDE), -1):
        if toks[k][0] in COMMA_OR_DASH:
            return k if k > 0 and _low(toks[k + 1][0]) == "who" else None
    return None


def apposition_before(toks, rel: int) -> int | None:
    """The comma opening an apposition that ends at the comma `rel` ("Ana
    Ruiz, the head of the Union, who"): the words between open with a
    determiner."""
    j = next((k for k in range(rel - 1, max(-1, rel - MAX_ASIDE), -1) if toks[k][0] == ","), None)
    return j if j and j + 1 < rel and _low(toks[j + 1][0]) in ("the", "a", "an") else None


def open_apposition(toks) -> int | None:
    """The comma after a name of two or more words opening the sentence when
    an apposition runs from it to the verb without a closing comma ("Ana
    Ruiz, treasurer and founder of the Union wrote"), if so."""
    comma = next((k for k, t in enumerate(toks) if t[0] in COMMA_OR_DASH), None)
    if comma is None or comma < 2 or comma + 1 >= len(toks) or comma > 4:
        return None
    if any(t[0] in PUNCTUATION for t in toks[comma + 1 :]):
        return None
    nxt = toks[comma + 1][0]
    if not (
        all_name(toks[:comma])
        and nxt.islower()
        and _low(nxt) not in FUNCTION
        and _low(nxt) not in PRONOUNS
    ):
        return None
    return comma


def contact_clause(toks, rel: int) -> tuple[int, int] | None:
    """The tokens [k, end) of a name or pronoun right before the verb when the
    aside opening at the comma `rel` is a noun with a relative clause that
    has no "who" or "that" ("Tomas Roe, a man Ana Ruiz calls "...",": Ruiz
    calls, not Roe); None when the aside is no such clause ("Roe, a fellow
    at the Quillon Institute said": a preposition before the name)."""
    end = len(toks)
    while end > rel + 3 and (toks[end - 1][0] in _BEFORE_VERB or is_adverb(toks[end - 1][0])):
        end -= 1  # "a friend Ruiz once called", "a man Ruiz has long called"
    k = end
    while k > rel + 1 and is_name_token(toks[k - 1][0]):
        k -= 1
    if k == end and _low(toks[end - 1][0]) in PRONOUNS:
        k -= 1  # "Tomas Roe, a man she calls"
    if k == end or k < rel + 3 or _low(toks[rel + 1][0]) not in ("a", "an", "the"):
        return None
    noun = toks[k - 1][0]
    if not (noun.isalpha() and noun.islower()) or noun in FUNCTION or noun in ("the", "a", "an"):
        return None
    if any(t[0] in OBJECT_OF for t in toks[rel + 1 : k]):
        return None  # "Roe, a fellow at the Quillon Institute said"
    return k, end
