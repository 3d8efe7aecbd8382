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


def test_a_raised_footnote_number_stays_in_its_sentence(tmp_path):
    path = tmp_path / "d.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 11)
    before = "The Quillon levy rose by 40"
    page.drawString(72, 750, before)
    x = 72 + page.stringWidth(before, "Helvetica", 11)
    page.setFont("Helvetica", 7)
    page.drawString(x, 754, "1")
    page.setFont("Helvetica", 11)
    page.drawString(
        x + page.stringWidth("1", "Helvetica", 7), 750, " percent last year, Vesk Tarn said."
    )
    page.drawString(72, 736, "The Brask bridge will open in the spring after a long wait.")
    page.save()
    text = read_document(path).text
    assert text.startswith(
        "The Quillon levy rose by 40\u00b9 percent last year, Vesk Tarn said."
    ), text


def _page(doc, lines, number):
    doc.setFont("Helvetica", 8)
    doc.drawString(72, 800, "Velmar Gazette  |  Monday edition")
    doc.drawString(300, 40, f"Page {number}")
    doc.setFont("Helvetica", 11)
    y = 750
    for line in lines:
        doc.drawString(72, y, line)
        y -= 14
    doc.showPage()


def test_running_head_and_page_numbers_stay_out_of_the_text(tmp_path):
    path = tmp_path / "e.pdf"
    doc = canvas.Canvas(str(path))
    _page(
        doc,
        [
            "The Quillon council met on Monday to talk about the levy and the new",
            "bridge. Vesk Tarn said the council would not raise the levy before the",
        ],
        1,
    )
    _page(
        doc,
        [
            "autumn harvest, and Orra Quell agreed with him on the whole plan.",
            "The Brask mill will close for two weeks in the spring, its owners said.",
        ],
        2,
    )
    doc.save()
    text = read_document(path).text
    assert "Gazette" not in text and "Page" not in text, text
    assert "would not raise the levy before the autumn harvest, and Orra Quell" in text


def test_a_headline_repeated_as_the_running_head_stays_on_the_first_page(tmp_path):
    path = tmp_path / "h.pdf"
    doc = canvas.Canvas(str(path))
    headline = "Quillon levy vote put off to the spring"
    doc.setFont("Helvetica", 18)
    doc.drawString(72, 790, headline)
    doc.setFont("Helvetica", 8)
    doc.drawString(300, 40, "1")
    doc.setFont("Helvetica", 11)
    doc.drawString(72, 750, "The Quillon council met on Monday and Vesk Tarn said the vote on the")
    doc.showPage()
    for number, line in [
        (2, "levy would wait for the spring."),
        (3, "Orra Quell agreed with him."),
    ]:
        doc.setFont("Helvetica", 8)
        doc.drawString(72, 800, headline)
        doc.drawString(300, 40, str(number))
        doc.setFont("Helvetica", 11)
        doc.drawString(72, 750, line)
        doc.showPage()
    doc.save()
    text = read_document(path).text
    assert text.startswith(headline), text
    assert text.count("Quillon levy vote") == 1, text
    assert "the vote on the levy would wait for the spring. Orra Quell" in text, text
