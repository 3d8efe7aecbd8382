"""Invisible format characters no bundled font has (the Arabic letter mark,
the tag characters of a subdivision flag such as England's) print as nothing
in the PDF, not as the body font's missing-glyph box; the words around them
are kept. Invented sentences."""

from __future__ import annotations

import subprocess

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from tests.export.readback import notdef_chars

ALM = "\u061c"
FLAG = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


def test_invisible_marks_no_font_has_are_not_drawn_as_boxes(tmp_path):
    blocks = [
        Block("prose", f"Roe cheered {FLAG} at the Velmar match."),
        Block("prose", f"The sign read {ALM}\u0645\u0631\u062d\u0628\u0627 twice."),
    ]
    brief = Brief(Header(subject=f"Match {FLAG} memo"), [Section(f"One {ALM}", blocks)])
    out = tmp_path / "memo.pdf"
    export_brief(brief, out, ExportOptions())
    assert notdef_chars(out) == set()
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Roe cheered \U0001f3f4 at the Velmar match." in text
    assert "The sign read" in text and "twice." in text
