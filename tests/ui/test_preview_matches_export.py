"""The Preview tab and the exported PDF of the example memo, read back: the same
heading, the same note numbers after the same words, the same text in each note."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtGui import QTextCharFormat

from app import cli
from app.ui.brief_files import EXAMPLE_BRIEF
from tests.export.expected import flatten
from tests.ui.helpers import open_window


def _preview_paragraphs(preview) -> list[tuple[str, str]]:
    """Each paragraph of the preview as (its words, the note number set as a
    superscript after them, or "")."""
    out = []
    block = preview.document().begin()
    while block.isValid():
        words, mark = [], []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            align = fragment.charFormat().verticalAlignment()
            superscript = align == QTextCharFormat.VerticalAlignment.AlignSuperScript
            (mark if superscript else words).append(fragment.text())
            it += 1
        out.append(("".join(words), "".join(mark)))
        block = block.next()
    return out


def _preview_notes(paragraphs: list[tuple[str, str]]) -> dict[int, str]:
    """The preview's notes, by number: the paragraphs after "Notes" up to the
    source list's title."""
    texts = [words for words, _ in paragraphs]
    start, end = texts.index("Notes") + 1, texts.index("Bibliography")
    notes = {}
    for text in texts[start:end]:
        number, _, note = text.partition(". ")
        notes[int(number)] = " ".join(note.split())
    return notes


def test_the_preview_and_the_pdf_number_and_word_the_example_memos_notes_alike(
    qtbot, seeded_library, tmp_path
):
    window = open_window(qtbot, seeded_library)
    assert window.files.open_example()
    window.preview.refresh()
    paragraphs = _preview_paragraphs(window.preview)
    notes = _preview_notes(paragraphs)
    assert list(notes) == list(range(1, len(notes) + 1)) and len(notes) > 10
    marked = [(words, int(mark)) for words, mark in paragraphs if mark]
    assert [number for _, number in marked] == list(notes)

    out = tmp_path / "example.pdf"
    library = ["--library", str(seeded_library.path)]
    assert cli.run(["export", str(EXAMPLE_BRIEF), "--out", str(out), *library]) == 0
    runs = _pdf_runs(out)
    # The same first line: the memo's heading (the preview headed it with the
    # subject, which the header's SUBJECT line shows again).
    assert paragraphs[0][0] == next(text for size, text in runs if size == TITLE_SIZE).strip()
    # The same marks, in the same order, after the same words.
    assert [int(text) for size, text in runs if size == MARK_SIZE] == list(notes)
    subject = flatten(window.current_brief().header.subject)
    pdf = re.sub(r"Page\d+of\d+", "", flatten("".join(t for _, t in runs)).replace(subject, ""))
    for words, number in marked:
        assert flatten(words[-40:]) + str(number) in pdf, number
    # The same notes, whole, under the same numbers.
    assert _pdf_notes(runs, window.current_brief().header.subject) == notes


# app/core/export/pdf.py: the memo's heading, a note's mark, a note
TITLE_SIZE, MARK_SIZE, NOTE_SIZE = 20.0, 8.0, 8.5


def _pdf_runs(path) -> list[tuple[float, str]]:
    """Each run of text pypdf reads from the PDF, with its font size."""
    runs: list[tuple[float, str]] = []

    def visit(text, _cm, tm, _font, size):
        if text.strip():
            runs.append((round(size * tm[0], 2), text))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return runs


def _pdf_notes(runs: list[tuple[float, str]], subject: str) -> dict[int, str]:
    """The footnotes, by number: the text set in the notes' size, without the
    running header (the subject) and the "Page N of M" footers, which share it."""
    small = "".join(text for size, text in runs if size == NOTE_SIZE).replace(subject, "")
    small = re.sub(r"Page \d+ of\s*\d+\s*", "", small)
    parts = re.split(r"(?m)^(\d+)\. ", small)
    assert not parts[0].strip(), parts[0]
    return {
        int(n): " ".join(text.split()) for n, text in zip(parts[1::2], parts[2::2], strict=True)
    }


def test_the_preview_is_set_in_the_pdfs_font_not_a_serif(qtbot):
    """The exported PDF is set in DejaVu Sans (a DOCX in Word's sans serif):
    the preview was set in Georgia, a serif neither file uses."""
    from app.core.brief import Block, Brief, Header, Section
    from app.core.export.scripts import BODY_FONT
    from app.ui.preview import PreviewPane

    pane = PreviewPane()
    qtbot.addWidget(pane)
    brief = Brief(Header(subject="Ferry fares"), [Section("One", [Block("prose", "Fares rise.")])])
    pane.show_brief(brief)
    pane.refresh()
    block = pane.document().begin()
    seen = 0
    while block.isValid():
        if block.text():
            families = block.begin().fragment().charFormat().fontFamilies()
            assert families[0].replace(" ", "") == BODY_FONT, (block.text(), families)
            assert families[-1] == "sans-serif" and "Georgia" not in families
            seen += 1
        block = block.next()
    assert seen >= 3
