"""The library fails while the export dialog reads it (a team library's
server gone, a file damaged since the window opened): the memo still
exports from its own copy, as `export` does, and the dialog says what it
could not check; with "Refuse to export while there are warnings" it refuses."""

from __future__ import annotations

from contextlib import closing

from PySide6.QtWidgets import QMessageBox

from app.core.brief import Block, Brief, Header, Section
from app.core.errors import LibraryError
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.export_dialog import ExportDialog

TEXT = '"We build the bridge," said Velmar Tarn at the Quillon hall.'


def _memo_and_library(tmp_path):
    library = Library(tmp_path / "library.sqlite")
    meta = SourceMeta(
        title="Bridge", outlet="Quillon Courier", date="2024-05-02", url="https://x.org"
    )
    sid = library.add_source(TEXT, meta, items=[NewItem("quote", 0, 22, speaker="Velmar Tarn")])
    (item,) = library.items_of_source(sid)
    brief = Brief(
        Header(subject="Bridge"), [Section("Q", [Block.from_item(item, library.source(sid))])]
    )
    return brief, library


def _gone(*_args, **_kwargs):
    raise LibraryError("team library: the server closed the connection")


def _export_strict(dialog, tmp_path, monkeypatch):
    """Export to memo.docx with "Refuse to export while there are warnings" on."""
    out = tmp_path / "memo.docx"
    dialog.path.setText(str(out))
    dialog.open_when_done.setChecked(False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    dialog.strict.setChecked(True)
    dialog.export()  # refused before anything runs: a library not read
    assert not dialog.exporting
    return out


def test_the_dialog_opens_says_so_and_exports_from_the_memos_copy(qtbot, tmp_path, monkeypatch):
    brief, library = _memo_and_library(tmp_path)
    with closing(library):
        for name in ("source_hashes", "items_by_id"):
            monkeypatch.setattr(library, name, _gone)
        dialog = ExportDialog(brief, None, library=library, conflicted_item_ids=frozenset())
        qtbot.addWidget(dialog)
        texts = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
        assert any("the server closed the connection" in t and "not checked" in t for t in texts)
        out = _export_strict(dialog, tmp_path, monkeypatch)
        assert not out.exists() and dialog.result() != dialog.DialogCode.Accepted
        assert "strict" in dialog.status.text()
        dialog.strict.setChecked(False)
        dialog.export()
        qtbot.waitUntil(lambda: not dialog.exporting)
        assert out.exists() and dialog.result() == dialog.DialogCode.Accepted


def test_strict_refuses_a_source_not_in_this_library_and_says_so(qtbot, tmp_path, monkeypatch):
    brief, library = _memo_and_library(tmp_path)
    with closing(library):
        (block,) = brief.sections[0].blocks
        block.source.source_id = 999  # the memo was made with another library
        dialog = ExportDialog(brief, None, library=library, conflicted_item_ids=frozenset())
        qtbot.addWidget(dialog)
        assert not _export_strict(dialog, tmp_path, monkeypatch).exists()
        # The library was read: what it could not check is the source, not itself.
        assert "not this library's" in dialog.status.text()
        assert "could not" not in dialog.status.text()
