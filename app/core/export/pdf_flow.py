"""The flowables a PDF memo is made of, on top of reportlab's.

- `Tagged`: a paragraph that marks what it draws as one structure element
  (pdf_tags.py); its split parts stay the same element. `Heading` adds a
  bookmark, on its first part only, however long the title.
- `HeaderField`: a TO / FROM / DATE / SUBJECT line, label beside value,
  that splits across pages when the value is taller than a page.
- `Rule`: the line under the memo header, drawn as an artifact.
- `pieces`: a paragraph cut, before reportlab sees it, into pieces of a few
  thousand characters that end exactly where reportlab would end a line,
  so that laying out a very long paragraph takes time in proportion to its
  length (reportlab re-breaks the whole rest of a paragraph at every page).
- `KeepWithNotes` and `NotedFrame`: footnotes on the page of their
  reference (see pdf.py).
"""

from __future__ import annotations

import copy

from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
)
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import _processed_frags

from app.core.export.pdf_tags import Element, tagged_draw

LABEL_WIDTH = 1.1 * inch
NOTE_GAP = 10.0  # space above the footnote rule, in points
# A paragraph longer than this is laid out in pieces of about PIECE characters.
SPLIT_AT = 6000
PIECE = 3000


class Tagged(Paragraph):
    """A paragraph drawn as (part of) the structure element `tag`."""

    tag: Element | None = None
    _wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        # reportlab breaks a paragraph into lines again at every wrap (to
        # measure, to split, to draw); the lines depend on the width alone.
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth:
            _, self.blPara, self.height, self._wrapWidths = cached
            self.width = availWidth
            return availWidth, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.blPara, self.height, self._wrapWidths)
        return size

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.tag = self.tag
        return parts

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N802, N803 (reportlab API)
        box = (x, y, x + self.width, y + self.height)
        tagged_draw(canv, self.tag, box, lambda: super(Tagged, self).drawOn(canv, x, y, _sW))


class Heading(Tagged):
    """A section title that becomes a PDF bookmark."""

    outline_key: str | None = None
    outline_title = ""

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            part.outline_key = None  # one bookmark, at the title's start
        if parts:
            parts[0].outline_key, parts[0].outline_title = self.outline_key, self.outline_title
        return parts


class HeaderField(Flowable):
    """`LABEL:` with its value beside it; the value wraps and, taller than a
    page, splits (the label stays with the first part)."""

    def __init__(self, label: Paragraph | None, value: Paragraph, tag: Element, space: float):
        super().__init__()
        self.label, self.value, self.tag, self.space = label, value, tag, space

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        _, h = self.value.wrap(availWidth - LABEL_WIDTH, availHeight)
        if self.label is not None:
            h = max(h, self.label.wrap(LABEL_WIDTH, availHeight)[1])
        self.width, self.height = availWidth, h
        return availWidth, h

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        parts = self.value.split(availWidth - LABEL_WIDTH, availHeight)
        if len(parts) < 2:
            return []
        return [
            HeaderField(self.label, parts[0], self.tag, 0),
            HeaderField(None, parts[1], self.tag, self.space),
        ]

    def getSpaceAfter(self):  # noqa: N802 (reportlab API)
        return self.space

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N802, N803 (reportlab API)
        def draw():
            if self.label is not None:
                _, lh = self.label.wrap(LABEL_WIDTH, self.height)
                self.label.drawOn(canv, x, y + self.height - lh)
            _, vh = self.value.wrap(self.width - LABEL_WIDTH, self.height)
            self.value.drawOn(canv, x + LABEL_WIDTH, y + self.height - vh)

        tagged_draw(canv, self.tag, (x, y, x + self.width, y + self.height), draw)


class Rule(HRFlowable):
    """A horizontal rule, marked as an artifact (decoration, not content)."""

    def drawOn(self, canv, x, y, _sW=0):  # noqa: N802, N803 (reportlab API)
        tagged_draw(canv, None, None, lambda: super(Rule, self).drawOn(canv, x, y, _sW))


def pieces(
    chunks: list[str], style, width: float, tag: Element | None, cls: type[Tagged] = Tagged
) -> list[Tagged]:
    """Paragraphs (of class `cls`) for markup given in `chunks` (cut at word
    boundaries, each a few thousand characters, a chunk cut after a space
    ending with it): each piece but the last
    holds whole lines as reportlab breaks them, so the pieces together read
    as one paragraph `width` points wide, spaced as `style` says."""
    if len(chunks) == 1:
        para = cls(chunks[0], style)
        para.tag = tag
        return [para]
    first = copy.copy(style)
    first.spaceAfter = 0
    middle = copy.copy(first)
    middle.spaceBefore = 0
    middle.firstLineIndent = 0
    last = copy.copy(middle)
    last.spaceAfter = style.spaceAfter
    out: list[Tagged] = []
    carry: list = []
    for i, chunk in enumerate(chunks):
        if i == len(chunks) - 1:
            this = style if not out else last
        else:
            this = first if not out else middle
        if carry and i and chunks[i - 1].endswith(" ") and not carry[-1].text.endswith(" "):
            # The chunks were cut after a space, which reportlab drops at a
            # paragraph's end: the rest of the line and the next chunk need it.
            carry[-1].text += " "
        para = cls(None, this, frags=carry + Tagged(chunk, this).frags)
        para.tag = tag
        if this is style or this is last:
            out.append(para)
            break
        para.wrap(width, 1e9)
        lines = len(para.blPara.lines)
        if lines < 2:
            carry = para.frags
            continue
        head, rest = para.split(width, (lines - 1) * this.leading + 1e-3)
        out.append(head)
        carry = _raw_frags(rest.frags)
    return out


def _raw_frags(frags: list) -> list:
    """reportlab's split gives the rest of a paragraph as words (lists of
    width and (frag, text) pairs, or a frag holding a list of words); as
    plain frags again, words spaced, they join the frags of the next piece."""
    if not _processed_frags(frags):
        out = []
        for f in frags:
            if not hasattr(f, "text") and hasattr(f, "words"):
                # A single-style paragraph's rest: its words, not its text.
                f = f.clone()
                f.text = " ".join(f.__dict__.pop("words"))
            out.append(f)
        return out
    out = []
    for i, word in enumerate(frags):
        parts = [(f, t) for f, t in word[1:]]
        for j, (f, text) in enumerate(parts):
            g = f.clone()
            g.text = text
            last_of_word = j == len(parts) - 1
            if last_of_word and i < len(frags) - 1 and not getattr(f, "lineBreak", False):
                g.text += " "
            out.append(g)
    return out


class DrainNotes(Flowable):
    """The story's last flowable: while the rest of a long footnote is still
    waiting for a page, it asks for one more page."""

    def __init__(self, pending):
        super().__init__()
        self.pending = pending

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        return availWidth, (availHeight + 1 if self.pending() else 0)

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab API)
        return [PageBreak(), DrainNotes(self.pending)] if self.pending() else []

    def draw(self) -> None:
        pass


class KeepWithNotes(KeepTogether):
    """The group a heading forms with its next paragraph (keepWithNext).

    The group stays on this page when it fits together with the footnotes
    the paragraph brings, or when the paragraph can split here leaving its
    first lines under the heading (its notes go with its last part); else
    the whole group starts the next page. A heading never ends a page."""

    def wrap(self, aW, aH):  # noqa: N803 (reportlab API)
        size = super().wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        notes = [n for f in self._content for n in getattr(f, "_notes", ())]
        if notes and isinstance(frame, NotedFrame):
            page = frame._doc.page_notes
            self._H += frame._notes_height(page + notes) - frame._notes_height(page)
        return size

    def split(self, aW, aH):  # noqa: N803 (reportlab API)
        self.wrap(aW, aH)
        content = list(self._content)
        frame = getattr(self, "_frame", None)
        if self._H <= aH or (frame is not None and frame._atTop):
            return content
        *head, last = content
        room = aH
        for f in head:
            room -= f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        room -= last.getSpaceBefore()
        fits = room > 0 and len(last.split(aW, room)) >= 2
        return content if fits else [FrameBreak(), *content]


class NotedFrame(Frame):
    """A frame that keeps room at its bottom for the footnotes of what it holds
    (and for the rest of a footnote carried over from the page before)."""

    def __init__(self, *args, doc, **kwargs):
        self.__dict__["_doc"] = doc
        super().__init__(*args, **kwargs)

    def __deepcopy__(self, memo: dict) -> NotedFrame:
        # reportlab copies the frame to measure a keepWithNext group; the copy
        # must share the document (canvas and all), which cannot be copied.
        clone = copy.copy(self)
        clone.__dict__.update(
            {k: copy.copy(v) for k, v in self.__dict__.items() if isinstance(v, list | dict)}
        )
        return clone

    def _reset(self) -> None:
        super()._reset()
        self.__dict__["_y1p"] = self._y1 + self._bottomPadding + self._notes_height([])

    def _notes_height(self, notes: list) -> float:
        carried = self._doc.carried_height()
        if not notes and not carried:
            return 0.0
        return NOTE_GAP + carried + sum(self._doc.note_height(n) for n in notes)

    def add(self, flowable: Flowable, canv, trySplit: int = 0) -> int:  # noqa: N803 (reportlab API)
        notes = getattr(flowable, "_notes", None)
        if not notes:
            return super().add(flowable, canv, trySplit)
        base = self._y1 + self._bottomPadding
        self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes + notes)
        if super().add(flowable, canv, trySplit):
            self._doc.place_notes(notes)
            return 1
        self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes)
        return 0

    def split(self, flowable: Flowable, canv) -> list:
        notes = getattr(flowable, "_notes", None)
        parts = super().split(flowable, canv)
        if not notes:
            return parts
        if len(parts) < 2 and self._atTop:
            # Alone on an empty page and still too tall with its notes: split so
            # the last part, which carries the reference mark, fits beside them.
            base = self._y1p
            self.__dict__["_y1p"] = base + self._notes_height(self._doc.page_notes + notes)
            try:
                parts = super().split(flowable, canv)
            finally:
                self.__dict__["_y1p"] = base
        if len(parts) < 2:
            return []  # try again on the next page
        parts[-1]._notes = notes
        return parts
