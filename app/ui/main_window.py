"""The main window: assembles the panels and connects their signals in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter

from app import __version__
from app.core.model import Item
from app.core.store import Library
from app.ui.library_panel import LibraryPanel
from app.ui.source_viewer import SourceViewer

APP_TITLE = "Briefing Builder"


class MainWindow(QMainWindow):
    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(f"{APP_TITLE} — {library.path.name}")
        self.resize(1400, 900)

        self.library_panel = LibraryPanel(library)
        self.viewer = SourceViewer(library)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([600, 800])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._connect()
        n = library.count_sources()
        self.statusBar().showMessage(f"Library {library.path} · {n} sources")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu("&Edit")
        find = QAction("&Find in Library", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        edit_menu.addAction(find)

        view_menu = bar.addMenu("&View")
        for label, kind in (("&Quotes", "quote"), ("&Facts", "fact"), ("&All Items", None)):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, k=kind: self.show_kind(k))
            view_menu.addAction(action)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About Briefing Builder", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def _connect(self) -> None:
        self.library_panel.itemChosen.connect(self.on_item_chosen)
        self.library_panel.sourceChosen.connect(self.viewer.show_source)
        self.library_panel.statusChanged.connect(self.statusBar().showMessage)

    def on_item_chosen(self, item: Item) -> None:
        self.viewer.show_item(item)

    def focus_search(self) -> None:
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def show_kind(self, kind: str | None) -> None:
        combo = self.library_panel.kind
        combo.setCurrentIndex(combo.findData(kind))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_TITLE}",
            f"<b>{APP_TITLE}</b> {__version__}<p>Collect sources, find every quote with its "
            "speaker and every fact, and export a cited briefing memo. Works offline.</p>",
        )
