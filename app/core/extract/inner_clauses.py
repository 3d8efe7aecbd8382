"""Quotes inside a clause that is not its sentence's main clause.

"Asked by Ana Ruiz whether the plan "really works," Vesk shrugged": the
quoted words are the question's, so the asker's, and the words after the
clause are its answerer's, no tag of the quote (`asker`); the answer
("..., Vesk said, "...") keeps its own tag. "Vesk, whom Ruiz called "a
friend," said the levy was "...": the verb after the relative clause's
quote is the sentence's subject's (`after_relative`), and so is one after
a dash closing an aside that holds the quote ("Vesk - who said he would
"..." the levy - said on Monday": `in_dashed_aside`).
"""

from __future__ import annotations

import bisect
import re

from app.core.extract.lexicon import SPEECH_VERBS, TAG_VERBS
from app.core.extract.referents import Referents, Speaker
from app.core.extract.sentences import sentence_start
from app.core.extract.tag_words import QUOTE_MARK, is_verb

# "Asked by <name or a reporter> [, <a description>,] whether|if|... <words>"
# up to the quote's opening mark: no comma, stop or other quote between.
_ASKED_BY = re.compile(
    r"\s*(?:[^\"\u201c\u201d]*?(?:,\s+|\b(?:[Ww]hen|[Aa]fter|[Oo]nce)\s+))?[Aa]sked\s+by\s+"
    r"((?:[A-Z][\w.'\u2019-]*[ \t]?){1,4}|(?:a|an|the)[ \t]+[a-z]+)"
    r"(?:,[^,\"\u201c\u201d]{1,40},)?\s+(?:whether|if|about|why|how|what|to)\s"
    r"[^,;:!?\"\u201c\u201d]*[\"\u201c]$"
)


def asker(attributor: Referents, line_start: int, start: int) -> Speaker | None:
    """The asker, when the quote opening at `start` sits in a clause "Asked
    by X whether ..." before its sentence's main clause; else None."""
    text = attributor.text
    if text.find("sked by", max(line_start, start - 300), start) < 0:
        return None  # (nearly every quote: no such clause before it)
    s = sentence_start(text, line_start, start - 1)
    m = _ASKED_BY.match(text, s, start)
    if m is None:
        return None
    return attributor.resolve_phrase(m.start(1), m.end(1), start)


# A relative clause opening after a comma and running to a quote's opening
# mark, then that quote's words to its end ("Vesk, whom Ruiz called "a
# friend,").
_RELATIVE_QUOTE = re.compile(
    r",\s+(?:who|whom|whose)\s[^,;:!?\"\u201c\u201d]*[\"\u201c][^\"\u201c\u201d]*$"
)
# The words right after a quote's closing mark: a comma, then a verb.
_VERB_NEXT = re.compile(r"[\"\u201d]?\s*,?[\"\u201d]?\s+([a-z]+)\b")


def after_relative(text: str, line_start: int, prev_end: int, start: int) -> bool:
    """Whether the quote opening at `start` follows, in one sentence, a
    quote (ending at `prev_end`) that closed a relative clause, and a verb
    of saying after it has no subject of its own: "Vesk, whom Ruiz called
    "a friend," said the levy was "...". The verb is the sentence's
    subject's, so the whole sentence is read for it, not only the words
    since the quote before."""
    verb = _VERB_NEXT.match(text, prev_end, start)
    if verb is None or not is_verb(verb.group(1), SPEECH_VERBS):
        return False  # (nearly every quote after another: no such verb)
    s = sentence_start(text, line_start, prev_end)
    return _RELATIVE_QUOTE.search(text, s, prev_end) is not None


def closing_tag(attributor, mark: int, stop: int, line_end: int) -> Speaker | None:
    """The tag after the quote opening at `mark` when it is its sentence's
    last (the sentence ends at `stop`) and that tag closes the sentence
    (`found no "...," aside from "...," said Ana Ruiz.`: the tag of both):
    one right after its mark when it ends on a comma, "?" or "!", else one
    after more words; None otherwise."""
    text, spans = attributor.text, attributor.spans
    i = bisect.bisect_left(spans, (mark + 1, -1))
    if i == len(spans) or spans[i][0] != mark + 1 or spans[i][1] >= stop:
        return None
    start, end = spans[i]
    if QUOTE_MARK.search(text, end + 1, stop) is not None:
        return None
    closing = attributor.after_tag(start, end, line_end) if text[end - 1] in ",?!" else None
    return closing or attributor.late_tag(end, line_end)


# A dash between words (spaced, or an em or en dash written close).
_DASH = re.compile(r"[ \t](?:-{1,2}|\u2014|\u2013)[ \t]|[\u2014\u2013]")
# How far after a quote the dash closing its aside is looked for (characters).
_ASIDE_REACH = 160


def in_dashed_aside(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Whether the quote `text[start:end]` stands in an aside a dash opens
    before it in its sentence and another closes right before a tag verb
    after it (`Ruiz - who said she would "..." the levy - said on Monday`):
    that verb is the sentence's, whose subject stands before the aside."""
    if _DASH.search(text, sentence_start(text, line_start, start - 1), start - 1) is None:
        return False
    close = _DASH.search(text, end + 1, min(line_end, end + _ASIDE_REACH))
    if close is None or QUOTE_MARK.search(text, end + 1, close.start()):
        return False
    after = text[close.end() : close.end() + 20].split()  # (the word after the dash)
    return bool(after) and after[0].islower() and is_verb(after[0], TAG_VERBS)
