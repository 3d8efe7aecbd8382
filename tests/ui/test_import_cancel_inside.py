"""Cancel while one long file is read: the import stops inside it (between
its sentences), the file is not stored at all, and the log names it as
cancelled (before, Cancel waited for the whole file and then kept it)."""

from __future__ import annotations

import sqlite3
import threading

from app.core import importer
from app.ui.import_dialog import ImportDialog
from tests.ui.helpers import open_window


def test_cancel_stops_inside_a_long_file_and_stores_none_of_it(
    qtbot, tmp_path, seeded_library, monkeypatch
):
    path = tmp_path / "minutes.txt"
    path.write_text(
        "\n\n".join(
            f'"The ferry will run all winter," said Ana Ruiz. The board voted {n}-1 on Tuesday.'
            for n in range(400)
        ),
        encoding="utf-8",
    )
    window = open_window(qtbot, seeded_library)
    extracting, pressed = threading.Event(), threading.Event()
    real = importer.extract_items

    def held(text, author=None, published=None, stop=None, verdicts=None):
        # The file is being read when the user presses Cancel.
        extracting.set()
        pressed.wait(30)
        return real(text, author, published, stop, verdicts)

    monkeypatch.setattr(importer, "extract_items", held)
    dialog = ImportDialog(window.live, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        dialog.start()
        qtbot.waitUntil(extracting.is_set)
        dialog.reject()
        assert dialog.status.text() == "Cancelling\u2026"
        pressed.set()
    assert dialog.cancelled
    log = dialog.log.toPlainText()
    assert log == (
        "\u2298 minutes.txt: cancelled while it was read; nothing of it is in the library"
    )
    assert dialog.status.text() == "Cancelled: 0 imported, 1 not imported: minutes.txt."
    db = sqlite3.connect(seeded_library.path)
    stored = db.execute("SELECT count(*) FROM sources WHERE file_name = 'minutes.txt'")
    assert stored.fetchone()[0] == 0
