"""Facts: sentences outside quotes that state something checkable.

A fact is a checkable statement of what happened or what is. A sentence is
one when it carries a number, a date, a vote or a decision, or when a named
actor (or "The <noun>") did something, and when `fact_rules` finds no
opinion, hedge, prediction, direct speech, headline or boilerplate in it.
`fact_subjects` makes it stand alone: a pronoun subject is resolved in
square brackets in the fact's cited form, or the fact is not offered.

Spans are exact: `text[fact.start:fact.end]` is the sentence, less a
dateline or a leading "And"/"But".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from app.core.cancel import Stop, check
from app.core.extract.fact_announced import announces
from app.core.extract.fact_attributive import judged_as_one
from app.core.extract.fact_backtimes import counted_from_before
from app.core.extract.fact_captions import pictured, timeline_entry, told_with_no_time
from app.core.extract.fact_characterised import characterised
from app.core.extract.fact_described import STRIP
from app.core.extract.fact_evaluative import SUBJECTIVE
from app.core.extract.fact_factive import undated_factive
from app.core.extract.fact_headings import (
    cut_at_clock,
    heading_end,
    headline_line,
    letter_bracket,
    subtitle,
)
from app.core.extract.fact_lexicon import (
    DECISION_WORDS,
    MONTH_SHORT,
    MONTHS,
    NUMBER_WORDS,
    POLL_NOUNS,
    STUCK_ON,
    STUCK_OR_OWNED,
    TIME_NOUNS,
    WEEKDAYS,
)
from app.core.extract.fact_manner import WATCHED as MANNER_WATCHED
from app.core.extract.fact_manner import manner_judged
from app.core.extract.fact_markets import undated_price
from app.core.extract.fact_notes import writer_note
from app.core.extract.fact_ongoing import counted_so_far, undated_ongoing
from app.core.extract.fact_opinion import opinion_piece
from app.core.extract.fact_owners import owner_edit, unowned_possessive
from app.core.extract.fact_phrases import bare_noun_edits
from app.core.extract.fact_pointers import (
    undated_tally,
    unsourced_result,
    unsourced_share,
)
from app.core.extract.fact_polldates import undated_poll
from app.core.extract.fact_polls import unnamed_poll
from app.core.extract.fact_present import undated_joined
from app.core.extract.fact_pronouns import cited_form, object_edit
from app.core.extract.fact_reported import says_nothing
from app.core.extract.fact_restrictives import WATCHED as _RESTRICTED
from app.core.extract.fact_restrictives import figure_weighed
from app.core.extract.fact_rules import WATCHED, has_digit, rejection, unnamed_person
from app.core.extract.fact_samples import unnamed_sample
from app.core.extract.fact_stance import STANCE_WATCHED, stance
from app.core.extract.fact_standalone import stands_alone
from app.core.extract.fact_subjects import CONJUNCTIONS, fact_start, fact_subject
from app.core.extract.fact_surnames import object_surname_edits
from app.core.extract.fact_transcript import spoken_line
from app.core.extract.fact_unowned import WATCHED as UNOWNED_WATCHED
from app.core.extract.fact_unowned import unowned
from app.core.extract.fact_verdicts import WATCHED as VERDICT_WATCHED
from app.core.extract.fact_verdicts import verdict_noun
from app.core.extract.fact_voices import unnamed_voices
from app.core.extract.lexicon import PERSON_PRONOUNS
from app.core.extract.sentences import sentence_spans


@dataclass
class Fact:
    """A factual sentence `text[start:end]`; `cited` is how it is cited when
    that differs from the source's words (a subject resolved in brackets)."""

    start: int
    end: int
    cited: str | None = None

    def cited_text(self, text: str) -> str:
        """What a card shows and a memo cites."""
        return self.cited if self.cited is not None else text[self.start : self.end]


# Months and days, as written: "Nov. 19", "in November", "on Tuesday".
_MONTHS = MONTHS + [m + "." for m in MONTH_SHORT]
_DAYS = [*WEEKDAYS, "yesterday", "Yesterday"]
# Words of a sentence, as written (split at spaces, a comma or stop stuck
# on), that make it checkable: a decision, a number, a month or a day.
_CHECKABLE_TOKENS = frozenset(
    f + p
    for w in DECISION_WORDS
    | NUMBER_WORDS.difference(("one",))  # ("one of", "one account": no figure)
    for f in (w, w.capitalize())
    for p in STUCK_ON
) | frozenset(w + p for w in _MONTHS + _DAYS for p in STUCK_OR_OWNED)


def _ordinal_time(tokens: list[str]) -> bool:
    """Whether an ordinal and a noun of time say when: "first term", "second
    quarter"."""
    for i in range(len(tokens) - 1):
        if tokens[i] in _ORDINALS and tokens[i + 1].rstrip(",.;:") in TIME_NOUNS:
            return True
    return False


# First words of a byline or a credit line.
_BYLINE_WORDS = frozenset(
    f
    for w in "by photo photos reporting editing written updated published (ap [ap".split()
    for f in (w, w.capitalize(), w.upper(), w.title())
)
# A sentence that ends inside parentheses it did not open with: an entry of
# a list or a table ("Name (Last week: 2.)").
_LIST_ENTRY = re.compile(r"[^(]+\([^)]*\.\)$")
# The verb of an attribution left standing after its quote.
_SAID = frozenset(
    w + p
    for w in "said says told added wrote tweeted explained noted replied asked".split()
    for p in STUCK_ON
)
_ORDINALS = frozenset("first second third fourth fifth final last".split())
# A figure, a date, a vote or a decision: a sentence with none of these
# words and no digit is no fact.
_ANCHOR_TOKENS = _CHECKABLE_TOKENS | _ORDINALS
# Every word a rule looks for: found in one set operation per sentence.
# Words that let the rules for counts so far and undated polls skip a line
# without them ("has", "have"; a poll's noun).
_HAVE = frozenset(("has", "have"))
_STUDY_NOUNS = POLL_NOUNS | frozenset(
    f + p for w in ("study", "studies") for f in (w, w.capitalize()) for p in STUCK_ON
)
_WATCHED = (
    WATCHED
    | _CHECKABLE_TOKENS
    | STANCE_WATCHED
    | _ORDINALS
    | SUBJECTIVE
    | _HAVE
    | _STUDY_NOUNS
    | MANNER_WATCHED
    | UNOWNED_WATCHED
    | VERDICT_WATCHED
)
# First words that may move a fact's start: a leading "And", "But" (a
# dateline's all-capital city is tested apart).
_SHIFTERS = CONJUNCTIONS | frozenset(w + "," for w in CONJUNCTIONS)
_ENDS = frozenset(".\"'\u201d\u2019)")


def _attribution(tokens: list[str]) -> bool:
    """Whether a sentence holding a verb of speech, right after a quote,
    only says who said it: short, or "<name> said of ..."."""
    if len(tokens) <= 12:
        return True
    for i in range(1, min(4, len(tokens) - 1)):
        if tokens[i] in _SAID:
            return tokens[i + 1] == "of"
    return False


def find_facts(
    text: str,
    quotes: list[tuple[int, int]] | None = None,
    published: dt.date | None = None,
    stop: Stop | None = None,
) -> list[Fact]:
    """Every citable fact of `text` outside its quotes; pass the quote spans
    when already known, else they are found here. `published`, the source's
    date, dates "Tuesday" or "last week" in brackets (`fact_dates`); `stop`
    is asked before each sentence (app/core/cancel.py)."""
    return _scan(text, quotes, None, published, stop)


def sentence_verdicts(
    text: str, quotes: list[tuple[int, int]] | None = None, published: dt.date | None = None
) -> list[tuple[int, int, str, Fact | None]]:
    """(start, end, reason, fact) for every sentence of `text`, in order: the
    fact it gives, or None and the reason it gives none ("quoted", "no
    statement", "subject", or a rule of `fact_rules`). The bench counts these."""
    verdicts: list[tuple[int, int, str, Fact | None]] = []
    _scan(text, quotes, verdicts, published)
    return verdicts


def _scan(
    text: str,
    quotes: list[tuple[int, int]] | None,
    verdicts: list[tuple[int, int, str, Fact | None]] | None,
    published: dt.date | None = None,
    stop: Stop | None = None,
) -> list[Fact]:
    """The facts of `text`; with `verdicts`, also every sentence's verdict
    appended to it. Every test is a pure condition, so their order only
    changes the cost: the cheap ones that decide most sentences come first
    (a sentence inside a quote, a question, a few words are never split into
    words)."""
    if quotes is None:
        from app.core.extract.quotes import find_quotes

        quotes = [(q.start, q.end) for q in find_quotes(text)]
    quotes = sorted(quotes)
    starts = [s for s, _ in quotes]
    ends = [e for _, e in quotes]
    why = verdicts is not None
    letter = opinion_piece(text)  # a letter or a column: its writer's views
    facts: list[Fact] = []
    before: tuple[int, int] | None = None
    quoted = False
    carried: list[str | None] = [None]  # whom the sentence before was resolved to
    for span in sentence_spans(text):
        if stop is not None:  # (a call a sentence saved when no one can stop it)
            check(stop)
        a, b = span
        reason = ""
        after_quote = quoted
        i = bisect.bisect_left(starts, b)
        # A quote overlaps [a, b) when it starts before b and ends after a.
        quoted = i > 0 and ends[i - 1] >= a
        if quoted:
            reason = "quoted"
        elif text[b - 1] not in _ENDS or "." not in text[b - 3 : b] or text.count(" ", a, b) < 4:
            reason = "no statement"  # a heading, a question, an exclamation, a few words
        elif letter:
            reason = "opinion"
        else:
            sentence = text[a:b]
            tokens = sentence.split()
            digit = has_digit(sentence)
            if not (digit or why) and _ANCHOR_TOKENS.isdisjoint(tokens):
                # No figure, date, vote or decision (the test `_verdict`
                # asks after the fragments, asked here first when only the
                # facts are wanted: most sentences end here, and whether
                # they are also fragments matters only to their verdict). A
                # fact's start moved past a dateline or an "And" leaves it
                # fewer words, so none of these either.
                reason = "no statement"
            else:
                reason, fact = _verdict(
                    text,
                    a,
                    b,
                    sentence,
                    tokens,
                    digit,
                    before,
                    after_quote,
                    carried,
                    published,
                    why,
                )
                if fact is not None:
                    facts.append(fact)
        if reason:
            carried[0] = None
        if why:
            verdicts.append((a, b, reason, facts[-1] if not reason else None))
        before = span
    return facts


def _verdict(
    text: str,
    a: int,
    b: int,
    sentence: str,
    tokens: list[str],
    digit: bool,
    before: tuple[int, int] | None,
    after_quote: bool,
    carried: list[str | None],
    published: dt.date | None = None,
    why: bool = True,
) -> tuple[str, Fact | None]:
    """The fact the sentence `text[a:b]` (`sentence`, split at spaces:
    `tokens`; `digit`: whether it holds one) gives, or why it gives none.
    `carried[0]` is whom the sentence before was resolved to; it is set to
    whom this one is. Without `why`, a sentence that gives none may be
    said to be "no statement" whatever else it is."""
    first = tokens[0]
    if (len(first) > 1 and first.isupper()) or (
        first[0].isdigit() and len(tokens) > 1 and len(tokens[1]) > 1 and tokens[1].isupper()
    ):
        # "VELMAR PASSES THE BUDGET The council voted ...", "3 HURT IN ...":
        # a heading in capitals run into the sentence after it is no part of the fact.
        cut = heading_end(text, a, b)
        if cut != a:
            a = cut
            sentence = text[a:b]
            tokens = sentence.split()
            digit = has_digit(sentence)
            first = tokens[0]
    shifts = (
        first in _SHIFTERS
        or (first.isupper() and len(first) > 1)
        or (") " in sentence[:60] and " (" in sentence[:45])  # "Quillon (QNS) - "
    )
    if (
        not (first[0].isupper() or first[0].isdigit() or first[0] in "$(")
        or (first in _BYLINE_WORDS and (first != "By" or tokens[1][:1].isupper()))
        or (first[-1] == ":" and first.isupper())
        or (sentence[-1] == ")" and _LIST_ENTRY.match(sentence))
        or (before is not None and text.endswith((" v.", "vs."), 0, before[1]))
        or (before is not None and cut_at_clock(text, before[1]))  # the rest, its zone first
        or cut_at_clock(text, b)
    ):
        # A piece cut off by the splitter, markup, a byline, a transcript's
        # "ROE:", an entry of a list, the rest of a case name cut at "v.", a
        # sentence cut at a clock time's "p.m." before its time zone.
        return "fragment", None
    start = a
    if shifts:
        start = fact_start(text, a, b, first)
        if start != a:
            sentence = text[start:b]
            tokens = sentence.split()
            digit = has_digit(sentence)
    if len(tokens) < 5:
        return "no statement", None
    hits = _WATCHED.intersection(tokens)  # (the anchors among them: one pass over the words)
    if not digit and _ANCHOR_TOKENS.isdisjoint(hits):
        return "no statement", None
    if not (
        digit
        or not _CHECKABLE_TOKENS.isdisjoint(hits)
        # "During Roe's first term": a span of time.
        or (not _ORDINALS.isdisjoint(hits) and _ordinal_time(tokens))
    ):
        # A named actor's act with no figure, date, vote or decision ("Roe
        # praised the plan", "Roe lived a long life") is as often the
        # writer's characterisation as a report: only an anchor a reader can
        # check makes a sentence a fact.
        return "no statement", None
    if not why and rejection(sentence, tokens, hits):
        return "no statement", None  # (asked first when only the facts are wanted: cheaper)
    opening = fact_subject(text, start, b, tokens, before)
    if opening is None:
        return "subject", None
    reason = rejection(sentence, tokens, hits) if why else ""
    if reason:
        return reason, None
    named = None
    if not why:
        # The bare "the <noun>"s first when only the facts are wanted: they
        # turn away more of the sentences left than any test below, most of
        # them passing every other test (a sentence's verdict names the
        # first test it fails, in the order below).
        named = bare_noun_edits(text, start, tokens, opening.word)
        if named is None:
            return "no statement", None
    if not _SAID.isdisjoint(tokens) and (
        (after_quote and _attribution(tokens)) or says_nothing(tokens)
    ):
        # "Roe told reporters.", "Roe said of the board in May, when ...": who
        # said the quote before, and when; "Roe wrote on Twitter on Monday."
        # wherever it stands.
        return "attribution", None
    if unsourced_share(tokens, opening.word) or (
        ("percent" in sentence or "%" in sentence or "point" in sentence or " in 10" in sentence)
        and unsourced_result(sentence, tokens)
    ):
        return "pointer", None  # "48 percent chose Roe", "Roe won 31 percent": in which poll?
    if undated_tally(sentence, tokens):
        return "time", None  # "Roe has 503 delegates": as of when?
    reason = stance(sentence, tokens, hits) or ("analysis" if characterised(tokens) else "")
    if not reason and (judged := SUBJECTIVE.intersection(hits)):
        reason = "analysis" if judged_as_one(tokens, judged) else ""  # "an enthusiastic reception"
    if not reason and (manner := MANNER_WATCHED.intersection(hits)):
        reason = "analysis" if manner_judged(tokens, manner) else ""  # "cheered enthusiastically"
    if not reason and (unowned_hits := UNOWNED_WATCHED.intersection(hits)):
        reason = unowned(tokens, unowned_hits)  # "a ruling expected soon", "seen as a moderate"
    if not reason and (verdicts := VERDICT_WATCHED.intersection(hits)):
        reason = "analysis" if verdict_noun(tokens, verdicts) else ""  # "was a blow to"
    if reason:
        return reason, None  # "Afterward, ...", "..., a sign that ...": the writer's voice
    if announces(text, start, b, tokens):
        return "fragment", None  # "Roe has two advantages. One is ...": what they are comes after
    if pictured(sentence, tokens):
        return "caption", None  # "Roe holds up the ledger used in the 2013 trial."
    if timeline_entry(sentence):
        return "fragment", None  # "11:00 am - Police receive calls": on which day?
    if text[b : b + 1] in ("", "\n") and headline_line(text, a, b, before is None):
        return "headline", None  # the article's title, a related story's
    if a and text[a - 1] == "\n" and subtitle(text, a):
        return "headline", None  # a title's second line: "Roe quits; \nGuild to close"
    resolved = bool(opening.pronouns) and tokens[opening.word].strip(STRIP).lower() in (
        PERSON_PRONOUNS
    )
    # "The board fined him ...": the one person the sentence before names, in brackets.
    obj = None
    if not opening.pronouns and unnamed_person(sentence, hits, text):
        obj = object_edit(text, start, b, before, carried[0])
    reason, edits = stands_alone(
        text,
        start,
        b,
        tokens,
        opening.word,
        resolved,
        published,
        bool(opening.pronouns or obj),
        named,
    )
    if reason:
        return reason, None
    if obj:
        edits = sorted(edits + [obj])
    first, person = start, carried[0]
    if opening.pronouns or text[start].islower() or edits:
        cited = cited_form(text, opening, b, before, carried[0], edits)
        if not cited.ok:
            return "subject", None
        shown = cited.text
        carried[0] = cited.person
        start, shown = letter_bracket(text, a, start, shown)  # "[I]n 2009": keep "But in 2009"
        if start < 0:
            return "fragment", None  # "[V]oters" after a dateline: no bracket of a letter
    else:
        shown = None
        carried[0] = None
    # The fact as it will be cited (with its brackets), which most rules below read.
    as_cited = shown or sentence
    if unnamed_person(as_cited, hits, text):
        return "subject", None
    cited_tokens = shown.split() if shown else tokens
    if unnamed_poll(as_cited, cited_tokens) or unnamed_sample(as_cited):
        # "a new poll shows ...", "Among women, Roe leads by 9 points" (a
        # poll the bracket names is named: "[The Velmar poll] shows ...").
        return "pointer", None
    if undated_price(as_cited, cited_tokens) or undated_ongoing(as_cited, cited_tokens):
        return "time", None  # "Shares closed at $41", "Roe is taking questions": on which day?
    if not _HAVE.isdisjoint(hits) and counted_so_far(as_cited):
        return "time", None  # "Two trials have been held": as of when?
    if not _STUDY_NOUNS.isdisjoint(hits) and undated_poll(as_cited, cited_tokens):
        return "time", None  # "[The Velmar poll] shows Roe ahead 45 to 40 percent": of when?
    if unnamed_voices(sentence, tokens):
        return "unnamed", None  # "Several strategists cautioned ...": who?
    if told_with_no_time(as_cited, cited_tokens) or undated_joined(as_cited):
        return "time", None  # "Roe, 67, stood by", "Roe gave $5 million", "Roe said ...": when?
    if undated_factive(as_cited, cited_tokens):
        return "time", None  # "Roe noted that the levy is in decline": noted when?
    if counted_from_before(as_cited):
        return "time", None  # "Roe was treasurer at the time", "for a second day": when?
    if spoken_line(text, start):
        return "quoted", None  # "A: We passed the budget in May.": a transcript's turn
    if writer_note(text, start, as_cited):
        return "boilerplate", None  # "Editor's note: ...", "Roe is the author of "Velmar"."
    if ("his" in hits or "her" in hits) and unowned_possessive(as_cited, text):
        # "A poll put his support at 5 percent": whose? "[Dana Roe's]" if sure.
        owner = None if opening.pronouns or obj else owner_edit(text, first, b, before, person)
        cited = (
            cited_form(text, opening, b, before, person, sorted([*edits, owner])) if owner else None
        )
        if cited is None or not cited.ok:
            return "subject", None
        edits = sorted([*edits, owner])
        start, shown = letter_bracket(text, a, first, cited.text)
    if not _RESTRICTED.isdisjoint(tokens) and figure_weighed(tokens):
        return "analysis", None  # "with just 22 percent", "narrowly won": the writer's weighing
    if late := object_surname_edits(text, first, b, edits, shown or ""):
        # "records show [Dana] Roe has ...": brackets the rules above did not read.
        cited = cited_form(text, opening, b, before, person, sorted(edits + late))
        if cited.ok:
            start, shown = letter_bracket(text, a, first, cited.text)
    return "", Fact(start, b, shown)
