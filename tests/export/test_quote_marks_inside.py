"""A quote that itself quotes someone keeps its two levels apart inside the
memo's quotation marks (CMOS 13.30): the quote's double marks (straight or
curly) turn single and single ones inside them double, so a reader never
sees the quotation end in the middle; the memo's words stay the source's
(the block is no altered quote). Digits run into a word ("table3") stay
text, never a note number. Invented words and names."""

from __future__ import annotations

import docx
import pytest

from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.cite import plain
from app.core.export import ExportOptions, export_brief
from app.core.render import render

SAID = 'The report calls it a "once in a generation" fix, and table3 shows why,'
CURLY = "Brask said \u201cthe \u2018night\u2019 runs\u201d will stay"
SHOWN = (
    "\u201cThe report calls it a \u2018once in a generation\u2019 fix, and table3 shows why.\u201d"
)
REF = SourceRef(
    source_id=1,
    file_name="seawall.txt",
    title="Report backs seawall repair",
    outlet="Velmar Courier",
    author="Oskar Brenn",
    date="2024-04-11",
)


def memo() -> Brief:
    blocks = [
        Block("quote", SAID, original=SAID, speaker="Vida Kross", source=REF),
        Block("quote", CURLY, original=CURLY, speaker="Ivo Nadel", source=REF),
    ]
    return Brief(Header(subject="Seawall"), [Section("Voices", blocks)])


@pytest.mark.parametrize("style", ["chicago", "apa", "ap"])
def test_marks_inside_a_quote_go_one_level_down(style):
    brief = memo()
    first, second = (plain(b.spans) for b in render(brief, style).blocks())
    assert first.startswith(SHOWN + " \u2014 Vida Kross")
    assert second.startswith(
        "\u201cBrask said \u2018the \u201cnight\u201d runs\u2019 will stay\u201d"
    )
    assert not any(b.altered for b in brief.blocks())


def test_the_docx_shows_the_inner_marks_single_and_numbers_its_notes_apart(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(memo(), out, ExportOptions(style="chicago"))
    paragraphs = [p.text for p in docx.Document(out).paragraphs]
    assert SHOWN + " \u2014 Vida Kross" in paragraphs
    body = docx.Document(out).element.body
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert [r.get(f"{ns}id") for r in body.iter(f"{ns}footnoteReference")] == ["1", "2"]
