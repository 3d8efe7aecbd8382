"""People a fact calls by the last name alone where they are not its
subject: "Velmar records show Roe has donated $8,000", "did not undo Mr.
Roe's renovation" (which Roe? only the sentences before said "Dana
Roe"). The subject's surname is `fact_standalone`'s business; here each
other surname the article gives one given name for, with confidence
(`fact_names.surname_edit`), is cited with it in brackets, the
journalist's way: "show [Dana] Roe has donated", "Mr. [Dana] Roe's". A
surname whose given name is unsure is left as it stands, as before.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.corroborate.us_states import us_states
from app.core.extract.fact_lexicon import CALENDAR, POSSESSIVES
from app.core.extract.fact_names import (
    BEFORE_SURNAME,
    Edit,
    given_names,
    per_text,
    shares_surname,
    surname_edit,
)
from app.core.extract.given_names import given_gender, is_given_name
from app.core.extract.intro_words import INTRO, LEADERS
from app.core.extract.place_names import country_names

# A capitalized word that may be a surname: not hyphened to another word
# ("pro-Roe", "Roe-Vesk"), maybe with "'s" after (or "'" after an "s":
# "Velders' plan").
# (The capital first, what stands before it tested after: the pattern
# engine then skips to each capital.)
_WORD = re.compile(
    r"([A-Z](?<![\w'\u2019.&/-][A-Z])[a-z]{2,})"
    r"(?=['\u2019]s\b|(?<=s)['\u2019](?!\w)|[^\w'\u2019&/-]|$)"
)
# Words before a name that make it part of a noun phrase ("the Roe
# campaign", "his Roe donors").
_DETERMINERS = frozenset(("the", "The", "a", "A", "an", "An")) | POSSESSIVES
# Openers that only join a clause (no preposition: "At Roe" may be a firm).
_CONJUNCTIONS = frozenset("when while if although though because whereas unless".split())
_HE = re.compile(r"\b(?:he|him|his|He|His)\b")
_SHE = re.compile(r"\b(?:she|her|hers|She|Her)\b")


@cache
def _places() -> frozenset[str]:
    """Words before a capitalized word that make it a place's or a party's
    ("West Velmar", "Velmaria Republican"): compass words, states, countries
    (some of them given names too)."""
    names = {name for name, _code, _ap in us_states()} | set(country_names())
    return frozenset(names) | frozenset("North South East West New".split())


@per_text
def _given_before(text: str, word: str) -> bool:
    """Whether the article writes `word` somewhere just after a given name
    ("Dana Roe", "Dana J. Roe"): a few string searches, where
    `surname_edit` reads every mention. (Remembered for the last text: its
    facts ask of the same surnames again.)"""
    at = text.find(" " + word)
    while at > 0:
        end = at + 1 + len(word)
        if not text[end : end + 1].isalpha():
            words = text[max(0, at - 30) : at].split()[-2:]
            if words and len(words[-1]) == 2 and words[-1][1] == ".":
                words = words[:1]  # ("Dana J. Roe")
            if words and words[-1][:1].isupper() and is_given_name(words[-1]):
                return True
        at = text.find(" " + word, end)
    return False


def _opener(word: str, owner: bool) -> bool:
    """Whether `word`, capitalized before a surname, opens the sentence or
    a clause, not a given name or a longer name's ("Dana Roe", "Velmar
    Roe"): a conjunction or a sentence adverb ("While Roe ...", "But Roe
    ..."), or a preposition before the surname's possessive ("In Roe's
    speech"; "At Roe" is as often a firm's or a place's name)."""
    low = word.lower()
    if low in LEADERS or low in _CONJUNCTIONS:
        return True
    return owner and low in INTRO and not is_given_name(word)


_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?[A-Z][a-z]")
# A surname, the rest of its noun phrase (a few words, no comma inside) and
# a relative clause opening with a pronoun ("Roe's visit, in which she").
_OWN_CLAUSE = re.compile(
    r"[A-Z][a-z]+(?:['\u2019]s)?(?: [\w'\u2019.-]+){0,8}?,? (?:in |on |at |during |of )?"
    r"(?:which|whom|where|when|who|that) (?:he|she|him|her|his)\b"
)
# The brackets of the fact as cited so far ("[Dana Roe] won ...": the
# person a subject pronoun stands for).
_BRACKETS = re.compile(r"\[[^\]]*\]")
_SEX_TITLES = {"Mr.": "m", "Mrs.": "f", "Ms.": "f"}


def _takes(line: str, shown: str, sex: str) -> bool:
    """Whether another person of `sex` the line names may be the one its
    pronoun stands for: a given name of that sex written before a surname
    ("Dana Roe") or in a bracket (`shown`: "[Dana] Roe"), or an honorific
    ("Mrs. Roe"): "[Dana] Roe asked Quarrow to send her ..." leaves "her"
    Roe's. (Not a pronoun in a relative clause on the surname's own noun
    phrase, `_OWN_CLAUSE`: "Quarrow's visit, in which she ...".)"""
    names = [m.group(1) for m in _FULL_NAME.finditer(line)]
    names += [w.strip("[]") for w in shown.replace("][", "] [").split()]
    if any(given_gender(n) == sex for n in names if is_given_name(n)):
        return True
    return any(t in line and s == sex for t, s in _SEX_TITLES.items())


def _surname_of_sex(text: str, start: int, end: int, at: int, sex: str) -> bool:
    """Whether the fact `text[start:end]` calls another person of `sex` by
    a surname alone (not the one `at` characters from `start`), one the
    article names in full, with one given name of that sex ("Roe won ...
    in her career, while [Tobin] Vesk ...")."""
    for m in _WORD.finditer(text, start, end):
        word = m.group(1)
        if m.start(1) == start + at or word in CALENDAR or not _given_before(text, word):
            continue
        given = [name for name, _n in given_names(text, word) if not name.isupper()]
        if len(given) == 1 and given_gender(given[0]) == sex and not shares_surname(text, word):
            return True
    return False


def object_surname_edits(
    text: str, start: int, end: int, edits: list[Edit], cited: str = ""
) -> list[Edit]:
    """The "[Dana] " brackets for the surnames in the fact `text[start:end]`
    that are not its first word (the subject, bracketed or not by the
    caller) nor already in `edits`, where the article gives the one given
    name with confidence, not a place's, of no sex the line's pronouns
    deny ("Roe's visit, in which she ..." is no "[Tobin] Roe"; none denies
    a name of either sex, "Lee", nor one another person of the pronoun's
    sex the line names may stand for: `_takes`, the brackets of the fact
    as `cited` so far among them), and the line does not name that person
    in full."""
    line = text[start:end]
    taken = {at for at, _n, _shown in edits}
    shown = " ".join(s for _at, _n, s in edits)
    out: list[Edit] = []
    for m in _WORD.finditer(text, start, end):
        at, word = m.start(1), m.group(1)
        if at == start or at in taken or word in CALENDAR or word in shown:
            continue
        if word in BEFORE_SURNAME or text.startswith(" &", m.end(1)):
            continue  # ("Sen.", "Roe & Vesk": a title, a firm's name)
        before = text[max(start, at - 24) : at].split()
        last = before[-1].lstrip("\"\u201c'\u2018(") if before else ""
        if (
            last[:1].isupper()
            and last not in BEFORE_SURNAME
            and last[-1] not in ",;:"
            and not _opener(last, text.startswith(("'s", "\u2019s"), m.end(1)))
        ):
            continue  # ("Dana Roe", "Velmar Roe": named in full, or a longer name)
        if last in _DETERMINERS or text[m.end(1) : m.end(1) + 3][1:2].isupper():
            continue  # ("the Roe campaign": a name as an adjective; "Roe Holdings")
        if not _given_before(text, word):
            continue
        edit = surname_edit(text, at, word)
        if not edit:
            continue
        name = edit[2][1:-2]
        if name in _places() or f"{name} {word}" in line:
            continue  # (a place, or the line names the person in full)
        out.append(edit)
    if not out:
        return out
    # A pronoun of the other sex denies a given name, unless another person
    # the line names (the brackets of the fact as cited, the others given
    # here, before or after) may stand for it.
    kept = []
    for edit in out:
        sex = given_gender(edit[2][1:-2])
        named = " ".join([shown, *_BRACKETS.findall(cited)] + [e[2] for e in out if e != edit])
        at = edit[0] - start
        other = "m" if sex == "f" else "f"
        if (
            sex
            and (_HE if other == "m" else _SHE).search(line)
            and (
                _OWN_CLAUSE.match(line, at)
                or not (_takes(line, named, other) or _surname_of_sex(text, start, end, at, other))
            )
        ):
            continue
        kept.append(edit)
    return kept
