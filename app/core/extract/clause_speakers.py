"""The speaker of the clause a quote stands in: its subject, when that is a
person, an organization, a pronoun for a person or a description of one
(`Ruiz gave the crew "..."`, `for her to "..."`, `a plan Vesk framed as
"..."`). `AroundQuote` (around_quote.py) asks it of a quote with no tag.
"""

from __future__ import annotations

import re

from app.core.extract.clauses import main_subject, subject_before
from app.core.extract.name_runs import name_pieces
from app.core.extract.referents import PRONOUNS, Referents, Speaker, inside, lead_in
from app.core.extract.sentences import sentence_start
from app.core.extract.subject_bounds import (
    CLAUSE_JOIN,
    EMPTY_SUBJECT_FOR,
    REASON_OPENING,
    naming_verb,
)


class ClauseSpeakers(Referents):
    """Finds the speaker a quote's own clause gives by its subject."""

    def clause_subject(self, start: int, line_start: int) -> Speaker | None:
        """The subject of the clause a quote stands in, when it is a person
        or organization, a pronoun for a person or a description of one:
        `Ruiz gave the crew "..."`, `..., while Ana Ruiz, a nurse, hoped the
        board would "..."`, `the Union was rallying parents behind "..."`.
        A quote in a sentence about someone is most often that someone's
        words; a subject that names no one (a place, a possessive, "the
        plan") gives no speaker."""
        text = self.text
        s = sentence_start(text, line_start, start)
        if not text[s:start].strip():
            return None  # the quote opens its sentence: no subject before it
        joins = [m.end() for m in CLAUSE_JOIN.finditer(text, s, start)]
        at = joins[-1] if joins else s
        # "That's why he wanted to "...": the clause after "why" has the subject.
        reason = REASON_OPENING.match(text, at, start)
        if (empty := EMPTY_SUBJECT_FOR.match(text, at, start)) is not None:
            if (gender := _OBJECT_GENDER.get(empty.group(1))) is not None:  # "for her to"
                return self._entity_speaker(self.antecedents.person(empty.start(1), gender))
            at = empty.start(1)  # "for Vesk to", "for the guild to": the subject there
        # `a plan Vesk framed as "`: who calls it so, not the sentence's subject.
        verb = naming_verb(text, at, start)
        subj = subject_before(text, at, _before_auxiliaries(text, at, verb)) if verb else None
        if subj is not None and (
            not _AUXILIARIES.issuperset(text[subj.end : verb].split())
            or text[subj.end - 2 : subj.end] in ("'s", "\u2019s")
        ):
            subj = None  # (`Trump's comments as "`: a noun, no verb)
        subj = subj or main_subject(text, reason.end() if reason else at, start)
        if subj is None or inside(subj.start, self.spans):
            return None
        if subj.kind == "pronoun":
            word = text[subj.start : subj.end].lower()
            return (
                self.resolve_phrase(subj.start, subj.end, subj.start) if word in PRONOUNS else None
            )
        if subj.kind == "noun":
            # "The radio host said the plan was "...": a description, as
            # written or resolved, over no speaker at all.
            return self.speaker_of(subj, start)
        if subj.kind != "name":
            return None
        # The head of the subject is its last name: "Former Vesk speechwriter
        # Ana Ruiz" is Ruiz, the name before her role only modifies it.
        for ms, me in reversed(list(name_pieces(text, subj.start, subj.end))):
            parsed = self.cast.parse(text[ms:me], lead_in(text, ms))
            if parsed is None or parsed.possessive or parsed.kind not in ("person", "bare"):
                continue
            entity = self.cast.resolve_name(parsed, ms)
            if entity is not None:
                return self._entity_speaker(entity)
            initials = text[ms:me].removeprefix("The ")
            if initials.isupper() and 1 < len(initials) < 7 and " " not in initials:
                return initials, ""  # "The QFA lists "...": a body by its initials
        return None

    def main_clause_subject(
        self, line_start: int, start: int, prev_end: int, prev_name: str | None
    ) -> Speaker | None:
        """The named subject of the main clause a quote stands in after an
        opening clause that ends with the last quote (`While Vesk calls it
        "...," Dana Roe fixates on the "..." line`), when it is someone else:
        the main clause's subject, not the opening clause's speaker, says
        the words."""
        text = self.text
        if "," not in text[prev_end - 1 : prev_end + 3]:
            return None  # the last quote does not end a clause
        s = sentence_start(text, line_start, prev_end)
        if _SUBORDINATE_OPENING.match(text, s, prev_end) is None:
            return None  # the last quote is not in a clause opening the sentence
        m = _NAMED_CLAUSE.match(text, prev_end + 1, start - 1)
        if m is None:
            return None
        own = self.clause_subject(start - 1, prev_end + 1)
        if own is None or not own[0] or own[0] == prev_name:
            return None
        # The subject opens the clause: a name its speaker's name ends with,
        # `Dana Roe` or `Roe` (not a word the clause goes on to, `clearly`).
        return own if own[0].split()[-1] == m.group(1).split()[-1] else None


_OBJECT_GENDER = {"him": "m", "her": "f"}
# A sentence opening with a subordinate clause, no comma up to the quote
# that ends it (`While Vesk calls it "...,"`).
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:While|Whereas|Although|Though|Even though|When|Whenever|After|Before|As|Since|If|Because)"
    r"[ \t][^,;:.!?\"\u201c\u201d]*[\"\u201c]"
)
# After a quote closing a clause: a name, then the clause's own words in
# lower case, up to the next mark, in one sentence (`," Dana Roe fixates on
# the "`; not `," Roe "` where the name opens the quoted words' clause).
_NAMED_CLAUSE = re.compile(
    r"[,\s]*((?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}?)[a-z][^.!?;:\"\u201c\u201d]*[ \t]$"
)
# Words between a subject and its verb: `that Vesk has since pitched as "`.
_AUXILIARIES = frozenset("has had have will would once also since often repeatedly".split())


# The words of _AUXILIARIES right before a verb (`has since `).
_AUXILIARY_RUN = re.compile(rf"(?:(?<![\w'\u2019])(?:{'|'.join(_AUXILIARIES)})[ \t]+)+$")


def _before_auxiliaries(text: str, lo: int, verb: int) -> int:
    """Where the auxiliaries and adverbs right before the verb at `verb`
    start (`which Vesk has since framed as "`: at "has"), for the subject
    before them."""
    m = _AUXILIARY_RUN.search(text, max(lo, verb - 40), verb)
    return m.start() if m is not None else verb
