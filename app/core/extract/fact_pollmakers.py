"""The one poll an article names by its maker, for a fact that calls it
"the poll" or "the survey": "A Quillon University poll released Monday
shows Roe ahead. ... The poll found 52 percent ..." is cited "[The
Quillon University poll] found 52 percent ...", the journalist's
bracket. A poll is known by its maker: "a Quillon University poll" names
it (`fact_modified` leaves such a bracket, which it reads as a
description for other nouns, "a Quillon talk station").

Precision first, a wrong bracket being worse than a lost fact: every poll
or survey the article speaks of before the fact (outside its title line)
has that one maker, or none ("a new poll" may be the same one, but not
after the naming: then it may be another); none is spoken of as another
("another poll", "an earlier survey", "other polls", "a pollster"). When
the fact's time is left to its poll, `fact_pollnames` dates it.

General words of surveys only; none is taken from the articles.
"""

from __future__ import annotations

import re

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.fact_lexicon import CALENDAR
from app.core.extract.fact_names import per_text

_WORD = r"[A-Z][\w.'\u2019&/-]*"
# A maker's name: capitalized words, with the small words names hold
# ("Institute of Politics", "Velmar Post/Quarrow News").
_MAKER = rf"{_WORD}(?: (?:(?:of|for|and|the) )*{_WORD})*"
# A bracket naming a poll by its maker: "[The Quillon University poll]".
_MAKER_NAMED = re.compile(rf"\[[Tt]he (?:new )?(?P<maker>{_MAKER}) (?:[Pp]oll|[Ss]urvey)\]")
# A poll noun in running text (a title's "Poll" is no naming).
_POLL_NOUN = re.compile(r"(?:poll|survey)s?\b")  # (its word's start: tested apart)
# Words of a maker's name, and the small words between them
# ("Institute of Politics"); words describing a poll before its noun are
# no function words ("a Velmar Post national poll", not "atop the polls").
_NAME_WORD = re.compile(_WORD)
_JOINERS = frozenset("of for and the".split())
_FUNCTION = frozenset(
    "in the of a an to at on for by with from and or as than his her its their".split()
)
_DESCRIBING = re.compile(r"[a-z-]+")
# Its maker after it: "a poll by the Quillon Institute", "a poll of 800
# voters released Monday by Quillon College".
_MAKER_AFTER = re.compile(
    r"(?: of [\d,]+(?: [\w-]+){1,3})?,?(?: (?:conducted|released|commissioned|sponsored|taken)"
    rf"(?: [A-Za-z]+){{0,3}})? (?:by|from) (?:the )?({_MAKER})"
)
# No maker: "the poll", "the new survey"; "a poll", "a new survey".
_THE_BEFORE = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,2}$")
_UNNAMED = re.compile(r"\b[Aa] (?:[a-z-]+ ){0,2}$")
# Words before a poll noun that speak of another poll ("another poll",
# "an earlier survey", "other polls"; a "pollster" too).
_ANOTHER = re.compile(
    r"\b(?:[Aa]nother|[Ss]econd|[Ee]arlier|[Pp]revious|[Oo]ther|[Ss]eparate|[Ll]ast|[Pp]rior)"
    r"(?: [a-z-]+)? $"
)
# How far before the fact the poll must be named or spoken of last, as for
# `fact_antecedents`' namings: past that, the story may have moved on.
_NEAR = 2500
# A word ending a sentence inside what reads as a name: "Institute. The".
_STOP = re.compile(r"([A-Za-z][a-z]+)\. ")
# Initials with their stops: "U.S.", "D.C."
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# A sentence's first words, which a maker's name does not hold.
_SMALL = frozenset("The A An In On By For And According".split())
# The fact's words for the poll: "the poll", "the survey", "the new poll".
_THE_POLL = re.compile(r"[Tt]he (?:new )?(?:poll|survey)")


def maker_named(words: str) -> bool:
    """Whether the bracket `words` names a poll by its maker."""
    return words.endswith(("poll]", "survey]")) and _MAKER_NAMED.fullmatch(words) is not None


def one_maker(text: str, start: int, words: str) -> bool:
    """Whether the bracket `words` ("[The Quillon University poll]") names
    the one poll of the article before `start`."""
    m = _MAKER_NAMED.fullmatch(words)
    found = _naming(text, start) if m is not None else None
    return found is not None and found[0] == m.group("maker")


def one_poll(text: str, at: int, words: str, start: int) -> tuple[str, int] | None:
    """The name of the one poll of the article, as the article named it
    ("the Quillon University poll"), and where, for the fact's "the poll"
    (`words`, at `at`; the fact starts at `start`); None when there is no
    such poll, or another may be meant."""
    if _THE_POLL.fullmatch(words) is None:
        return None  # (most phrases: one match)
    found = _naming(text, start)
    if found is None:
        return None
    maker, noun, where = found
    return f"the {maker} {noun}", where


@per_text
def _naming(text: str, start: int) -> tuple[str, str, int] | None:
    """(maker, noun, where) of the one poll named before `start`, read as
    the module says; None when none or more than one may be meant.
    (Remembered: a fact's bracket is asked of in several rules.)"""
    lead = text.find("\n")  # (the title line names nothing)
    if text.find("poll", lead, start) < 0 and text.find("survey", lead, start) < 0:
        return None  # (most facts' articles: no poll before them)
    if text.find("ollster", lead, start) >= 0:
        return None  # a pollster: of another poll, maybe
    maker = noun = None
    where = last = -1
    for m in _POLL_NOUN.finditer(text, max(0, lead), start):
        at = m.start()
        if text[at - 1 : at].isalnum():
            continue  # (the end of a longer word is no poll noun)
        last = at
        if _ANOTHER.search(text, max(0, at - 30), at):
            return None  # "another poll", "an earlier survey"
        name = _maker_of(text, at, m.end())
        if name is None:
            if (
                maker is None
                and m.group()[-1] != "s"
                and _THE_BEFORE.search(text, max(0, at - 30), at)
            ):
                return None  # "the poll" before the naming: its running one, maybe another
            if maker is not None and _UNNAMED.search(text, max(0, at - 30), at):
                return None  # "a poll" after the naming: maybe another one
            continue
        if (maker is not None and name != maker) or name.endswith(("'s", "\u2019s")):
            return None  # (an owner's poll, "Velmar Research's poll": `fact_antecedents`)
        maker, where = name, at
        noun = noun or m.group().rstrip("s")
    if maker is None or noun is None or start - last > _NEAR:
        return None  # (not spoken of for long: the story may have moved on)
    return maker, noun, where


def _maker_of(text: str, at: int, end: int) -> str | None:
    """The maker the words around the poll noun at `at`-`end` name."""
    before = _maker_before(text, at)
    if before and (name := _name(before)):
        return name
    after = _MAKER_AFTER.match(text, end)
    return _name(after.group(1)) if after else None


def _maker_before(text: str, at: int) -> str:
    """The capitalized words just before the poll noun at `at`, up to two
    describing words between ("a Velmar Post national poll"): read word
    by word, back from the noun."""
    if text[at - 1 : at] != " ":
        return ""
    lo = max(0, at - 80)
    words = text[lo:at].split(" ")[:-1]
    if lo and text[lo - 1] != " ":
        words = words[1:]  # (a word cut by the window)
    i = len(words)
    for _ in range(2):
        if i and words[i - 1] not in _FUNCTION and _DESCRIBING.fullmatch(words[i - 1]):
            i -= 1
    j = i
    while j:
        w = words[j - 1]
        if _ends_sentence(w):
            break  # ("... said Dana Roe. A Quillon poll": the sentence before's)
        if _NAME_WORD.fullmatch(w) or (w in _JOINERS and j < i and j > 1):
            j -= 1
        else:
            break
    while j < i and words[j] in _JOINERS:
        j += 1
    return " ".join(words[j:i])


def _ends_sentence(word: str) -> bool:
    """Whether `word` ends a sentence: a stop after a word that is no
    abbreviation ("Roe.", not "Gov.", "U.S.")."""
    return (
        word.endswith(".")
        and word[:-1].lower() not in ABBREVIATIONS
        and _INITIALS.fullmatch(word) is None
    )


def _name(words: str) -> str | None:
    """The maker's name in `words`, read as a name before or after a poll
    noun: not across a sentence's stop, not a sentence's first words, not
    a month."""
    stop = _STOP.search(words)
    if stop and stop.group(1).lower() not in ABBREVIATIONS:
        # ("... by the Quillon Institute. The poll": a sentence's stop)
        words = words[: stop.end(1)]
    elif words.endswith(".") and words[words.rfind(" ") + 1 : -1].lower() not in ABBREVIATIONS:
        words = words[:-1]  # ("... by the Quillon Institute.")
    name = words.split()
    while name and name[0] in _SMALL:
        name = name[1:]  # ("A Quillon University poll": a sentence's first word)
    if not name or name[0].rstrip(".") in CALENDAR:
        return None  # ("a poll taken from Dec. 3": when, not whose)
    return " ".join(name)
