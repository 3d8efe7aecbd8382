"""A file imported in which no quote or fact is found is said so, named, in
the import's log, its summary and the window's status line: it was counted
among the files imported and nothing told the user it gave nothing (invented
articles)."""

from __future__ import annotations

from app.core.store import Library
from tests.ui.helpers import open_window, wait_idle

ARTICLE = (
    "Ferry Pier Opens\n\nIvo Brask opened the new ferry pier on Tuesday."
    " \u201cWe waited years for this,\u201d said Mira Tolk, the harbour master.\n"
)
NOTICE = (
    "Office Notice\n\nThe harbour office is closed for the holidays."
    " Letters go to the town hall instead.\n"
)


def test_a_file_giving_nothing_is_named_in_the_summary_and_the_status_line(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    (tmp_path / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    dialog = window.sources.start_import([tmp_path / "pier.txt", tmp_path / "notice.txt"])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    assert "\u2713 notice.txt: no quotes or facts found" in dialog.log.toPlainText()
    assert dialog.status.text() == (
        "Done: 2 imported, 0 not imported. notice.txt: no quotes or facts found."
    )
    dialog.reject()
    wait_idle(qtbot, window)
    qtbot.wait(200)  # the list turns to the new source
    assert window.statusBar().currentMessage() == (
        "Imported 2 of 2 files; notice.txt: no quotes or facts found"
    )


def test_files_that_each_gave_something_are_not_named(qtbot, tmp_path):
    window = open_window(qtbot, Library(tmp_path / "lib.sqlite"))
    (tmp_path / "pier.txt").write_text(ARTICLE, encoding="utf-8")
    dialog = window.sources.start_import([tmp_path / "pier.txt"])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    assert dialog.status.text() == "Done: 1 imported, 0 not imported."
    dialog.reject()
