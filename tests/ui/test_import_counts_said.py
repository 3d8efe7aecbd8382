"""The import log, the pasted source's status line and the library's line
count in words a person reads: "1 quote, 1 fact", "1 source", not "1 quotes,
1 facts", "1 sources" (invented article)."""

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


def test_the_pasted_source_counts_one_quote_and_one_fact(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    said = []
    window.statusBar().messageChanged.connect(said.append)
    QApplication.clipboard().setText(ARTICLE)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)  # Edit > Paste as New Source
    (dialog,) = [d for d in window.findChildren(PasteSourceDialog) if d.isVisible()]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    wait_idle(qtbot, window)
    assert (dialog.outcome.quotes, dialog.outcome.facts) == (1, 1)
    assert "Added pasted source: 1 quote, 1 fact" in said
    assert any(line.endswith("lib.sqlite · 1 source") for line in said), said
