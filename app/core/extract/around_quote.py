"""Evidence for a quote's speaker that stands apart from its own tag: a
dash byline on the next line, a heading's name before a colon, the teller
of reported speech and the subject an infinitive hangs from, and the
sentence just before a quote that opens its sentence, and the main clause after
a quote in an opening phrase (attribution.py asks them in its order); whose
call, promise or claim a quote is, in quote_owners.py."""

from __future__ import annotations

import bisect
import re
from itertools import islice

from app.core.extract.clauses import Subject, is_speaker_noun, main_subject, subject_before
from app.core.extract.lexicon import DOC_NOUNS, JUDGING_VERBS, SPEECH_VERBS, TAG_VERBS
from app.core.extract.name_runs import name_pieces
from app.core.extract.quote_owners import QuoteOwners
from app.core.extract.referents import NOBODY, PRONOUNS, Speaker, inside
from app.core.extract.sentences import sentence_end, sentence_start
from app.core.extract.subject_bounds import CLAUSE_JOIN
from app.core.extract.tag_words import (
    ASKED_NAME,
    BYLINE_LINE,
    HEADING_DASH,
    REPORTING,
    SIGNATURE_LINE,
    TELLING,
    WORD,
    is_determiner,
    is_verb,
    word_triples,
)

# Prepositions a participle opening a sentence may follow: `In calling ...`.
_FRONTING = frozenset("in by after before while when since without on upon".split())
# Verbs of causing whose object does what the infinitive after it says:
# `prompted Ana Ruiz to declare`, `led the union to state`.
_CAUSING = frozenset(
    "prompted prompts prompting led leads leading moved moves forced forces caused causes "
    "spurred spurs compelled compels drove drives inspired inspires".split()
)
# The lower-case word right after a name: `Vesk supporters`.
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
# A digest's pointer to more of a source: `... all along -More from Ana Ruiz:`.
_MORE_FROM = re.compile(r"(?<!\w)More from[ \t]+")
# A sentence's first word before one of these is a verb telling the reader
# to do something ("Ask yourself:", "Tell me", "Warn them"), not a name.
_IMPERATIVE_OBJECT = re.compile(
    r"[A-Z][a-z]+[ \t]+(?:me|us|them|him|yourself|yourselves|ourselves|myself)\b"
)
# A pronoun's contraction opening a sentence ("They're", "We've") is that
# pronoun, not a name; "Here's Vesk in May:" names Vesk.
CONTRACTED = re.compile("(He|She|They|We|It|You|I)['\u2019](?:s|re|ve|ll|d|m)\\b")
HERE_IS = re.compile("(?:Here|There)['\u2019]s[ \t]+(?=[A-Z])")
# What a colon line may name as the text that follows: `Transcript as follows:`.
_TEXT_NOUNS = DOC_NOUNS | frozenset("transcript text excerpt release".split())
# The words such a line opens with: `Here is ...`, `Read the ...`, `Full text:`.
_TEXT_OPENERS = frozenset(
    "here read below see the a an full partial excerpt excerpts transcript text".split()
)
# A closing mark and a comma after it, if any: `"reckless" ,` or `"reckless,"`.
_CLOSE_COMMA = re.compile(r"[^\s,]?[ \t]*(,?)[ \t]*")


class AroundQuote(QuoteOwners):
    """The byline and sentence-before evidence of one article's quotes."""

    def asked(self, lo: int, hi: int, ref: int) -> Speaker | None:
        """ "X asked Ana Ruiz whether ...": who answers the question the
        sentence `text[lo:hi]` before a quote asks (the quote is the answer);
        "X asked her about it": whom "her" means."""
        m = ASKED_NAME.search(self.text, lo, hi)
        if m is not None and m[1].islower():
            gender = "m" if m[1].startswith("him") else "f"
            return self._entity_speaker(self.antecedents.person(m.start(1), gender))
        return self.resolve_phrase(m.start(1), m.end(1), ref) if m is not None else None

    def byline(self, lo: int, hi: int) -> Speaker | None:
        """Who a dash byline names (`" -- Ana Ruiz, a nurse`, `-- Ana Ruiz (@aruiz) May 9`)."""
        ends = [p for p in (self.text.find(",", lo, hi), self.text.find(" (", lo, hi)) if p > 0]
        return self.resolve_phrase(lo, min(ends, default=hi), lo)

    def next_line_byline(self, line_end: int) -> Speaker | None:
        """A paragraph that is only a dash and a name, right after the quote's,
        or a name and its affiliation closing a quote left open there."""
        m = BYLINE_LINE.match(self.text, line_end) or SIGNATURE_LINE.match(self.text, line_end)
        return self.byline(m.start(1), m.end(1)) if m is not None else None

    def after_heading(self, s: int, open_at: int) -> Speaker | None:
        """Who a heading gives the quote to: `TURNOUT WAS LOW - Ana Ruiz: "`,
        `Pollsters agree - Ana Ruiz: "`: a name alone between the last dash
        (or a "More from") and the colon."""
        dashes = list(HEADING_DASH.finditer(self.text, s, open_at))
        mores = list(_MORE_FROM.finditer(self.text, s, open_at))
        more = mores[-1] if mores else None
        if more is not None and (not dashes or more.start() > dashes[-1].start()):
            lo = more.end()  # `... all along -More from Ana Ruiz:`
        elif not dashes:
            return None
        else:
            lo = dashes[-1].end()
        hi = self.text.rfind(":", lo, open_at)
        words = self.text[lo:hi].split()
        if not 0 < len(words) <= 6 or not all(w[0].isupper() or w == "and" for w in words):
            return None
        found = self.speaker_of(Subject(lo, hi, "name"), open_at)
        return found if found and found != NOBODY else None

    def reporter(self, words, verb_i: int, s: int, ref: int) -> Speaker | None:
        """Who tells the reported speech holding the verb at `verb_i` ("Ruiz
        said Vesk called the plan "...""): Ruiz; None with no reporting verb
        with a named or pronoun subject before it, or when the verb leads
        the quote in (`Ruiz said, before Vesk chimed in: "`): Vesk's words."""
        if [w for w, _, _ in words[verb_i + 1 :]] in ([":"], ["in", ":"], ["back", ":"]):
            return None
        for j in range(verb_i - 1, -1, -1):
            w = words[j][0]
            if not (w[0].islower() and is_verb(w, REPORTING)) or inside(words[j][1], self.spans):
                continue
            if j > 0 and is_determiner(words[j - 1][0]):
                continue
            subj = subject_before(self.text, s, words[j][1]) or main_subject(
                self.text, s, words[j][1]
            )
            if subj is None or subj.kind not in ("name", "pronoun"):
                return None
            return self.speaker_of(subj, ref)
        return None

    def text_named(self, words, ref: int) -> Speaker | None:
        """Whose is the text a colon line of a few words names with no one
        in it (`Partial transcript as follows:`, `Read the statement
        below:`): the writer of the statement (or letter ...) the article
        spoke of, else the text as a source, as "the statement said" is."""
        if not 1 < len(words) <= 8 or words[0][0].lower() not in _TEXT_OPENERS:
            return None
        if any(w[:1].isupper() for w, _, _ in words[1:]):
            return None
        nouns = [w.lower().removesuffix("s") for w, _, _ in words]
        noun = next((n for n in reversed(nouns) if n in _TEXT_NOUNS), None)
        if noun is None or any(is_verb(w, SPEECH_VERBS) for w in nouns):
            return None
        return self._author(noun, ref) if noun in DOC_NOUNS else (noun, "")

    def after_fronted(self, words, verb_i: int, ref: int) -> Speaker | None:
        """`In calling the plan "reckless," the mayor broke with ...`: a
        participle opening the sentence (after at most a preposition), whose
        phrase the quote closes with a comma, makes the words those of the
        main clause's subject right after it."""
        if not (verb_i < len(words) and words[verb_i][0].endswith("ing")) or verb_i > 1:
            return None
        if verb_i and words[0][0].lower() not in _FRONTING:
            return None
        end = next((e for b, e in self.spans if b == ref + 1), None)
        after = _CLOSE_COMMA.match(self.text, end) if end else None
        if after is None or not (self.text[end - 1] == "," or after.group(1)):
            return None
        line_end = self.text.find("\n", after.end())
        hi = sentence_end(self.text, after.end(), line_end if line_end >= 0 else len(self.text))
        subj = main_subject(self.text, after.end(), hi)
        if subj is None or subj.start != after.end():
            return None
        return self.speaker_of(subj, ref)

    def subject_speaker(self, subj: Subject, verb_start: int, ref: int) -> Speaker | None:
        """Who the subject `subj` of the verb at `verb_start` names; a "he"
        or "she" never the person the rest of its clause names before the
        quote at `ref` ("He called Vesk "...": not Vesk, whoever else)."""
        if subj.kind == "name" and _IMPERATIVE_OBJECT.match(self.text, subj.start):
            return None  # "Ask yourself: ... the "enemy"": no one named
        if subj.kind != "noun" and (m := CONTRACTED.match(self.text, subj.start, subj.end)):
            subj = Subject(subj.start, m.end(1), "pronoun")
        elif subj.kind == "name" and (m := HERE_IS.match(self.text, subj.start, subj.end)):
            subj = Subject(m.end(), subj.end, "name")
        speaker = self.speaker_of(subj, ref)
        gender = PRONOUNS.get(self.text[subj.start : subj.end].lower())
        if speaker is None or gender is None:
            return speaker
        for ms, me in name_pieces(self.text, verb_start, ref):
            parsed = self.cast.parse(self.text[ms:me])
            after = _WORD_AFTER.match(self.text, me)
            if parsed is None or parsed.possessive or (after and is_speaker_noun(after[1])):
                continue  # "Vesk's plan", "Vesk supporters": not Vesk himself
            named = self.cast.resolve_name(parsed, ms)
            if named is not None and named.name == speaker[0] and not inside(ms, self.spans):
                return self._entity_speaker(self.antecedents.person(ref, gender, named))
        return speaker

    def infinitive_subject(self, words, verb_i: int, s: int) -> Subject | None:
        """The person subject of the verb an infinitive at `verb_i` hangs
        from, a few words back: "with Ruiz taking to the radio to call it";
        after a verb of causing, its object: "The ruling prompted Ana Ruiz
        to declare", "The vote led the union to state", past an aside and a
        verb of causing in it ("prompted Ruiz, who leads the guild, to say")."""
        back = range(verb_i - 2, max(-1, verb_i - 20), -1)
        causes = [k for k in back if words[k][0] in _CAUSING]
        for cause in causes:
            lo, to = words[cause][2], words[verb_i - 1][1]
            subj = subject_before(self.text, lo, to)
            if subj is None and self.text[lo:to].rstrip().endswith(","):
                subj = subject_before(self.text, lo, self.text.find(",", lo, to))
            if subj is not None or cause == causes[-1]:
                return subj
        late, ends = words[max(0, verb_i - 7) : verb_i - 1], ("ing", "ed")
        gov = next((ws for w, ws, _ in reversed(late) if w.islower() and w.endswith(ends)), None)
        subj = subject_before(self.text, s, gov) if gov is not None else None
        return subj if subj is not None and subj.kind in ("name", "pronoun") else None

    def sentence_before(
        self, open_at: int, line_start: int, inside_sentence: bool = False
    ) -> Speaker | None:
        """`Ana Ruiz agreed. "..."`: a quote opening its sentence after one
        that ends with a speech verb ("X said in a statement.", "X told
        reporters Monday."), in the same paragraph; or after one whose
        subject, a person or a description, speaks anywhere in it ("Ruiz
        recalled the night ... . "...", "The union argues that ... . "...")."""
        text = self.text
        s = sentence_start(text, line_start, open_at)
        if (text[s:open_at].strip() and not inside_sentence) or s <= line_start:
            return None
        head_end = line_start + len(text[line_start:s].rstrip())
        if text[head_end - 1] not in ".:":
            return None
        start = sentence_start(text, line_start, head_end - 1)
        words = list(WORD.finditer(text, start, head_end))
        verb = next(
            (
                w
                for w in reversed(words[-6:])
                if w.group()[0].islower() and is_verb(w.group(), TAG_VERBS)
            ),
            None,
        )
        if verb is not None and verb.group() in ("asked", "asks"):
            asked = self.asked(start, head_end, open_at)  # "X asked Y about it. "...": Y
            if asked is not None:
                return asked
        if verb is not None and {'"', "\u201d"} & set(text[verb.start() - 3 : verb.start()]):
            return self.resolve_phrase(verb.end(), head_end - 1, open_at)  # `," wrote X.`
        if verb is not None:
            # "Sen. X (R-Tex.), a candidate who ..., tweeted a warning.": past
            # a long aside, the sentence's own subject.
            subj = subject_before(text, start, verb.start()) or _person_subject(
                text, start, verb.start()
            )
            return self.speaker_of(subj, open_at) if subj is not None else None
        prev = ""
        for w in words:
            word = w.group()
            if (
                word[0].islower()
                and (
                    is_verb(word, SPEECH_VERBS)
                    or is_verb(word, TELLING)
                    or is_verb(word, JUDGING_VERBS)
                )
                and not is_determiner(prev)
                and not inside(w.start(), self.spans)  # a verb inside a quote says nothing
            ):
                if word in ("asked", "asks"):
                    asked = self.asked(start, head_end, open_at)
                    if asked is not None:
                        return asked
                subj = subject_before(text, start, w.start())
                if subj is None and prev in ("and", "but"):
                    # "X seemed taken aback and mentioned that ...": X.
                    subj = _person_subject(text, start, w.start())
                if subj is None:
                    return None
                return self.speaker_of(subj, open_at)
            prev = word
        tail = [w.group().rstrip(".:").lower() for w in words[-4:]]
        if tail and tail[-1] in _WORDS_NOUNS and ("a" in tail or "an" in tail):
            # "Vesk had a blunt answer." / "Ruiz offered a warning.": the
            # person whose words the sentence announces speaks next ("Ruiz
            # ignored the warning." announces no words of hers).
            subj = _person_subject(text, start, words[-1].start())
            if subj is not None and subj.kind == "name":
                return self.speaker_of(subj, open_at)
        return None

    def first_verb_subject(
        self, before: list[tuple[str, int, int]], s: int, verb_start: int
    ) -> Subject | None:
        """The subject of the first of two verbs joined by "and" ("Ruiz said
        she was done and added"), the second at `verb_start`, `before` the
        words from `s` up to the "and"; also when a quote before stands
        between (`with Ruiz tweeting it was a "..." for Vesk and asking, "`):
        the sentence from its start. Not past a clause joined with a comma
        ("rabbis called for it, and the League denounced it and said"): that
        clause's subject says it. None when neither is found."""
        text = self.text
        opens = sentence_start(text, text.rfind("\n", 0, s) + 1, s)
        if opens < s:
            before = word_triples(WORD.finditer(text, opens, s)) + before
        joins = [m.end() for m in CLAUSE_JOIN.finditer(text, min(s, opens), verb_start)]
        clause = joins[-1] if joins else -1
        first = next(
            (
                ws
                for w, ws, _ in reversed(before)
                if ws >= clause
                and w[0].islower()
                and is_verb(w, SPEECH_VERBS)
                and not inside(ws, self.spans)
            ),
            None,
        )
        if first is not None:
            return subject_before(text, min(s, opens), first)
        return main_subject(text, clause, verb_start) if clause > s else None

    def passage_person(self, open_at: int) -> Speaker | None:
        """Who the passage before `open_at` is about: the person subject of
        the sentences before (a pronoun subject followed back), else the last
        speaker of the paragraph before; None when neither is found."""
        return self._entity_speaker(self.antecedents.subject_person(open_at))

    def _is_person(self, lo: int, hi: int) -> bool:
        """Whether `text[lo:hi]` reads as a person's name."""
        parsed = self.cast.parse(self.text[lo:hi])
        return parsed is not None and parsed.kind == "person"

    def main_clause_after(self, start: int, end: int, line_end: int) -> Speaker | None:
        """`From Vesk's "..." to his plan, Ruiz described him as ...`: a quote
        in a phrase opening its sentence with a preposition, whose main clause
        after the comma has a person and a verb of saying or judging."""
        text = self.text
        line = text.rfind("\n", 0, start) + 1
        # (Most quotes fail a cheap test first: the words after the last stop.)
        last = max(text.rfind(". ", line, start), text.rfind("? ", line, start))
        if not text.startswith(_OPENING_WORDS, last + 2 if last >= 0 else line):
            return None
        s = sentence_start(text, line, start - 1)
        head = text[s : start - 1].lstrip()
        if not head.startswith(_OPENING_WORDS) or any(c in head for c in ",;:!?"):
            return None
        stop = sentence_end(text, end + 1, line_end)
        comma = text.find(",", end + 1, stop)
        while comma >= 0 and text.find(";", end + 1, comma) < 0:
            words = word_triples(islice(WORD.finditer(text, comma + 1, stop), 5))
            k = next((n for n, w in enumerate(words) if not w[0][0].isupper()), len(words))
            if 0 < k < len(words) and is_verb(words[k][0], SPEECH_VERBS | JUDGING_VERBS):
                subj = Subject(words[0][1], words[k - 1][2], "name")
                i = bisect.bisect_left(self.cast.positions, subj.start)
                mentions = self.cast.mentions
                if i < len(mentions) and mentions[i].pos < subj.end:
                    person = mentions[i].entity.kind == "person"
                    return self.speaker_of(subj, start) if person else None
            comma = text.find(",", comma + 1, stop)
        return None

    def so_said(self, lo: int, hi: int, start: int) -> Speaker | None:
        """`"...." So said Ana Ruiz.`: the sentence after a quote names its
        speaker after "So" or "Thus" and a tag verb; None otherwise."""
        first = WORD.search(self.text, lo, hi)
        if first is None or first.group() not in ("So", "Thus"):
            return None  # most sentences after a quote: read no further
        words = word_triples(islice(WORD.finditer(self.text, lo, hi), 12))
        if (
            len(words) < 3
            or words[0][0] not in ("So", "Thus")
            or not is_verb(words[1][0], TAG_VERBS)
        ):
            return None
        return self._phrase_after(words, 2, start)


# A phrase opening a sentence with a preposition, up to a quote's mark.
_OPENING_WORDS = ("From ", "Despite ", "Beyond ", "Besides ", "Unlike ", "Amid ", "Aside from ")
# Nouns for what someone says, closing the sentence before a quote.
_WORDS_NOUNS = frozenset(
    "answer reply response retort message warning verdict advice explanation prediction".split()
)


def _person_subject(text: str, start: int, verb_start: int) -> Subject | None:
    """The sentence's own subject when it names a person or a pronoun."""
    subj = main_subject(text, start, verb_start)
    return subj if subj is not None and subj.kind in ("name", "pronoun") else None


# A capitalized pronoun opening what follows a quote's closing mark.
_PRONOUN_OPENS = re.compile(r"[\"'\u201d\u2019]?[ \t]+(?:He|She|They|We|I)\b")
_CAPITAL_OPENS = re.compile(r"[\"'\u201d\u2019]?[ \t]+[A-Z]")
_SAYING_LEAD_IN = re.compile(
    r"\b(?:telling|saying|asking|writing|adding|told|asked|wrote|added|said|says)"
    r"(?:[ \t]+(?:him|her|them|me|us|reporters))?[ \t]*[,:][ \t]*$"
)


def new_sentence_after(text: str, start: int, end: int) -> bool:
    """Whether the quote `text[start:end]`, led in by its own sentence (a
    comma or colon before its opening mark) and ending in "!" or "?", is
    followed by a new sentence, not a tag: `telling her, "...!" She replied
    ...` (a tag's pronoun after "!" or "?" is lower-case: `"...?" she asked`)."""
    if text[end - 1 : end] not in ("!", "?"):
        return False
    if not _PRONOUN_OPENS.match(text, end):
        # `telling her, "...!" Venn replied`: a quote its lead-in's verb of
        # saying already tags takes no second tag after it.
        return _CAPITAL_OPENS.match(text, end) is not None and bool(
            _SAYING_LEAD_IN.search(text, max(0, start - 40), start - 1)
        )
    return text[max(0, start - 6) : start - 1].rstrip().endswith((",", ":"))
