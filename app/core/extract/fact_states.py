"""What "the state" of a fact stands for (`fact_referents` asks).

"the state" in a sentence that names no US state is the state the article
named last before it: cited "[Velmaria]" ("[Velmaria]'s delegates", "the
[Velmaria] state party") when the sentences before name one state only,
else the fact is not offered; as the subject ("the state declared ...",
"the state's budget") it is named only when the article named that one
state and no other before it. A state named in one person's title
("Velmaria Gov. Dana Roe", "Roe (D-Velmaria)") tells who the person is, not
where the story is, and is not counted.

US state names come from the published list `corroborate/us_states.txt`
(USPS Publication 28; its header gives the source and licence)."""

from __future__ import annotations

import re

from app.core.corroborate.us_states import us_states
from app.core.extract.fact_names import Edit
from app.core.extract.fact_phrases import NP_ENDS, VERBISH, is_verb


def _state_names() -> list[str]:
    """The names of the US states, from the published list (its first
    column), longest first so that "West Velmaria" wins over "Velmaria"."""
    names = [name for name, _, _ in us_states() if name != "District of Columbia"]
    return sorted(names, key=len, reverse=True)


_STATES = _state_names()
# A state's name as a whole word ("Velmaria Democrats" names the state too).
_STATE = re.compile(rf"\b({'|'.join(map(re.escape, _STATES))})\b")
# "the state", "the state's" as a noun or as a word before one ("the state
# party"); "the State Department", "the state of Velmaria" say which.
_THE_STATE = re.compile(r"\b[Tt]he state(?=['\u2019]s\b|[ ,.;:)])(?! of\b)")
# Words after "the state" that say which one by a clause or a name.
_SAYS_WHICH = frozenset("that which where who whose".split())
# "Washington" names the capital's government as often as the state.
_AMBIGUOUS = frozenset(("Washington",))
# Words after "the state" that are no noun it describes ("in the state over the next month").
_NOT_NOUNS = NP_ENDS | frozenset(
    "over across under ahead up down out around this last next".split()
)
# A state named in one person's title ("Velmaria Gov. Dana Roe", "the
# Velmaria senator", "Roe (D-Velmaria)") tells who the person is, not where
# the story is: "the state" after it is as often another.
_ROLE_AFTER = re.compile(
    r" (?:Gov|Sen|Rep|Lt)\.|['\u2019]?s? (?:[Gg]overnor|[Ss]enator|[Cc]ongress(?:wo)?man|[Rr]epresentative"
    r"|[Aa]ttorney [Gg]eneral)\b"
)
_PARTY = frozenset(("R-", "D-", "I-"))
# How far back the sentences that may name the state are read, and how far
# before the last state named another one makes the choice unsure.
_BACK, _NEAR = 3000, 400


def state_edits(
    text: str, start: int, sentence: str, subject: int, covered: set[int]
) -> list[Edit] | None:
    """The brackets naming each "the state" of the fact `sentence` (at
    `start` in `text`, its subject at word `subject`; `covered`: the
    offsets brackets name already), [] for none; None when a state it
    stands for cannot be named with confidence."""
    edits: list[Edit] = []
    for m in _THE_STATE.finditer(sentence):
        if start + m.start() in covered:
            continue  # named in brackets already
        is_subject = len(sentence[: m.start()].split()) == subject
        word = sentence[m.end() :].split(None, 1)[:1]
        if (
            word
            and sentence[m.end()] == " "
            and (
                word[0] in _SAYS_WHICH or sentence.startswith(("in which", "in whose"), m.end() + 1)
            )
        ):
            continue  # "the state where Roe campaigned": the clause says which ("in 2015": no)
        if _STATE.search(sentence):
            return []  # named in the sentence itself: no bracket needed
        # The subject ("the state declared ...") is the story's place: named
        # only when the article named that one state and no other before it.
        name = _only_state(text, start) if is_subject else _last_state(text, start)
        if name is None:
            return None
        at = start + m.start()
        verb = bool(word) and (is_verb(word[0].rstrip(",.;:")) or word[0] in VERBISH)
        if (
            word
            and word[0].isalpha()
            and word[0].islower()
            and word[0] not in _NOT_NOUNS
            and not verb
        ):
            # "the state party chairwoman": the state describes the noun after it.
            edits.append((at + 4, 0, f"[{name}] "))
        else:
            edits.append((at, m.end() - m.start(), f"[{name}]"))
    return edits


def _last_state(text: str, start: int) -> str | None:
    """The state the article names last before `start`, when no other state
    is named near it (within `_NEAR` characters before it); None
    when it names none, or the choice is unsure."""
    lo = max(0, start - _BACK)
    found = [
        (m.start(), m.group(1))
        for m in _STATE.finditer(text, lo, start)
        if not _ROLE_AFTER.match(text, m.end()) and text[m.start() - 2 : m.start()] not in _PARTY
    ]
    if not found:
        return None
    last_at, name = found[-1]
    if name in _AMBIGUOUS:
        return None
    others = {n for at, n in found if at >= last_at - _NEAR}
    return name if others == {name} else None


def _only_state(text: str, start: int) -> str | None:
    """The one state the article names before `start`; None when it names
    none, several, or one whose name is as often the capital's."""
    names = set(_STATE.findall(text, 0, start))
    if len(names) != 1 or not names.isdisjoint(_AMBIGUOUS):
        return None
    return names.pop()
