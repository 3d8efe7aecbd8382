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
