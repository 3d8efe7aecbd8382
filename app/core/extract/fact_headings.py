"""A heading run into the sentence after it on the same line.

Newsletters and roundups set a story's heading in capitals and start its
first sentence on the same line: "VELMAR COUNCIL PASSES THE BUDGET The
council voted 5-2 on Tuesday ..." or "... THE BUDGET - Since May, the
council ...". The sentence splitter (which ends a sentence at every line
break) sees one sentence; the heading is no part of the fact, which starts
at the sentence after it.

Also whether a line is a title, its longer words capitalized (`in_headline`):
a title's capitals name nothing (`fact_names`); and whether a sentence is a
whole line written as a headline, or a title's second line (`headline_line`,
`subtitle`): no fact.
"""

from __future__ import annotations

import re

from app.core.extract.fact_lexicon import MONTH_STARTS, past_tense
from app.core.extract.fact_subjects import CONJUNCTIONS

_TOKEN = re.compile(r"\S+")
# A dash or a colon set between the heading and its sentence.
_SEPARATORS = frozenset(("-", "--", "\u2013", "\u2014", ":"))
_OPENING_MARKS = "\"'\u201c\u2018"


def _capitals(token: str) -> bool:
    """Whether a word is written in capitals ("BUDGET", "CITY'S", "2016",
    "DEAD,")."""
    return token == token.upper()


def heading_end(text: str, start: int, end: int) -> int:
    """Where the sentence `text[start:end]` begins past a heading in
    capitals run into it: three words or more in capitals (two of them of
    four letters or more, so not a run of initials: "NBC", "U.S."; a count
    and a comma may stand among them: "TWO DEAD, 16 HURT IN DEPOT FIRE"),
    then, after an optional dash or colon, a word that opens a sentence in
    ordinary case ("The", "Since", "\u201cOur"). `start` when there is none.
    A comma before a dash or a colon ends a dateline's city ("QUILLON, VEL.
    -- The council ..."): no heading."""
    run = 0
    long_words = 0
    comma = False
    tokens = _TOKEN.finditer(text, start, end)
    for m in tokens:
        word = m.group()
        if not _capitals(word):
            break
        letters = sum(c.isalpha() for c in word)
        if letters == 0:
            if word in _SEPARATORS and run and not comma:
                m = next(tokens, None)  # the word after the dash
                break
            if not any(c.isdigit() for c in word):
                return start  # a sign: no heading
        comma = comma or word.endswith(",")
        run += 1
        long_words += letters >= 4
    else:
        return start  # the whole sentence in capitals
    if m is None or run < 3 or long_words < 2:
        return start
    word = m.group().lstrip(_OPENING_MARKS)
    if not (word[:1].isupper() and any(c.islower() for c in word)):
        return start  # "QAEDA fighters": the sentence's own words, in capitals
    return m.start()


def letter_bracket(text: str, a: int, start: int, cited: str) -> tuple[int, str | None]:
    """The fact's start and cited form with no bracket that is only a capital
    letter. A fact moved past a leading "And"/"But" to a word in lower case
    would be cited "[I]n 2009, ...": a bracket a reader takes for a
    misprint or an initial, which stands for no one. The conjunction stays
    instead ("But in 2009, ..."), and the other brackets with it; after a
    dateline ("QUILLON -- voters ..."), which no fact holds, the start is
    -1: the sentence gives no fact. `a` is the sentence's start, `start`
    the fact's, `cited` its cited form."""
    if not (
        start != a
        and len(cited) > 3
        and cited[0] == "["
        and cited[2] == "]"
        and cited[1].isupper()
        and text[start].islower()
    ):
        return start, cited
    if text[a:start].split()[0].rstrip(",") not in CONJUNCTIONS:
        return -1, None
    shown = text[a:start] + text[start] + cited[3:]
    return a, None if "[" not in shown else shown


def in_headline(text: str, at: int) -> bool:
    """Whether the line holding `at` is a title: its longer words all (but
    one in ten) capitalized, with or without a stop at its end."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    words = [
        w for w in text[lo : hi if hi >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()
    ]
    if len(words) < 4:
        return False
    # (Counted down from all capitalized: a line of prose is given up at its
    # first few words in lower case.)
    need = 0.9 * len(words)
    capitalized = len(words)
    for w in words:
        if not w[0].isupper():
            capitalized -= 1
            if capitalized < need:
                return False
    return True


_WORD = re.compile(r"\w+")
_ARTICLES = frozenset(("the", "a", "an"))
_COPULAS = frozenset("is are was were has have had".split())
# A date written with its comma: "Sept. 4, 2012", "March 4, 1999".
_DATE_COMMA = re.compile(rf"\b(?:{'|'.join(MONTH_STARTS)})[a-z]*\.? \d{{1,2}}, (?:19|20)\d\d\b")
# A time zone after a clock time: the splitter ends a sentence at "p.m."
# before it ("opens at 9 p.m. Pacific, on ..."), cutting the sentence in two.
_ZONE = re.compile(r" (?:Eastern|Central|Pacific|Mountain|[ECMP][SD]?T|GMT|UTC)\b")


def cut_at_clock(text: str, b: int) -> bool:
    """Whether the sentence ending at `b` ends at a clock time's "a.m." or
    "p.m." that a time zone follows on the same line ("... the hearing opens
    at 9 p.m." + " Pacific, on Quillon Radio"): a piece of a sentence the
    splitter cut, no statement of its own."""
    return text.endswith(("a.m.", "p.m."), 0, b) and _ZONE.match(text, b) is not None


def headline_line(text: str, a: int, b: int, first: bool) -> bool:
    """Whether the sentence `text[a:b]` is a whole line written as a headline:
    short, without the articles, the past tense and (below the title line,
    `first`, where a one-line paragraph of news is common) the commas and
    the verbs "is", "has" headlines leave out. The first line is the title
    too when it stands alone before a longer paragraph."""
    if text[b : b + 1] not in ("", "\n"):
        return False  # (most sentences end mid-line: tested first)
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip():
        return False
    if not first and ", " in text[a:b]:
        line = text[a:b]
        if (", 19" not in line and ", 20" not in line) or ", " in _DATE_COMMA.sub("", line):
            return False  # (a date's comma is no clause's: "Sept. 4, 2012 delays.")
    words = _WORD.findall(text, a, b)
    if first and len(words) <= 15 and text.startswith("\n\n", b):
        # The text's first line, a paragraph of its own before a longer one
        # (maybe after a short subtitle or two): its title, whatever its
        # words ("Roe signs up to be a delegate.").
        return any(len(_WORD.findall(line)) > len(words) for line in _next_lines(text, b, 3))
    if not first and not _COPULAS.isdisjoint(words):
        return False
    return (
        len(words) <= 20
        and _ARTICLES.isdisjoint(w.lower() for w in words)
        and not any(past_tense(w) for w in words)  # headlines speak in the present
    )


def _next_lines(text: str, at: int, n: int) -> list[str]:
    """The `n` lines of text after offset `at`, blank lines skipped."""
    lines: list[str] = []
    while len(lines) < n and at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines.append(text[at:end])
        at = end + 1
    return lines


def subtitle(text: str, a: int) -> bool:
    """Whether the line starting at `a` is the second line of a short first
    paragraph, a title and its subtitle before the first blank line (a text
    with no blank line has no such paragraph)."""
    if text.find("\n\n", 0, a) >= 0:
        return False  # (past the first paragraph: one search, ended early)
    end = text.find("\n\n", a)
    return end > 0 and len(_WORD.findall(text, 0, end)) <= 40
