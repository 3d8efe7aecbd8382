"""The Speakers view: everyone quoted, with their quotes; rename and merge
(both undoable: Edit > Undo takes a merge back, quotes and aliases too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.library_edits import Edit
from app.core.store import SearchFilter
from app.ui.item_delegate import ItemCardDelegate, card_height
from app.ui.item_model import ItemRole, ItemTableModel
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel, plain_tip
from app.ui.speaker_reads import SpeakerRead, read_speakers
from app.ui.speaker_rows import (
    IdRole,
    NameRole,
    SourceRole,
    SpeakerRowsModel,
    SpreadRole,
)


class SpeakersView(QWidget):
    """A list of speakers (most quoted first) above the quotes of the chosen one.

    It reads the library the first time it is shown (`ensure_loaded`): the
    window's first frame does not show it, and on a big library counting
    every speaker's quotes is the slowest part of opening the window."""

    itemChosen = Signal(object)  # Item
    statusChanged = Signal(str)  # what a rename, a merge or Check Speakers did, in words
    speakerShown = Signal(list)  # the quotes (Items) of a speaker just chosen, as listed

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = library = live.reader
        self.rows = SpeakerRowsModel(self)
        # A table of one column, not a QListView: a list view lays its rows
        # out one by one, asking the model of each (0.3-0.8 s for 95,000).
        self.list = QTableView()
        self.list.setObjectName("speakerList")
        self.list.setAccessibleName("Speakers")
        self.list.setModel(self.rows)
        self.list.setTabKeyNavigation(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._chosen: tuple[int, int | None] | None = None  # kept while a search hides it
        self.rename_button = QPushButton("Rename…")
        self.merge_button = QPushButton("Merge into…")
        self.rename_button.setToolTip(
            "Give this speaker another name (the old one stays an alias) (F2 in the list)"
        )
        self.merge_button.setToolTip("Fold this speaker into another: their quotes move over")
        self.check_button = QPushButton("Check Speakers…")
        self.check_button.setToolTip(
            "Join one person's names and take apart names joined to someone else,"
            " as new imports do (for a library built before them)"
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)

        self._loaded = False
        # The rows read while this view was not yet shown, as current as those
        # of a view shown (each speaker edit reads them again): no second read.
        self._held: SpeakerRead | None = None
        self.model = ItemTableModel(
            library, self, SearchFilter(kind="quote", speaker_id=-1), load=False
        )
        # A speaker's quotes come source by source: each source's title is
        # said on its first card (and on the top one in view), not on every one.
        self.model.titles_once = True
        self.table = QTableView()
        self.table.setObjectName("speakerQuotes")
        self.table.setAccessibleName("The speaker's quotes")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next pane, as in the other tabs
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(0, ItemCardDelegate(self.table))
        self.table.horizontalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            self.table.hideColumn(column)
        self.table.verticalHeader().setDefaultSectionSize(card_height(self.table.font()))
        self.table.verticalScrollBar().valueChanged.connect(self._top_cards_again)

        # Whose quotes the table lists: the speaker a search hides in the
        # list keeps them in view, which read as nobody's.
        self.whose = PlainLabel()
        self.whose.setObjectName("speakerQuotesOf")
        self.whose.setWordWrap(True)
        self._chosen_name = ""

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.whose)
        bottom_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.list.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().currentRowChanged.connect(self._on_item_row)
        self.rename_button.clicked.connect(self.rename_current)
        # F2 renames here as in the memo (whose F2 has its key only while it has the focus).
        rename_key = QShortcut(QKeySequence("F2"), self.list, self.rename_current)
        rename_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.merge_button.clicked.connect(self.merge_current)
        self.check_button.clicked.connect(self.check_speakers)
        # A team library's reader sees them disabled, and why (F2 says it).
        gate = self._gate = live.gate
        for button in (self.rename_button, self.merge_button, self.check_button):
            gate.guard(button)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """Rows follow the font (the desktop's size set anew)."""
        if event.type() == QEvent.Type.FontChange:
            self.table.verticalHeader().setDefaultSectionSize(card_height(self.table.font()))
            if self.rows.rowCount():
                self.list.verticalHeader().setDefaultSectionSize(self.list.sizeHintForRow(0))
        super().changeEvent(event)

    def _top_cards_again(self) -> None:
        """After a scroll, the two top cards are drawn again (a scroll moves
        what was drawn): the top one names its source, the card above it out
        of sight, and the one below leaves the title to it again."""
        top = self.table.indexAt(QPoint(0, 0))
        if top.isValid():
            below = self.model.index(top.row() + 1, 0)
            rect = self.table.visualRect(top).united(self.table.visualRect(below))
            self.table.viewport().update(rect)

    def ensure_loaded(self) -> None:
        """Show the speakers, if this view has not yet: the rows last given
        to `reload` (the panel reads them for its chooser, after the first
        frame and on a worker after each speaker edit), else read now."""
        if not self._loaded:
            self._loaded = True
            held, self._held = self._held, None
            self.reload(held)

    def reload(self, read: SpeakerRead | None = None) -> None:
        """Read the speakers again, or show `read` (read just now, maybe on a
        worker); a view not yet shown keeps `read` for `ensure_loaded`."""
        if not self._loaded:
            self._held = read  # None: read again when first shown
            return
        if read is None:
            read = read_speakers(self._library)
        with QSignalBlocker(self.list.selectionModel()):
            self.rows.set_rows(read.rows, read.titles)
            if self.rows.rowCount():  # a row's height as the style sheet gives it, for all
                self.list.ensurePolished()
                self.list.verticalHeader().setDefaultSectionSize(self.list.sizeHintForRow(0))
            if self._chosen is not None:
                self._choose_row(self.rows.row_of(*self._chosen))
            if not self.list.currentIndex().isValid() and self.rows.rowCount():
                self._choose_row(0)  # show someone's quotes rather than nothing
        self._on_speaker()

    def set_query(self, query: str) -> None:
        """Show only the speakers whose name (or another name of theirs)
        matches `query`, read as the Quotes search reads it. The speaker
        chosen stays chosen while shown, and again once shown again."""
        with QSignalBlocker(self.list.selectionModel()):
            self.rows.set_query(query)
            if self._chosen is not None:
                self._choose_row(self.rows.row_of(*self._chosen))
        self._show_buttons()
        self._say_whose()

    def _choose_row(self, row: int | None) -> None:
        if row is not None:
            self.list.setCurrentIndex(self.rows.index(row))

    def refresh_quotes(self) -> None:
        """Show the chosen speaker's quotes as they are now."""
        if self._loaded:
            self.model.refresh()

    def counts(self) -> tuple[int, int]:
        """(shown, total) speakers."""
        self.ensure_loaded()
        return self.rows.rowCount(), self.rows.total()

    def focus_target(self) -> QWidget:
        """Where the keyboard lands in this view: the list of speakers."""
        self.ensure_loaded()
        if self._current_entry() is None and self.rows.rowCount():
            self.list.setCurrentIndex(self.rows.index(0))
        return self.list

    def select_speaker(self, speaker_id: int, source_id: int | None = None) -> None:
        """Choose the speaker's row (with `source_id`, a description's row for
        that source; else its first)."""
        self.ensure_loaded()
        self._choose_row(self.rows.row_of(speaker_id, source_id))

    def _current_entry(self) -> QModelIndex | None:
        """The current row; none while the search hides it, so Rename and
        Merge never act on a speaker out of sight."""
        index = self.list.currentIndex()
        return index if index.isValid() else None

    def current_speaker_id(self) -> int | None:
        entry = self._current_entry()
        return entry.data(IdRole) if entry else None

    def _current_source(self) -> int | None:
        entry = self._current_entry()
        return entry.data(SourceRole) if entry else None

    def _editable(self) -> bool:
        """Whether Rename and Merge may act on the current row: a speaker, not
        words describing speakers in several sources (they would name them all)."""
        entry = self._current_entry()
        return entry is not None and not entry.data(SpreadRole)

    def current_speaker_name(self) -> str:
        entry = self._current_entry()
        return entry.data(NameRole) if entry else ""

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._on_speaker()
            self.show_chosen()
        else:  # hidden by a search: its quotes stay in view, Rename and Merge act on no one
            self._show_buttons()
            self._say_whose()

    def _on_speaker(self) -> None:
        speaker_id = self.current_speaker_id()
        self._chosen = (speaker_id, self._current_source()) if speaker_id is not None else None
        self._chosen_name = self.current_speaker_name() if speaker_id is not None else ""
        self._say_whose()
        self.model.set_filter(
            SearchFilter(
                kind="quote",
                speaker_id=speaker_id if speaker_id is not None else -1,
                source_id=self._current_source(),
            )
        )
        self._show_buttons()

    def _say_whose(self) -> None:
        """Name the speaker whose quotes are listed, and say when the search
        hides them in the list above."""
        name = self._chosen_name if self._chosen is not None else ""
        hidden = name and self._current_entry() is None
        said = f"Quotes of {name}" if name else ""
        self.whose.setText(f"{said}, whom the search hides in the list above" if hidden else said)
        self.whose.setVisible(bool(name))

    def show_chosen(self) -> None:
        """Say whose quotes are listed (`speakerShown`), for the viewer to show
        one of them: on a speaker chosen, and when the tab comes into view."""
        if self._current_entry() is not None:
            self.speakerShown.emit([self.model.item_at(r) for r in range(self.model.rowCount())])

    def _show_buttons(self) -> None:
        editable = self._editable()
        self._gate.enable(self.rename_button, editable)
        self._gate.enable(self.merge_button, editable and self.rows.total() > 1)

    def _on_item_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.itemChosen.emit(current.data(ItemRole))

    # -- edits ----------------------------------------------------------------

    def rename_current(self) -> None:
        speaker_id = self.current_speaker_id()
        if speaker_id is None or not self._editable():
            return
        if not self._gate.allows():  # F2: its button is disabled
            self.statusChanged.emit(f"Rename: {self._gate.why_not()}")
            return
        old = self.current_speaker_name()
        from PySide6.QtWidgets import QInputDialog  # loads when first used

        new, ok = QInputDialog.getText(self, "Rename Speaker", f"New name for {old}:", text=old)
        new = " ".join(new.split())
        if not (ok and new and new != old):
            return
        # Another speaker's name (in any case): the user means one person.
        same = next(
            (
                (sid, name)
                for sid, name in self._library.speaker_names()
                if sid != speaker_id and name.casefold() == new.casefold()
            ),
            None,
        )
        if same is None:
            self.rename(speaker_id, new, old)
            return
        same_id, same_name = same
        merge = QMessageBox.question(
            self,
            "Rename Speaker",
            plain_tip(
                f"\u201c{same_name}\u201d is a speaker already. Merge \u201c{old}\u201d into"
                f" \u201c{same_name}\u201d? Their quotes move over and \u201c{old}\u201d"
                " becomes an alias."
            ),
        )
        if merge == QMessageBox.StandardButton.Yes:
            self.merge(same_id, speaker_id, (same_name, old))

    def rename(self, speaker_id: int, new_name: str, seen: str | None = None) -> None:
        """Rename a speaker (undoable); a clash with another speaker's name is
        explained (merge instead), and so is a speaker merged away meanwhile
        (`seen`: the name shown)."""
        self._live.edit(
            lambda library: edits.rename_speaker(library, speaker_id, new_name, seen),
            lambda _edit: self.statusChanged.emit(f"{seen or 'Speaker'} renamed to {new_name}"),
            lambda exc: QMessageBox.warning(self, "Cannot rename", plain_tip(str(exc))),
        )

    def merge_current(self) -> None:
        speaker_id = self.current_speaker_id()
        if speaker_id is None or not self._editable():
            return
        name = self.current_speaker_name()
        others = {other: sid for sid, other in self._library.speaker_names() if sid != speaker_id}
        from app.ui.tag_dialog import SpeakerDialog  # dialogs load at first use

        dialog = SpeakerDialog(
            "Merge Speakers",
            f"Merge \u201c{name}\u201d into which speaker? Their quotes move over and "
            f"\u201c{name}\u201d becomes an alias.",
            _merge_offer(name, others),
            sorted(others),
            self,
        )
        if dialog.exec() != SpeakerDialog.DialogCode.Accepted:
            return
        target = others.get(dialog.name())
        if target is None:
            QMessageBox.warning(
                self, "Merge Speakers", plain_tip(f"No speaker named {dialog.name()!r}.")
            )
            return
        self.merge(target, speaker_id, (dialog.name(), name))

    def merge(self, keep_id: int, merge_id: int, seen: tuple[str, str] | None = None) -> None:
        """Fold one speaker into another (undoable); the kept one is selected.
        `seen`: the two names shown (a speaker merged away meanwhile is refused)."""
        said = f"{seen[1]} merged into {seen[0]}" if seen else "Speakers merged"

        def done(edit: Edit) -> None:
            if self._loaded:
                self.select_speaker(keep_id)
            else:  # chosen once read, when first shown (not read here: 0.5 s on a big library)
                self._chosen = (keep_id, None)
            self.statusChanged.emit(f"{said}. {edit.note}" if edit.note else said)

        self._live.edit(
            lambda library: edits.merge_speakers(library, keep_id, merge_id, seen), done
        )

    def check_speakers(self) -> None:
        """Check Speakers…: the current join rules applied to the library."""
        from app.ui.speaker_check import check_speakers  # loaded at first use

        check_speakers(self, self._live, self.statusChanged.emit)


def _merge_offer(name: str, others) -> str:
    """The speaker Merge into… offers for `name`: the one other name ending
    with it ("Vel Ruiz" into "Ana Vel Ruiz"), else the one full name it ends
    with after a word that is no given name ("Pollster Ana Ruiz" into "Ana
    Ruiz"; not "Ana Vel Ruiz" into "Vel Ruiz"); else none."""
    from app.core.extract.given_names import is_given_name  # loaded for a merge only

    longer = [other for other in others if other.endswith(f" {name}")]
    if longer:
        return longer[0] if len(longer) == 1 else ""
    shorter = [
        other
        for other in others
        if " " in other
        and name.endswith(f" {other}")
        and not is_given_name(name[: -len(other) - 1].split()[-1])
    ]
    return shorter[0] if len(shorter) == 1 else ""
