"""A team library's reader importing a file: the refusal names the role,
the window's line counts the file given ("Imported 0 of 0 files" before),
and no "import them again" sends them back to the same refusal."""

from __future__ import annotations

from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.ui.helpers import open_window, team_user

TEXT = "The toll on the old causeway rose to two coins in March, the clerk said.\n"


def test_a_readers_import_is_refused_once_and_counted(qtbot, pg_database, pg_cluster, tmp_path):
    init_team(pg_database)
    _, url = team_user(pg_cluster, pg_database, "reader", "reader")
    library = PgLibrary(url)
    window = open_window(qtbot, library)
    (tmp_path / "causeway.txt").write_text(TEXT, encoding="utf-8")
    dialog = window.sources.start_import([tmp_path / "causeway.txt"])
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    log = dialog.log.toPlainText()
    assert "needs the editor role" in log
    assert "import them again" not in log
    qtbot.waitUntil(lambda: "Imported" in window.statusBar().currentMessage(), timeout=5_000)
    assert window.statusBar().currentMessage().startswith("Imported 0 of 1 files")
    dialog.accept()
    window.close()
    library.close()
