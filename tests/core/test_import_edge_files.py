"""Import cases the bad-input tests leave out: a file that vanishes after the
import was planned, hostile markup, broken UTF-16, one article twice in one
batch. Each file gets its own line naming it; what was stored stays."""

from __future__ import annotations

import codecs
import sqlite3

from app.core.importer import import_paths, plan_import
from app.core.store import Library

ARTICLE = 'The Quillon council met on Monday. "We will fund the bridge," said Vesk Brask.'
PAGE = (
    "<html><head><script>document.write('Roe steals the levy')</script>"
    "<style>p { color: red }</style></head><body><article>"
    "<p>The Brask council met on Monday to set the levy for the coming year.</p>"
    '<p>"We will fund the bridge," said Vesk Brask.</p>'
    '<img src="x" onerror="alert(\'Roe\')"><iframe src="javascript:alert(1)"></iframe>'
    "</article></body></html>"
)


def _import(tmp_path, folder, before_import=None):
    library = Library(tmp_path / "lib.sqlite")
    plan = plan_import([folder])
    if before_import is not None:
        before_import()
    lines = [o.line() for o in import_paths(library, plan)]
    library.close()
    db = sqlite3.connect(tmp_path / "lib.sqlite")
    stored = dict(db.execute("SELECT file_name, text FROM sources"))
    db.close()
    return lines, stored


def test_a_file_removed_after_planning_gets_its_line_and_the_rest_go_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("The Velmar board met. " + ARTICLE, encoding="utf-8")
    (folder / "c.txt").write_text("The Roe board met. " + ARTICLE, encoding="utf-8")
    lines, stored = _import(tmp_path, folder, (folder / "b.txt").unlink)
    assert lines[1] == f"error {folder / 'b.txt'}: file not found"
    assert sorted(stored) == ["a.txt", "c.txt"]


def test_scripts_styles_and_handlers_of_a_page_are_not_imported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    lines, stored = _import(tmp_path, folder)
    assert lines[0].startswith("ok page.html ")
    text = stored["page.html"]
    assert "fund the bridge" in text
    for word in ("Roe", "color", "alert", "javascript"):
        assert word not in text


def test_broken_utf16_and_one_article_twice_are_refused_by_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    odd = codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")[:-1]
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b copy.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "c.txt").write_bytes(odd)
    lines, stored = _import(tmp_path, folder)
    assert lines[0].startswith("ok a.txt ")
    assert lines[1].startswith(f"skipped {folder / 'b copy.txt'}: ")
    assert "already" in lines[1]
    assert lines[2].startswith(f"error {folder / 'c.txt'}: broken UTF-16")
    assert list(stored) == ["a.txt"]
