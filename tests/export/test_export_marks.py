"""`main.py export MEMO` with a library marks what the memo cites there
(`items.in_memo`), as the window does for a memo it opens: a date typed in
later keeps the fact. Only blocks whose words the library's source has at
their span are marked, never an item by id alone."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from app.cli import run
from app.core import library_edits as edits
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import Library
from tests.core.test_fact_refresh_kept import ARTICLE, FRIDAY, MEETS, _facts, import_rates
from tests.core.test_memo_mark import _memo


def _in_memo(path) -> dict[int, int]:
    """{item id: in_memo} read from the library file itself."""
    with closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT id, in_memo FROM items"))


def _memo_file(path, tmp_path) -> tuple:
    """A memo citing the rates article's "meets on Tuesday" fact: (memo, fact id)."""
    with Library(path) as library:
        source = import_rates(library, tmp_path)
        meets_id = _facts(library, source)[MEETS][0]
        memo = tmp_path / "memo.brief.json"
        _memo(library, meets_id).save(memo)
    return memo, meets_id


def test_export_marks_the_facts_the_memo_cites_so_a_new_date_keeps_them(tmp_path, capsys):
    path = tmp_path / "library.sqlite"
    memo, meets_id = _memo_file(path, tmp_path)
    assert _in_memo(path)[meets_id] == 0

    out = tmp_path / "memo.docx"
    assert run(["export", str(memo), "--out", str(out), "--library", str(path)]) == 0
    assert "not marked" not in capsys.readouterr().err

    marks = _in_memo(path)
    assert marks[meets_id] == 1
    assert sum(marks.values()) == 1  # only what the memo cites
    with Library(path) as library:  # a date typed in later, the memo closed
        source = library.item(meets_id).source_id
        edits.update_source_meta(library, source, SourceMeta(date=FRIDAY))
        assert _facts(library, source)[MEETS] == (meets_id, None)


def test_export_against_another_library_marks_nothing_by_id_alone(tmp_path):
    memo, meets_id = _memo_file(tmp_path / "first.sqlite", tmp_path)
    other = tmp_path / "other.sqlite"
    with Library(other) as library:  # another article: the same ids, spans and kinds
        path = tmp_path / "elsewhere" / "rates.txt"
        path.parent.mkdir()
        path.write_text(ARTICLE.replace("Vesk", "Orra"), encoding="utf-8")
        assert import_file(library, path).ok
        assert _facts(library, library.item(meets_id).source_id)[MEETS][0] == meets_id

    out = tmp_path / "memo.docx"
    assert run(["export", str(memo), "--out", str(out), "--library", str(other)]) == 0
    assert set(_in_memo(other).values()) == {0}
