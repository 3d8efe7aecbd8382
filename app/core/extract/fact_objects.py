"""A "him" or an object "her" that the people the fact names before it
cannot be: "Dana Roe challenged him in 2016", "He thanked her on
Tuesday". The sentence names someone, but everyone it names before the
pronoun, and every "he" or "she" there, is of the other sex: the pronoun
stands for a person only earlier sentences name, and the fact is not
offered (no one person fits better than another: a bracket would guess).

A name of either sex, a surname the article gives to people of both
sexes, a name of no sex known (a place, a body) leave it as written.
"""

from __future__ import annotations

from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_names import HONORIFICS, surname_genders
from app.core.extract.fact_phrases import plain
from app.core.extract.given_names import given_gender, is_given_name

_OBJECTS = {"him": "m", "her": "f"}
_SUBJECTS = {"he": "m", "his": "m", "she": "f"}
# Words after which "her" is an object, not an owner: "told her to", "fined her in".
_AFTER_OBJECT = frozenset(
    "to a an the as that in on at for with from by of and or but about into over after "
    "before during last this since until if when while".split()
)
_OTHER = {"m": "f", "f": "m"}
_OBJECT_FORMS = frozenset(w + p for w in _OBJECTS for p in STUCK_ON)
# (Exported for a caller that finds every rule's words in one set operation.)
OBJECT_WATCHED = _OBJECT_FORMS


def other_sex_object(text: str, tokens: list[str]) -> bool:
    """Whether the fact's first "him" (or "her" as an object: "told her
    to", "challenged her.") comes after someone named or called "he"/"she",
    all of the other sex, and no one of its own sex or of a sex unknown:
    whom it stands for only earlier sentences say. `text` is the article
    (whose given names say a surname's sex), `tokens` the fact's words."""
    if _OBJECT_FORMS.isdisjoint(tokens):
        return False  # (most sentences: one set test)
    at = next(
        (j for j, t in enumerate(tokens) if j and t in _OBJECT_FORMS and _is_object(tokens, j)), 0
    )
    if not at:
        return False  # ("her plan": an owner)
    other = _OTHER[_OBJECTS[plain(tokens[at])]]
    seen = False
    run_end = 0  # (the words of a name already read)
    for j in range(at):
        w = plain(tokens[j])
        if not w or j < run_end:
            continue
        low = w.lower()
        if low in _SUBJECTS or low == "her":
            said: str | None = _SUBJECTS.get(low, "f")
        elif w[0].isupper() and (j or is_given_name(w)):
            run_end = _run_end(tokens, j)
            said = _name_sex(text, tokens, j, run_end)
        else:
            continue
        if said is not None:
            if said != other:
                return False  # (one of its own sex, or of either, before it)
            seen = True
    return seen


def _run_end(tokens: list[str], j: int) -> int:
    """Where the run of capitalized words opening at word `j` ends (a
    comma or a stop ends it: "Roe, Vesk")."""
    k = j
    while k < len(tokens) and tokens[k][:1].isupper():
        k += 1
        if tokens[k - 1][-1] in ",.;:" and tokens[k - 1] not in HONORIFICS:
            break
    return k


def _name_sex(text: str, tokens: list[str], j: int, end: int) -> str | None:
    """The sex of the name `tokens[j:end]`: an honorific's, a given name's
    before a surname ("Dana Roe"), a lone surname's by the article's given
    names for it ("Roe"), a lone given name's; "?" for a name of either or
    two sexes; None for no person's name known (a place, a body)."""
    before = tokens[j - 1] if j else ""
    if before in HONORIFICS or tokens[j] in HONORIFICS:
        return HONORIFICS.get(before) or HONORIFICS[tokens[j]]
    first = plain(tokens[j])
    if end - j > 1 and is_given_name(first):
        return given_gender(first) or "?"
    sexes = surname_genders(text, plain(tokens[end - 1]))
    if sexes:
        return next(iter(sexes)) if len(sexes) == 1 and "" not in sexes else "?"
    if end - j == 1 and is_given_name(first):
        return given_gender(first) or "?"
    return None


def _is_object(tokens: list[str], j: int) -> bool:
    """Whether "him" or "her" (word `j`) is an object, not an owner ("her
    plan"): "him" always; "her" at a clause's end or before a preposition,
    an article or a sum."""
    t = tokens[j]
    if t.lower().startswith("him"):
        return True
    if t[-1] in ",.;:":
        return True
    nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
    return not nxt or nxt in _AFTER_OBJECT or nxt[:1] == "$"
