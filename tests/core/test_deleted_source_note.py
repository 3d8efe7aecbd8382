"""`main.py export` names a source deleted from the library by its title and
the outlet and date the memo's copy holds: a wire story's copies share a
headline. The export's warnings name a source missing details the same way.
Invented names and sentences."""

from __future__ import annotations

from app import cli
from app.core import library_edits as edits
from app.core.brief import Block, Brief, Section
from app.core.export.preflight import preflight
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.export.memos import filled_header

HEAD = "Harbour board keeps the winter ferry running"
TEXT = "The Quillon board voted 5-2 on May 3, 2031 to keep the ferry."


def test_the_export_note_names_a_deleted_source_by_outlet_and_date(tmp_path, capsys):
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        # Read online (an access date): its citations want the URL it lacks.
        meta = SourceMeta(
            title=HEAD, outlet="Vesk Gazette", date="2031-05-04", accessed="2031-05-06"
        )
        sid = library.add_source(TEXT, meta, items=[NewItem("fact", 0, len(TEXT))])
        (item,) = library.items_of_source(sid)
        block = Block.from_item(item, library.source(sid))
        memo = tmp_path / "memo.brief.json"
        Brief(filled_header("Ferry"), [Section("Facts", [block])]).save(memo)
        problems = [w.message for w in preflight(Brief.load(memo))]
        assert f"Source \u201c{HEAD}\u201d (Vesk Gazette, 2031-05-04) has no URL" in problems[0]
        edits.delete_source(library, sid)
    out = tmp_path / "memo.docx"
    assert cli.run(["export", str(memo), "--out", str(out), "--library", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"note: {HEAD} (Vesk Gazette, 2031-05-04): source deleted from the library" in err
