"""Reading exported files back with outside tools: LibreOffice (DOCX to PDF)
and poppler's pdftotext (word positions), pdffonts (embedded fonts)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_libreoffice = pytest.mark.skipif(
    shutil.which("libreoffice") is None, reason="libreoffice not installed"
)


def libreoffice_pdf(docx: Path, folder: Path) -> Path:
    """The PDF LibreOffice makes of `docx` (in `folder`, with its own profile)."""
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation=file://{folder}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / docx.with_suffix(".pdf").name


def bbox_words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) of every word pdftotext finds."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    out = []
    for page, body in enumerate(re.split(r"<page [^>]*>", xml)[1:], 1):
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            body,
        ):
            word = word.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append((page, float(x0), float(y0), float(x1), float(y1), word))
    return out


def seen_lines(pdf: Path) -> list[str]:
    """Each line of the PDF as a reader sees it: words left to right by their
    position on the page (pdftotext -bbox), whatever order they were drawn in."""
    lines: dict[tuple[int, int], list[tuple[float, str]]] = {}
    for page, x, y, _, _, word in bbox_words(pdf):
        lines.setdefault((page, round(y / 4)), []).append((x, word))
    return [" ".join(w for _, w in sorted(ws)) for _, ws in sorted(lines.items())]


def _code_glyphs(font: bytes) -> dict[int, int]:
    """Code -> glyph of a subset TrueType font as reportlab embeds it: its
    cmap holds a trimmed byte-encoding table (format 6; format 0 also read)."""
    import struct

    tables = struct.unpack(">H", font[4:6])[0]
    for i in range(tables):
        tag, _, offset, _ = struct.unpack(">4sIII", font[12 + 16 * i : 28 + 16 * i])
        if tag != b"cmap":
            continue
        count = struct.unpack(">H", font[offset + 2 : offset + 4])[0]
        for j in range(count):
            _, _, sub = struct.unpack(">HHI", font[offset + 4 + 8 * j : offset + 12 + 8 * j])
            start = offset + sub
            kind = struct.unpack(">H", font[start : start + 2])[0]
            if kind == 0:
                return dict(enumerate(font[start + 6 : start + 262]))
            if kind == 6:
                first, n = struct.unpack(">HH", font[start + 6 : start + 10])
                ids = struct.unpack(f">{n}H", font[start + 10 : start + 10 + 2 * n])
                return {first + k: g for k, g in enumerate(ids)}
    return {}


def _shown_codes(doc) -> dict[tuple, set[int]]:
    """Per font object: the character codes that text operators show."""
    import pikepdf

    shown: dict[tuple, set[int]] = {}

    def walk(stream, resources) -> None:
        fonts = resources.get("/Font", {}) if resources is not None else {}
        font = None
        for operands, op in pikepdf.parse_content_stream(stream):
            name = str(op)
            if name == "Tf":
                font = fonts.get(str(operands[0]))
            elif name in ("Tj", "'", '"', "TJ") and font is not None:
                items = operands[-1] if name != "TJ" else operands[0]
                strings = (
                    [items] if name != "TJ" else [x for x in items if isinstance(x, pikepdf.String)]
                )
                for text in strings:
                    shown.setdefault(font.objgen, set()).update(bytes(text))
            elif name == "Do" and resources is not None:
                xobject = resources.get("/XObject", {}).get(str(operands[0]))
                if xobject is not None and xobject.get("/Subtype") == pikepdf.Name.Form:
                    walk(xobject, xobject.get("/Resources", resources))

    for page in doc.pages:
        walk(page, page.obj.get("/Resources"))
    return shown


def notdef_chars(pdf: Path) -> set[str]:
    """Characters the PDF draws with a font's missing-glyph box: codes shown
    by the page content that the embedded subset maps to glyph 0, named by
    the font's ToUnicode map."""
    import pikepdf

    boxed: set[str] = set()
    with pikepdf.open(pdf) as doc:
        shown = _shown_codes(doc)
        for obj in doc.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.objgen not in shown:
                continue
            descriptor = obj.get("/FontDescriptor")
            glyphs = _code_glyphs(descriptor.FontFile2.read_bytes()) if descriptor else {}
            names = {}
            cmap = obj.ToUnicode.read_bytes().split(b"beginbfchar", 1)[-1]
            for code, target in re.findall(rb"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{4,})>", cmap):
                if len(target) % 4:  # reportlab's own way of writing U+10000 and up
                    names[int(code, 16)] = chr(int(target, 16))
                else:
                    names[int(code, 16)] = bytes.fromhex(target.decode()).decode(
                        "utf-16-be", "surrogatepass"
                    )
            for code in shown[obj.objgen]:
                if not glyphs.get(code):
                    boxed.add(names.get(code, f"<code {code}>"))
    return boxed
