"""A section with no block ("Open questions" of a template nobody filled in)
is left out of the DOCX, the PDF and the Preview alike, and the preflight
says so, naming it; a section with blocks keeps its heading."""

from __future__ import annotations

import subprocess

from docx import Document

from app.core.brief import Block, Section
from app.core.export import export_brief, preflight
from app.core.render import render
from app.core.templates import new_brief
from app.ui.preview import layout_html

FILLED = "Bottom line"


def half_filled():
    """The default template with a paragraph in its first section only."""
    brief = new_brief()
    assert brief.sections[0].title == FILLED
    brief.sections[0].blocks.append(Block("prose", "The Velmar ferry runs all winter."))
    return brief


def empty_titles(brief) -> list[str]:
    return [s.title for s in brief.sections if not s.blocks]


def test_the_preflight_names_each_empty_section():
    brief = half_filled()
    empty = empty_titles(brief)
    assert "Open questions" in empty and "Points of disagreement" in empty
    found = [w for w in preflight(brief) if w.kind == "empty_section"]
    assert len(found) == 1 and found[0].block_id is None
    named = found[0].message.split("\u201c")[1:]
    assert [part.split("\u201d")[0] for part in named] == empty
    assert "are left out of the export" in found[0].message
    brief.sections[1].blocks.append(Block("prose", "Quillon asked for it in May."))
    brief.sections[2:] = []  # one empty section is left: the first
    brief.sections.insert(0, Section("Open questions"))
    (one,) = [w.message for w in preflight(brief) if w.kind == "empty_section"]
    assert one.startswith("Empty section: \u201cOpen questions\u201d is left out of the export")


def test_empty_sections_are_left_out_of_docx_pdf_and_preview(tmp_path):
    brief = half_filled()
    empty = empty_titles(brief)
    assert [s.title for s in render(brief).sections] == [FILLED]

    docx = tmp_path / "memo.docx"
    export_brief(brief, docx)
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert FILLED in paragraphs
    assert not set(empty) & set(paragraphs)

    pdf = tmp_path / "memo.pdf"
    export_brief(brief, pdf)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert FILLED in text
    assert not [title for title in empty if title in text]

    html = layout_html(render(brief))
    assert FILLED in html
    assert not [title for title in empty if title in html]


def test_a_strict_export_is_not_refused_for_empty_sections_alone(tmp_path):
    from app.core.export import ExportOptions, StrictExportError

    brief = half_filled()
    out = tmp_path / "memo.docx"
    export_brief(brief, out, ExportOptions(strict=True))  # only empty sections: exported
    assert FILLED in [p.text for p in Document(str(out)).paragraphs]

    brief.sections[0].blocks.append(Block("quote", "We will run it all winter."))  # no source
    out.unlink()
    try:
        export_brief(brief, out, ExportOptions(strict=True))
    except StrictExportError as exc:
        kinds = [w.kind for w in exc.warnings]
        assert "no_source" in kinds and "empty_section" not in kinds
    else:
        raise AssertionError("a strict export went ahead with a quote citing no source")
    assert not out.exists()
