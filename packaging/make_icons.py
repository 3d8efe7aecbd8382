"""Draw the application and memo-file icons into resources/icons (run by hand; outputs committed).

The artwork is ours: a memo page with an opening quotation mark, drawn as SVG
here, rendered to PNG with Qt's SVG renderer, and packed into .ico (Windows)
and .icns (macOS) with Pillow. `make icons` runs it; the outputs are committed
so a build needs neither step.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP = "briefing-builder"
MEMO = "briefing-builder-memo"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# The app's own palette (style.qss selection blue, a warm accent for the quote).
BLUE_LIGHT, BLUE_DARK = "#3d80c4", "#1f4d80"
PAGE, FOLD, LINE, ACCENT = "#ffffff", "#c9d8ea", "#aebccc", "#f0a531"


def _quote_mark(x: float, y: float, scale: float) -> str:
    """An opening double quotation mark: two round heads with tails curling up-right."""
    parts = []
    for dx in (0.0, 34.0):
        cx, cy = x + dx * scale, y
        r = 13.0 * scale
        parts.append(
            f'<path d="M{cx - r:.1f},{cy:.1f} '
            f"A{r:.1f},{r:.1f} 0 1 0 {cx + r:.1f},{cy:.1f} "
            f"A{r:.1f},{r:.1f} 0 0 0 {cx - 1 * scale:.1f},{cy - r:.1f} "
            f"C{cx + 2 * scale:.1f},{cy - 22 * scale:.1f} {cx + 10 * scale:.1f},{cy - 28 * scale:.1f} "
            f"{cx + 18 * scale:.1f},{cy - 31 * scale:.1f} "
            f"L{cx + 15 * scale:.1f},{cy - 38 * scale:.1f} "
            f"C{cx - 2 * scale:.1f},{cy - 33 * scale:.1f} {cx - r:.1f},{cy - 20 * scale:.1f} "
            f'{cx - r:.1f},{cy:.1f} Z" fill="{ACCENT}"/>'
        )
    return "\n  ".join(parts)


def _page(left: float, top: float, right: float, bottom: float, fold: float) -> list[str]:
    """A white page with its top-right corner folded, four text lines and a quote mark."""
    width = right - left
    shadow = (
        f'<path d="M{left + 4},{top + 6} H{right - fold + 4} L{right + 4},{top + fold + 6} '
        f'V{bottom + 6} H{left + 4} Z" fill="#000000" fill-opacity="0.18"/>'
    )
    page = (
        f'<path d="M{left},{top} H{right - fold} L{right},{top + fold} V{bottom} H{left} Z" '
        f'fill="{PAGE}"/>'
    )
    corner = f'<path d="M{right - fold},{top} V{top + fold} H{right} Z" fill="{FOLD}"/>'
    lines = []
    margin = width * 0.16
    step = (bottom - top) * 0.115
    first = top + (bottom - top) * 0.52
    for i, share in enumerate((1.0, 0.86, 1.0, 0.62)):
        length = (width - 2 * margin) * share
        lines.append(
            f'<rect x="{left + margin:.1f}" y="{first + i * step:.1f}" width="{length:.1f}" '
            f'height="{step * 0.45:.1f}" rx="{step * 0.22:.1f}" fill="{LINE}"/>'
        )
    mark = _quote_mark(left + margin + 13 * width / 128, top + (bottom - top) * 0.36, width / 128)
    return [shadow, page, corner, *lines, mark]


def app_svg() -> str:
    """The application icon: the memo page on a rounded blue tile."""
    body = [
        "<defs>",
        '  <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">',
        f'    <stop offset="0" stop-color="{BLUE_LIGHT}"/>',
        f'    <stop offset="1" stop-color="{BLUE_DARK}"/>',
        "  </linearGradient>",
        "</defs>",
        '<rect x="12" y="12" width="232" height="232" rx="44" fill="url(#tile)"/>',
        *_page(62, 38, 194, 218, 38),
    ]
    return _svg(body)


def memo_svg() -> str:
    """The icon of a *.brief.json memo file: the page alone."""
    return _svg(_page(44, 14, 212, 238, 46))


def _svg(body: list[str]) -> str:
    inner = "\n  ".join(body)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
        f"  {inner}\n</svg>\n"
    )


def render_png(svg: str, size: int) -> bytes:
    """The SVG drawn at size x size pixels with Qt's renderer, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    for name, svg in ((APP, app_svg()), (MEMO, memo_svg())):
        (ICONS / f"{name}.svg").write_text(svg, encoding="utf-8")
        for size in PNG_SIZES:
            (ICONS / f"{name}-{size}.png").write_bytes(render_png(svg, size))
    big = Image.open(io.BytesIO(render_png(app_svg(), 1024)))
    big.save(ICONS / f"{APP}.ico", sizes=[(s, s) for s in PNG_SIZES if s <= 256])
    big.save(ICONS / f"{APP}.icns")
    print(f"wrote {len(list(ICONS.iterdir()))} files to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
