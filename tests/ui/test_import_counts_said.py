"""The import log, the pasted source's status line and the library's line
count in words a person reads: "1 quote, 1 fact", "1 source", not "1 quotes,
1 facts", "1 sources"; and the import's and the paste's line outlasts the
Sources tab's count when the list turns to the new source (invented article)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.store import Library
from app.ui.paste_source import PasteSourceDialog
from tests.ui.helpers import CTRL, SHIFT, open_window, press, wait_idle

ARTICLE = (
    "Ferry Pier Opens at Vellow Harbour\n\n"
    'Ivo Brask opened the new ferry pier on Tuesday. "We waited years for this,"'
    " said Mira Tolk, the harbour master.\n\n"
    "The April poll by the Velmar Institute surveyed 1,200 adults from April 2 to"
    " April 6, 2016.\n"
)


def test_the_import_log_counts_one_quote_and_one_fact(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    dialog = window.sources.start_import([path])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000) as done:
        pass
    (outcome,) = done.args[0]
    assert (outcome.quotes, outcome.facts) == (1, 1)
    assert "pier.txt: 1 quote, 1 fact" in dialog.log.toPlainText()
    dialog.accept()


def _pasted(qtbot, window) -> PasteSourceDialog:
    """The invented article pasted as a new source, the window idle after it."""
    QApplication.clipboard().setText(ARTICLE)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # Edit > Paste as New Source
    (dialog,) = [d for d in window.findChildren(PasteSourceDialog) if d.isVisible()]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    return dialog


def test_the_pasted_source_counts_one_quote_and_one_fact(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    said = []
    window.statusBar().messageChanged.connect(said.append)
    dialog = _pasted(qtbot, window)
    assert (dialog.outcome.quotes, dialog.outcome.facts) == (1, 1)
    assert "Added pasted source: 1 quote, 1 fact" in said
    assert any(line.endswith("lib.sqlite · 1 source") for line in said), said


def test_the_pasted_source_line_stays_after_the_list_moves_to_it(qtbot, tmp_path):
    """The status line is the paste's only word: the Sources tab's count,
    shown when the list turns to the new source, no longer replaces it."""
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    _pasted(qtbot, window)
    qtbot.wait(200)  # the views follow the new source
    assert window.statusBar().currentMessage() == "Added pasted source: 1 quote, 1 fact"


def test_the_import_line_stays_after_the_dialog_closes_on_the_new_source(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    path = tmp_path / "pier.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    dialog = window.sources.start_import([path, tmp_path / "gone.txt"])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.reject()  # Close: the keyboard goes to the new source in the Sources tab
    wait_idle(qtbot, window)
    qtbot.wait(200)
    assert window.library_panel.tabs.currentIndex() == 2
    assert window.statusBar().currentMessage() == "Imported 1 of 2 files; not imported: gone.txt"
