"""Note numbering and full/short notes in the layout, the DOCX and the PDF when
a memo cites the same article more than once (invented sources)."""

from __future__ import annotations

import subprocess

from docx import Document

from app.core import cite
from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from app.core.render import render
from tests.export.memos import ref
from tests.export.test_docx import notes_of


def _copies_brief() -> Brief:
    # Two library copies of one Quillon article (the same details, two ids):
    # the source list holds it once, so it is one source to the reader.
    one = ref(1, title="Velmar Board Widens the Ferry Route", outlet="Quillon Post")
    copy = ref(2, title=one.title, outlet=one.outlet, author=one.author, url=one.url)
    copy.file_name = one.file_name
    other = ref(3, title="Brask Mill Reopens After Flood", outlet="Vesk Ledger")
    blocks = [
        Block("fact", "The ferry runs twice a day.", original="x", source=one),
        Block("fact", "The mill hired forty workers.", original="x", source=other),
        Block("fact", "The route adds a night crossing.", original="x", source=copy),
    ]
    return Brief(Header("Council", "Staff", "2024-12-03", "Ferry memo"), [Section("One", blocks)])


def test_a_second_copy_of_a_cited_article_gets_the_short_note():
    brief = _copies_brief()
    layout = render(brief, "chicago")
    assert len(layout.sources) == 2
    assert [n.number for n in layout.notes] == [1, 2, 3]
    assert [n.first for n in layout.notes] == [True, True, False]
    one = brief.blocks()[0].source
    assert cite.plain(layout.notes[2].spans) == cite.plain(cite.chicago_short_note(one))


def test_docx_and_pdf_give_the_copy_the_short_note(tmp_path):
    brief = _copies_brief()
    short = cite.plain(cite.chicago_short_note(brief.blocks()[0].source))
    docx = tmp_path / "memo.docx"
    export_brief(brief, docx, ExportOptions(style="chicago"))
    notes, _ = notes_of(Document(str(docx)))
    assert [n[0] for n in notes] == [1, 2, 3]
    assert notes[2][2] == short
    pdf = tmp_path / "memo.pdf"
    export_brief(brief, pdf, ExportOptions(style="chicago"))
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    # The full note (the author's name in reading order) is printed once.
    assert text.count("Writer1 Person, \u201cVelmar Board") == 1
    assert f"3. {short}" in text
