"""File > Open Team Library…: where the office's library is, and a test of the connection.

The user gives either the address their admin sent (`postgresql://…` or
`service=NAME`) or its parts: server, port, database, user, and how the
connection is secured. A password typed here is used for this session only
and never saved; the dialog says where libpq reads one from instead
(~/.pgpass or the file PGPASSFILE names). "Test" connects on a worker thread
and shows the result in the dialog, so the window never waits.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.pg.address import is_team_location, without_password
from app.ui import file_dialogs
from app.ui.path_field import PathField
from app.ui.plain_text import PlainLabel

SSL_MODES = [
    ("verify-full", "Encrypted, server's certificate and name checked (recommended)"),
    ("require", "Encrypted, server not checked"),
    ("prefer", "Encrypted when the server offers it"),
    ("disable", "Not encrypted (this computer or a trusted network only)"),
]
PASSWORD_NOTE = (
    "A password typed here is used until you close the app and never saved. To not be"
    " asked, put it in your passfile (~/.pgpass, or the file PGPASSFILE names)."
)


class _Probe(QObject):
    """Opens the library once on a worker thread: how the test answers."""

    done = Signal(bool, str)

    def __init__(self, location: str):
        super().__init__()
        self.location = location

    def run(self) -> None:
        from app.core.errors import LibraryError
        from app.core.pg.library import PgLibrary

        try:
            with PgLibrary(self.location) as library:
                n = library.count_sources()
            self.done.emit(True, f"Connected: {library.name}, {n:,} sources.")
        except LibraryError as exc:
            self.done.emit(False, str(exc))


class TeamLibraryDialog(QDialog):
    """Asks where a team library is; `location()` is what to open."""

    def __init__(self, parent: QWidget | None = None, recent: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Open Team Library")
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://you@server/library  or  service=office")
        self.host = QLineEdit()
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.ssl = QComboBox()
        for mode, label in SSL_MODES:
            self.ssl.addItem(label, mode)
        self.ca_file = PathField()
        self.ca_file.setPlaceholderText("the office's CA certificate (for checking the server)")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        self.status = PlainLabel(wordWrap=True)
        self.test_button = QPushButton("Test")
        self.test_button.clicked.connect(self.test)

        form = QFormLayout()
        form.addRow("Address:", self.address)
        if recent:
            self.recent = QComboBox()
            self.recent.addItem("")
            self.recent.addItems(recent)
            self.recent.currentTextChanged.connect(self.address.setText)
            form.addRow("Recent:", self.recent)
        form.addRow(PlainLabel("…or its parts:"))
        form.addRow("Server:", self.host)
        form.addRow("Port:", self.port)
        form.addRow("Database:", self.database)
        form.addRow("User:", self.user)
        form.addRow("Password:", self.password)
        form.addRow("Connection:", self.ssl)
        # A row of the field and its button: the caption names the field.
        certificate = PlainLabel("Certificate:")
        certificate.setBuddy(self.ca_file)
        form.addRow(certificate, ca_row)
        note = PlainLabel(PASSWORD_NOTE, wordWrap=True)
        note.setObjectName("passwordNote")
        # The sheet's grey for secondary text, 4.6:1 on the window; the
        # palette's Mid grey (a frame's shade, not text's) was 1.6:1.
        note.setStyleSheet("color: #6b6b6b")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._thread: QThread | None = None
        self._probe: _Probe | None = None

    def _choose_ca(self) -> None:
        path, _ = file_dialogs.open_file_name(
            self, "CA certificate", "", "Certificates (*.crt *.pem)"
        )
        if path:
            self.ca_file.setText(path)

    def location(self) -> str:
        """The address to open (with the session's password, if one was typed)."""
        typed = self.address.text().strip()
        if typed:
            return typed
        host, db, user = (
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
        )
        if not host or not db:
            return ""
        userinfo = quote(user, safe="")
        if self.password.text():
            userinfo += ":" + quote(self.password.text(), safe="")
        query = {"sslmode": self.ssl.currentData()}
        if self.ca_file.text().strip():
            query["sslrootcert"] = self.ca_file.text().strip()
        at = f"{userinfo}@" if userinfo else ""
        return (
            f"postgresql://{at}{host}:{self.port.value()}/{quote(db, safe='')}?{urlencode(query)}"
        )

    def remembered(self) -> str:
        """What the recent libraries keep: the address without any password."""
        return without_password(self.location())

    def _check(self) -> str | None:
        location = self.location()
        if not location:
            self.status.setText("Give the address, or at least the server and the database.")
            return None
        if not is_team_location(location):
            self.status.setText(f"{location!r} is not a team library address (postgresql://…).")
            return None
        return location

    def test(self) -> None:
        """Connect once on a worker thread; the answer shows in the dialog."""
        location = self._check()
        if location is None or self._thread is not None:
            return
        self.status.setText("Connecting…")
        self.test_button.setEnabled(False)
        self._probe = _Probe(location)
        self._thread = QThread(self)
        self._probe.moveToThread(self._thread)
        self._thread.started.connect(self._probe.run)
        self._probe.done.connect(self._tested)
        self._thread.start()

    def _tested(self, ok: bool, message: str) -> None:
        self.status.setText(message if ok else self._in_its_words(message))
        # The dialog grows to hold the answer: it squeezed every field
        # shorter than its text instead (a long error took three lines).
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        self.test_button.setEnabled(True)
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._probe = None, None

    def _in_its_words(self, message: str) -> str:
        """A failed secure connection, when the address is made of the parts,
        points to the Connection and Certificate fields: it asked for
        sslmode and sslrootcert "in the library's address", which the user
        never typed (the default checks a certificate the server may lack)."""
        from app.core.pg.connect import SSL_HINT  # loaded with the probe

        if self.address.text().strip() or SSL_HINT not in message:
            return message
        if "does not support ssl" in message.lower():
            hint = (
                "the server offers no encryption: choose Connection \u201cNot encrypted\u201d"
                " only on this computer or a trusted network, else ask your admin to turn"
                " encryption on"
            )
        else:
            hint = "choose the office's CA certificate (Certificate), or another Connection"
        return message.replace(SSL_HINT, hint)

    def _accept(self) -> None:
        if self._check() is not None:
            self.accept()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().done(result)
