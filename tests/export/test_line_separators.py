"""Line breaks other than "\\n" in a block's words (Word's manual line break,
a page break from a converted file, Unicode's line and paragraph separators)
reach the DOCX, the PDF and the Preview as line breaks: never dropped so that
the words on either side run together. Invented sentences."""

from __future__ import annotations

import subprocess

import pytest
from docx import Document

from app.core import cite
from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from app.core.render import clean, render
from tests.export.memos import ref

BREAKS = ["\x0b", "\x0c", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("mark", BREAKS)
def test_clean_turns_other_line_breaks_into_newlines(mark):
    assert clean(f"twice{mark}a day") == "twice\na day"


def _brief() -> Brief:
    src = ref(1, title="Velmar Ferry Timetable")
    blocks = [
        Block("quote", f"The boat runs twice{mark}a day.", original="x", source=src)
        for mark in BREAKS
    ]
    blocks.append(Block("prose", "Roe checked\x0bthe times."))
    return Brief(Header("Council", "Staff", "2024-12-03", "Ferry memo"), [Section("One", blocks)])


def test_layout_docx_and_pdf_keep_the_words_apart(tmp_path):
    brief = _brief()
    texts = [cite.plain(b.spans) for b in render(brief).blocks()]
    assert all("twice\na day" in t for t in texts[:-1])
    assert texts[-1] == "Roe checked\nthe times."
    docx = tmp_path / "memo.docx"
    export_brief(brief, docx, ExportOptions())
    paras = [p.text for p in Document(str(docx)).paragraphs]
    assert sum("twice\na day" in p for p in paras) == len(BREAKS)
    assert "Roe checked\nthe times." in paras
    pdf = tmp_path / "memo.pdf"
    export_brief(brief, pdf, ExportOptions())
    words = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "twicea" not in words and "checkedthe" not in words
    assert words.count("twice") == len(BREAKS)
