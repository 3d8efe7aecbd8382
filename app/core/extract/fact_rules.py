"""What keeps a sentence from being a citable fact, read from the sentence alone.

A fact is a checkable statement of what happened or what is. These rules
turn away the rest: opinions and hedges ("might", "should", "clearly"),
predictions without a date, direct speech (quote marks around more than a
title or a term, first-person wording), headlines, photo credits and site
boilerplate. `rejection` names the first rule a sentence breaks, so the
bench can count them.

Marker words are found by one set operation on the sentence's words as
written (split at spaces; each marker is listed lower-case and capitalized,
with a comma or stop stuck on): facts are a hot path, and on it that is
cheaper than any regex over the sentence.
"""

from __future__ import annotations

import re

from app.core.extract.abbreviations import ABBREVIATIONS
from app.core.extract.fact_discourse import WATCHED as LEANING_WATCHED
from app.core.extract.fact_discourse import leaning
from app.core.extract.fact_evaluative import EVALUATIVE
from app.core.extract.fact_future import dated_in_clause
from app.core.extract.fact_gerunds import reported_gerund
from app.core.extract.fact_lexicon import (
    BELIEF_VERBS,
    CAPTION_DATED_VERBS,
    CAPTION_VERBS,
    COMMENT_ADVERBS,
    GRADING_WORDS,
    HEDGES,
    IMPERATIVES,
    INTERPRETING,
    MONTHS,
    PERSONAL,
    STUCK_ON,
    TIME_NOUNS,
)
from app.core.extract.fact_pointers import (
    DATE_WORDS,
    POINTER_OK,
    object_points_back,
    of_them_points_back,
    that_points_back,
    there_points_back,
)
from app.core.extract.fact_reported import REPORTING
from app.core.extract.lexicon import NOT_NAMES

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
    # A correction notice ("Because of an editing error, an article ..."),
    # a note on a video ("... starts about the 7 minute mark").
    "error,": ("editing error,",),
    "mark.": ("minute mark.",),
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
    "supposed": ("supposed to",),
    "kind": ("a kind of",),
    "sort": ("sort of",),
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
    "surprise": ("no surprise",),
    "surprise.": ("no surprise.",),
    "actually,": ("actually,",),
    "thing,": ("for one thing,", "for another thing,"),
    "if": (" as if ", "as if this", "as if that"),
    "regarded": ("widely regarded", "is regarded as", "are regarded as"),
    "seen": ("widely seen",),
    "viewed": ("widely viewed",),
    "considered": ("widely considered",),
}
# Words that, opening a sentence, stand for something the sentences before
# said: "Though doing so is rare, ...".
_POINTER_PHRASES = {
    "so": ("doing so", "did so", "do so", "does so", "done so"),
    "so,": ("doing so,", "did so,", "do so,", "does so,", "done so,"),
    "so.": ("doing so.", "did so.", "do so.", "does so.", "done so."),
    # "as mentioned above", "that same day", "Roe, for one, ...": anywhere.
    "above": ("mentioned above", "noted above", "described above", "see above"),
    "above,": ("mentioned above,", "noted above,", "described above,"),
    "above.": ("mentioned above.", "noted above.", "described above."),
    "same": ("that same",),
    # "At the time, ...", "Instead, ...": the time or the act the sentences
    # before told of.
    "time,": ("at the time,",),
    "instead,": ("instead,",),
    "one,": ("for one,",),
    "one.": ("for one.",),
}
# "... (left) ... (right)": who is where in a picture.
_PICTURE_PLACES = "(left) (right) (center) (centre) (pictured) (top) (bottom)".split()
_DO_SO = re.compile(r" so[,.]?$")
# Single words that mark a sentence, as they are written: lower case and
# capitalized, with and without a stuck-on comma or stop (the sentence is
# split at spaces only, and not lower-cased: that is the cheapest way in).
_WORD_REASONS: dict[str, str] = {}


def _file(words, reason: str, capitalized: bool = True) -> None:
    for w in words:
        forms = {w, w.replace("'", "\u2019")}
        if capitalized:
            forms |= {f[0].upper() + f[1:] for f in forms}
        for f in forms:
            for p in STUCK_ON:
                _WORD_REASONS.setdefault(f + p, reason)


_file(HEDGES, "hedge")
_file(BELIEF_VERBS, "belief")
_file(COMMENT_ADVERBS, "opinion")
_file((w for w in PERSONAL if w not in ("I", "us")), "personal")
_file(("us",), "personal", capitalized=False)  # "US" is a country
_file(("I", "I'm", "I've", "I'd", "I'll"), "personal", capitalized=False)
_file("unlikely gonna seem seems seemed".split(), "hedge")
_file(("may",), "hedge", capitalized=False)  # "May" is a month
_file(("likely",), "likely")
_file(CAPTION_VERBS, "caption")
_file(_PICTURE_PLACES, "caption", capitalized=False)
_file(("this", "these", "those"), "pointer")
_file(("that",), "that", capitalized=False)
_file(("will", "won't"), "future")
_file(("it", "them"), "object", capitalized=False)
_file(("there",), "there", capitalized=False)
# (Capitalized, an evaluative word is mostly a name's: "Superior Court".)
_file(EVALUATIVE | GRADING_WORDS, "evaluative", capitalized=False)
_file(INTERPRETING, "interpreting", capitalized=False)
_file(("must",), "must")
# Every phrase with its reason, filed under its word (and its capitalized
# form, for a sentence it opens).
_PHRASES: dict[str, list[tuple[str, str]]] = {}
for _table, _reason in (
    (_BOILERPLATE, "boilerplate"),
    (_HEDGE_PHRASES, "hedge"),
    (_COMMENT_PHRASES, "opinion"),
    (_POINTER_PHRASES, "pointer"),
):
    for _anchor, _phrases in _table.items():
        for _form in (_anchor, _anchor[0].upper() + _anchor[1:]):
            _PHRASES.setdefault(_form, []).extend((p, _reason) for p in _phrases)
_ANCHORS = frozenset(_WORD_REASONS) | frozenset(_PHRASES)

_QUOTE_MARK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'\u2019])(?:'|\u2018)(?=\w)([^'\u2018\u2019]{1,120}?)(?<=[\w.,!?])(?:'|\u2019)(?![\w'\u2019])"
)
# Words of a date that make a statement about the future checkable: a
# schedule ("will vote on Tuesday", "takes effect Jan. 1").
_SCHEDULE_PHRASES = ("next week", "next month", "next year", "this week", "this month")
_YEAR = re.compile(r"in (?:19|20)\d\d\b")
_FULL_DATE = re.compile(rf"(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.? \d{{1,2}}, (?:19|20)\d\d")
_PERSON_WORDS = frozenset(w + p for w in ("he", "she", "him", "his", "her") for p in STUCK_ON)
# "he", "she", "him", "his", "her" (the letter first: the engine skips to it).
_PERSON_PRONOUN = re.compile(
    r"(?:h(?<![\w'\u2019]h)(?:e|im|is|er)|s(?<![\w'\u2019]s)he)(?![\w'\u2019])"
)
_CAPITAL = re.compile(r"[A-Z]")
_NAME_AFTER_COMMA = re.compile(r", [A-Z]")
_FIRST = re.compile(r"[A-Z][\w'\u2019-]*")
# The only words title case leaves in lower case: a sentence with no other
# lower-case word is a headline.
_TITLE_SMALL = frozenset(
    "a an the and or nor but of in on at to for by as vs with from into over than upon onto amid".split()
)
# The words right before an opening mark that make what follows a name or a
# term ("a "sanctuary city" ordinance", "the so-called "deal"").
_TERM_LEAD = frozenset(
    "a an the its his her their our this that these those of for on about against in into "
    "and or called named dubbed titled nicknamed so-called known branded labeled".split()
)
# Words after "likely" that make it a poll's sample ("likely voters").
_SAMPLE_WORDS = ("voter", "caucus", "primary", "republican", "democrat", "general")
# Markers a reported speaker may own: "Roe said it could ...", "Roe
# announced she will ...".
_SPEAKERS_OWN = frozenset(("hedge", "future", "belief", "likely"))
_ATTRIBUTING = REPORTING | frozenset(("announced", "announces", "announced,"))
_OPENING_WORDS = IMPERATIVES | frozenset(("if", "never", "well,", "so", "so,"))
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


def _title_case(tokens: list[str]) -> bool:
    """Whether every word in lower case is one title case leaves so: "Roe
    Wins Quillon Race With 5,210 Votes." (not "Roe met Quarrow in Quillon.")."""
    for t in tokens:
        if t[0].islower() and t.rstrip(",.;:") not in _TITLE_SMALL:
            return False
    return True


def has_digit(s: str) -> bool:
    """Whether `s` holds a digit (ten substring tests: on this hot path they
    are several times cheaper than a regex search)."""
    return (
        "0" in s
        or "1" in s
        or "2" in s
        or "3" in s
        or "4" in s
        or "5" in s
        or "6" in s
        or "7" in s
        or "8" in s
        or "9" in s
    )


def _scheduled(sentence: str, tokens: list[str]) -> bool:
    """Whether the sentence dates what it says will happen."""
    if not DATE_WORDS.isdisjoint(tokens):
        return True
    return any(p in sentence for p in _SCHEDULE_PHRASES) or _YEAR.search(sentence) is not None


def _marker_reason(word: str, sentence: str, tokens: list[str]) -> str:
    """The rule the marker `word` (a token of `sentence`) breaks in this
    sentence, or "" when it breaks none here."""
    reason = _WORD_REASONS.get(word)
    if reason in _SPEAKERS_OWN and not _ATTRIBUTING.isdisjoint(tokens[: tokens.index(word)]):
        return ""  # "Roe said it could cost $3 million": Roe's guess, reported
    if reason is None:
        low = sentence.lower()
        for phrase, reason in _PHRASES[word]:
            at = low.find(phrase)
            # ("... said she could do so again": what, the sentence says.)
            if at >= 0 and (reason != "pointer" or at < 20 or not _DO_SO.search(phrase)):
                return reason
        return ""
    if reason == "likely":
        # "likely voters" are a poll's sample; otherwise it is a guess.
        i = tokens.index(word)
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        return "" if nxt.startswith(_SAMPLE_WORDS) else "hedge"
    if reason == "caption":
        # "... gestures during a rally": the verb of a photo's caption comes
        # early, right after who is pictured.
        return reason if word[0] == "(" or tokens.index(word) < 8 else ""
    if reason == "pointer":
        # "this plan", "those three states", "most of those": something the
        # sentence before named. "This year", "those who ..." stand alone.
        i = tokens.index(word)
        if of_them_points_back(tokens, i):
            return reason
        nxt = tokens[i + 1].strip(",.;:").lower() if i + 1 < len(tokens) else ""
        nxt = nxt.removesuffix("'s").removesuffix("\u2019s")  # "this year's"
        return "" if nxt in TIME_NOUNS or nxt in POINTER_OK else reason
    if reason == "that":
        # "on that issue", "after that interview": something named before.
        # ("said that", "the bill that" are a conjunction and a relative.)
        return "pointer" if that_points_back(tokens, word) else ""
    if reason == "object":
        i = tokens.index(word)
        if object_points_back(tokens, i) or reported_gerund(tokens, i - 1):
            return "pointer"
        if word[:4] == "them" and of_them_points_back(tokens, i):
            return "pointer"
        return ""
    if reason == "there":
        return "pointer" if there_points_back(tokens, tokens.index(word)) else ""
    if reason in ("evaluative", "interpreting"):
        # The writer's judgment ("a brilliant campaign"; "..., showing how
        # weak the field is"), unless it is someone's reported view.
        i = tokens.index(word)
        if reason == "interpreting" and (i == 0 or tokens[i - 1][-1] != ","):
            return ""
        if not REPORTING.isdisjoint(tokens[:i]) or "according" in sentence.lower():
            return ""
        return "opinion"
    if reason == "future":
        # "will vote on Tuesday" (a date in the clause of the "will"; not
        # "arriving next month, they will be greeted by ...": `fact_future`)
        scheduled = _scheduled(sentence, tokens)
        return (
            "" if scheduled and dated_in_clause(tokens, tokens.index(word), _scheduled) else reason
        )
    if reason == "must":
        # A rule with its figure: "must collect 5,000 signatures".
        return "" if has_digit(sentence) else "must"
    return reason


def rejection(sentence: str, tokens: list[str], hits: set[str]) -> str:
    """Why `sentence` (split at spaces: `tokens`) is not a citable fact, or
    "" when nothing in it says so. `hits` are its words among `WATCHED`."""
    if "..." in sentence or "\u2026" in sentence:
        return "fragment"
    if ("(" in sentence or ")" in sentence) and sentence.count("(") != sentence.count(")"):
        return "fragment"  # a parenthesis opened or closed in another sentence
    if "http" in sentence or "www." in sentence:
        return "boilerplate"  # a link to follow, not a statement
    if (
        len(tokens) <= 8
        and tokens[1].endswith("ed")
        and (tokens[2] == "by" or (tokens[0] == "As" and tokens[2] == "in"))
    ):
        # A credit: "Audio produced by Dana Roe.", "As published in the Quillon Post."
        return "boilerplate"
    if tokens[0][-1] == ")" and tokens[0][:-1].isalnum() and len(tokens[0]) <= 3:
        return "fragment"  # an entry of a numbered list: "1) The race to ..."
    if _title_case(tokens):
        return "headline"
    last = tokens[-1]
    if len(last) <= 10:
        last = last.rstrip(".").rsplit("-", 1)[-1].lower()
        if last in ABBREVIATIONS or last.removesuffix("s") in ABBREVIATIONS or last == "v":
            return "fragment"  # cut at a title's dot: "... when then-Sen."
        if last in ("too", "either"):
            return "pointer"  # "Roe played a part, too.": in what the sentences before say
    if tokens[0].lower() in _OPENING_WORDS and tokens[1].rstrip(",") != "far":
        # "If ...", "Tune in ...", "Well, ...", "So ...": a condition, an
        # instruction to the reader, a speaker's word, a conclusion drawn
        # ("So far, ..." only dates what follows).
        return "opening"
    if not LEANING_WATCHED.isdisjoint(hits) and (reason := leaning(sentence, tokens)):
        return reason  # "Overall, ...", "ranks second", "is not only a builder.": of what?
    markers = _ANCHORS.intersection(hits)
    if markers:
        # In the sentence's order, so that the reason is the same every run.
        for word in sorted(markers, key=tokens.index) if len(markers) > 1 else markers:
            reason = _marker_reason(word, sentence, tokens)
            if reason:
                return reason
    if (
        '"' in sentence
        or "\u201c" in sentence
        or "\u201d" in sentence
        or "'" in sentence
        and ("''" in sentence or " '" in sentence or sentence[0] == "'")
        or "\u2018" in sentence
        or "\u201e" in sentence
        or "\u00ab" in sentence
        or "``" in sentence
    ):
        if not _quote_marks_ok(sentence, not REPORTING.isdisjoint(tokens)):
            return "quote"
    if not CAPTION_DATED_VERBS.isdisjoint(hits) and _FULL_DATE.search(sentence):
        return "caption"
    return ""


def unnamed_person(cited: str, hits: set[str], text: str) -> bool:
    """Whether "he", "she", "him", "his" or "her" comes before any name in
    the sentence as cited ("The company confirmed he was ..."): whom it
    means, only the sentences before say. A first word the article (`text`)
    also writes in lower case is no name ("Unemployment fell as he ...").
    `hits`: as for `rejection`."""
    if _PERSON_WORDS.isdisjoint(hits):
        return False  # (capitalized, they open the sentence: the subject's business)
    m = _PERSON_PRONOUN.search(cited)
    if m is None or _CAPITAL.search(cited, 1, m.start()):
        return False
    first = _FIRST.match(cited)
    if first is None or first.group().lower() in NOT_NAMES:
        return True
    if _NAME_AFTER_COMMA.search(cited, m.end()):
        return False  # "Making her way in, Dana Roe ...": the name comes after
    return has_word(text, first.group().lower())


def has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word, as written (str.find:
    a regex made for each word would be compiled on every call)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


# Every word any rule here looks for, so that the caller finds them all in
# one set operation on the sentence's words.
WATCHED = _ANCHORS | _PERSON_WORDS | CAPTION_DATED_VERBS | LEANING_WATCHED
