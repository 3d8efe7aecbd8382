"""The citation audit (cite_audit_build.py, cite_audit_check.py) on a few
seeds: a memo built, edited, undone, saved and reopened at random against a
library whose sources are deleted, re-dated, renamed and whose speakers
change, then exported in every style and read back. `bench/cite_audit.py`
runs many more seeds."""

from __future__ import annotations

import dataclasses

import pytest

from app.core import cite
from tests.export.cite_audit_build import Run
from tests.export.cite_audit_check import audit, check_docx, now_cited, read_docx


@pytest.mark.parametrize("seed", [3, 34, 67])
def test_every_export_cites_each_block_as_the_library_has_it(tmp_path, seed):
    assert audit(seed, tmp_path, steps=80) == []


def test_the_audit_sees_a_note_that_names_another_source(tmp_path):
    """The check can fail: two notes of different sources swapped are found."""
    run = Run(5, tmp_path, articles=4, bundled=False)
    try:
        for _ in range(6):
            run.pick()
        cited = now_cited(run, run.brief, take_speakers=False)
        out = tmp_path / "memo.docx"
        from app.core.export import export_brief

        export_brief(run.brief, out)
        read = read_docx(out, "chicago", "footnotes")
        assert check_docx(read, run.brief, cited, "chicago", set()) == []
        firsts = {}
        for n, c in enumerate([c for c in cited if c], 1):
            firsts.setdefault(c.identity, n)
        a, b = list(firsts.values())[:2]
        read.notes[a], read.notes[b] = read.notes[b], read.notes[a]
        found = check_docx(read, run.brief, cited, "chicago", set())
        assert any(f"note {a} " in p for p in found), found
        # So is a bibliography entry left out.
        read = dataclasses.replace(read_docx(out, "chicago", "footnotes"))
        read.sources.pop()
        assert any(
            "listed 0 times" in p for p in check_docx(read, run.brief, cited, "chicago", set())
        )
    finally:
        run.close()


def test_the_run_covers_what_the_audit_is_for(tmp_path):
    """A seed's run does each kind of edit the audit is about."""
    run = Run(11, tmp_path)
    try:
        run.play(150)
        done = set(run.log)
    finally:
        run.close()
    for what in ("undo", "redo", "save and reopen", "move block", "edit prose", "alter quote"):
        assert what in done
    for kind in ("delete", "date of", "title of", "speaker", "merge", "rename"):
        assert any(w.startswith(kind) for w in done), kind
    assert set(cite.STYLES) == {"chicago", "apa", "ap"}  # the styles audit() exports


def test_a_month_in_a_title_is_not_a_source_list_entrys_date(tmp_path):
    """Two sources with one title that names a month, one dated and one not
    (a source given another's title, then a date): the undated one's entry,
    "n.d.", is not the dated one's for the month in the title."""
    from app.core.export import export_brief
    from app.core.model import SourceMeta

    run = Run(7, tmp_path, articles=2, bundled=False)
    try:
        title = "Harbor board meets on Monday, November 3rd, to weigh the ferry fares"
        (dated, *_), (undated, *_) = run.library.sources()
        run.library.update_source_meta(dated, SourceMeta(title, "", "", "2025-11-14", ""))
        run.library.update_source_meta(undated, SourceMeta(title, "", "", "", ""))
        for sid in (dated, undated):  # the dated one first, as seed 5149 cited them
            run.pick(run.library.items_of_source(sid)[0])
        out = tmp_path / "memo.docx"
        export_brief(run.brief, out)
        cited = now_cited(run, run.brief, take_speakers=False)
        read = read_docx(out, "chicago", "footnotes")
        entries = [e for e in read.sources if "Harbor" in e]
        assert len(entries) == 2 and sum("n.d." in e for e in entries) == 1, entries
        assert check_docx(read, run.brief, cited, "chicago", set()) == []
    finally:
        run.close()


def test_short_notes_of_one_title_dated_and_undated_name_what_the_list_prints(tmp_path):
    """The same two sources, each cited twice: a short note tells them apart
    by what their source list entries print (the date, "n.d."), which leads a
    reader to the entry, not by a file name that no entry prints."""
    from app.core.export import export_brief
    from app.core.model import SourceMeta

    run = Run(8, tmp_path, articles=2, bundled=False)
    try:
        title = "Ferry board sets the winter fares for the island crossing"
        (dated, *_), (undated, *_) = run.library.sources()
        run.library.update_source_meta(dated, SourceMeta(title, "", "", "2025-11-14", ""))
        run.library.update_source_meta(undated, SourceMeta(title, "", "", "", ""))
        for sid in (dated, undated, dated, undated):
            run.pick(run.library.items_of_source(sid)[0])
        out = tmp_path / "memo.docx"
        export_brief(run.brief, out)
        read = read_docx(out, "chicago", "footnotes")
        order = [run.expect[b.id].source_id for b in run.brief.blocks()]
        seen: set[int] = set()
        for number, sid in enumerate(order, 1):
            note = read.notes[number]
            if sid in seen:  # a short note
                assert ".txt" not in note, note
                assert ("November 14, 2025" if sid == dated else "n.d.") in note, note
            seen.add(sid)
        entries = [e for e in read.sources if "Ferry" in e]
        assert sorted(e.rsplit("\u201d", 1)[1].strip() for e in entries) == [
            "November 14, 2025.",
            "n.d.",
        ]
        cited = now_cited(run, run.brief, take_speakers=False)
        assert check_docx(read, run.brief, cited, "chicago", set()) == []
    finally:
        run.close()
