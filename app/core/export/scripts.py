"""Text in any script made ready for reportlab, which draws characters left to
right, one font per run, with no shaping of its own.

- Right-to-left runs (Arabic, Hebrew, ...) are put in the order they are seen
  on the page (python-bidi) and Arabic letters take their contextual forms
  (arabic-reshaper: initial, medial, final forms and the lam-alef ligature
  as Unicode presentation forms, which DejaVu Sans has). Each run is reordered
  where it stands, so an English sentence stays left to right around an
  Arabic or Hebrew name.
- Characters the body font (DejaVu Sans) lacks, such as Chinese, Japanese and
  Korean, are set in the bundled Droid Sans Fallback (resources/fonts, see
  LICENSE-DroidSansFallback.txt). Characters neither font has (emoji) stay in
  the body font, which prints its missing-glyph box.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FALLBACK_FONT = "DroidSansFallback"
FALLBACK_FILE = "DroidSansFallback.ttf"
NBSP = "\u00a0"
_RTL_CLASSES = frozenset(("R", "AL"))


def register_fallback(font_dir: Path, main_fonts: list[str]) -> None:
    """Register the fallback font (all four styles map to it) and remember
    which characters every one of `main_fonts` (already registered) can draw."""
    pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(font_dir / FALLBACK_FILE)))
    pdfmetrics.registerFontFamily(
        FALLBACK_FONT,
        normal=FALLBACK_FONT,
        bold=FALLBACK_FONT,
        italic=FALLBACK_FONT,
        boldItalic=FALLBACK_FONT,
    )
    covered = None
    for name in main_fonts:
        chars = set(pdfmetrics.getFont(name).face.charToGlyph)
        covered = chars if covered is None else covered & chars
    _coverage["main"] = frozenset(covered or ())
    _coverage["fallback"] = frozenset(pdfmetrics.getFont(FALLBACK_FONT).face.charToGlyph)
    _use_fallback.cache_clear()


_coverage: dict[str, frozenset[int]] = {"main": frozenset(), "fallback": frozenset()}


@cache
def _use_fallback(char: str) -> bool:
    code = ord(char)
    if code in _coverage["main"] or char in "\n\t ":
        return False
    return code in _coverage["fallback"]


def font_runs(text: str) -> Iterator[tuple[bool, str]]:
    """`text` cut into runs, each with whether it needs the fallback font."""
    start = 0
    current = False
    for i, char in enumerate(text):
        fallback = _use_fallback(char)
        if fallback != current and i > start:
            yield current, text[start:i]
            start = i
        current = fallback
    if start < len(text):
        yield current, text[start:]


def is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def _rtl_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each right-to-left run: from a right-to-left letter to
    the last one before the next left-to-right letter (spaces, digits and
    punctuation between them belong to the run)."""
    start = last = -1
    for i, char in enumerate(text):
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            if start < 0:
                start = i
            last = i
        elif kind == "L" and start >= 0:
            yield start, last + 1
            start = -1
    if start >= 0:
        yield start, last + 1


def _visual_run(run: str) -> str:
    return get_display(arabic_reshaper.reshape(run), base_dir="R")


def _chunks(words: list[str], width: Callable[[str], float], limit: float) -> list[list[str]]:
    """`words` in groups as wide as fit in `limit` (a word wider than it alone)."""
    groups: list[list[str]] = [[]]
    for word in words:
        if groups[-1] and width(" ".join([*groups[-1], word])) > limit:
            groups.append([])
        groups[-1].append(word)
    return groups


def visual_order(
    text: str, width: Callable[[str], float] | None = None, line_width: float = 0.0
) -> str:
    """`text` as reportlab must draw it: each right-to-left run reversed into
    visual order and shaped, its spaces made non-breaking so that a line break
    never swaps its words. A run wider than 90% of `line_width` (its shaped
    form measured with `width`) is cut into lines of words joined by line
    breaks ("\\n"), so that each line reads right to left and the lines top to
    bottom. Text without right-to-left letters comes back unchanged."""
    out = []
    done = 0
    for start, end in _rtl_spans(text):
        run = text[start:end]
        out.append(text[done:start])
        done = end
        limit = 0.9 * line_width

        def shaped_width(words: str) -> float:
            return width(arabic_reshaper.reshape(words)) if width else 0.0

        if width is None or limit <= 0 or shaped_width(run) <= limit:
            out.append(_visual_run(run).replace(" ", NBSP))
            continue
        groups = _chunks(run.split(" "), shaped_width, limit)
        out.append("\n".join(_visual_run(" ".join(g)).replace(" ", NBSP) for g in groups))
    out.append(text[done:])
    return "".join(out)


def fonts_markup(text: str) -> str:
    """Plain (visual-order) text as paragraph markup: escaped, with runs the
    body font lacks wrapped in `<font name="DroidSansFallback">`."""
    out = []
    for fallback, run in font_runs(text):
        run = escape(run)
        out.append(f'<font name="{FALLBACK_FONT}">{run}</font>' if fallback else run)
    return "".join(out)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` drawn run by run (body font or fallback)."""
    return sum(
        pdfmetrics.stringWidth(run, FALLBACK_FONT if fallback else font, size)
        for fallback, run in font_runs(text)
    )


def draw_text(canv, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw one line of (visual-order) text at (x, y), switching to the
    fallback font for the runs that need it."""
    for fallback, run in font_runs(text):
        name = FALLBACK_FONT if fallback else font
        canv.setFont(name, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
