"""A fact whose "his" or "her" owns a word ("... put his support at 5
percent", "The board approved her plan") but whose words before it name no
one who can be that owner. Whose plan, only the sentences before say
(`fact_pronouns` resolves an owner in brackets only where no capital comes
before it), so the fact is not offered. Taken as a possible owner, to keep
the fact: a "he" or "she" of the sex; a given name of the sex or of either;
a word the article writes after a given name of the sex or of either ("Dana
Roe ... Roe"); a word after an honorific or a title ("Mr. Roe", "Governor
Roe"); a run of two or more capitalized words none of which the article
writes in lower case (a full name: "Tova Brask", not "Velmar Poll"); a
bracket of a resolved name ("[Roe]"); a name after a comma after the
pronoun ("After his loss, Roe ...").
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import past_tense
from app.core.extract.fact_names import HONORIFICS, Edit, surname_genders
from app.core.extract.fact_pronouns import AFTER_OBJECT, owner_name
from app.core.extract.fact_rules import has_word
from app.core.extract.given_names import given_gender, is_given_name
from app.core.extract.lexicon import NOT_NAMES, TITLES

# An owning "his" or "her" (the letter first: the engine skips to it), and the word after it.
_OWNER = re.compile(r"h(?<![\w'\u2019]h)(is|er) ([a-z][\w'\u2019-]*)")
# A run of capitalized words (a bracket's opening allowed), its owning "'s" aside.
_RUN = re.compile(r"\[?[A-Z][\w'\u2019.\]-]*(?: \[?[A-Z][\w'\u2019.\]-]*)*")
# A subject pronoun of each sex.
_SUBJECT = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}
# A name after a comma ("..., Roe said", "..., [Dana] Roe").
_NAME_AFTER_COMMA = re.compile(r", \[?[A-Z]")


def unowned_possessive(cited: str, text: str) -> bool:
    """Whether the first owning "his" or "her" of the fact as `cited` comes
    after no word that can be its owner (see the module); `text` is the
    article."""
    m = _OWNER.search(cited, 1)
    if m is None or m.group(2) in AFTER_OBJECT:
        return False
    sex = "m" if m.group(1) == "is" else "f"
    head = cited[: m.start()]
    if m.group(2) in _RELATIONS and _subject_is(head):
        return True  # "Ivo Brask was his uncle": whose uncle, not Brask's own
    if _SUBJECT[sex].search(head) or _NAME_AFTER_COMMA.search(cited, m.end()):
        return False
    runs = [(run, _words(run)) for run in _RUN.findall(head)]
    runs = [(run, words) for run, words in runs if not _other_sex(words, sex)]
    if any(_may_own(run, words, sex, text) for run, words in runs):
        return False
    # (The dearest test last: the article's given names before each word.)
    return not any(
        surname_genders(text, word) & {sex, ""}
        for _run, words in runs
        for word in words
        if word.lower() not in NOT_NAMES
    )


# Nouns of a relation no one holds to themselves ("his uncle", "her
# successor"): after "<subject> was", the "his"/"her" is someone else's.
_RELATIONS = frozenset(
    """
    father mother brother sister son daughter uncle aunt nephew niece cousin grandfather
    grandmother grandson granddaughter husband wife brother-in-law sister-in-law father-in-law
    mother-in-law stepfather stepmother predecessor successor mentor
    """.split()
)
# A verb of being that opens the predicate.
_BEING = frozenset("is was are were became becomes".split())


def _subject_is(head: str) -> bool:
    """Whether `head`, the words before a "his"/"her", is a subject and a
    verb of being only ("Ivo Brask, Jr. was "): no other verb before it."""
    words = head.split()
    if len(words) < 2 or words[-1] not in _BEING:
        return False
    return not any(w in _BEING or w.islower() and past_tense(w) for w in words[:-1])


def _words(run: str) -> list[str]:
    """The words of a capitalized run, an owning "'s" and brackets aside."""
    return [w.removesuffix("'s").removesuffix("\u2019s").strip("[]") for w in run.split(" ")]


def _is_title(word: str) -> bool:
    """Whether `word` is an honorific or a title ("Mr.", "Governor")."""
    return word in HONORIFICS or word.rstrip(".").lower() in TITLES


def _named(words: list[str]) -> list[str]:
    """The words of a run but honorifics and titles."""
    return [w for w in words if not _is_title(w)]


def _other_sex(words: list[str], sex: str) -> bool:
    """Whether the run is a full name whose given name is of the other sex
    ("[Lee] Roe ... her plan": his given name says he)."""
    named = _named(words)
    return len(named) > 1 and given_gender(named[-2]) not in ("", sex)


def _may_own(run: str, words: list[str], sex: str, text: str) -> bool:
    """Whether the capitalized words `run` can name a person of `sex` by
    their own form (the article's given names before them asked after)."""
    if run.startswith("[") and not run.startswith("[The "):
        return True  # "[Roe] ...": a resolved name (a date's bracket holds a digit, not matched)
    for i, word in enumerate(words):
        gender = given_gender(word) if word.lower() not in NOT_NAMES else "-"  # (not "May")
        if gender == sex or (not gender and is_given_name(word)):
            return True
        if i + 1 < len(words) and _is_title(word):
            return True
    named = _named(words)
    return len(named) > 1 and not any(has_word(text, w.lower()) for w in named)


def owner_edit(
    text: str, start: int, end: int, prev: tuple[int, int] | None, carried: str | None
) -> Edit | None:
    """The bracket for the first owning "his" or "her" of the fact
    `text[start:end]` ("[Dana Roe's] plan"): the one person of its sex the
    sentence before names, with the confidence of a subject's pronoun, and
    whose surname the fact does not write after it; None otherwise (then
    the fact is not offered)."""
    m = _OWNER.search(text, start + 1, end)
    if m is None or m.group(2) in AFTER_OBJECT:
        return None
    name = owner_name(text, start, m.start(), "m" if m.group(1) == "is" else "f", prev, carried)
    if name is None or text.find(name.rsplit(" ", 1)[-1], m.end(), end) >= 0:
        return None
    return (m.start(), len(m.group()) - len(m.group(2)) - 1, f"[{name}'s]")
