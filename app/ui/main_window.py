"""The main window: assembles the panels and connects their signals in one place.

The library is one `LiveLibrary` (app/ui/live_library.py): views read it on
this thread, every write goes through its writer, and its `changed` signal is
connected here, once, to every view that shows library data.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

from app.core.brief import Block, Brief
from app.core.library_edits import Changes
from app.core.model import Item
from app.core.short_text import plural
from app.core.store import Library
from app.ui import window_state
from app.ui.autosave_notice import AutosaveNotice
from app.ui.brief_document import BriefDocument
from app.ui.brief_editor import BriefEditor
from app.ui.brief_files import BriefFiles
from app.ui.export_note import ExportNote
from app.ui.focus import Pane, PaneFocus, hide_to, tab_before
from app.ui.help import APP_NAME, HelpActions
from app.ui.library_menu import LibraryMenu
from app.ui.library_panel import LibraryPanel
from app.ui.live_library import LiveLibrary
from app.ui.menu_keys import MenuKeysFirst
from app.ui.menus import Commands, build_menus
from app.ui.offline_actions import OfflineActions
from app.ui.plain_text import PlainLabel, plain_tip
from app.ui.preview import PreviewPane
from app.ui.screenshot_state import show_screenshot_state
from app.ui.settings import AUTOSAVE_SECONDS, DOCK_HEIGHT, EXPORT_NOTES, EXPORT_STYLE, Settings
from app.ui.source_actions import SourceActions
from app.ui.source_viewer import SourceViewer
from app.ui.speaker_check_hint import SpeakerCheckHint
from app.ui.speaker_notice import SpeakerNotice
from app.ui.stale_groups import StaleGroups
from app.ui.status_tips import keep_status_line
from app.ui.tasks import wait_for_window_tasks
from app.ui.undo import History, UndoHistory
from app.ui.why_disabled import WhyDisabled
from app.ui.window_place import size_for_first_start
from app.ui.write_gate import show_role

APP_TITLE = APP_NAME
DOCK_SHARE = 0.3  # of the window's height, the first time the dock opens

if TYPE_CHECKING:
    from app.core.export import ExportWarning
    from app.ui.export_dialog import ExportDialog


class MainWindow(QMainWindow):
    firstFramePainted = Signal()  # once, just after the window's first frame is drawn

    def __init__(self, library: Library, parent=None, settings: Settings | None = None):
        super().__init__(parent)
        self.library = library
        self.live = LiveLibrary(library, self)
        try:
            self._build(settings)
        except BaseException:
            self.live.close()  # a library that fails its first reads: no writer left behind
            self._free_now()
            raise

    def _free_now(self) -> None:
        """Free this half-made window's Qt objects at once. Left alone, the
        exception's frames and the parts' references to each other hold them
        in reference cycles, and the cycle collector would free them later in
        an order Qt does not always survive (a crash while the user works in
        the window opened instead). Every part is made in the window (see
        `_build`), so freeing the window frees them all."""
        shiboken6.delete(self)

    def _build(self, settings: Settings | None) -> None:
        self.settings = settings or Settings()
        # False for --screenshot: problems go to stderr, no dialog waits for a click.
        self.interactive = True
        size_for_first_start(self)

        self.document = BriefDocument(self, self.settings.get(AUTOSAVE_SECONDS))
        self.files = BriefFiles(self, self.document, self.settings, self.report)
        # Each part is made in the window, not parentless until placed: one
        # that fails as it reads the library is freed with the window.
        self.library_panel = LibraryPanel(self.live, self)
        self.viewer = SourceViewer(self.live, self)
        self.editor = BriefEditor(self.document.model, self.live, self)
        self.autosave_notice = AutosaveNotice(self.document, self.editor)
        self.speaker_notice = SpeakerNotice(self.editor)
        for button in (
            self.editor.update_button,
            self.autosave_notice.dismiss,
            self.speaker_notice.button,
        ):
            tab_before(button, self.editor.view)
        self.preview = PreviewPane(self)
        self.brief_tabs = QTabWidget(self)
        self.brief_tabs.setObjectName("briefTabs")
        self.brief_tabs.setAccessibleName("Memo and Preview")
        self.brief_tabs.setDocumentMode(True)
        self.brief_tabs.addTab(self.editor, "Memo")
        self.brief_tabs.addTab(self.preview, "Preview")
        # The Sources Agree / Disagree dock is made when first opened: the
        # first frame does not need it (see `corroboration`).
        self._dock = None
        self.sources = SourceActions(
            self, self.live, self.library_panel, self.current_brief, self.settings
        )
        self.history = UndoHistory(
            [
                History("Memo", "the memo", self.document.undo_stack, lambda: [self.brief_tabs]),
                History(
                    "Library",
                    "the library panel",
                    self.live.undo_stack,
                    lambda: [self.library_panel, self._dock],
                ),
            ],
            self,
        )
        self.library_menu = LibraryMenu(self, self.settings)
        self.offline = OfflineActions(self, self.library, self.current_brief, self.report)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.exports = ExportNote(self)
        self.stale_groups = StaleGroups(self.live, self.statusBar(), self)  # after the first frame

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
        window_state.restore_place(self, self.settings)
        self._layout_restored = self._painted = False

        self.pane_focus = PaneFocus(
            self,
            [
                Pane("library", lambda: self.library_panel, self.library_panel.results_widget),
                Pane("viewer", lambda: self.viewer, lambda: self.viewer.text),
                Pane("memo", lambda: self.brief_tabs, self._memo_focus_target),
                Pane("corroboration", lambda: self._dock, lambda: self._dock.focus_target()),
            ],
        )
        self.commands = Commands()
        self.help = HelpActions(self, self.commands, lambda: self.menus)
        self.menus = build_menus(self)
        self.why_disabled = WhyDisabled(self.commands, self.live.gate, self)  # said on hover
        keep_status_line(self)  # hovering the menus wipes no status line
        self.menu_keys = MenuKeysFirst(self)  # Ctrl+E and the rest work from a field
        self._show_tips()
        self.library_panel.set_properties_key(self.commands.key("properties"))
        self._build_status_bar()
        self._connect()
        self._update_title()
        # Drawn in the export's style: the Preview's notes are the export's.
        self.preview.follow(
            self.editor.status.cited_brief,
            lambda: (self.settings.get(EXPORT_STYLE), self.settings.get(EXPORT_NOTES)),
        )

    def _show_tips(self) -> None:
        keys = self.commands
        self.brief_tabs.setTabToolTip(
            0,
            f"The memo: its sections and blocks ({keys.key('go_memo')}). Double-click or"
            f" {keys.key('rename')} edits a block; {keys.key('export')} exports the memo.",
        )
        self.brief_tabs.setTabToolTip(
            1, "The memo as it will be exported, with its citations and notes."
        )

    def _memo_focus_target(self) -> QWidget:
        return self.editor.view if self.brief_tabs.currentIndex() == 0 else self.preview

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = PlainLabel()
        self.busy_label.setObjectName("busyNote")
        self.busy_label.hide()
        bar.addPermanentWidget(self.busy_label)
        self.readonly_label = show_role(self, self.live)
        self.speaker_hint = SpeakerCheckHint(self.live, self.library_panel)
        bar.addPermanentWidget(self.speaker_hint)
        self._show_library_line()

    def _show_library_line(self) -> None:
        note = " (read-only)" if self.live.readonly else ""
        n = self.library.count_sources()
        name = self.library.name
        # A team library names itself ("team library X on Y"); a file is a path.
        label = name[:1].upper() + name[1:] if name.startswith("team ") else f"Library {name}"
        self.statusBar().showMessage(f"{label}{note} · {plural(n, 'source')}")
        self.viewer.note_library_size(n)

    # -- signals, all connected here ------------------------------------------

    def _connect(self) -> None:
        live, panel = self.live, self.library_panel
        for view in (panel, self.viewer, self.editor):
            live.changed.connect(view.library_changed)
        live.changed.connect(self.on_library_changed)
        live.busyChanged.connect(self.show_busy)
        live.failed.connect(lambda message: self.report("The library was not changed", message))
        self.offline.openRequested.connect(self.library_menu.openRequested)
        self.offline.citationsMoved.connect(self._after_sync)
        panel.itemChosen.connect(self.on_item_chosen)
        panel.resultsShown.connect(self._follow_results)
        panel.sourceChosen.connect(self.viewer.show_source)
        panel.sourcesShown.connect(self._follow_sources)
        panel.speakerShown.connect(self.viewer.follow_speaker)
        panel.chosenItemRemoved.connect(self.viewer.unchoose_item)  # before the viewer re-reads
        panel.statusChanged.connect(self.statusBar().showMessage)
        panel.addRequested.connect(self.editor.add_items)
        panel.conflictRequested.connect(lambda cid: self.corroboration().open_conflict(cid))
        self.viewer.conflictRequested.connect(lambda cid: self.corroboration().open_conflict(cid))
        self.viewer.itemClipped.connect(self.on_item_clipped)
        self.viewer.addRequested.connect(self.editor.add_items)
        self.editor.blockChosen.connect(self.on_block_chosen)
        self.editor.chosenBlockRemoved.connect(self.on_block_gone)
        self.editor.blockAdded.connect(self.on_block_added)
        self.files.statusChanged.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.editor.status.changed.connect(self.preview.schedule)
        self.document.model.briefChanged.connect(self.preview.schedule)
        self.document.stateChanged.connect(self._update_title)
        self.document.stateChanged.connect(self.editor.status.mark_again)  # saved, opened
        self.document.autosaved.connect(self.show_status)
        self.speaker_notice.statusChanged.connect(self.show_status)
        self.document.typingRequested.connect(self.editor.view.commit_open_editor)
        self.sources.sourcesImported.connect(self.show_new_source)
        self.firstFramePainted.connect(self.offline.check_link)
        self.firstFramePainted.connect(panel.read_choosers)
        self.firstFramePainted.connect(panel.make_hidden_views)
        self.firstFramePainted.connect(self.speaker_hint.offer)
        self.firstFramePainted.connect(self.stale_groups.check)
        self.firstFramePainted.connect(self._reopen_dock)
        self.stale_groups.updatingChanged.connect(panel.set_groups_updating)
        panel.speakerCheckRequested.connect(self.speaker_hint.withdraw)

    def corroboration(self):
        """The Sources Agree / Disagree dock, made (and connected) the first
        time it is needed; it opens compact, at the height it last had."""
        if self._dock is None:
            # Loaded here, not at start: its module brings the corroboration
            # package (word lists, lemmas), which the first frame does not need.
            from app.ui.conflicts_view import CorroborationDock

            dock = self._dock = CorroborationDock(self.live, self)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            self.live.changed.connect(dock.library_changed)
            self.library_panel.itemChosen.connect(self._show_group)
            dock.cluster_view.itemChosen.connect(self.on_item_chosen)
            self.library_panel.item_actions.act_in(dock.cluster_view, dock.cluster_view.chosen_id)
            dock.conflicts_view.itemChosen.connect(self.on_item_chosen)
            dock.visibilityChanged.connect(self._dock_shown)
            self.stale_groups.updatingChanged.connect(dock.set_groups_updating)
            dock.set_groups_updating(self.stale_groups.updating)
            self._dock_sized = False
        return self._dock

    corroboration_dock = property(corroboration)

    def opened_dock(self):
        """The Sources Agree / Disagree dock if it is open, else None."""
        return self._dock if self._dock is not None and self._dock.isVisible() else None

    def _reopen_dock(self) -> None:
        window_state.reopen_dock(self, self.settings)

    def _dock_shown(self, visible: bool) -> None:
        self.commands["corroboration_panel"].setChecked(visible)
        if not visible:
            if self._dock_sized and self.isVisible():
                self.settings.set(DOCK_HEIGHT, self._dock.height())
            return
        if not self._dock_sized:
            # Compact the first time (not the 60% a dock takes by default),
            # then as high as the user left it.
            height = self.settings.get(DOCK_HEIGHT) or int(self.height() * DOCK_SHARE)
            self.resizeDocks([self._dock], [height], Qt.Orientation.Vertical)
            self._dock_sized = True
        self._show_group(self.library_panel.current_item())

    def _show_group(self, item: Item | None) -> None:
        if self._dock is not None and self._dock.isVisible():
            self._dock.cluster_view.show_item(item.id if item is not None else None)

    def toggle_corroboration(self, shown: bool | None = None) -> None:
        """View > Sources Agree / Disagree Panel: open it (on the tab it had) or close it."""
        dock = self.corroboration()
        if shown if shown is not None else not dock.isVisible():
            dock.show_tab(dock.tabs.currentIndex())
        else:  # a keyboard in it goes to the library's list, whose item it showed
            hide_to(dock, self.library_panel.results_widget())

    def on_library_changed(self, changes: Changes) -> None:
        if changes.sources:
            self._show_library_line()

    def show_busy(self, note: str) -> None:
        self.busy_label.setText(note)
        self.busy_label.setVisible(bool(note))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def report(self, title: str, message: str) -> None:
        """Tell the user about a problem: a message box, or with --screenshot
        (nobody to click it away) a line on stderr."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        self.statusBar().showMessage(message, 10000)
        if self.interactive:
            QMessageBox.warning(self, title, plain_tip(message))
        else:
            print(f"error: {message}", file=sys.stderr)

    def on_item_chosen(self, item: Item) -> None:
        self.viewer.show_item(item)

    def _follow_results(self, items: list[Item]) -> None:
        kept = self.viewer.follow_results(items)
        if kept is not None:
            self.library_panel.select_item(kept.id)
        else:  # the chosen item is not among the results: nothing is chosen now
            self._show_group(None)

    def _follow_sources(self, source_ids: list[int]) -> None:
        """The Sources tab shown or searched: the viewer follows it, and the row
        highlighted is the viewer's source (it kept one chosen before a tab switch),
        unless the search put another there (chosen for no command, as a quote's)."""
        before = self.viewer.source
        self.viewer.follow_sources(source_ids)
        if self.viewer.source is before:
            self.library_panel.source_list.show_chosen(before)

    def on_block_chosen(self, block: Block) -> None:
        if block.source is not None and block.source.source_id is not None:
            self.viewer.show_span(block.source.source_id, block.start, block.end)

    def on_block_gone(self, block: Block) -> None:
        if block.source is not None and block.source.source_id is not None:
            self.viewer.unchoose_span(block.source.source_id, block.start, block.end)
        # The list agrees with the viewer: the row it was added from is chosen no more.
        if self.viewer.chosen_item() is None and self.library_panel.unchoose(block.item_id):
            self._show_group(None)

    def on_block_added(self, where: str, held: list[str]) -> None:
        """Say where it went; and, if it was in the memo already, where (added all the same:
        the user may want it twice)."""
        also = ", ".join(f"\u201c{title}\u201d" for title in held)
        in_memo = f"; it was already in the memo, in {also}" if held else ""
        self.show_status(f"Added to \u201c{where}\u201d{in_memo}")

    def on_item_clipped(self, item_id: int) -> None:
        item = self.library.item(item_id)
        self.library_panel.show_kind(item.kind)
        self.library_panel.select_item(item_id)
        self.viewer.show_item(item)
        self.statusBar().showMessage(f"Clipped a new {item.kind}", 4000)

    def show_new_source(self, source_id: int) -> None:
        """A source just imported: chosen in the Sources tab and shown in the viewer."""
        self.library_panel.tabs.setCurrentIndex(2)
        self.library_panel.select_source(source_id)
        self.viewer.show_source(source_id)

    def _after_sync(self, found: dict) -> None:
        n = self.editor.take_synced_ids(found)
        if n:
            self.show_status(
                f"The memo's {plural(n, 'block')} citing sources sent up now cite them by the team"
                " library's ids: save the memo to keep this"
            )

    # -- the brief ------------------------------------------------------------

    def current_brief(self) -> Brief:
        return self.document.brief

    def offer_recovery(self) -> bool:
        """After a crash, offer the autosaved brief; True if it was restored."""
        return self.files.offer_recovery()

    def open_brief(self, path: Path) -> bool:
        return self.files.open(Path(path), ask=False)

    def export_brief(self) -> ExportDialog:
        """The export dialog for the memo as it cites now (the library's current
        details), with its conflict warnings; a warning jumps to its block."""
        # The exporters load on the first export, not with the window's first frame.
        from app.ui.export_dialog import ExportDialog

        self.document.take_typing()
        self.editor.status.update()
        conflicted, rejected = self.editor.status.export_checks()
        dialog = ExportDialog(
            self.editor.status.cited_brief(),
            self,
            library=self.library,
            conflicted_item_ids=conflicted,
            rejected_item_ids=rejected,
        )
        dialog.warningChosen.connect(lambda w: (dialog.reject(), self.go_to_warning(w)))
        dialog.takeSpeakersRequested.connect(lambda: self._take_speakers_for_export(dialog))
        dialog.accepted.connect(lambda: self.exports.exported(dialog.exported_path, dialog.opened))
        dialog.accepted.connect(self.preview.schedule)  # the style chosen may be new
        dialog.open()
        return dialog

    def _take_speakers_for_export(self, dialog: ExportDialog) -> None:
        """The memo's quotes take the library's speakers (the memo's own
        undoable command, as the bar above it); the dialog exports the memo so."""
        self.speaker_notice.take_all()
        dialog.set_brief(self.editor.status.cited_brief())

    def go_to_warning(self, warning: ExportWarning) -> None:
        """Show what a warning is about: its block, a source's missing details, the header."""
        if warning.kind == "empty_header":
            self.brief_tabs.setCurrentIndex(0)
            return self.editor.edit_empty_header()
        try:
            block = self.document.brief.block(warning.block_id)  # KeyError for None too
        except KeyError:
            return
        self.brief_tabs.setCurrentIndex(0)
        self.editor.select_block(block.id)
        self.editor.view.setFocus()
        state = self.editor.status.states.get(block.id)
        if warning.kind == "source_incomplete" and state is not None and state.status == "live":
            self.sources.edit_current_source(block.source.source_id)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{APP_TITLE} — {self.document.display_name()}[*]")
        self.setWindowModified(self.document.dirty)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._layout_restored:
            window_state.restore_panels(self, self.settings)
        self._layout_restored = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Read once it is on screen; the window as context: none if it is gone.
            QTimer.singleShot(0, self, self.firstFramePainted.emit)

    def closeEvent(self, event) -> None:
        if not self.sources.may_close() or not self.files.maybe_save():
            event.ignore()
            return
        self.document.close_recovery()
        window_state.save(self, self.settings)
        # No search result may arrive after the window is gone. Today's
        # backup is not waited for: it reads through its own connection and
        # goes on by itself (application._start_backup). The list's search and
        # count are stopped first (a switch does not wait for a common word's
        # count), the search typed just before too (its pause not over yet).
        self.library_panel.stop()
        self.stale_groups.stop()  # a regroup beside the writer stops, the groups left stale
        wait_for_window_tasks()
        self.live.close()  # queued writes finish before the window goes
        self.editor.status.stop()
        event.accept()

    # -- window ---------------------------------------------------------------

    def prepare_screenshot(self) -> None:
        """A state worth a screenshot: a quote chosen in its source, the brief shown."""
        show_screenshot_state(self)

    def focus_search(self) -> None:
        """Edit > Find: the search box, searching the library tab in view."""
        self.library_panel.focus_search()

    def show_library_tab(self, tab: int) -> None:
        """View > Quotes / Facts / Sources / Speakers: that tab, its results focused."""
        self.library_panel.tabs.setCurrentIndex(tab)
        self.library_panel.focus_results()

    def show_memo_tab(self, tab: int) -> None:
        """View > Memo Editor / Memo Preview, focused."""
        self.brief_tabs.setCurrentIndex(tab)
        self._memo_focus_target().setFocus()
