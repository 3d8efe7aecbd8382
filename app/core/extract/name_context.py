"""What stands around a capitalized run in an article's text, for `people`:
whether a speech verb follows it ("Vesk claimed"), the role word before it
("coach Ivo Brask"), whether it opens a sentence or follows "the", and the
age news gives after a first name ("Quorin, 17,")."""

from __future__ import annotations

import re

from app.core.extract.given_names import is_given_name
from app.core.extract.lexicon import ROLE_NOUNS, TAG_VERBS, TITLES
from app.core.extract.names import lower_token
from app.core.extract.speaker_nouns import is_speaker_noun
from app.core.extract.unnamed import FEMALE_NOUNS, MALE_NOUNS, RELATION_NOUNS

LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# The lower-case word right after a name: "said" in "Vesk said".
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_UNAMBIGUOUS_SPEECH = frozenset(
    "said says told tells wrote writes adds notes argues insists explains".split()
)
# The word after an appositive: "Vesk, a Democrat from Maine, said".
_APPOSITIVE_THEN_WORD = re.compile(
    r",[ \t]+(?:a|an|the)[ \t][^,.;:\n\"\u201c\u201d]{1,60},[ \t]+([a-z]+)\b"
)
# What may stand before a sentence's first word: blanks and opening marks
# (skipped back over), and what ends a sentence or line before them.
_BEFORE_OPENING = frozenset(" \t\"\u201c\u2018'\n.!?:")
# ", 17," / ", now 14,": the age news gives after a name.
AGE_AFTER = re.compile(r",[ \t]+(?:now[ \t]+)?\d{1,3},")
# An owner and a relation noun set off before a word: "Vesk's son, ", "her
# husband, " (the noun is checked against the relation nouns).
_RELATION_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]*['\u2019]s)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+),[ \t]+$"
)
# What follows such a name: the comma closing the apposition or a sentence's end.
_AFTER_RELATIVE = re.compile(r"[ \t]*[,.;]")
# Relation nouns and the nouns for whom one knows ("his friend, Dalmo."): a
# one-word name set off after them is the person's.
KNOWN_BY = RELATION_NOUNS | frozenset(
    "friend neighbor neighbour roommate classmate boyfriend girlfriend".split()
)
_MALE = MALE_NOUNS | {"boyfriend"}
_FEMALE = FEMALE_NOUNS | {"girlfriend"}


def speaks_after(text: str, end: int) -> bool:
    """Whether a speech verb follows the word ending at `end` ("Vesk claimed",
    "Vesk says"); a form that is also a plural noun ("Lindvale remarks",
    "staff notes") does not count."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        if text[end : end + 1] != ",":  # (the appositive opens with its comma)
            return False
        m = _APPOSITIVE_THEN_WORD.match(text, end)
        if m is None:
            return False
    verb = m.group(1)
    return verb in TAG_VERBS and (verb.endswith("ed") or verb in _UNAMBIGUOUS_SPEECH)


# The last two letters of every role noun and title (none is shorter): a word
# ending otherwise is none of them, whatever stands before.
_LEAD_TAILS = frozenset(w[-2:] for w in ROLE_NOUNS | TITLES)


def lead_word(text: str, pos: int) -> str:
    """The lower-case word right before a name: "coach" in "coach Ivo Brask"."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 1 or text[j - 1 : j + 1] not in _LEAD_TAILS:
        return ""  # (most words: not read back letter by letter)
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] == "-"):
        k -= 1
    word = text[k + 1 : j + 1]
    return word if word.islower() and (word in ROLE_NOUNS or lower_token(word) in TITLES) else ""


def opens_sentence(text: str, pos: int) -> bool:
    """Whether `pos` starts a line or follows a sentence's end."""
    if pos >= 2 and text[pos - 1] == " " and text[pos - 2] not in _BEFORE_OPENING:
        return False  # a word and one space before: mid-sentence (most runs)
    j = pos - 1
    while j >= 0 and text[j] in " \t\"\u201c\u2018'":
        j -= 1
    return j < 0 or text[j] in "\n.!?:"


def after_the(text: str, pos: int) -> bool:
    """Whether the capitalized run at `pos` opens with or follows "the"."""
    if text[pos : pos + 4] in ("The ", "the "):
        return True
    # `word_before(text, pos) in ("the", "The")`, asked of the three letters
    # before the blanks and the one before them, not read back letter by letter.
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return (
        j >= 2 and text[j - 2 : j + 1] in ("the", "The") and (j == 2 or not text[j - 3].isalpha())
    )


def relative_gender(text: str, pos: int, end: int) -> str | None:
    """The gender the relation noun (or "friend", "neighbor" ...) gives a
    word set off after it ("Vesk's son, Quorin," "m"; "their cousin,
    Quorin." ""), None when no such noun stands before the word."""
    if text[pos - 2 : pos] != ", ":
        return None  # (most words: no comma right before, no pattern tried)
    m = _RELATION_BEFORE.search(text, max(0, pos - 48), pos)
    if m is None or m.group(1) not in KNOWN_BY or not _AFTER_RELATIVE.match(text, end):
        return None
    noun = m.group(1)
    return "m" if noun in _MALE else "f" if noun in _FEMALE else ""


def modifier_opening(text: str, raw: str, end: int) -> bool:
    """Whether a two-word run opening a sentence is an adjective and a
    surname used as a modifier of a noun for people ("Young Vesk supporters",
    "Loyal Vesk aides"): the first word is also written in lower case
    ("young"), and the text gives the surname with another first name ("Orla
    Vesk"). Its first word then opens no name."""
    words = raw.split()
    if len(words) != 2 or not (words[0].isalpha() and words[1].isalpha()):
        return False
    m = _WORD_AFTER.match(text, end)
    if m is None or not is_speaker_noun(m.group(1)):
        return False
    first, surname = words
    if not any(True for _ in _words_at(text, first.lower())):
        return False
    for i in _words_at(text, surname):  # (str.find, no pattern made per name)
        k = j = i - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k:j]
        if j > 0 and text[j] in " \t" and word.istitle() and word != first:
            return True
    return False


def _words_at(text: str, word: str):
    """Where `word` stands in `text` as a whole word."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (i and text[i - 1].isalpha()) and not text[end : end + 1].isalpha():
            yield i
        i = text.find(word, end)


# A nickname in quote marks between a given name and a surname (`Juan
# "Chico" Ruiz`, `George "Jay" Vesk`): the marks and the nickname, then the
# given name right before them.
_NICKNAME_AT = re.compile(r"[\"\u201c][A-Z][\w.'-]*[\"\u201d] (?=[A-Z][a-z])")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def blank_nicknames(text: str) -> str:
    """`text` with each nickname set in quote marks after a given name
    blanked (spaces of its length), so the name scan reads the name around it
    as one person's ("Juan Ruiz", not "Juan" and "Ruiz"); every position stays.
    (Tried at each opening mark, found by `str.find`: a pattern tried at
    every character cost 4% of the extraction.)"""
    spans = []
    for mark in ('"', "\u201c"):
        at = text.find(mark)
        while at >= 0:
            m = _NICKNAME_AT.match(text, at)
            if m is not None:
                given = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
                if given is not None and is_given_name(given[1]):
                    spans.append((at, m.end() - 1))
            at = text.find(mark, at + 1)
    for lo, hi in spans:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


# A question opening with "Will" and a verb after the name: "Will Vesk run
# again?" ("Will" is also a given name).
_WILL_QUESTION = re.compile(r"[ \t]+[a-z][^.!?\n]{0,120}\?")


def modal_question(text: str, end: int) -> bool:
    """Whether a run opening a sentence with "Will" and ending at `end` is
    a question's modal verb before a name, "Will Vesk come back?": "Will"
    opens no name."""
    return _WILL_QUESTION.match(text, end) is not None


def describes_someone(text: str, raw: str, end: int, role) -> bool:
    """Whether a run of capitals after "a" or "an" (its caller sees the
    article), with no role and opening with no given name, stands before a
    noun for a person, describing them, no one's name: "a Pacific Islander
    woman" ("an Ana Ruiz supporter" names Ruiz)."""
    if role:
        return False
    m = _WORD_AFTER.match(text, end)
    return m is not None and is_speaker_noun(m.group(1)) and not is_given_name(raw.split()[0])
