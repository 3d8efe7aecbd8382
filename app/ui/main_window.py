"""The main window: assembles the panels and connects their signals in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
)

from app import __version__
from app.core.brief import Block, Brief
from app.core.model import Item
from app.core.store import Library
from app.core.templates import template_names
from app.ui.brief_document import BriefDocument
from app.ui.brief_editor import BriefEditor
from app.ui.brief_files import BriefFiles
from app.ui.conflicts_view import install_corroboration_views
from app.ui.import_dialog import install_import_actions
from app.ui.library_panel import LibraryPanel
from app.ui.preview import PreviewPane
from app.ui.settings import AUTOSAVE_SECONDS, SPLITTER_STATE, WINDOW_GEOMETRY, Settings
from app.ui.source_viewer import SourceViewer
from app.ui.tasks import wait_for_tasks

APP_TITLE = "Briefing Builder"


class MainWindow(QMainWindow):
    def __init__(self, library: Library, parent=None, settings: Settings | None = None):
        super().__init__(parent)
        self.library = library
        self.settings = settings or Settings()
        self.resize(1400, 900)

        self.document = BriefDocument(self, self.settings.get(AUTOSAVE_SECONDS))
        self.files = BriefFiles(self, self.document, self.settings)
        self.library_panel = LibraryPanel(library)
        self.viewer = SourceViewer(library)
        self.editor = BriefEditor(self.document.model, library)
        self.preview = PreviewPane()
        self.brief_tabs = QTabWidget()
        self.brief_tabs.setObjectName("briefTabs")
        self.brief_tabs.setDocumentMode(True)
        self.brief_tabs.addTab(self.editor, "Memo")
        self.brief_tabs.addTab(self.preview, "Preview")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(self.brief_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([450, 420, 530])
        self.setCentralWidget(self.splitter)
        if self.settings.get(WINDOW_GEOMETRY):
            self.restoreGeometry(self.settings.get(WINDOW_GEOMETRY))
        self._layout_restored = False

        self._build_menus()
        install_import_actions(self)  # File > Import, paste, drop, Source Properties
        install_corroboration_views(self)  # View > Conflicts, same quote in other sources
        self._connect()
        self._update_title()
        self.preview.show_brief(self.document.brief)
        n = library.count_sources()
        self.statusBar().showMessage(f"Library {library.path} · {n} sources")

    # -- menus ----------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        new_menu = file_menu.addMenu("&New Brief")
        for number, name in enumerate(template_names()):
            shortcut = QKeySequence.StandardKey.New if number == 0 else None
            self._action(new_menu, name, lambda _=False, n=name: self.files.new(n), shortcut)
        self._action(file_menu, "&Open…", self.files.open_dialog, QKeySequence.StandardKey.Open)
        file_menu.addMenu(self.files.recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Save", self.files.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save &As…", self.files.save_as, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self._action(file_menu, "&Export…", self.export_brief, "Ctrl+E")
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        stack = self.document.undo_stack
        undo = stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        find = self._action(edit_menu, "&Find in Library", self.focus_search)
        find.setShortcut(QKeySequence.StandardKey.Find)
        edit_menu.addSeparator()
        panel = self.library_panel
        for action in (panel.add_action, panel.tags_action, panel.speaker_action):
            edit_menu.addAction(action)
        edit_menu.addAction(self.viewer.clip_action)

        brief_menu = bar.addMenu("&Brief")
        for name in ("add_section", "add_paragraph", "move_up", "move_down", "rename"):
            brief_menu.addAction(self.editor.actions[name])
        brief_menu.addAction(self.editor.actions["delete"])
        brief_menu.addSeparator()
        brief_menu.addAction(self.editor.actions["restore"])

        view_menu = bar.addMenu("&View")
        for number, label in enumerate(("&Quotes", "&Facts", "&Sources", "Spea&kers")):
            self._action(
                view_menu,
                label,
                lambda _=False, n=number: panel.tabs.setCurrentIndex(n),
                f"Ctrl+{number + 1}",
            )
        view_menu.addSeparator()
        self._action(view_menu, "Memo &Editor", lambda: self.brief_tabs.setCurrentIndex(0))
        self._action(view_menu, "Memo &Preview", lambda: self.brief_tabs.setCurrentIndex(1))

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Open &Example Memo", self.files.open_example)
        help_menu.addSeparator()
        self._action(help_menu, "&About Briefing Builder", self.show_about)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "brief": brief_menu,
            "view": view_menu,
            "help": help_menu,
        }

    # -- signals, all connected here ------------------------------------------

    def _connect(self) -> None:
        panel = self.library_panel
        panel.itemChosen.connect(self.on_item_chosen)
        panel.sourceChosen.connect(self.viewer.show_source)
        panel.statusChanged.connect(self.statusBar().showMessage)
        panel.addRequested.connect(self.editor.add_items)
        self.viewer.itemClipped.connect(self.on_item_clipped)
        self.editor.blockChosen.connect(self.on_block_chosen)
        self.document.stateChanged.connect(self._update_title)
        self.document.autosaved.connect(self.show_status)
        self.document.model.briefChanged.connect(self.on_brief_changed)

    def on_brief_changed(self) -> None:
        self.preview.show_brief(self.document.brief)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def on_item_chosen(self, item: Item) -> None:
        self.viewer.show_item(item)

    def on_block_chosen(self, block: Block) -> None:
        if block.source is not None and block.source.source_id is not None:
            self.viewer.show_span(block.source.source_id, block.start, block.end)

    def on_item_clipped(self, item_id: int) -> None:
        item = self.library.item(item_id)
        self.library_panel.reload()
        self.library_panel.show_kind(item.kind)
        self.library_panel.select_item(item_id)
        self.statusBar().showMessage(f"Clipped a new {item.kind}", 4000)

    # -- the brief ------------------------------------------------------------

    def current_brief(self) -> Brief:
        return self.document.brief

    def offer_recovery(self) -> bool:
        """After a crash, offer the autosaved brief; True if it was restored."""
        return self.files.offer_recovery()

    def open_brief(self, path: Path) -> bool:
        return self.files.open(Path(path), ask=False)

    def export_brief(self) -> None:
        try:
            from app.ui.export_dialog import ExportDialog
        except ImportError:
            QMessageBox.information(self, "Export", "Export is not available in this build.")
            return
        ExportDialog(self.current_brief(), self, library=self.library).exec()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{APP_TITLE} — {self.document.display_name()}[*]")
        self.setWindowModified(self.document.dirty)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Panel widths are restored once the window has its size, or the
        # splitter squeezes them into the default width first.
        if not self._layout_restored and self.settings.get(SPLITTER_STATE):
            self.splitter.restoreState(self.settings.get(SPLITTER_STATE))
        self._layout_restored = True

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.document.discard_recovery()
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(SPLITTER_STATE, self.splitter.saveState())
        wait_for_tasks()  # no search result may arrive after the window is gone
        event.accept()

    # -- window ---------------------------------------------------------------

    def prepare_screenshot(self) -> None:
        """A state worth a screenshot: a quote chosen in its source, the brief shown."""
        blocks = [b for b in self.document.brief.blocks() if b.kind == "quote" and b.item_id]
        item = None
        if blocks:
            try:
                item = self.library.item(blocks[0].item_id)
            except KeyError:
                item = None
        if item is None and self.library_panel.model.rowCount():
            item = self.library_panel.model.item_at(0)
        if item is not None:
            self.library_panel.select_item(item.id)
            self.viewer.show_item(item)
        if blocks:
            self.editor.select_block(blocks[0].id)
            self.editor.view.scrollTo(
                self.editor.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
            )

    def focus_search(self) -> None:
        self.library_panel.tabs.setCurrentIndex(0)
        self.library_panel.search.setFocus()
        self.library_panel.search.selectAll()

    def show_kind(self, kind: str | None) -> None:
        self.library_panel.show_kind(kind)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_TITLE}",
            f"<b>{APP_TITLE}</b> {__version__}<p>Collect sources, find every quote with its "
            "speaker and every fact, and export a cited briefing memo. Works offline.</p>",
        )
