"""File > Take Offline… and File > Sync with Team Library: the road copy, in the window.

Take Offline (on a team library) asks what to take (the whole library, the
items of a tag, or what the open memo needs) and where to keep the copy,
then copies it on a worker thread and offers to open it. Sync (on a copy
taken offline) sends the copy's changes up and brings others' down, on a
worker thread, and shows the report: what went each way, and what was kept
from both sides. Each connects to its own database on its worker thread.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.core.brief import Brief
from app.core.pg.address import is_team_location
from app.core.store import Library, open_store
from app.ui.plain_text import PlainLabel, plain_tip
from app.ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.core.offline import Part

KEPT_AGAIN = "File > Changes Kept from Syncs lists this copy's values again."
WHOLE, TAG, MEMO = "The whole library", "The items of a tag…", "What the open memo cites"


class OfflineActions(QObject):
    """The two File menu actions; `openRequested(path)` offers the new copy."""

    openRequested = Signal(str)
    synced = Signal(object)  # the sync's Report
    # {block id: (item id, source)}: the open memo's blocks citing what the
    # Sync sent up, by the ids the team library gave it
    citationsMoved = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        brief: Callable[[], Brief],
        report: Callable[[str, str], None],
    ):
        super().__init__(window)
        self._window, self._library, self._brief, self._report = window, library, brief, report
        team = is_team_location(library.path)
        self.take_action = QAction("Take O&ffline…", window)
        self.take_action.setEnabled(team)
        self.take_action.triggered.connect(self.take_offline)
        self.sync_action = QAction("S&ync with Team Library", window)
        self.sync_action.setEnabled(False)  # until `check_link` says
        self.sync_action.triggered.connect(self.sync)
        # A value changed here that lost to the team's was said only in the
        # report, gone once closed; the copy keeps them (`sync.kept_here`).
        self.kept_action = QAction("Changes &Kept from Syncs…", window)
        self.kept_action.setEnabled(False)  # on a copy, once `check_link` says
        self.kept_action.triggered.connect(self.show_kept)
        # For the status bar: a copy said only "Library <path>", as any file.
        self.copy_label = PlainLabel()
        self.copy_label.setObjectName("offlineCopyNote")
        self.copy_label.hide()
        window.statusBar().addPermanentWidget(self.copy_label)

    def check_link(self) -> None:
        """Offer Sync on a copy taken offline. (Asked once the window's first
        frame is up: the offline module is not needed before.)"""
        from app.core.offline import link_of

        team = is_team_location(self._library.path)
        link = None if team else link_of(self._library)
        self.sync_action.setEnabled(link is not None)
        self.kept_action.setEnabled(link is not None)
        if link is not None:
            from app.core.pg.connect import describe  # no connection: the address's words

            self.copy_label.setText(f"Offline copy of {describe(link[0])}")
            self.copy_label.setToolTip(
                "File > Sync with Team Library sends what you change here and brings"
                " down what others changed there."
            )
            self.copy_label.show()

    def choose_part(self) -> Part | None:
        from PySide6.QtWidgets import QInputDialog  # the dialogs load when first used

        from app.core.offline import Part

        choices = [WHOLE, TAG, MEMO]
        picked, ok = QInputDialog.getItem(
            self._window, "Take Offline", "Take what:", choices, 0, False
        )
        if not ok:
            return None
        if picked == TAG:
            tags = self._library.all_tags()
            if not tags:
                self._report("Take Offline", "No item has a tag yet.")
                return None
            tag, ok = QInputDialog.getItem(self._window, "Take Offline", "Tag:", tags, 0, False)
            return Part.with_tag(tag) if ok else None
        if picked == MEMO:
            return Part.memo(self._brief())
        return Part.everything()

    def take_offline(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        part = self.choose_part()
        if part is None:
            return
        from app.core.offline import take_offline
        from app.ui import file_dialogs

        # In the home folder, as the import dialogs start: a bare name opened
        # the dialog in the process's working folder (the app's, in the walk).
        suggested = str(Path.home() / "offline.sqlite")
        path, _ = file_dialogs.save_file_name(
            self._window, "Keep the Offline Copy In", suggested, "Libraries (*.sqlite)"
        )
        if not path:
            return
        location = str(self._library.path)

        def copy() -> int:
            with open_store(location) as team:
                local = take_offline(team, path, part, location)
            n = local.count_sources()
            local.close()
            return n

        def done(n: int) -> None:
            answer = QMessageBox.question(
                self._window,
                "Taken Offline",
                plain_tip(f"{path} holds {part.describe()}: {n} sources. Open it now?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.openRequested.emit(path)

        run_in_background(copy, done, lambda exc: self._report("Take Offline", str(exc)), long=True)

    def sync(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        from app.core.offline import link_of

        path = str(self._library.path)
        link = link_of(self._library)
        if link is None:
            return

        from app.core.brief_sources import synced_citations  # loads when first used
        from app.core.offline import moved_ids
        from app.core.sync import sync

        # The open memo as it is now: blocks citing what Sync renumbers are
        # found in the team library on the worker, and renumbered when done
        # if the user has not changed them meanwhile.
        memo = copy.deepcopy(self._brief())

        def run():
            with Library(path) as local, open_store(link[0]) as team:
                report = sync(local, team, link[0])
                return report, synced_citations(memo, team, moved_ids(local))

        def done(result) -> None:
            report, found = result
            self.synced.emit(report)
            now = {b.id: b for b in self._brief().blocks()}
            unchanged = {b.id for b in memo.blocks() if now.get(b.id) == b}
            found = {b: cited for b, cited in found.items() if b in unchanged}
            if found:
                self.citationsMoved.emit(found)
            lines = report.lines()
            if report.kept:
                lines.append(f"\n{KEPT_AGAIN}")
            QMessageBox.information(self._window, "Synced", plain_tip("\n".join(lines)))

        run_in_background(run, done, lambda exc: self._report("Sync", str(exc)), long=True)

    def show_kept(self) -> None:
        """File > Changes Kept from Syncs…: every value of this copy's a sync
        found changed in the team library too, where the team's stays."""
        from PySide6.QtWidgets import QMessageBox  # loads when first needed

        from app.core.sync import kept_here

        kept = kept_here(self._library)
        text = (
            "Changed in this copy and in the team library too, as syncs found them:"
            " the team library's version stays, and yours is listed here.\n\n"
            + "\n".join(f"\u2022 {line}" for line in kept)
            if kept
            else "No sync has found a change of this copy's changed in the team library too."
        )
        QMessageBox.information(self._window, "Changes Kept from Syncs", plain_tip(text))
