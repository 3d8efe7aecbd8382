"""Small source files in each importable format, written by the tests themselves.

Names and places are invented. Each file holds one attributed quote and a fact
with a number, so an import shows both kinds of item.
"""

from __future__ import annotations

from pathlib import Path


def make_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.core_properties.title = "Harbor board keeps ferry fares"
    doc.add_heading("Harbor board keeps ferry fares", 1)
    doc.add_paragraph(
        '"We will keep the fare at two crowns," said Ilsa Varrow, the harbor board chair, '
        "on Tuesday."
    )
    doc.add_paragraph("The board has 7 members and met for 3 hours before the vote.")
    doc.save(path)
    return path


def make_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle("Orchard cooperative buys a new press")
    page.drawString(72, 760, '"The press pays for itself in four seasons," said Tomas Quillen,')
    page.drawString(72, 744, "the treasurer of the cooperative.")
    page.drawString(72, 720, "The cooperative counted 212 members in March.")
    page.save()
    return path


def make_html(path: Path) -> Path:
    path.write_text(
        "<!doctype html><html><head><title>Lantern festival moves to the river</title>"
        '<meta name="author" content="Pell Ambrine"></head><body><article>'
        "<h1>Lantern festival moves to the river</h1>"
        '<p>"The square is too small now," said Odile Fenwright, who organises the festival. '
        "The festival drew 4,000 visitors last year, organisers said. The river bank offers "
        "more room for stalls and for the lantern boats that close the evening.</p>"
        "<p>The council approved the move on Monday after a short debate about noise and "
        "parking near the bridge.</p></article></body></html>",
        encoding="utf-8",
    )
    return path
