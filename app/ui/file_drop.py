"""Files for import: the file dialog's filter, and files dropped on the window.

Kept apart from the import dialog so the window can accept a drop without
loading the importer (and its extractors) before its first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

FILE_FILTER = (
    "Sources (*.txt *.md *.markdown *.docx *.pdf *.html *.htm *.json);;"
    "Text and Markdown (*.txt *.md *.markdown);;Word (*.docx);;PDF (*.pdf);;"
    "Web pages (*.html *.htm);;CSL-JSON from Zotero (*.json);;All files (*)"
)


class FileDropFilter(QObject):
    """Accepts files and folders dropped on a widget and hands their paths on."""

    def __init__(self, target: QWidget, on_paths: Callable[[list[Path]], object]):
        super().__init__(target)
        self._on_paths = on_paths
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self._on_paths(paths)
            return True
        return False
