"""Given names and their usual gender, from a published list.

The list (data/given_names.txt, see data/README.md) counts how many US
babies of each sex were given each name over 135 years. A name given to
girls 90% of the time or more is read as female, to boys 80% or more as male;
in between ("Jordan", "Jamie") it says nothing about gender. The bar is lower
for men because many names once given to boys are now mostly given to girls
("Robin", "Tracy"): the counts lean female for adults who carry them.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files

_FEMALE_SHARE = 0.9  # share of girls at or above which a name is female
_MALE_SHARE = 0.2  # share of girls at or below which a name is male
# A name the other sex is given this often or more ("Lindsey", one in twenty
# boys' names of the kind) may be read either way: its usual gender yields to
# the article's own pronouns.
_MIXED_SHARE = 0.03
# A first name on its own names a person only when it is common (given to at
# least this many babies) and clearly of one gender.
_COMMON_BIRTHS = 2000
# The questions below are asked of every capitalized word of every article,
# the same words again and again ("Tuesday", "Ruiz"): each answer is kept by
# the word as asked, so a repeat costs no lower-casing and no Python call.
_REMEMBERED = 16384


@cache
def _table() -> dict[str, str]:
    """name -> its line's counts as written ("female\tmale"), read once: a
    line is split at its first tab only, and its counts are parsed when
    its name is asked for (`_counts`), most of the 35,000 never are (the
    whole list parsed took 25 ms, most of a process's first extraction)."""
    text = files("app.core.extract.data").joinpath("given_names.txt").read_text("utf-8")
    lines = text.splitlines()
    body = next(i for i, line in enumerate(lines) if line[:1] != "#")  # (a header only)
    return dict(line.split("\t", 1) for line in lines[body:] if line)


def _counts(word: str) -> tuple[int, int] | None:
    """(female births, male births) of `word` (any case), None when the list
    does not hold it."""
    counts = _table().get(word.lower())
    if counts is None:
        return None
    female, male = counts.split("\t")
    return int(female), int(male)


@lru_cache(maxsize=_REMEMBERED)
def given_gender(word: str) -> str:
    """ "f" or "m" when `word` (any case) is a given name mostly of that
    gender, "" when it is not a given name or is used for both."""
    counts = _counts(word)
    if counts is None:
        return ""
    share = counts[0] / (counts[0] + counts[1])
    return "f" if share >= _FEMALE_SHARE else "m" if share <= _MALE_SHARE else ""


@lru_cache(maxsize=_REMEMBERED)
def is_given_name(word: str) -> bool:
    """Whether `word` is in the list at all."""
    return word.lower() in _table()


@lru_cache(maxsize=_REMEMBERED)
def is_frequent_given_name(word: str) -> bool:
    """Whether `word` is a first name given to many babies (of either sex or
    both, "Dana" too): one likely to open a person's name, not a rare entry
    of the list that is mostly a common word ("Council")."""
    counts = _counts(word)
    return counts is not None and sum(counts) >= _COMMON_BIRTHS


@lru_cache(maxsize=_REMEMBERED)
def is_common_given_name(word: str) -> bool:
    """Whether `word` is a common first name of one clear gender: enough, with
    the article's own evidence, to read it as a person on its own."""
    counts = _counts(word)
    return counts is not None and sum(counts) >= _COMMON_BIRTHS and given_gender(word) != ""


@lru_cache(maxsize=_REMEMBERED)
def mixed_given_gender(word: str) -> str:
    """`given_gender(word)` when the other sex still carries `word` often
    enough that the article's pronouns may overrule it ("Lindsey"), else ""."""
    counts = _counts(word)
    if counts is None:
        return ""
    share = counts[0] / (counts[0] + counts[1])
    return given_gender(word) if _MIXED_SHARE <= share <= 1 - _MIXED_SHARE else ""
