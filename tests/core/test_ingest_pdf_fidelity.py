"""PDF text and properties as a reader would give them: a placeholder a
program wrote into the properties is no title or author, and a figure
broken at a line end after its hyphen stays one figure."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from app.core.ingest import read_document

LINES = [
    "The Velmar council said the levy would rise in the Quillon district",
    "over the 2025-",
    "26 season, and Roe said the Brask bridge would open in the spring.",
]


def _pdf(path, title=None, author=None):
    page = canvas.Canvas(str(path))
    if title is not None:
        page.setTitle(title)
    if author is not None:
        page.setAuthor(author)
    y = 750
    for line in LINES:
        page.drawString(72, y, line)
        y -= 14
    page.save()
    return path


@pytest.mark.parametrize(
    "title,author",
    [
        (None, None),  # reportlab's own "untitled" and "anonymous"
        ("Microsoft Word - levy_draft3.docx", "Unknown"),
        ("levy-notes.pdf", "Author"),
    ],
)
def test_placeholder_title_and_author_stay_empty(tmp_path, title, author):
    meta = read_document(_pdf(tmp_path / "a.pdf", title, author)).meta
    assert (meta.title, meta.author) == ("", "")


def test_real_title_and_author_are_kept(tmp_path):
    meta = read_document(_pdf(tmp_path / "b.pdf", "Levy rises in Quillon", "Vesk Tarn")).meta
    assert (meta.title, meta.author) == ("Levy rises in Quillon", "Vesk Tarn")


def test_figure_broken_after_its_hyphen_stays_whole(tmp_path):
    text = read_document(_pdf(tmp_path / "c.pdf", "Levy", "Roe")).text
    assert "over the 2025-26 season" in text, text
