"""Preflight warnings, --strict, atomic writes, progress, and the `export` command."""

from __future__ import annotations

import pytest
from docx import Document

from app import cli
from app.core.brief import Block, Brief, Section, SourceRef
from app.core.export import (
    ExportError,
    ExportOptions,
    StrictExportError,
    export_brief,
    iter_export,
    preflight,
)
from tests.export.memos import filled_header, numbered_brief, ref


def problem_brief() -> Brief:
    undated = SourceRef(source_id=7, file_name="u.txt", title="Undated piece")
    blocks = [
        Block("prose", "Our own words need no source."),
        Block(
            "quote",
            "We are immigrants.",
            original="We are a city of immigrants.",
            speaker="Bass",
            source=ref(1),
        ),
        Block("fact", "Since 2014.", item_id=41, original="Since 2014.", source=ref(2)),
        Block("fact", "Unsourced claim.", original="Unsourced claim."),
        Block("fact", "One.", original="One.", source=undated),
        Block("fact", "Two.", original="Two.", source=undated),
    ]
    return Brief(filled_header("Problems"), [Section("S", blocks)])


def test_preflight_lists_each_kind_of_problem_once():
    brief = problem_brief()
    warnings = preflight(brief, conflicted_item_ids=frozenset({41}))
    kinds = [w.kind for w in warnings]
    assert sorted(kinds) == ["altered", "conflict", "no_source", "source_incomplete"]
    by_kind = {w.kind: w for w in warnings}
    blocks = brief.blocks()
    assert by_kind["altered"].block_id == blocks[1].id
    assert by_kind["conflict"].block_id == blocks[2].id
    assert by_kind["no_source"].block_id == blocks[3].id
    assert "Undated piece" in by_kind["source_incomplete"].message
    assert "date" in by_kind["source_incomplete"].message
    assert [w.kind for w in preflight(brief)].count("conflict") == 0
    assert preflight(numbered_brief(5)) == []


def test_strict_refuses_and_leaves_the_destination_alone(tmp_path):
    out = tmp_path / "memo.pdf"
    out.write_bytes(b"previous export")
    with pytest.raises(StrictExportError) as info:
        export_brief(problem_brief(), out, ExportOptions(strict=True))
    assert len(info.value.warnings) == 3
    assert "Altered quote" in str(info.value)
    assert out.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [out]


def test_failed_export_leaves_no_half_file(tmp_path, monkeypatch):
    from app.core.export import docx as docx_module

    def broken(self):
        yield "started"
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(docx_module.DocxWriter, "iter_build", broken)
    out = tmp_path / "memo.docx"
    with pytest.raises(RuntimeError):
        export_brief(numbered_brief(3), out)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="memo.docx: cannot be written"):
        export_brief(numbered_brief(2), blocker / "memo.docx")
    with pytest.raises(ExportError, match="unknown export format"):
        export_brief(numbered_brief(2), tmp_path / "memo.odt")


def test_progress_counts_up_to_the_total(tmp_path):
    steps = list(iter_export(numbered_brief(25), tmp_path / "m.pdf"))
    totals = {s.total for s in steps}
    assert len(totals) == 1 and totals.pop() == 25 + 4
    done = [s.done for s in steps]
    assert done == sorted(done) and done[-1] == steps[-1].total
    assert steps[-1].message == "Saved m.pdf"


def test_altered_quote_is_exported_marked_not_as_a_quote(tmp_path):
    out = tmp_path / "memo.docx"
    export_brief(problem_brief(), out)
    doc = Document(str(out))
    para = next(p for p in doc.paragraphs if "We are immigrants." in p.text)
    assert para.text.startswith("[Altered quote: not the source\u2019s exact words]")
    assert para.style.name != "Quote" and "\u201cWe are immigrants" not in para.text


def test_cli_export_prints_warnings_and_strict_fails(tmp_path, capsys):
    brief_path = tmp_path / "memo.brief.json"
    problem_brief().save(brief_path)
    out = tmp_path / "memo.docx"
    assert cli.run(["export", str(brief_path), "--out", str(out), "--style", "apa"]) == 0
    captured = capsys.readouterr()
    assert f"ok {out}" in captured.out
    assert captured.err.count("warning: ") == 3
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    # APA cites author and year in the text and lists the reference once: no notes.
    assert "Since 2014 (Person, 2024b)." in text
    assert text.count("Person, W. (2024b, November 19). Article number 2.") == 1
    assert not any(r.reltype.endswith(("/footnotes", "/endnotes")) for r in doc.part.rels.values())

    strict_out = tmp_path / "strict.pdf"
    assert cli.run(["export", str(brief_path), "--out", str(strict_out), "--strict"]) == 1
    assert "not exported, 3 warning(s)" in capsys.readouterr().err
    assert not strict_out.exists()


def test_cli_export_endnotes_pdf_and_bad_brief(tmp_path, capsys):
    brief_path = tmp_path / "ok.brief.json"
    numbered_brief(4).save(brief_path)
    out = tmp_path / "memo.pdf"
    args = ["export", str(brief_path), "--out", str(out), "--notes", "endnotes", "--strict"]
    assert cli.run(args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    bad = tmp_path / "bad.brief.json"
    bad.write_text("{not json")
    assert cli.run(["export", str(bad), "--out", str(out)]) == 1
    assert "bad.brief.json" in capsys.readouterr().err


def test_a_folder_flush_failing_after_the_write_says_the_file_was_written(
    tmp_path, capsys, monkeypatch
):
    """The file is replaced before its folder is flushed: "cannot be written"
    would be untrue, the destination is the new export."""
    import errno

    from app.core import fileio

    def flush_fails(folder):
        raise OSError(errno.EIO, "Input/output error")

    brief_path = tmp_path / "ok.brief.json"
    numbered_brief(2).save(brief_path)
    monkeypatch.setattr(fileio, "_fsync_folder", flush_fails)
    out = tmp_path / "memo.docx"
    out.write_bytes(b"earlier export")
    assert cli.run(["export", str(brief_path), "--out", str(out), "--force"]) == 1
    err = capsys.readouterr().err
    assert (
        "error: memo.docx: written, but its folder's entry may not be on disk yet"
        " (Input/output error): a crash now could bring back the previous file or none;"
        " export again" in err
    )
    assert "cannot be written" not in err
    assert Document(str(out)).paragraphs[0].text == "MEMORANDUM"


def test_a_source_date_no_citation_can_read_is_warned_about_once():
    """A date typed in another order, or a day its month lacks, is printed as
    typed in every style: the export says so, once per source."""

    def brief_citing(date: str) -> Brief:
        odd = ref(9, title="Quay lights return", date=date)
        blocks = [
            Block("fact", f"Lamp {n} lit.", original=f"Lamp {n} lit.", source=odd) for n in (1, 2)
        ]
        return Brief(filled_header("Lamps"), [Section("S", blocks)])

    for date in ("31/02/2024", "2024-02-31"):
        brief = brief_citing(date)
        (warning,) = preflight(brief)
        assert warning.kind == "source_incomplete" and warning.block_id == brief.blocks()[0].id
        assert "Quay lights return" in warning.message
        assert "no date the citations can read" in warning.message
    assert preflight(brief_citing("2024-02-29")) == []
