"""What keeps a sentence from being a citable fact, read from the sentence alone.

A fact is a checkable statement of what happened or what is. These rules
turn away the rest: opinions and hedges ("might", "should", "clearly"),
predictions without a date, direct speech (quote marks around more than a
title or a term, first-person wording), headlines, photo credits and site
boilerplate. `rejection` names the first rule a sentence breaks, so the
bench can count them.

Marker words are found by one set test on the sentence's words (split at
spaces, lower-cased): facts are a hot path, and that is cheaper than any
regex over the sentence.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import (
    BELIEF_VERBS,
    CAPTION_DATED_VERBS,
    CAPTION_VERBS,
    COMMENT_ADVERBS,
    HEDGES,
    IMPERATIVES,
    PERSONAL,
    TIME_NOUNS,
)
from app.core.extract.lexicon import ABBREVIATIONS, NOT_NAMES

# Site boilerplate and credits: phrases of the lower-cased sentence, each
# filed under a word it holds, so that one set test on the sentence's words
# clears most sentences.
_BOILERPLATE = {
    "contributed": ("contributed to this report", "contributed this report"),
    "respond": ("did not respond", "did not immediately respond"),
    "return": ("did not return", "did not immediately return"),
    "reached": ("could not be reached", "couldn't be reached", "couldn\u2019t be reached"),
    "declined": ("declined to comment", "declined comment"),
    "request": ("request for comment",),
    "requests": ("requests for comment",),
    "reserved.": ("all rights reserved.",),
    "copyright": ("copyright",),
    "subscribe": ("subscribe",),
    "newsletter": ("newsletter",),
    "newsletter.": ("newsletter.",),
    "click": ("click here",),
    "follow": ("follow him on", "follow her on", "follow them on", "follow us on"),
    "updated": ("has been updated", "was updated"),
    "updated.": ("has been updated.", "was updated."),
    "corrected": ("has been corrected", "was corrected"),
    "corrected.": ("has been corrected.", "was corrected."),
    "story": ("this story",),
    "article": ("this article",),
    "listen": ("listen",),
    "sign": ("sign up",),
    "airs": ("airs",),
    "getty": ("via getty", "getty images"),
    "photo": ("ap photo", "file photo", "photo by", "photo credit"),
    "note:": ("editor's note:", "editor\u2019s note:"),
}
# Speculation and prediction by phrase, filed the same way.
_HEDGE_PHRASES = {
    "likely": (
        "likely to",
        "is likely",
        "are likely",
        "was likely",
        "were likely",
        "most likely",
        "more likely",
    ),
    "expected": ("expected to", "is expected", "are expected", "was expected", "were expected"),
    "poised": ("poised to",),
    "going": ("going to",),
    "sure": ("sure to", "is sure", "are sure"),
    "figure": ("figure to",),
    "figures": ("figures to",),
    "stands": ("stands to",),
    "bound": ("bound to",),
    "track": ("on track to",),
    "appear": ("appear to",),
    "appears": ("appears to",),
    "appeared": ("appeared to",),
    "would": ("would have",),
    "theory": ("in theory",),
    "seen": ("remains to be seen",),
}
# A writer's comment rather than a report, by phrase.
_COMMENT_PHRASES = {
    "all": ("all but",),
    "less": ("more or less",),
    "best": ("at best",),
    "worst": ("at worst",),
    "sure": ("to be sure",),
    "course": ("of course",),
    "course,": ("of course,",),
    "words,": ("in other words,",),
    "fact,": ("in fact,",),
    "opposite": ("the opposite",),
    "opposite.": ("the opposite.",),
    "glimpse": ("a glimpse",),
    "reminder": ("a reminder",),
    "testament": ("a testament",),
    "mistake": ("make no mistake",),
    "needless": ("needless to say",),
    "alone": ("let alone",),
    "important,": ("more important,", "most important,"),
    "importantly,": ("more importantly,", "most importantly,"),
    "signs": ("signs of",),
}
_PUNCT = ("", ",", ".", ";", ":")
# Single words that mark a sentence, with and without a stuck-on comma or stop.
_WORD_REASONS: dict[str, str] = {}
for _words, _reason in (
    (HEDGES, "hedge"),
    (BELIEF_VERBS, "belief"),
    (COMMENT_ADVERBS, "opinion"),
    (frozenset(w for w in PERSONAL if w not in ("I", "us")), "personal"),
    (frozenset("unlikely gonna seem seems seemed".split()), "hedge"),
    (frozenset(("likely",)), "likely"),
    (CAPTION_VERBS, "caption"),
    (frozenset(("this", "these", "those", "that")), "pointer"),
    (frozenset(("will", "won't", "won\u2019t")), "future"),
    (frozenset(("must", "may")), ""),
):
    for _w in _words:
        for _p in _PUNCT:
            _WORD_REASONS[_w + _p] = _reason
            if "'" in _w:
                _WORD_REASONS[_w.replace("'", "\u2019") + _p] = _reason
_ANCHORS = (
    frozenset(_WORD_REASONS)
    | frozenset(_BOILERPLATE)
    | frozenset(_HEDGE_PHRASES)
    | frozenset(_COMMENT_PHRASES)
)

_QUOTE_MARK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'\u2019])(?:'|\u2018)(?=\w)([^'\u2018\u2019]{1,120}?)(?<=[\w.,!?])(?:'|\u2019)(?![\w'\u2019])"
)
# "I" as a word (the literal first lets the engine skip to capital I's).
_I = re.compile(r"I(?<![\w.'\u2019-]I)(?![\w.'\u2019-])")
# A date that makes a statement about the future checkable: a schedule.
_SCHEDULE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:next|this)\s+(?:week|month|year)\b|\bin\s+(?:19|20)\d\d\b"
)
_DIGIT = re.compile(r"\d")
_FULL_DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d"
)
_PERSON_WORDS = frozenset(
    w + p for w in ("he", "she", "him", "his", "her") for p in ("", ",", ".", ";", ":")
)
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")
_CAPITAL = re.compile(r"[A-Z]")
_FIRST = re.compile(r"[A-Z][\w'\u2019-]*")
_MAY_MODAL = re.compile(r"(?<![\w'\u2019])may(?![\w'\u2019-])")
# A lower-case word of four letters or more that title case would have
# capitalized: a sentence without one is a headline. (The space first lets
# the engine skip to spaces.)
_LOWER_WORD = re.compile(r" (?!(?:with|from|into|over|than|upon|onto|amid)\b)[a-z]{4}")
# A transcript's speaker label or a run-in heading: "SMITH: ..."
_LABEL = re.compile(r"[A-Z][A-Z.'\u2019 -]{1,30}:")
# The words right before an opening mark that make what follows a name or a
# term ("a "sanctuary city" ordinance", "the so-called "deal"").
_TERM_LEAD = frozenset(
    "a an the its his her their our this that these those of for on about against in into "
    "and or called named dubbed titled nicknamed so-called known branded labeled".split()
)
# Words after "likely" that make it a poll's sample ("likely voters").
_SAMPLE_WORDS = ("voter", "caucus", "primary", "republican", "democrat", "general")
# Words after "this"/"these"/"those" that do not point back.
# Verbs that report what someone said: quoted words in their sentence are
# the speaker's ("said her group is going into "overdrive"").
_REPORTING = frozenset(
    w + p
    for w in """
    said says told tells added adds wrote writes tweeted called calls described describes
    labeled branded blasted slammed accused praised criticized promised vowed warned urged
    argued insisted claimed declared
    """.split()
    for p in ("", ",", ".", ";", ":")
)
_PREPOSITIONS = frozenset(
    "on in at after before by for with from of about over under despite during".split()
)
_POINTER_OK = frozenset("who whom that which in of with at on for is are was were".split())
_SMALL = frozenset("a an the of in at on for to and or but with by as from vs".split())
_WORDS = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def _title_like(words: list[str]) -> bool:
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


def _term(sentence: str, start: int, end: int, speech: bool) -> bool:
    """Whether the quoted words `sentence[start:end]` are a title, a name or
    a term, not a piece of someone's speech."""
    inner = sentence[start:end]
    words = _WORDS.findall(inner)
    if not words or len(words) > 12:
        return False
    if _title_like(words):
        return True
    if (
        speech
        or len(words) > 4
        or inner.rstrip()[-1:] in ",.!?;:"
        or not PERSONAL.isdisjoint(words)
    ):
        return False
    before = _WORDS.findall(sentence, max(0, start - 30), start)
    return bool(before) and before[-1].lower() in _TERM_LEAD


def _quote_marks_ok(sentence: str, speech: bool) -> bool:
    """Every pair of quote marks holds a title or a term; no mark is left
    unpaired (a quote running on from another sentence). In a sentence that
    reports speech (`speech`), quoted words that are not a title are the
    speaker's: a partial quote."""
    marks = list(_QUOTE_MARK.finditer(sentence))
    if len(marks) % 2:
        return False
    for k in range(0, len(marks), 2):
        if not _term(sentence, marks[k].end(), marks[k + 1].start(), speech):
            return False
    m = None
    if " '" in sentence or "\u2018" in sentence or sentence[0] == "'":
        m = _SINGLE_QUOTED.search(sentence)
    while m:
        if not _term(sentence, m.start(1), m.end(1), speech):
            return False
        m = _SINGLE_QUOTED.search(sentence, m.end())
    return True


def _marker_reason(word: str, sentence: str, low: str, tokens: list[str]) -> str:
    """The rule the marker `word` (a lower-cased token) breaks in this
    sentence, or "" when it breaks none here."""
    reason = _WORD_REASONS.get(word)
    if reason is None:
        for phrase in _BOILERPLATE.get(word, ()):
            if phrase in low:
                return "boilerplate"
        for phrase in _HEDGE_PHRASES.get(word, ()):
            if phrase in low:
                return "hedge"
        for phrase in _COMMENT_PHRASES.get(word, ()):
            if phrase in low:
                return "opinion"
        return ""
    if reason == "likely":
        # "likely voters" are a poll's sample; otherwise it is a guess.
        i = tokens.index(word)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return "" if nxt.startswith(_SAMPLE_WORDS) else "hedge"
    if reason == "caption":
        # "... gestures during a rally": the verb of a photo's caption comes
        # early, right after who is pictured.
        return reason if tokens.index(word) < 8 else ""
    if reason == "pointer":
        # "this plan", "those three states": something the sentence before
        # named. "This year", "those who ..." stand alone.
        i = tokens.index(word)
        if word == "that" and (i == 0 or tokens[i - 1] not in _PREPOSITIONS):
            return ""  # "said that", "the bill that": a conjunction or a relative
        nxt = tokens[i + 1].strip(",.;:") if i + 1 < len(tokens) else ""
        return "" if nxt in TIME_NOUNS or nxt in _POINTER_OK else reason
    if reason == "future":
        return "" if _SCHEDULE.search(sentence) else reason
    if word.startswith("must"):
        # A rule with its figure: "must collect 5,000 signatures".
        return "" if _DIGIT.search(sentence) else "must"
    if word.startswith("may"):
        return "hedge" if _MAY_MODAL.search(sentence) else ""  # else the month
    return reason


def is_fragment(sentence: str) -> bool:
    """A sentence that does not open as one: lower case (a piece cut off by
    the splitter), markup, a transcript's speaker label."""
    first = sentence[0]
    return not (first.isupper() or first.isdigit() or first in "$(") or bool(_LABEL.match(sentence))


def rejection(sentence: str, low: str, tokens: list[str]) -> str:
    """Why `sentence` (lower-cased: `low`, split at spaces: `tokens`) is not a
    citable fact, or "" when nothing in it says so."""
    if "..." in sentence or "\u2026" in sentence:
        return "fragment"
    if not _LOWER_WORD.search(sentence):
        return "headline"
    if low.startswith("if "):
        return "hedge"
    if tokens[0] in IMPERATIVES or tokens[0] == "well,":
        return "imperative"  # a promotion, an instruction, a speaker's "Well, ..."
    last = tokens[-1].rstrip(".").rsplit("-", 1)[-1]
    if last in ABBREVIATIONS or last.removesuffix("s") in ABBREVIATIONS or last == "v":
        return "fragment"  # cut at a title's dot: "... when then-Sen."
    for word in _ANCHORS.intersection(tokens):
        reason = _marker_reason(word, sentence, low, tokens)
        if reason:
            return reason
    if (
        _QUOTE_MARK.search(sentence)
        or " '" in sentence
        or "\u2018" in sentence
        or sentence[0] == "'"
    ):
        if not _quote_marks_ok(sentence, not _REPORTING.isdisjoint(tokens)):
            return "quote"
    if _I.search(sentence):
        return "personal"
    if _FULL_DATE.search(sentence) and not CAPTION_DATED_VERBS.isdisjoint(tokens):
        return "caption"
    return ""


def unnamed_person(cited: str, tokens: list[str]) -> bool:
    """Whether "he", "she", "him", "his" or "her" comes before any name in
    the sentence as cited ("The company confirmed he was ..."): whom it
    means, only the sentences before say."""
    if _PERSON_WORDS.isdisjoint(tokens):
        return False
    m = _PERSON_PRONOUN.search(cited)
    if m is None or _CAPITAL.search(cited, 1, m.start()):
        return False
    first = _FIRST.match(cited)
    return first is None or first.group().lower() in NOT_NAMES
