"""Whose words a quote is when its sentence gives them as someone's call,
promise or claim: `his call for "..."`, `Ruiz's "..." pledge`, `the claim
by Ana Ruiz that it was "..."`, `in the words of Ana Ruiz, "..."`, `a plan
seen by Ruiz as "..."`. `AroundQuote` (around_quote.py) builds on it.
"""

from __future__ import annotations

import re

from app.core.extract.clause_speakers import ClauseSpeakers
from app.core.extract.referents import PRONOUNS, Speaker
from app.core.extract.sentences import sentence_start

# Up to four capitalized words: the name owning a quote's words below.
_CAPITALIZED_RUN = r"[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3}"
# Nouns for what someone said, and a possessor before one right ahead of a
# quote (`his call for a "..."`, `Ruiz's promise to be "..."`); not when
# someone else names the words "as" something (`played down Ruiz's remarks
# as "..."`).
_SAYING_NOUNS = (
    "call|calls|promise|promises|pledge|pledges|claim|claims|warning|warnings|vow|vows|"
    "remark|remarks|comment|comments|words|assertion|assertions|suggestion|demand|demands|"
    "plea|insistence|characterization|statement|statements|description|vision|"
    "charge|charges|accusation|accusations|allegation|allegations|argument|arguments|"
    "contention|complaint|complaints|criticism|assessment|prediction|predictions|"
    "threat|threats|admission|denial|declaration|boast|quip|joke|"
    "view|views|position|belief|beliefs|answer|reply|response|verdict|telling|opinion|estimation|"
    "advice"
)
# Nouns for words someone owns and repeats (`Vesk's catch phrase was that`,
# `her "..." mantra`), only after their owner.
_OWNED_SAYING = (
    f"{_SAYING_NOUNS}|"
    "phrase|catchphrase|mantra|refrain|motto|line|lines|pitch|retort|explanation|excuse"
)
_POSSESSOR = re.compile(
    rf"(?:\b([Hh]is|[Hh]er)|\b({_CAPITALIZED_RUN})['\u2019]s?)[ \t]+"
    rf"(?:[A-Za-z][\w-]*[ \t]+){{0,2}}(?:{_OWNED_SAYING})\b(?![ \t]+as\b)"
    r"[^.!?;\"\u201c\u201d]{0,60}$"
)
# "To her," or "For Ana Ruiz," opening the quote's sentence: whose view it is.
_FOR_WHOM = re.compile(rf"\s*(?:To|For)[ \t]+(?:(him|her)|({_CAPITALIZED_RUN})),[ \t]")
# A name owning the quote right before its opening mark, and a noun of
# saying right after its closing one: `Vesk's "no new taxes" pledge`.
_OWNER_BEFORE_MARK = re.compile(rf"\b({_CAPITALIZED_RUN})['\u2019]s?[ \t]+$")
_SAYING_AFTER_MARK = re.compile(rf"[ \t]+(?:{_OWNED_SAYING})\b")
# The same with the owner after the noun and a clause of what was said:
# `the contention of former mayor Ana Ruiz that ... "..."`, `a report by
# the Quillon Ledger that he "..."` (not `charges of fraud against Ruiz that`).
_OWNER_AFTER = re.compile(
    rf"\b(?:{_SAYING_NOUNS}|report|reports)[ \t]+(?:of|by|from)[ \t]+"
    r"(?:(?!(?:against|about|over|for|to|with|on|in|at|by|from|that|which|who)\b)[a-z][\w-]*[ \t]+){0,4}"
    rf"((?:the[ \t]+)?{_CAPITALIZED_RUN})"
    r"(?:,[^,.;\"\u201c\u201d]{1,60},)?(?:[ \t]+that\b[^.!?;\"\u201c\u201d]{0,120}|[ \t]*:[ \t]*)$"
)
# Whose words follow: `in the words of Ana Ruiz, "`, `In the words of Ana Ruiz, it is "`.
_WORDS_OF = re.compile(
    rf"\b[Ii]n[ \t]+(?:the[ \t]+)?words[ \t]+of[ \t]+({_CAPITALIZED_RUN})"
    r"(?:,[^.!?;\"\u201c\u201d]*)?$"
)
# The agent of a passive that names something as the quote does: `an
# option seen by organizers as a "..."`, `a plan viewed by Ana Ruiz as "..."`.
_AGENT_AS = re.compile(
    r"\b(?:seen|viewed|regarded|described|labeled|labelled|branded|derided|dismissed|hailed)"
    r"[ \t]+by[ \t]+((?:[\w.\-\u2019']+[ \t]+){0,4}?[\w.\-]+)[ \t]+as\b[^.!?;,\"\u201c\u201d]{0,40}$"
)


class QuoteOwners(ClauseSpeakers):
    """Finds the owner of the words a quote is given as."""

    def possessor(self, start: int, line_start: int, close: int = -1) -> Speaker | None:
        """Whose words a quote is when its sentence gives them as someone's
        call, promise or claim just before it: `his call for "..."`,
        `Ruiz's promise to be "..."`, `Ruiz's "..." pledge` (`close`: the
        closing mark, if any), or its owner comes after it (`the claim by
        Ana Ruiz that it was "..."`, `a plan seen by Ruiz as "..."`); None
        when nothing like that is there."""
        text = self.text
        s = sentence_start(text, line_start, start)
        if close > 0 and _SAYING_AFTER_MARK.match(text, close + 1):
            owner = _OWNER_BEFORE_MARK.search(text, max(s, start - 60), start)
            found = (
                self.resolve_phrase(owner.start(1), owner.end(1), owner.start(1)) if owner else None
            )
            if found is not None:
                return found
        m = _POSSESSOR.search(text, max(s, start - 160), start) or _FOR_WHOM.match(text, s, start)
        if m is None:
            return self._owner_after(max(s, start - 240), start)
        if m.group(1):
            gender = PRONOUNS["he" if m.group(1).lower() in ("his", "him") else "she"]
            return self._entity_speaker(self.antecedents.person(m.start(1), gender))
        parsed = self.cast.parse(m.group(2))
        if parsed is None or parsed.kind == "place":
            return None
        entity = self.cast.resolve_name(parsed, m.start(2))
        if entity is not None:
            return self._entity_speaker(entity)
        return " ".join(parsed.name), " ".join(parsed.role)

    def _owner_after(self, lo: int, start: int) -> Speaker | None:
        """The name after a noun of saying whose clause holds the quote
        (`the claim by Ana Ruiz that it was "..."`, `in the words of Ana
        Ruiz, "..."`), resolved; None if none."""
        m = (
            _OWNER_AFTER.search(self.text, lo, start)
            or _AGENT_AS.search(self.text, lo, start)
            or _WORDS_OF.search(self.text, lo, start)
        )
        if m is None:
            return None
        return self.resolve_phrase(m.start(1), m.end(1), m.start(1))
