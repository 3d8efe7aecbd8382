"""A citation whose name or title ends in right-to-left letters and goes on
with digits (APA's "(ברסק, 2024)") keeps its year after the name in the DOCX
and the Preview, as in the PDF. Word, LibreOffice and Qt lay text out by the
Unicode bidi algorithm, which would otherwise pull the year into the
right-to-left run, before the name: "(2024 ,ברסק)". Invented names."""

from __future__ import annotations

from bidi.algorithm import get_display
from docx import Document
from docx.oxml.ns import qn

from app.core import cite
from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from app.core.render import render
from tests.export.memos import ref

BRASK = "\u05d1\u05e8\u05e1\u05e7"  # "Brask" in Hebrew letters
NOA = "\u05e0\u05d5\u05e2\u05d4"
VESK = "\u05d5\u05e1\u05e7"


def _brief() -> Brief:
    signed = ref(1, author=f"{NOA} {BRASK}", title="Ferry Board Widens the Route")
    unsigned = ref(2, author="", title=f"The Quillon Mill {VESK}", outlet="Roe Ledger")
    blocks = [
        Block("fact", "The ferry runs twice a day.", original="x", source=signed),
        Block("fact", "The mill hired forty workers.", original="x", source=unsigned),
    ]
    return Brief(Header("Council", "Staff", "2024-12-03", "Ferry memo"), [Section("One", blocks)])


def _seen(text: str) -> str:
    """`text` as a left-to-right paragraph shows it (the Unicode bidi algorithm)."""
    return get_display(text, base_dir="L").replace("\u200e", "")


def test_apa_years_stay_after_right_to_left_names_in_the_layout():
    layout = render(_brief(), "apa")
    texts = [cite.plain(b.spans) for b in layout.blocks()] + [cite.plain(e) for e in layout.sources]
    seen = [_seen(t) for t in texts]
    assert f"({BRASK[::-1]}, 2024)" in seen[0]
    assert f"{VESK[::-1]},\u201d 2024)" in seen[1]
    # The source list: "Brask, N. (2024, November 19)." (the name read right to left).
    assert any(f"{NOA[0]} ,{BRASK[::-1]}. (2024, November 19)" in s for s in seen[2:])
    assert any(f"{VESK[::-1]}. (2024, November 19)" in s for s in seen[2:])


def test_docx_keeps_the_year_after_the_name(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(_brief(), out, ExportOptions(style="apa"))
    doc = Document(str(out))
    paras = [p for p in doc.paragraphs if p._p.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is None]
    seen = [_seen(p.text) for p in paras]
    assert any(f"({BRASK[::-1]}, 2024)" in s for s in seen)
    assert any(f"{VESK[::-1]},\u201d 2024)" in s for s in seen)
    assert not any(f"(2024 ,{BRASK[::-1]})" in s for s in seen)
    assert any(f"{NOA[0]} ,{BRASK[::-1]}. (2024, November 19)" in s for s in seen)


def test_a_number_between_right_to_left_words_stays_in_their_run():
    # Digits inside a right-to-left title belong to it: no mark is added there.
    src = ref(3, author="", title=f"{VESK} 2024 {BRASK}", outlet="Roe Ledger")
    block = Block("fact", "The mill closed.", original="x", source=src)
    brief = Brief(Header(subject="Mill memo"), [Section("One", [block])])
    layout = render(brief, "chicago")
    assert "\u200e" not in cite.plain(layout.notes[0].spans)


def test_no_mark_goes_inside_a_link_a_reader_may_copy():
    url = f"https://example.org/{VESK}/2024"
    src = ref(4, author=f"{NOA} {BRASK}", url=url)
    block = Block("fact", "The mill closed.", original="x", source=src)
    brief = Brief(Header(subject="Mill memo"), [Section("One", [block])])
    for style in ("chicago", "apa", "ap"):
        layout = render(brief, style)
        cited = [n.spans for n in layout.notes] + layout.sources
        links = [s.text for spans in cited for s in spans if s.url]
        assert links and set(links) == {url}
