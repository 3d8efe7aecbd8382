"""A URL with a part longer than two lines and no punctuation to break at (a
long token or an encoded address) wraps in the PDF, every character on the
page: the rest of it after its second line used to be set on one line that
ran off the page's right edge, where it was cut off. Invented addresses."""

from __future__ import annotations

import subprocess

from reportlab.lib.pagesizes import LETTER

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from tests.export.memos import ref
from tests.export.readback import bbox_words

TOKEN = "Qv7" * 200  # 600 characters, no slash, dot, hyphen, ? or &


def _brief() -> Brief:
    source = ref(1, url=f"https://example.org/velmar/{TOKEN}", title="Velmar Ferry Timetable")
    blocks = [Block("fact", "The boat runs twice a day.", original="x", source=source)]
    return Brief(Header(subject="Ferry memo"), [Section("One", blocks)])


def test_a_long_unbroken_url_part_wraps_inside_the_page(tmp_path):
    for style in ("chicago", "apa", "ap"):
        out = tmp_path / f"memo-{style}.pdf"
        export_brief(_brief(), out, ExportOptions(style=style))
        words = bbox_words(out)
        right_edge = LETTER[0] - 72  # the 1-inch right margin
        assert max(x1 for _, _, _, x1, _, _ in words) <= right_edge + 1
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        printed = "".join(text.split())
        # Once in the source list, and in Chicago once more in the full note.
        assert printed.count("Qv7") == 200 * (2 if style == "chicago" else 1)
