"""The writer's own notes about the piece: an editor's note ("Editor's
note: This article was updated on May 3 ...") and a writer's line about
themselves or their book ("Dana Roe is the author of "The Velmar Years"
(2015)", "Her new book, ..., will be published in May"). They speak for
the paper or promote, and report no news: not citable as fact.

Known by their form: a paragraph opened by "Editor's note" (any
apostrophe, any case), or a sentence whose own verb says that its
subject is a book's author, or that someone's book is out or to be
published, in the writer's voice (not "Roe, the author of ..., said").
"""

from __future__ import annotations

import re

# A paragraph's opening words that make it the editor's note (lower-cased,
# with any apostrophe or none, the spaces between them as one).
_NOTE = ("editors note", "editor note")
# "... is the author of "The Velmar Years"", "... is the co-author of
# Quillon Nights", "... is a fellow at X and the author of two books": a
# title (in quotes or capitals) or books after "of" (not "the author of the
# bill", "the author of the Velmar Housing Act": a lawmaker's act).
_AUTHOR = re.compile(
    r"\b(?:is|are|was)\s(?:(?:also|now)\s)?(?:the\s|an?\s)?(?:[\w',.-]+\s){0,8}?"
    r"(?:co-?)?authors?\sof\s(?:[\"'\u201c\u2018]|``|(?:\w+\s){0,2}books?\b"
    r"|(?!(?:[\w'-]+\s){0,4}(?:Act|Bill|Law|Amendment|Resolution|Proposition)\b)[A-Z])"
)
# "His new book, ..., will be published", "Her latest book is out".
_BOOK = re.compile(
    r"^(?:His|Her|Their|My)\s(?:new\s|latest\s|forthcoming\s|most recent\s)?book\b.*?"
    r"\b(?:is|was|will be)\s(?:(?:now|just)\s)?(?:out|published|available|released)\b"
)
# Verbs that make an "is the author of" someone's words ("Roe said Quarrow
# is the author of the plan").
_SAID = re.compile(r"\b(?:said|says|told|according)\b")


def writer_note(text: str, start: int, sentence: str) -> bool:
    """Whether `sentence` (at `start` in `text`) is the editor's note or a
    writer's line about themselves or their book, as the module says."""
    if "uthor" in sentence and _AUTHOR.search(sentence) and not _SAID.search(sentence):
        return True
    if "book" in sentence and _BOOK.match(sentence):
        return True
    line = text.rfind("\n", 0, start) + 1
    opening = text[line : line + 24]
    if "ditor" not in opening and "DITOR" not in opening:
        return False  # (most lines: one slice and two substring tests)
    opening = opening.lower().replace("'", "").replace("\u2019", "")
    return " ".join(opening.split()).startswith(_NOTE)
