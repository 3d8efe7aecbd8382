"""Clip Selection takes whole words: a selection dragged loosely, starting or
ending inside a word, is widened to the word's ends (never past the text's),
and the clipped span still points at the source's own characters."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.source_viewer import SourceViewer
from app.ui.tag_dialog import ClipDialog

TEXT = (
    "\U0001f600 Wendolyn Tasker said the orchard can't wait: push to add 1,520 trees.\n"
    "Growers agreed"
)


def _viewer(qtbot, tmp_path, live_of):
    library = Library(tmp_path / "lib.sqlite")
    source_id = library.add_source(TEXT, SourceMeta(title="Orchard"))
    viewer = SourceViewer(live_of(library))
    qtbot.addWidget(viewer)
    viewer.show_source(source_id)
    return library, viewer, source_id


def _select(viewer, start: int, end: int):
    cursor = viewer.text.textCursor()
    cursor.setPosition(viewer._pos(start))
    cursor.setPosition(viewer._pos(end), QTextCursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)
    span = viewer.selected_span()
    return None if span is None else TEXT[span[0] : span[1]]


def test_a_loose_selection_is_widened_to_whole_words(qtbot, tmp_path, live_of):
    library, viewer, _ = _viewer(qtbot, tmp_path, live_of)
    at = TEXT.index
    # Starts inside "push", ends inside "1,520": both words taken whole.
    assert _select(viewer, at("h to add"), at("520") + 1) == "push to add 1,520"
    # Inside one word: that word; "can't" is one word.
    assert _select(viewer, at("rcha"), at("rcha") + 3) == "orchard"
    assert _select(viewer, at("t wait"), at(" wait")) == "can't"
    # Already on word boundaries (and trimmed of space): unchanged.
    assert _select(viewer, at(" the orchard"), at(" can't")) == "the orchard"
    assert _select(viewer, at("trees"), at("trees") + 6) == "trees."
    # At the text's ends, past the emoji: no further than the text.
    assert _select(viewer, at("endolyn"), at("Tasker") + 2) == "Wendolyn Tasker"
    assert _select(viewer, at("rowers"), len(TEXT) - 2) == "Growers agreed"
    assert _select(viewer, len(TEXT) - 1, len(TEXT)) == "agreed"
    library.close()


def test_the_clip_stores_the_whole_words(qtbot, tmp_path, live_of, monkeypatch):
    library, viewer, _ = _viewer(qtbot, tmp_path, live_of)

    def as_fact(dialog):
        dialog.fact.setChecked(True)
        return ClipDialog.DialogCode.Accepted

    monkeypatch.setattr(ClipDialog, "exec", as_fact)
    clipped = []
    viewer.itemClipped.connect(clipped.append)
    _select(viewer, TEXT.index("h to add"), TEXT.index("520") + 1)
    viewer.clip_selection()
    qtbot.waitUntil(lambda: bool(clipped))
    item = library.item(clipped[0])
    start = TEXT.index("push")
    assert (item.kind, item.start, item.end) == ("fact", start, start + len("push to add 1,520"))
    assert item.text == "push to add 1,520"
    library.close()
