"""A transcript's line: an interview's or a debate's turn, opened by its
speaker's label and a colon ("Q: ...", "A: ...", "ROE: ...", "Dana Roe:
..."), is that speaker's direct speech, not the writer's statement: no
fact, though no quote marks surround it (a quote in disguise).

A label is one to four capitalised words (a name, "Sen. Roe", a role in
capitals, "MODERATOR") at a line's start, then a colon and a space. A
heading's colon ("UPDATE: ...", "Correction: ...") has the same shape, so a
text is a transcript only when three of its lines or more open so, under
two labels or more (the turns of at least two speakers) or under one
letter ("A:", an interview's answers, its questions set apart), and two
of those lines at least speak in the first or second person ("I", "we",
"you": a list of run-in headings, "Velmar: <names>", is the writer's, not
turns); a clock time ("9:05 p.m.:") is no label, nor is a label before a
figure ("Roe: 547." lists a count).

Grammatical shapes only; none is taken from the articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A speaker's label at a line's start (read from the line's first character).
_LABEL = re.compile(
    r"[ \t]*([A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,3}):[ \t]+(?=[^\s\d])"
)
_ANY_LABEL = re.compile(r"^" + _LABEL.pattern, re.M)
# A speaker's own voice: a first- or second-person pronoun ("I", "we're",
# "my", "you"; "US" in capitals is a country, so never "us" in capitals).
_PERSON = re.compile(
    r"\b(?:I|I['\u2019](?:m|ve|d|ll)|[Ww]e|[Mm]e|[Uu]s|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our"
    r"|(?:[Ww]e|[Yy]ou)['\u2019](?:re|ve|d|ll))\b"
)


def spoken_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` of `text` stands in a transcript's
    line opened by its speaker's label (the whole line is the turn)."""
    line = text.rfind("\n", 0, start) + 1
    if not _LABEL.match(text, line):
        return False
    return line in turns(text)


@lru_cache(maxsize=1)  # (a text's facts are asked in turn)
def turns(text: str) -> frozenset[int]:
    """The starts of the lines of `text` opened by a speaker's label, when
    the text is a transcript (read once a text)."""
    found = list(_ANY_LABEL.finditer(text))
    labels = {m.group(1) for m in found}
    if len(found) < 3 or not (len(labels) >= 2 or len(next(iter(labels))) == 1):
        return frozenset()
    voiced = 0
    for m in found:
        end = text.find("\n", m.end())
        voiced += bool(_PERSON.search(text, m.end(), len(text) if end < 0 else end))
    return frozenset(m.start() for m in found) if voiced >= 2 else frozenset()
