"""What the user does to the library's sources: File > Import (Ctrl+I) and
Import Folder (Ctrl+Shift+I), dropping files on the window, Edit > Paste as
New Source (Ctrl+Shift+V), Source Properties (Ctrl+Alt+P) and Delete Source. The main window puts the actions
in its menus; the views follow the library's `changed` signal by themselves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow

from app.core import library_edits as edits
from app.core.brief import Brief
from app.core.errors import LibraryError
from app.core.short_text import plural, which_source
from app.ui.file_drop import FILE_FILTER, FileDropFilter
from app.ui.library_panel import SOURCES_TAB, LibraryPanel
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import plain_tip
from app.ui.settings import LAST_IMPORT_DIR, Settings
from app.ui.write_gate import ADMIN

if TYPE_CHECKING:
    from app.ui.source_properties import SourcePropertiesDialog


class SourceActions(QObject):
    """The source actions of one window, with their dialogs. `sourcesImported`
    carries the first source an import (or a paste) added, for the window to show."""

    sourcesImported = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        live: LiveLibrary,
        panel: LibraryPanel,
        current_brief: Callable[[], Brief],
        settings: Settings,
    ):
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._live = live
        self._panel = panel
        self._current_brief = current_brief
        # The sources whose delete the writer has not finished, by title.
        self._deleting: dict[int, str] = {}
        self._import = None  # the import dialog last opened (running or done)
        self.import_action = self._make("&Import\u2026", self.choose_and_import, "Ctrl+I")
        self.folder_action = self._make(
            "Import Fol&der\u2026", self.choose_folder_and_import, "Ctrl+Shift+I"
        )
        self.paste_action = self._make(
            "Paste as &New Source", lambda: self.paste_as_new_source(), "Ctrl+Shift+V"
        )
        self.properties_action = self._make(
            "Source &Properties\u2026", lambda: self.edit_current_source(), "Ctrl+Alt+P"
        )
        self.delete_action = panel.delete_source_action
        # Disabled, and why, where the user's role in a team library does not allow them.
        for action in (self.import_action, self.folder_action, self.paste_action):
            live.gate.guard(action)
        live.gate.guard(self.properties_action)
        live.gate.guard(self.delete_action, ADMIN)
        panel.deleteSourceRequested.connect(self.delete_source)
        self._drop = FileDropFilter(window, self.start_import)

    def _make(self, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _status(self, text: str, msecs: int = 5000) -> None:
        self._window.statusBar().showMessage(text, msecs)

    # -- import -----------------------------------------------------------------

    def _start_folder(self) -> str:
        """The folder of the last import, else home: never the process's
        working folder, which a launcher or `make run` chose."""
        folder = self._settings.get(LAST_IMPORT_DIR)
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_and_import(self):
        from app.ui import file_dialogs  # loads when first used

        files, _ = file_dialogs.open_file_names(
            self._window, "Import sources", self._start_folder(), FILE_FILTER
        )
        if files:
            self._settings.set(LAST_IMPORT_DIR, str(Path(files[0]).parent))
        return self.start_import([Path(f) for f in files])

    def may_close(self) -> bool:
        """Whether the window may close: with an import running, the user is
        asked first (a close stops it after the file it is on, and the files
        not reached yet would go unsaid)."""
        dialog = self._import
        if dialog is None or not dialog.running:
            return True
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        done, planned = len(dialog.outcomes), dialog.planned
        answer = QMessageBox.question(
            self._window,
            "Import Running",
            f"An import is running: {done:,} of {planned:,} files done. Stop it and close?"
            " The files not imported yet can be imported again later (those already in"
            " the library are skipped).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_folder_and_import(self):
        """File > Import Folder: every article in a folder and its subfolders,
        as `main.py import FOLDER` reads them (the same import)."""
        from app.ui import file_dialogs  # loads when first used

        folder = file_dialogs.existing_directory(
            self._window, "Import a folder of sources", self._start_folder()
        )
        if folder:
            self._settings.set(LAST_IMPORT_DIR, folder)
        return self.start_import([Path(folder)] if folder else [])

    def start_import(self, paths: list[Path]):
        """Import files/folders with a progress dialog (an ImportDialog, or None
        for no paths); the window stays usable."""
        if not paths:
            return None
        # Loaded at first use: the importer brings the extractors, which the
        # window's first frame does not need (bench/bench_startup.py).
        from app.ui.import_dialog import ImportDialog, named_files, not_imported, nothing_found

        dialog = ImportDialog(self._live, paths, self._window)
        self._import = dialog
        asked = time.monotonic()  # the window stays usable: the memo may be worked on meanwhile

        def done(outcomes) -> None:
            ok = sum(o.ok for o in outcomes)
            skipped = sum(o.skipped for o in outcomes)
            already = f", {skipped:,} already in the library" if skipped else ""
            cancelled = " (cancelled)" if dialog.cancelled else ""
            refused = not_imported(outcomes)
            named = f"; not imported: {named_files(refused)}" if refused else ""
            empty = f"; {found_nothing}" if (found_nothing := nothing_found(outcomes)) else ""
            line = f"Imported {ok:,} of {dialog.planned:,} files{already}{cancelled}{named}{empty}"
            self._status(line, 0)
            added = [o for o in outcomes if o.source_id is not None]
            new = [o.source_id for o in added]
            if new:
                # Edit > Undo takes the new sources out again.
                self._live.made(
                    edits.sources_added(new, [Path(o.file).name for o in added], imported=True),
                    asked,
                )
                self.sourcesImported.emit(new[0])
                # Closing the dialog gives the window back the keyboard: on
                # the new source, not wherever it was when the import began.
                dialog.finished.connect(lambda _result: self._focus_source(new[0], line))

        dialog.importFinished.connect(done)
        dialog.detailsRequested.connect(self.edit_current_source)
        dialog.setModal(False)
        dialog.show()
        dialog.start()
        return dialog

    def _focus_source(self, source_id: int, said: str = "") -> None:
        """The Sources list focused, on `source_id` (if it is still there);
        `said` then shown again in the status bar, which the Sources tab's
        count took over as the list turned to it."""
        panel = self._panel
        panel.tabs.setCurrentIndex(SOURCES_TAB)
        if panel.source_list.select_source(source_id):
            panel.sources.setFocus(Qt.FocusReason.OtherFocusReason)
        if panel.source_list.hidden(source_id):
            # Made current out of sight, it is not shown by itself: the viewer
            # would keep what it showed, the list (its search cleared) another.
            panel.source_list.sourceChosen.emit(source_id)
        if said and panel.source_list.hidden(source_id):
            # The viewer shows the new source, the list "0 of 6 sources".
            query = panel.search.text().strip()
            said += (
                f" \u2014 the search \u201c{query}\u201d hides it in the list:"
                " Escape in the search box clears it"
            )
        if said:
            self._status(said, 0)

    def paste_as_new_source(self, text: str | None = None):
        """Open the paste dialog (a PasteSourceDialog) with the clipboard's text
        (or `text`)."""
        from app.ui.paste_source import PasteSourceDialog  # at first use, as ImportDialog

        if text is None:
            text = QGuiApplication.clipboard().text()
        dialog = PasteSourceDialog(self._live, text, self._window)

        def added() -> None:
            outcome = dialog.outcome
            line = f"Added pasted source: {outcome.counts()}"
            self._status(line)
            if outcome.source_id is not None:
                self.sourcesImported.emit(outcome.source_id)
                # The keyboard on the new source, as after an import: not
                # back in the search box, whose Ctrl+Z undoes its own typing.
                self._focus_source(outcome.source_id, line)

        dialog.accepted.connect(added)
        dialog.open()
        return dialog

    # -- one source -------------------------------------------------------------

    def edit_current_source(self, source_id: int | None = None) -> SourcePropertiesDialog | None:
        """Source Properties of `source_id` (default: the source of what is
        chosen in the library: a source, or a quote's or fact's)."""
        if source_id is None:
            source_id = self._panel.chosen_source_id()
        if source_id is None or source_id < 0:
            self._status("Choose a source in the Sources tab, or a quote or a fact, first")
            return None
        refused = self._live.reader.refusal("changing a source's details")
        if refused is not None:  # said before the form is filled in (a reader)
            self._live.report(LibraryError(refused))
            return None
        # At first use, as ImportDialog: it brings the text-metadata readers.
        from app.ui.source_properties import SourcePropertiesDialog

        try:
            dialog = SourcePropertiesDialog(
                self._live, source_id, self._window, lambda: self._memo_cites(source_id)
            )
        except KeyError:
            self._status("That source is no longer in the library")
            return None
        dialog.accepted.connect(
            lambda: self._status(_saved_line(dialog.gone), 0 if dialog.gone else 5000)
        )
        dialog.open()
        return dialog

    def _memo_cites(self, source_id: int) -> list[int]:
        """The ids of `source_id`'s items the open memo's blocks cite."""
        return [
            b.item_id
            for b in self._current_brief().blocks()
            if b.item_id is not None and b.source is not None and b.source.source_id == source_id
        ]

    def delete_source(self, source_id: int, ask: bool = True) -> bool:
        """Delete a source and its quotes and facts, after asking; Edit > Undo
        brings it back. Memo blocks that cite it keep their words and details."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        if source_id in self._deleting:
            # The first delete is still on the writer (regrouping a big library
            # takes a while): a second would fail there, as a bare error.
            self._status(f"Already deleting {self._deleting[source_id]}\u2026")
            return False
        try:
            source = self._live.reader.source(source_id)
        except KeyError:
            return False
        # Its outlet and date tell it from another source of its title (a wire story).
        which = which_source(source.meta.outlet, source.meta.date)
        title = source.meta.title or source.file_name or "this source"
        named = f"\u201c{title}\u201d" + (f" ({which})" if which else "")
        kinds = [item.kind for item in self._live.reader.items_of_source(source_id)]
        # Counted in words, a kind it has none of left out: "its 1 quote and 3 facts".
        items = " and ".join(plural(kinds.count(k), k) for k in ("quote", "fact") if k in kinds)
        used = sum(
            1
            for b in self._current_brief().blocks()
            if b.source is not None and b.source.source_id == source_id
        )
        if ask:
            # The library marks what every memo cites, a colleague's too: a
            # team library's source was deleted with no word of their memo.
            cited = self._live.reader.cited_in_memos(source_id)
            whose = (
                "a colleague\u2019s or one saved here"
                if self._live.reader.decider()
                else ("one saved here")
            )
            memo = ""
            if used:
                memo = f"\n\nThe open memo cites it in {plural(used, 'block')}"
            elif cited:
                are = "is" if cited == 1 else "are"
                memo = f"\n\n{cited:,} of them {are} cited in a memo ({whose})"
            if memo:
                memo += (
                    ": a block citing a deleted source keeps its words and details and is"
                    " marked \u201csource deleted\u201d."
                )
            answer = QMessageBox.question(
                self._window,
                "Delete Source",
                plain_tip(
                    f"Delete {named}{f' and its {items}' if items else ''} from the"
                    f" library?{memo}\n\nEdit > Undo brings it back."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._deleting[source_id] = named

        def deleted(_edit) -> None:
            self._deleting.pop(source_id, None)
            self._status(f"Deleted {named} (Edit > Undo brings it back)")

        def failed(exc: Exception) -> None:
            self._deleting.pop(source_id, None)
            self._window.statusBar().clearMessage()  # "Deleting ..." is over
            self._live.report(exc)

        self._status(f"Deleting {named}\u2026", 0)
        self._live.edit(lambda library: edits.delete_source(library, source_id), deleted, failed)
        return True


def _saved_line(gone: int) -> str:
    """The status line after Source Properties saved: what a new date took
    away is said (the memo open keeps the facts it cites; others may not)."""
    if not gone:
        return "Source properties saved"
    which = "which is" if gone == 1 else "which are"
    return (
        f"Source properties saved. The new date no longer gives {gone} of its facts,"
        f" {which} no longer offered (Edit > Undo brings them back)"
    )
