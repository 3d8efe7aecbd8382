"""Letters and columns: a text whose every claim is its writer's view.

A letter-writer's or a columnist's statements are argued, not reported:
a memo cannot cite them as fact under the paper's name. Such a text gives
no fact at all. It shows itself in one of two ways:

- a section label among its first lines, a line of its own: "LETTERS.",
  "Letters to the editor", "Opinion", "Op-Ed", "Editorial",
  "Commentary", "Column", or a column's standing title "Letter from
  <place>";
- the writer's own voice in its opening paragraphs: two or more words of
  the first person singular ("I", "my", "me"), one of them "I", in the
  first three paragraphs of the body, outside quotes and quote marks, in a text that
  is no transcript (an interview's answers are the speaker's, and
  `fact_transcript` reads them).

Headlines and short lines (a title, a byline, a dateline) are not the
body. The labels are the names newspapers give their opinion sections;
none is taken from the articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.extract.fact_transcript import turns

# A section label standing as a line of its own.
_SECTION = re.compile(
    r"[ \t]*(?:LETTERS?|Letters?(?: to the [Ee]ditor)?|OPINION|Opinion|OP-ED|Op-[Ee]d"
    r"|EDITORIAL|Editorial|COMMENTARY|Commentary|COLUMN|Column"
    r"|Letter [Ff]rom (?:[A-Z][\w.'\u2019-]*)(?: [A-Z][\w.'\u2019-]*){0,3})\.?[ \t]*"
)
# How many of the first lines a label may stand among (the title, a
# subtitle, the label), before the body's first paragraph.
_HEAD_LINES = 4
# The first person singular, as a word of its own.
_FIRST_PERSON = re.compile(
    r"(?<![\w'\u2019])(?:I|I['\u2019](?:m|ve|d|ll)|me|my|My|myself)(?![\w'\u2019])"
)
# The word "I" (or "I'm"), as `_FIRST_PERSON` finds it and a few more: a
# first search, which the literal letter opening it makes fast (the word's
# start is asked after the letter).
_I = re.compile(r"I(?<!\wI)(?!\w)")
# Words in quote marks, whoever's they are (a quote the finder left, a
# title, a saying).
_QUOTED = re.compile(
    r"\u201c[^\u201d\n]*\u201d|\"[^\"\n]*\"|''.*?''|\u2018[^\u2019\n]*\u2019(?!\w)"
)
# A body paragraph is a line at least this long (a title, a byline, a
# dateline or a label is shorter).
_BODY = 80
# How many of the body's first paragraphs are read, and how many words of
# the first person they must hold.
_LEAD = 3
_VOICED = 2


@lru_cache(maxsize=1)  # (asked once a text; the quote spans as a tuple)
def opinion_piece(text: str, quotes: tuple[tuple[int, int], ...]) -> bool:
    """Whether `text` (its quotes at `quotes`) is a letter or a column, as
    the module says."""
    start = text.find("\n") + 1  # (past the title line)
    seen = 1
    while start and seen < _HEAD_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start >= _BODY:
            break  # (the body has begun)
        if not text[start:end].isspace() and end > start:
            seen += 1
            if _SECTION.fullmatch(text, start, end):
                return True
        start = end + 1 if end < len(text) else 0
    return _first_person_lead(text, quotes)


def _first_person_lead(text: str, quotes: tuple[tuple[int, int], ...]) -> bool:
    """Whether the body's first paragraphs speak in the writer's first person
    (`_VOICED` words or more, one an "I", outside quotes), in a text that is
    no transcript."""
    lines = []
    start = text.find("\n") + 1  # (the title line is no body)
    while start and len(lines) < _LEAD:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start >= _BODY:
            lines.append((start, end))
        start = end + 1 if end < len(text) else 0
    eyes = [m.start() for a, b in lines for m in _I.finditer(text, a, b)]
    if not eyes:
        return False  # (most texts: an "I" is needed, and this search is the cheaper)
    lead_end = lines[-1][1]
    spans = [(a, b) for a, b in quotes if a < lead_end and b > lines[0][0]]
    eyes = [i for i in eyes if not any(a <= i < b for a, b in spans)]
    if not eyes:
        return False  # (every "I" in a quote)
    spans += [m.span() for a, b in lines for m in _QUOTED.finditer(text, a, b)]
    words = [m for a, b in lines for m in _FIRST_PERSON.finditer(text, a, b)]
    own = [m for m in words if not any(a <= m.start() < b for a, b in spans)]
    # An "I" among them: a saying's "my" is no one's ("the enemy of my enemy").
    return len(own) >= _VOICED and any(m.group()[0] == "I" for m in own) and not turns(text)
