"""What a day is the day of: the name it is said of with the word of what
happens there ("varnby caucus"), as claims.ValueContext.marks holds it for
days (rules.one_event: two days marked alike are one event's)."""

from __future__ import annotations

import re

from app.core.corroborate.quantities import MONTHS
from app.core.corroborate.text import Token
from app.core.corroborate.times import WEEKDAYS

EVENT_REACH = 3  # content words each side of a day that may say what it is the day of

_ON_NAME = re.compile(r",\s*(?:where|which)\b")  # a relative clause on the name before it
# The place an event named right after a day is held in ("the Feb. 7 caucuses in Varnby").
# A day labelling what follows it: after "the", a word or two between
# ("the delegate-packed April 19 Varnby primary"), or after an owner.
_LABEL = re.compile(r"(?:\bthe(?:\s+[\w-]+){0,2}|'s)\s+$", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?$")


def day_marks(
    text: str, before: list[Token], after: list[Token], heads: set[int], end: int, start: int = -1
) -> frozenset[str]:
    """What a value is said to be of, as "name word" terms, the name being
    the one it is said of (the last before it, as `ValueContext.subject`):
    that name with the lower-case word written right after it, that word
    close to the value ("varnby caucus": "the Varnby caucuses start it Feb.
    1"), or, when the name itself is close, with the lower-case word
    written right next to the value ("Varnby's Feb. 7 caucuses", "Varnby
    caucuses on Feb. 1"), or, when a short relative clause is set on the
    name, with the word right before the value ("Varnby, where voters go
    to caucuses Feb. 7"). Close is within `EVENT_REACH` content words: a
    name farther off is often another thing's ("Ostrava and a host of towns
    that vote March 1"). Months and weekdays are skipped (part of a day, or
    another day)."""
    before = [t for t in before if t.word not in MONTHS and t.word not in WEEKDAYS]
    after = [t for t in after if t.word not in MONTHS and t.word not in WEEKDAYS]
    held = _held_in(text, after, heads, end, start)
    subject = next((t for t in reversed(before) if t.start in heads), None)
    if subject is None:
        return held
    near = before[-EVENT_REACH:]
    marks = {
        f"{t.lemma} {nxt.lemma}"
        for t, nxt in zip(before, before[1:], strict=False)
        if t is subject and nxt in near and not nxt.name and nxt.start - t.end <= 3
    }
    if subject in near:
        marks |= {f"{subject.lemma} {t.lemma}" for t in after[:1] + before[-1:] if not t.name}
    # A short relative clause on the name says what happens there, the
    # word right before the day ("Varnby, where voters go to caucuses Feb. 7").
    rest = before[before.index(subject) + 1 :] if subject in before else []
    if rest and len(rest) <= EVENT_REACH and _ON_NAME.match(text, subject.end):
        if not rest[-1].name:
            marks.add(f"{subject.lemma} {rest[-1].lemma}")
    return frozenset(marks) | held


def _held_in(
    text: str, after: list[Token], heads: set[int], end: int, start: int = -1
) -> frozenset[str]:
    """The mark of a day written right before the word of its event, that
    event's place named right after ("the Feb. 7 caucuses in Varnby" ->
    "varnby caucus", as "Varnby's Feb. 7 caucuses" is marked), or right
    before that place's name and the word ("the Feb. 7 Varnby caucuses");
    empty otherwise."""
    if len(after) < 2 or text[end : after[0].start].strip(" ,"):
        return frozenset()
    if after[0].name:
        labelled = start >= 0 and _LABEL.search(text, max(0, start - 40), start)
        return _named_after(text, after, heads) if labelled else frozenset()
    event, k = after[0], 1
    if not _IN_PLACE.fullmatch(text, event.end, after[1].start):
        return frozenset()
    # The name's last word, as a subject is named ("New York" -> "york").
    while k + 1 < len(after) and after[k + 1].name and after[k + 1].start - after[k].end <= 1:
        k += 1
    place = after[k]
    if not place.name or place.start not in heads:
        return frozenset()
    return frozenset((f"{place.lemma} {event.lemma}",))


def _named_after(text: str, after: list[Token], heads: set[int]) -> frozenset[str]:
    """The mark of a day written right before a name and the lower-case
    word of an event right after it ("the Feb. 7 Varnby caucuses" ->
    "varnby caucus"); empty when no such word follows the name."""
    k = 0
    while k + 1 < len(after) and after[k + 1].name and after[k + 1].start - after[k].end <= 1:
        k += 1
    place = after[k]
    if k + 1 >= len(after) or place.start not in heads:
        return frozenset()
    event = after[k + 1]
    if event.name or text[place.end : event.start] != " ":
        return frozenset()
    return frozenset((f"{place.lemma} {event.lemma}",))
