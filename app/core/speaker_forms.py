"""The forms one person's name takes across sources, for the library's joins.

A source may name someone by a surname of two words alone ("Quillam
Vesterby", when it never gives "Dana Quillam Vesterby"), or with a title or
words describing them in front ("Pres. Vesk", "Pollster Ana Ruiz": a library
built before extraction cut those off keeps such entries). These say what
person such a name stands for, so the store joins it to the one entry that
person has (app/core/store_speakers.py) and Check Speakers offers to join
the entries an older library kept apart (app/core/speaker_repair.py).
Loaded at first use: the extraction's word lists come with it.
"""

from __future__ import annotations

from app.core.extract.given_names import given_gender, is_given_name
from app.core.extract.lexicon import FEMALE_TITLES, MALE_TITLES
from app.core.extract.name_roles import (
    NOT_IN_NAME,
    described_role,
    described_split,
    is_describing,
)
from app.core.speaker_names import NAME_PARTICLES, is_name

_LONGEST_SURNAME = 3  # "De La Vesterby"


def _lows(words: list[str]) -> list[str]:
    return [w.rstrip(".").lower() for w in words]


def person_part(name: str) -> str:
    """`name` without the words describing the person in front of it
    ("Pres. Vesk" -> "Vesk", "Pollster Ana Ruiz" -> "Ana Ruiz", "Vice Pres.
    Vesk" -> "Vesk"); `name` itself when it has none, or is no name."""
    words = name.split()
    if len(words) < 2 or not is_name(name):
        return name
    at = described_split(words, _lows(words))
    if not at:
        # Titles alone before a surname ("Vice Pres.", "Lt. Gov."): no given name follows.
        while at < len(words) - 1 and is_describing(words[at]):
            at += 1
        if at and surname_alone(" ".join(words[at:])) is None:
            at = 0
    return " ".join(words[at:]) if at else name


def surname_alone(name: str) -> str | None:
    """The surname `name` gives with no given name: one capitalized word
    ("Vesk"), or two or three, none but the last a given name other than a
    surname's particle ("Quillam Vesterby", "De La Vesterby"), and no word of a body,
    a place or a firm ("National Committee" is none). None otherwise."""
    words = name.split()
    if not words or not is_name(name) or any("." in w for w in words):
        return None
    if len(words) == 1:
        return None if name.isupper() else name  # an acronym joins by its initials
    if len(words) > _LONGEST_SURNAME or not NOT_IN_NAME.isdisjoint(_lows(words)):
        return None
    if is_describing(words[0]) or any(
        is_given_name(w) and w.lower() not in NAME_PARTICLES for w in words[:-1]
    ):
        return None
    return name


def surname_of(name: str) -> str | None:
    """The surname a speaker's name stands for alone, after any title or
    description in front: "Vesk", "Pres. Vesk", "Quillam Vesterby", "Sen.
    Quillam Vesterby"; None for a full name or a description."""
    return surname_alone(person_part(name))


def full_name_with(name: str, surname: str) -> bool:
    """Whether `name` is a person's full name ending with `surname` (more
    than one word): words before the surname, the first of them a given name
    describing no one ("Dana Quillam Vesterby" for "Quillam Vesterby"; not
    "Democratic National Committee" for "National Committee", nor "Kay
    Ruiz" for "Ana Kay Ruiz": a given name opens a name)."""
    words = name.split()
    if not name.endswith(" " + surname) or not is_name(name):
        return False
    first = words[0]
    return (
        is_given_name(first)
        and not is_describing(first)
        and NOT_IN_NAME.isdisjoint(_lows(words))
        and surname_alone(surname) is not None
    )


def may_be(form: str, full: str) -> bool:
    """Whether `form`, a name with words describing the person in front
    ("Mrs. Vesk", "Congressman Vesk"), may name the person called `full`:
    not when those words say one sex and the given name opening `full`
    is mostly of the other ("Mrs. Vesk" is not "Tobin Vesk")."""
    words = form.split()
    front = _lows(words[: len(words) - len(person_part(form).split())])
    sex = {"f" for w in front if w in FEMALE_TITLES} | {"m" for w in front if w in MALE_TITLES}
    given = given_gender(full.split()[0]) if full.split() else ""
    return not (len(sex) == 1 and given and given not in sex)


def describing(name: str) -> str:
    """The words before the person's name in `name` as a role ("Pollster
    Ana Ruiz" -> "Pollster", "Sens. Ana Ruiz" -> "Senator"); "" for none."""
    words = name.split()
    at = len(words) - len(person_part(name).split())
    return " ".join(described_role(words, _lows(words), at)) if at else ""
