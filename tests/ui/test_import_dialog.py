"""Import, paste and source properties, driven through the real window."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import file_dialogs
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from app.ui.source_properties import SourcePropertiesDialog
from tests.conftest import DATA
from tests.ui.helpers import import_waiting_after_first_file

sys.path.insert(0, str(DATA / "ingest"))
from samples import article_paragraphs, make_docx, make_pdf  # noqa: E402


@pytest.fixture
def window(qtbot, seeded_library):
    win = MainWindow(seeded_library)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts_of_menu(menu):
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_menus_and_shortcuts_are_there(window):
    assert "Import…" in _texts_of_menu(window.menus["file"])
    edit = _texts_of_menu(window.menus["edit"])
    assert "Paste as New Source" in edit and "Source Properties…" in edit
    assert window.sources.import_action.shortcut().toString() == "Ctrl+I"
    assert window.sources.paste_action.shortcut().toString() == "Ctrl+Shift+V"


def _folder(tmp_path, n_good=3):
    folder = tmp_path / "in"
    folder.mkdir()
    make_docx(folder / "a.docx", ["Our own paragraph one.", *article_paragraphs(0)[:3]], title="A")
    make_pdf(folder / "b.pdf", ["Different paragraph.", *article_paragraphs(1)[:3]], columns=1)
    (folder / "c.txt").write_text("A new note \u201cquoted words,\u201d she said.\n")
    (folder / "bad.pdf").write_text("not a pdf")
    return folder


def test_import_folder_runs_in_background_and_refreshes(window, qtbot, tmp_path):
    before = window.library.count_sources()
    dialog = window.sources.start_import([_folder(tmp_path)])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000) as blocker:
        pass
    outcomes = blocker.args[0]
    assert [o.ok for o in outcomes].count(True) == 3
    assert any("not a PDF" in o.reason for o in outcomes)
    log = dialog.log.toPlainText().splitlines()
    assert len(log) == 4 and any(line.startswith("✗ bad.pdf: not a PDF") for line in log)
    # The summary names the file refused, not only how many.
    assert dialog.status.text() == "Done: 3 imported, 1 not imported: bad.pdf."
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert window.library.count_sources() == before + 3
    panel = window.library_panel
    titles = [panel.sources.item(r).text() for r in range(panel.sources.count())]
    assert any(t.startswith("A\n") or t == "A" for t in titles)


def test_a_long_line_of_the_log_is_read_without_scrolling_sideways(window, qtbot, tmp_path):
    """A file's line ends with why it failed or what was read from it: with a
    long file name that end stood past the log's edge, behind a sideways scroll."""
    folder = tmp_path / "long"
    folder.mkdir()
    long_name = "minutes-of-the-quillon-ward-board-on-the-harbour-levy-and-the-ferry-pier-vote"
    (folder / f"{long_name}.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    (folder / "empty.txt").write_text("")
    dialog = window.sources.start_import([folder])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    qtbot.waitExposed(dialog)
    assert "binary file" in dialog.log.toPlainText()
    assert dialog.log.horizontalScrollBar().maximum() == 0
    assert dialog.status.text() == f"Done: 0 imported, 2 not imported: empty.txt, {long_name}.txt."


def test_a_folder_imported_again_says_its_files_are_in_not_failed(window, qtbot, tmp_path):
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / "a.txt").write_text("Velmar said the ferry runs again on Monday.\n")
    (folder / "b.txt").write_text("Quillon said the bridge opens in June.\n")
    # Neither note gives a quote or a fact: said the first time, naming them.
    for expected in (
        "Done: 2 imported, 0 not imported. a.txt, b.txt: no quotes or facts found.",
        "Done: 0 imported, 2 already in the library, 0 not imported.",
    ):
        dialog = window.sources.start_import([folder])
        with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
            pass
        assert dialog.status.text() == expected
        dialog.close()
    said = window.statusBar().currentMessage()
    assert said == "Imported 0 of 2 files, 2 already in the library"


def test_cancel_stops_between_files_and_keeps_the_imported(
    qtbot, tmp_path, seeded_library, monkeypatch
):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"n{i:02}.txt").write_text(f"Note number {i}, with its own words.\n" * 3)
    window = MainWindow(seeded_library)
    qtbot.addWidget(window)
    dialog = ImportDialog(window.live, [folder])
    qtbot.addWidget(dialog)
    # Cancel as soon as the first file is shown: the writer stops inside the
    # file it is on, which is not stored.
    pressed = import_waiting_after_first_file(monkeypatch)
    dialog.log.textChanged.connect(lambda: (dialog.reject(), pressed.set()))
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        dialog.start()
    assert dialog.cancelled
    assert 1 <= len(dialog.outcomes) < 40
    db = sqlite3.connect(seeded_library.path)
    stored = db.execute("SELECT count(*) FROM sources WHERE file_name LIKE 'n%.txt'").fetchone()[0]
    assert stored == sum(o.ok for o in dialog.outcomes)
    assert all(o.ok or o.cancelled for o in dialog.outcomes)


def test_dropping_files_on_the_window_imports_them(window, qtbot, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text("Dropped text \u201cwith a quote,\u201d he said.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # Qt delivers drops only from the platform's drag machinery, which offscreen
    # tests cannot drive; hand the event to the window's drop handler as Qt would.
    assert window.acceptDrops()
    assert window.sources._drop.eventFilter(window, event) is True
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.outcomes), timeout=30_000)
    assert dialog.outcomes[0].ok
    names = [r[1] for r in window.library.sources()]
    assert "dropped.txt" in names


def test_paste_as_new_source(window, qtbot):
    text = "Headline of the pasted story\n\nThe mayor said \u201cwe will act now.\u201d\n"
    QApplication.clipboard().setText(text)
    dialog = window.sources.paste_as_new_source()
    assert dialog.text.toPlainText() == text
    assert dialog.form.edits["title"].text() == "Headline of the pasted story"
    dialog.form.edits["outlet"].setText("City Wire")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    sid = dialog.outcome.source_id
    source = window.library.source(sid)
    assert source.text == text and source.meta.outlet == "City Wire"
    assert dialog.outcome.quotes == 1
    # Pasting the same text again says so and adds nothing.
    again = window.sources.paste_as_new_source(text)
    n = window.library.count_sources()
    again.accept()
    qtbot.waitUntil(lambda: "already in the library" in again.error.text(), timeout=30_000)
    assert again.isVisible()
    assert window.library.count_sources() == n
    again.reject()
    empty = window.sources.paste_as_new_source("   ")
    empty.accept()
    assert "empty" in empty.error.text()
    empty.reject()


def test_source_properties_marks_missing_and_saves(window, qtbot):
    lib = window.library
    sid = lib.sources()[0][0]
    dialog = SourcePropertiesDialog(window.live, sid, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert "date" in form.missing()
    assert form.labels["date"].property("missing") is True
    assert "date" in form.missing_note.text()
    form.edits["date"].setText("2024-11-19")
    form.edits["author"].setText("Jane Roe")
    assert form.labels["date"].property("missing") is False
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.accept()
    meta = lib.source(sid).meta
    assert (meta.date, meta.author) == ("2024-11-19", "Jane Roe")
    row = sqlite3.connect(lib.path).execute("SELECT date FROM sources WHERE id=?", (sid,))
    assert row.fetchone()[0] == "2024-11-19"


def test_source_properties_action_needs_a_selected_source(window):
    panel = window.library_panel
    panel.sources.setCurrentRow(-1)
    assert window.sources.edit_current_source() is None
    panel.sources.setCurrentRow(0)
    dialog = window.sources.edit_current_source()
    assert dialog is not None and dialog.source_id == panel.current_source_id()
    dialog.reject()


def test_import_starts_at_home_then_in_the_folder_last_imported_from(
    window, qtbot, tmp_path, monkeypatch
):
    # It started in the process's working folder (the app's own, under
    # `make run`), and again there for the next day's files.
    from pathlib import Path

    home = tmp_path / "home"
    clips = home / "clips"
    clips.mkdir(parents=True)
    (clips / "ferry.txt").write_text("The Quillon ferry runs all winter.\n", encoding="utf-8")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    asked = []

    def choose(*args, **_):
        asked.append(args[2])
        return [str(clips / "ferry.txt")], ""

    monkeypatch.setattr(file_dialogs, "open_file_names", choose)
    dialog = window.sources.choose_and_import()
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        pass
    dialog.close()
    window.sources.choose_and_import()  # the next day's files: nothing chosen
    assert asked == [str(home), str(clips)]


def test_file_import_folder_imports_a_whole_folder_as_main_py_import_does(
    window, qtbot, tmp_path, monkeypatch
):
    from pathlib import Path

    home = tmp_path / "home"
    clips = home / "clips"
    (clips / "older").mkdir(parents=True)
    (clips / "ferry.txt").write_text("The Quillon ferry runs all winter.\n", encoding="utf-8")
    (clips / "older" / "pier.txt").write_text("The Vesk pier was mended.\n", encoding="utf-8")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    asked = []

    def choose(*args, **_):
        asked.append(args[2])
        return str(clips)

    monkeypatch.setattr(file_dialogs, "existing_directory", choose)
    action = window.sources.folder_action
    assert action in window.menus["file"].actions()
    assert action.text().replace("&", "") == "Import Folder…"
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    before = window.library.count_sources()
    dialog = window.sources.choose_folder_and_import()
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000) as blocker:
        pass
    assert [o.ok for o in blocker.args[0]] == [True, True]  # its subfolder's too
    assert window.library.count_sources() == before + 2
    dialog.close()
    monkeypatch.setattr(
        file_dialogs, "existing_directory", lambda *a, **k: (asked.append(a[2]), "")[1]
    )
    assert window.sources.choose_folder_and_import() is None  # cancelled: nothing
    assert asked == [str(home), str(clips)]


def test_closing_the_import_dialog_puts_the_keyboard_on_the_new_source(
    qtbot, seeded_library, tmp_path
):
    from tests.ui.helpers import focused, open_window

    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    panel.focus_search()  # where the focus was when the import began
    note = tmp_path / "ferry.txt"
    note.write_text("Velmar said the ferry runs again on Monday.\n")
    dialog = window.sources.start_import([note])
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000) as blocker:
        pass
    new_id = blocker.args[0][0].source_id
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Close
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # a window manager's doing; offscreen, asked for
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # The new source, chosen in the Sources list, has the keyboard: not the search box.
    qtbot.waitUntil(lambda: focused() is panel.sources, timeout=2000)
    assert panel.current_source_id() == new_id
