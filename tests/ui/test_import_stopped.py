"""An import the library stops midway (the team server went away, the disk
filled): the dialog counts the files it never reached as not imported and
names them, so the user knows what to import again (those already in are
skipped as duplicates: nothing is imported twice)."""

from __future__ import annotations

from app.core import importer
from app.core.errors import LibraryError
from app.core.importer import import_paths, plan_import
from app.ui.import_dialog import ImportDialog
from tests.ui.helpers import open_window, wait_idle


def test_a_stopped_import_names_the_files_not_imported(
    qtbot, tmp_path, seeded_library, monkeypatch
):
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(4):
        (folder / f"n{i}.txt").write_text(f"Quillon note {i} says the ward levy is {i} percent.\n")
    window = open_window(qtbot, seeded_library)
    real = importer.add_document
    calls = []

    def server_goes_away(library, doc, file_name, stop=None):
        calls.append(file_name)
        if len(calls) == 2:
            raise LibraryError("team library: lost the connection to the server")
        return real(library, doc, file_name, stop)

    monkeypatch.setattr(importer, "add_document", server_goes_away)
    dialog = ImportDialog(window.live, [folder])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.importFinished, timeout=60_000):
        dialog.start()
    assert dialog.status.text() == (
        "Stopped: 1 imported, 3 not imported: n1.txt, n2.txt, n3.txt."
        " n0.txt: no quotes or facts found."
    )
    log = dialog.log.toPlainText()
    assert "lost the connection" in log
    assert all(f"n{i}.txt" in log.split("lost the connection")[1] for i in (1, 2, 3))

    # Again: the one already in is skipped, the three others come in once.
    monkeypatch.setattr(importer, "add_document", real)
    outcomes = list(import_paths(seeded_library, plan_import([folder])))
    wait_idle(qtbot, window)
    assert sum(o.ok for o in outcomes) == 3 and outcomes[0].duplicate_of is not None
