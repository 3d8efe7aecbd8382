"""File > Open Team Library…: the address from its parts, a password never kept,
and a connection test that answers in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.team_dialog import TeamLibraryDialog
from tests.pg_cluster import SUPERUSER, TempCluster


def test_address_from_parts_keeps_no_password(qtbot):
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.host, "db.office.example")
    qtbot.keyClicks(dialog.database, "news desk")
    qtbot.keyClicks(dialog.user, "dana")
    qtbot.keyClicks(dialog.password, "s3cret:/@")
    dialog.ca_file.setText("/etc/office-ca.crt")
    location = dialog.location()
    assert location.startswith(
        "postgresql://dana:s3cret%3A%2F%40@db.office.example:5432/news%20desk?"
    )
    assert "sslmode=verify-full" in location and "sslrootcert=%2Fetc%2Foffice-ca.crt" in location
    assert "s3cret" not in dialog.remembered()
    assert dialog.remembered().startswith("postgresql://dana@db.office.example:5432/")


def test_a_typed_address_wins_and_bad_ones_are_said(qtbot):
    dialog = TeamLibraryDialog(recent=["postgresql://omar@db/lib"])
    qtbot.addWidget(dialog)
    dialog.recent.setCurrentIndex(1)
    assert dialog.location() == "postgresql://omar@db/lib"
    dialog.address.setText("/home/me/library.sqlite")
    dialog.test()
    assert "not a team library address" in dialog.status.text()


def test_connection_test_answers_in_the_dialog(qtbot, team_url, pg_cluster):
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    dialog.address.setText(team_url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connected"), timeout=10_000)
    assert "0 sources" in dialog.status.text()
    dialog.address.setText(team_url.replace("/t_", "/missing_"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no such database" in dialog.status.text(), timeout=10_000)


@pytest.fixture(scope="module")
def tcp_cluster():
    """A server reached over TCP that offers no encryption (an office's may not)."""
    cluster = TempCluster(tcp=True).start()
    yield cluster
    cluster.stop()


def test_a_server_without_encryption_points_to_the_connection_field(
    qtbot, tcp_cluster, monkeypatch
):
    monkeypatch.setenv("PGPASSFILE", str(tcp_cluster.passfile))
    dialog = TeamLibraryDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(tcp_cluster.port)
    dialog.database.setText("postgres")
    dialog.user.setText(SUPERUSER)  # the Connection left as it opens: verify-full
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "secure connection failed" in dialog.status.text(), timeout=10_000)
    said = dialog.status.text()
    assert "in the library's address" not in said  # no address was typed
    assert "the server offers no encryption: choose Connection \u201cNot encrypted\u201d" in said


def test_a_long_answer_grows_the_dialog_rather_than_squeeze_its_fields(qtbot):
    dialog = TeamLibraryDialog(recent=["postgresql://ana@office/newsdesk"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    long = "team library newsdesk on office: the secure connection failed (" + "why " * 60 + ")"
    dialog._tested(False, long)
    qtbot.wait(50)
    for field in (dialog.address, dialog.host, dialog.database, dialog.user, dialog.password):
        assert field.height() >= field.sizeHint().height()
    assert dialog.status.height() >= dialog.status.heightForWidth(dialog.status.width())
