"""What the window says after an export: which file was written, with a link
to its folder in the status bar, and File > Show Last Export in Folder for
the keyboard. (With "Open the file when done" the file opens instead, and
the note is still shown.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.ui.plain_text import RichLabel, plain_tip, source_html


class ExportNote(QObject):
    """The status bar's export confirmation and the action that opens the folder."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.last: Path | None = None
        self.label = RichLabel()
        self.label.setObjectName("exportNote")
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(lambda _link: self.open_folder())
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.folder_action = QAction("Show &Last Export in Folder", window)
        self.folder_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.folder_action.setEnabled(False)
        self.folder_action.triggered.connect(self.open_folder)

    def exported(self, path: Path, opened: bool = True) -> None:
        """Say that `path` was written, with a link to its folder; `opened`
        False: it was to open when done and no program opened it."""
        from PySide6.QtCore import QUrl

        self.last = Path(path)
        folder = self.last.parent
        key = self.folder_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        unopened = "" if opened else " (no program here opens it)"
        self.label.setText(
            f"Exported {source_html(self.last.name)}{unopened} \u2014 "
            f"<a href='{QUrl.fromLocalFile(str(folder)).toString()}'>Open folder</a>"
        )
        self.label.setToolTip(plain_tip(f"{self.last}\n{key} opens its folder."))
        self.label.show()
        self.folder_action.setEnabled(True)

    def open_folder(self) -> bool:
        """Open the folder of the last export in the file manager."""
        if self.last is None:
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last.parent)))
