"""Text in any script made ready for reportlab, which draws characters left to
right, one font per run, with no shaping of its own.

Fonts. Text is set in the bundled DejaVu Sans (four faces); a character it
lacks falls back, in order, to DejaVu Sans upright (Arabic and other scripts
its oblique faces lack: an italic Arabic outlet name prints upright rather
than as boxes), Droid Sans Fallback (Chinese, Japanese, Korean) and a subset
of Symbola (emoji and symbols). Licences in resources/fonts.

Right to left. An Arabic or Hebrew run inside a left-to-right paragraph is
put in the order it is seen on the page (python-bidi) with Arabic letters in
their contextual forms (arabic-reshaper), where it stands, its spaces made
non-breaking so that a line break never swaps its words (`visual_order`).
A paragraph written right to left is broken into lines first and each line
laid out by the Unicode bidirectional algorithm with a right-to-left base,
so that its full stop and its quotation marks land where a reader of the
script expects them (`rtl_lines`). The PDF post-processor maps the contextual
forms back to plain letters in the text layer (pdf_post.py).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import algorithm as uba
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import RESOURCES
from app.core.render import has_rtl, is_rtl

FONT_DIR = RESOURCES / "fonts"
# DejaVu Sans rather than Serif: it also covers Arabic, Hebrew and more scripts.
BODY_FONT = "DejaVuSans"
BOLD_FONT = "DejaVuSans-Bold"
UPRIGHT_FONT = "DejaVuSansUpright"
CJK_FONT = "DroidSansFallback"
SYMBOL_FONT = "SymbolaEmoji"
FALLBACKS = (UPRIGHT_FONT, CJK_FONT, SYMBOL_FONT)
NBSP = "\u00a0"

_FACES = {
    BODY_FONT: "DejaVuSans.ttf",
    BOLD_FONT: "DejaVuSans-Bold.ttf",
    f"{BODY_FONT}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{BODY_FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    # The upright faces again under names of their own: reportlab maps a
    # face name back to one family only.
    UPRIGHT_FONT: "DejaVuSans.ttf",
    f"{UPRIGHT_FONT}-Bold": "DejaVuSans-Bold.ttf",
    CJK_FONT: "DroidSansFallback.ttf",
    SYMBOL_FONT: "SymbolaEmoji.ttf",
}
_coverage: dict[str, frozenset[int]] = {}
# Held while the fonts load: a worker loading them for the export dialog's
# check and the export's own load never overlap, nor read a half-filled
# `_coverage`.
_loading = threading.Lock()


def fonts_registered() -> bool:
    """The fonts are loaded (`register_fonts` returns at once)."""
    return bool(_coverage)


def register_fonts() -> None:
    """Register the bundled fonts and font families with reportlab, once per
    process (0.4-0.85 s: never on the window's thread)."""
    with _loading:
        if not _coverage:
            _register()


def _register() -> None:
    for name, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    upright, upright_bold = UPRIGHT_FONT, f"{UPRIGHT_FONT}-Bold"
    families = {
        BODY_FONT: (BODY_FONT, BOLD_FONT, f"{BODY_FONT}-Oblique", f"{BODY_FONT}-BoldOblique"),
        # Inside <i>, a run in this family stays upright: the oblique faces
        # have no Arabic, Hebrew (and more), the upright ones do.
        UPRIGHT_FONT: (upright, upright_bold, upright, upright_bold),
        CJK_FONT: (CJK_FONT,) * 4,
        SYMBOL_FONT: (SYMBOL_FONT,) * 4,
    }
    for family, (normal, b, i, bi) in families.items():
        pdfmetrics.registerFontFamily(family, normal=normal, bold=b, italic=i, boldItalic=bi)

    def chars(*faces: str) -> frozenset[int]:
        sets = [set(pdfmetrics.getFont(f).face.charToGlyph) for f in faces]
        return frozenset(set.intersection(*sets))

    coverage = {
        BODY_FONT: chars(*families[BODY_FONT]),
        UPRIGHT_FONT: chars(upright, upright_bold),
        CJK_FONT: chars(CJK_FONT),
        SYMBOL_FONT: chars(SYMBOL_FONT),
    }
    font_of.cache_clear()
    _unseen.cache_clear()
    _coverage.update(coverage)  # all at once: `fonts_registered` sees it whole


@cache
def font_of(char: str) -> str | None:
    """The fallback font that draws `char`, or None for the body font (which
    also gets characters no bundled font has: they print as its box)."""
    code = ord(char)
    if code in _coverage[BODY_FONT] or char in "\n\t ":
        return None
    for font in FALLBACKS:
        if code in _coverage[font]:
            return font
    return None


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that no bundled font can draw."""
    return {
        c
        for c in set(text)
        if c not in "\n\t " and not any(ord(c) in cover for cover in _coverage.values())
    }


@cache
def _unseen(char: str) -> bool:
    """An invisible format character that no bundled font has (the Arabic
    letter mark, a flag's tag characters): drawn, it would be a box."""
    return unicodedata.category(char) == "Cf" and bool(missing_glyphs(char))


def font_runs(text: str) -> Iterator[tuple[str | None, str]]:
    """`text` cut into runs, each with its fallback font (None: the body
    font), without the invisible characters no font can draw."""
    if not text.isascii() and any(map(_unseen, text)):
        text = "".join(c for c in text if not _unseen(c))
    start = 0
    current: str | None = None
    for i, char in enumerate(text):
        font = font_of(char)
        if font != current and i > start:
            yield current, text[start:i]
            start = i
        current = font
    if start < len(text):
        yield current, text[start:]


def fonts_markup(text: str) -> str:
    """Plain (visual-order) text as paragraph markup: escaped, with runs the
    body font lacks wrapped in `<font name="...">`."""
    out = []
    for font, run in font_runs(text):
        run = escape(run)
        out.append(f'<font name="{font}">{run}</font>' if font else run)
    return "".join(out)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` drawn run by run (body font or fallbacks)."""
    return sum(
        pdfmetrics.stringWidth(run, _face(fallback, font), size)
        for fallback, run in font_runs(text)
    )


def _face(fallback: str | None, font: str) -> str:
    if fallback is None:
        return font
    if fallback == UPRIGHT_FONT and "Bold" in font:
        return f"{UPRIGHT_FONT}-Bold"
    return fallback


def draw_text(canv, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw one line of (visual-order) text at (x, y), switching to the
    fallback fonts for the runs that need them."""
    for fallback, run in font_runs(text):
        name = _face(fallback, font)
        canv.setFont(name, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)


# -- right to left --------------------------------------------------------------


def _rtl_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each right-to-left run: from a right-to-left letter to
    the last one before the next left-to-right letter (spaces, digits and
    punctuation between them belong to the run)."""
    start = last = -1
    for i, char in enumerate(text):
        kind = unicodedata.bidirectional(char)
        if is_rtl(char):
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
    used = 0.0
    space = width(" ")
    for word in words:
        w = width(word)
        if groups[-1] and used + space + w > limit:
            groups.append([])
            used = 0.0
        used += (space if groups[-1] else 0.0) + w
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
    if not has_rtl(text):
        return text
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


Run = tuple[str, object]  # text and the key of its styling (italic, link, ...)


def rtl_lines(
    runs: list[Run],
    width: Callable[[str, object], float],
    first_width: float,
    line_width: float,
) -> list[list[Run]]:
    """A right-to-left paragraph, given as logical runs, broken into lines
    (the first `first_width` points wide, the others `line_width`; `width`
    measures shaped text of a run's styling) and each line in visual order:
    the runs to draw from left to right, Arabic shaped, brackets mirrored."""
    chars = [(c, key) for text, key in runs for c in text]
    lines = _break_lines(chars, width, first_width, line_width)
    return [_visual_line(line) for line in lines]


def _break_lines(chars, width, first_width: float, line_width: float) -> list[list]:
    """Greedy line breaking at spaces (a word wider than a line stands alone)."""
    words: list[list] = []
    for char in chars:
        if char[0] in " \n":
            words.append([char])
            words.append([])
        else:
            if not words or (words[-1] and words[-1][-1][0] in " \n"):
                words.append([])
            words[-1].append(char)
    lines: list[list] = [[]]
    used = 0.0
    limit = first_width
    for word in words:
        if not word:
            continue
        if word[0][0] == "\n":
            lines.append([])
            used, limit = 0.0, line_width
            continue
        w = _chars_width(word, width)
        if word[0][0] == " ":
            if lines[-1]:
                lines[-1].extend(word)
                used += w
            continue
        if lines[-1] and used + w > limit:
            while lines[-1] and lines[-1][-1][0] == " ":
                lines[-1].pop()
            lines.append([])
            used, limit = 0.0, line_width
        lines[-1].extend(word)
        used += w
    return [line for line in lines if line] or [[]]


def _chars_width(chars, width) -> float:
    total, start = 0.0, 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or chars[i][1] != chars[start][1]:
            text = "".join(c for c, _ in chars[start:i])
            total += width(arabic_reshaper.reshape(text), chars[start][1])
            start = i
    return total


def _visual_line(line: list) -> list[Run]:
    """One line's characters (logical order, each with its key) as the runs
    to draw left to right, by the Unicode bidirectional algorithm (UAX #9)
    with a right-to-left paragraph level."""
    if not line:
        return []
    storage = uba.get_empty_storage()
    storage["base_level"] = 1
    storage["base_dir"] = "R"
    uba.get_embedding_levels("".join(c for c, _ in line), storage, False, False)
    for i, char in enumerate(storage["chars"]):
        char["i"] = i
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    order = [(c["i"], c["level"] % 2) for c in storage["chars"]]
    runs: list[Run] = []
    start = 0
    for k in range(1, len(order) + 1):
        if k < len(order):
            prev_i, odd = order[k - 1]
            i, odd_now = order[k]
            step = -1 if odd else 1
            if odd_now == odd and i == prev_i + step and line[i][1] == line[prev_i][1]:
                continue
        runs.append(_segment(line, order[start:k]))
        start = k
    return runs


def _segment(line: list, order: list[tuple[int, int]]) -> Run:
    """Characters that follow each other in both orders, as drawn: a
    right-to-left stretch shaped in logical order, then reversed and mirrored."""
    key = line[order[0][0]][1]
    if not order[0][1]:
        return "".join(line[i][0] for i, _ in order), key
    logical = "".join(line[i][0] for i, _ in reversed(order))
    shaped = arabic_reshaper.reshape(logical)
    return "".join(MIRRORED.get(c, c) for c in reversed(shaped)), key
