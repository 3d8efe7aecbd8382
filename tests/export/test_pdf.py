"""PDF round trips: text per page with pypdf; footnotes on the page of their reference."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from app.core.brief import Block, Brief, Header, Section
from app.core.export import ExportOptions, export_brief
from tests.export.expected import (
    expected_in_text,
    expected_notes,
    expected_sources,
    flatten,
    squash,
)
from tests.export.memos import hostile_brief, library_brief, numbered_brief, ref


def pages_text(path) -> list[str]:
    return [squash(p.extract_text()) for p in PdfReader(path).pages]


def body_text(path, brief: Brief) -> str:
    """The pages' text run together without the running header (the memo's
    subject) and the "Page N of M" footer, so a note that breaks across a
    page reads whole."""
    pages = [p.replace(squash(brief.header.subject), " ") for p in pages_text(path)]
    return squash(re.sub(r"Page \d+ of \d+", " ", " ".join(pages)))


def test_each_footnote_is_on_the_page_of_its_reference(tmp_path):
    style = "chicago"
    # Paragraphs of varied length, some longer than half a page, so that page
    # breaks fall inside paragraphs and between a paragraph and its note.
    brief = numbered_brief(90, sources=7, long_every=11)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out, ExportOptions(style=style))
    pages = pages_text(out)
    assert len(pages) > 10
    notes = expected_notes(brief, style)
    assert len(notes) == 90
    for i, note in enumerate(notes):
        number = i + 1
        # The block ends "end<i>." and its superscript note number.
        ref = re.compile(rf"\bend{i}\.{number}(?!\d)")
        entry = re.compile(rf"(?<!\d){number}\. {re.escape(note)}")
        ref_pages = [n for n, text in enumerate(pages) if ref.search(text)]
        note_pages = [n for n, text in enumerate(pages) if entry.search(text)]
        assert len(ref_pages) == 1, f"reference {number} found on pages {ref_pages}"
        assert note_pages == ref_pages, f"note {number}: ref on {ref_pages}, note on {note_pages}"


@pytest.mark.parametrize("notes", ["footnotes", "endnotes"])
@pytest.mark.parametrize("style", ["apa", "ap"])
def test_apa_and_ap_cite_in_the_text_and_list_each_source_once(tmp_path, style, notes):
    brief = library_brief(tmp_path, per_source=2)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out, ExportOptions(style=style, notes=notes))
    text = body_text(out, brief)
    assert "Notes" not in text
    assert not re.search(r"(?:^| )1\. [A-Z\u201c]", text)  # no numbered notes
    for citation in expected_in_text(brief, style):
        assert citation in text
    title = {"apa": "References", "ap": "Sources"}[style]
    listed = text[text.rindex(title) :]
    positions = [listed.index(e) for e in expected_sources(brief, style)]
    assert positions == sorted(positions) and len(positions) == 5
    for entry in expected_sources(brief, style):
        assert text.count(entry) == 1


def test_notes_count_and_text_match_the_cited_blocks(tmp_path):
    brief = library_brief(tmp_path)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    text = " ".join(pages_text(out))
    notes = expected_notes(brief)
    assert len(notes) == sum(b.cited for b in brief.blocks())
    found = re.findall(r"(?:^| )(\d+)\. (?:[A-Z\u201c])", text)
    # Compared without spaces: a URL broken across lines reads with one.
    flat = flatten(text)
    for number, note in enumerate(notes, 1):
        assert flatten(f"{number}. {note}") in flat
    assert str(len(notes) + 1) not in found
    bib = flat[flat.index("Bibliography") :]
    positions = [bib.index(flatten(entry)) for entry in expected_sources(brief, "chicago")]
    assert positions == sorted(positions) and len(positions) == 5


def test_header_footer_bookmarks_metadata_and_embedded_font(tmp_path):
    brief = numbered_brief(60, sources=5)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out)
    reader = PdfReader(out)
    total = len(reader.pages)
    assert total >= 3
    for n, page in enumerate(reader.pages, 1):
        text = squash(page.extract_text())
        assert f"Page {n} of {total}" in text.replace("of  ", "of ")
        if n > 1:
            assert text.startswith("Numbered memo")
    meta = reader.metadata
    assert meta.title == "Numbered memo" and meta.author == "Staff"
    outline = [(o.title, reader.get_destination_page_number(o)) for o in reader.outline]
    assert [t for t, _ in outline] == ["One", "Two", "Three", "Bibliography"]
    for title, page in outline:
        assert title in reader.pages[page].extract_text()
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]:
                embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded


def test_endnotes_are_listed_after_the_text(tmp_path):
    brief = numbered_brief(20, sources=4)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out, ExportOptions(notes="endnotes"))
    text = " ".join(pages_text(out))
    notes_at = text.index("Notes 1. ")
    assert notes_at > text.index("end19.20")
    for number, note in enumerate(expected_notes(brief), 1):
        assert text.index(f"{number}. {note}") > notes_at


def test_ap_style_names_the_outlet_in_the_text(tmp_path):
    brief = numbered_brief(6, sources=3)
    out = tmp_path / "memo.pdf"
    export_brief(brief, out, ExportOptions(style="ap"))
    text = " ".join(pages_text(out))
    assert "end0, according to Outlet 1." in text
    assert (
        "Sources Outlet 1: \u201cArticle number 1,\u201d by Writer1 Person, Nov. 19, 2024." in text
    )


def test_hostile_memo_exports(tmp_path):
    brief = hostile_brief()
    out = tmp_path / "hostile.pdf"
    export_brief(brief, out)
    reader = PdfReader(out)
    text = " ".join(squash(p.extract_text()) for p in reader.pages)
    assert "Tags <b>bold</b> <b & unclosed <i <br/> &amp; &nbsp;" in text
    assert "Zo\u00eb \u00d1\u00fa\u00f1ez" in text and "\u201ccurly\u201d \u2014 dash" in text
    assert "\u041c\u043e\u0441\u043a\u0432\u0430" in text
    assert "Block 999 <999> & more" in text
    assert "\x01" not in text


def _pushed_brief(lines: int) -> Brief:
    """A memo whose prose is `lines` lines long, so that the heading after it
    falls, for some value, at the foot of a page."""
    filler = Block("prose", "\n".join(f"Filler line {i}" for i in range(lines)))
    fact = Block("fact", "Fact two end.", original="Fact two end.", source=ref(2))
    return Brief(
        Header(subject="Pushed"),
        [
            Section("One", [Block("fact", "Fact one.", original="Fact one.", source=ref(1))]),
            Section("One more", [filler]),
            Section("Headingtwo", [fact]),
        ],
    )


def test_headings_are_never_left_alone_at_the_foot_of_a_page(tmp_path):
    out = tmp_path / "memo.pdf"
    checked = set()
    for lines in range(12, 75, 2):
        export_brief(_pushed_brief(lines), out)
        pages = pages_text(out)
        heading = [n for n, t in enumerate(pages) if "Headingtwo" in t]
        body = [n for n, t in enumerate(pages) if "Fact two end." in t]
        assert heading == body, f"{lines} lines: heading on {heading}, its text on {body}"
        bib = [n for n, t in enumerate(pages) if "Bibliography" in t]
        entry = [n for n, t in enumerate(pages) if "Person, Writer1." in t]
        assert bib == entry, f"{lines} lines: Bibliography on {bib}, entries on {entry}"
        checked.add((len(pages), heading[0], bib[0]))
    # The sweep did push each heading over a page break.
    assert len({h for _, h, _ in checked}) >= 2 and len({b for _, _, b in checked}) >= 2
