"""A sentence whose subject is a person it does not name: "A former aide
to Dana Roe spoke on Monday.", "Roe's husband spoke ...", "One of Roe's
aides said ...". A "He" or "She" in the sentence after it may stand for
that person as well as for the one the sentence names (Roe, inside the
subject or after it): `fact_pronouns` asks, and brackets no name then.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import EPITHETS, SHARED_OFFICES
from app.core.extract.lexicon import FEMALE_TITLES, MALE_TITLES, ROLE_HEADS

_HONORIFICS = frozenset("mr mrs ms miss sir dr rev madam lady".split())
_NOUNS = (EPITHETS | SHARED_OFFICES | ROLE_HEADS | FEMALE_TITLES | MALE_TITLES) - _HONORIFICS
# Singular person nouns (a plural, "aides", is no "he"), and the plurals
# that "One of" takes ("One of Roe's aides").
_ONE = frozenset(w for w in _NOUNS if not (w.endswith("s") and w[:-1] in _NOUNS))
_MANY = frozenset(w + "s" for w in _ONE) | (_NOUNS - _ONE) | frozenset(("men", "women"))
_DETERMINERS = frozenset("a an the another".split())
# First words of a phrase put before the subject: "On Monday, a former aide ...".
_FRONTING = frozenset(
    "on in at after before during late early earlier later last this by since".split()
)


def unnamed_subject(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text[start:end]` opens (after a joining word
    or a phrase of time or place and its comma) with a person it does not
    name: a determiner or an owner, at most four words, and a person's noun
    with no name after it ("A former aide to Dana Roe ...", "Dana Roe's
    husband ...", "One of Roe's aides ..."; not "The aide, Lena Brask,
    ..." nor "Aide Lena Brask ...")."""
    tokens = text[start:end].split(None, 12)
    if not tokens:
        return False
    i = 0
    if len(tokens) > 2 and tokens[0].lower() in _FRONTING:
        comma = next((j for j in range(1, min(6, len(tokens))) if tokens[j].endswith(",")), -1)
        if comma < 0 or comma + 2 >= len(tokens):
            return False
        i = comma + 1
    if tokens[i] in ("And", "But"):
        i += 1
    heads = _ONE
    if i + 2 < len(tokens) and tokens[i].lower() == "one" and tokens[i + 1] == "of":
        i, heads = i + 2, _MANY
    first = tokens[i] if i < len(tokens) else ""
    if first.lower() not in _DETERMINERS and not first.endswith(("'s", "\u2019s")):
        if not (i + 1 < len(tokens) and tokens[i + 1].endswith(("'s", "\u2019s"))):
            return False  # ("Dana Roe's husband": a given name before the owner)
        i += 1
    for j in range(i + 1, min(i + 6, len(tokens))):
        word = tokens[j].rstrip(",")
        if word.lower() in heads or word.lower() in _ONE:
            # ("The aide, Lena Brask, ...", "The aide Lena Brask ...": named.)
            after = tokens[j + 1] if j + 1 < len(tokens) else ""
            return not after[:1].isupper()
        if not word.removesuffix("'s").replace("-", "").isalpha() or tokens[j].endswith(","):
            return False
    return False
