"""Letters and columns: a text whose every claim is its writer's view.

A letter-writer's or a columnist's statements are argued, not reported:
a memo cannot cite them as fact under the paper's name. Such a text gives
no fact at all when a section label stands among its first lines, a line
of its own: "LETTERS.", "Letters to the editor", "Opinion", "Op-Ed",
"Editorial", "Commentary", "Column", or a column's standing title "Letter
from <place>".

The writer's own first person in the opening paragraphs was tried as a
second sign and left out: in a column or an analysis so written, the lines
it dropped were as often checkable as not (tuning part: 4 of 10 arguable;
CHANGELOG, 2026-11-29).

Headlines and short lines (a title, a byline, a dateline) are not the
body. The labels are the names newspapers give their opinion sections;
none is taken from the articles.
"""

from __future__ import annotations

import re

# A section label standing as a line of its own.
_SECTION = re.compile(
    r"[ \t]*(?:LETTERS?|Letters?(?: to the [Ee]ditor)?|OPINION|Opinion|OP-ED|Op-[Ee]d"
    r"|EDITORIAL|Editorial|COMMENTARY|Commentary|COLUMN|Column"
    r"|Letter [Ff]rom (?:[A-Z][\w.'\u2019-]*)(?: [A-Z][\w.'\u2019-]*){0,3})\.?[ \t]*"
)
# How many of the first lines a label may stand among (the title, a
# subtitle, the label), before the body's first paragraph.
_HEAD_LINES = 4
# A body paragraph is a line at least this long (a title, a byline, a
# dateline or a label is shorter).
_BODY = 80


def opinion_piece(text: str) -> bool:
    """Whether `text` is a letter or a column, as the module says."""
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
    return False
