"""The Speakers view: everyone quoted, with their quotes; rename and merge
(both undoable: Edit > Undo takes a merge back, quotes and aliases too)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import library_edits as edits
from app.core.short_text import clip_words
from app.core.store import SearchFilter
from app.ui.item_delegate import ItemCardDelegate, card_height
from app.ui.item_model import ItemRole, ItemTableModel
from app.ui.live_library import LiveLibrary

# A speaker entry's name and other names, searched by the search box (not
# its tooltip's words: "Also named: ..." found every speaker with an alias).
NamesRole = Qt.ItemDataRole.UserRole + 2
# The source a row of a description ("spokeswoman") shows the quotes of
# (None for a named speaker), and whether that description is quoted in
# other sources too: renaming or merging it would then name them all.
SourceRole = Qt.ItemDataRole.UserRole + 3
SpreadRole = Qt.ItemDataRole.UserRole + 4
SPREAD_TIP = (
    "These words describe a speaker in several sources, seldom the same one: name who"
    " it is with Change Speaker on each quote"
)


class SpeakersView(QWidget):
    """A list of speakers (most quoted first) above the quotes of the chosen one.

    It reads the library the first time it is shown (`ensure_loaded`): the
    window's first frame does not show it, and on a big library counting
    every speaker's quotes is the slowest part of opening the window."""

    itemChosen = Signal(object)  # Item

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = library = live.reader
        self.list = QListWidget()
        self.list.setObjectName("speakerList")
        self.list.setAccessibleName("Speakers")
        self.list.setAlternatingRowColors(True)
        self.rename_button = QPushButton("Rename…")
        self.merge_button = QPushButton("Merge into…")
        self.rename_button.setToolTip("Give this speaker another name (the old one stays an alias)")
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
        self.model = ItemTableModel(
            library, self, SearchFilter(kind="quote", speaker_id=-1), load=False
        )
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

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.table)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.list.currentRowChanged.connect(self._on_speaker)
        self.table.selectionModel().currentRowChanged.connect(self._on_item_row)
        self.rename_button.clicked.connect(self.rename_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.check_button.clicked.connect(self.check_speakers)

    def ensure_loaded(self) -> None:
        """Read the speakers, if this view has not yet."""
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        """Read the speakers again (a view not yet shown waits for `ensure_loaded`)."""
        if not self._loaded:
            return
        current, current_source = self.current_speaker_id(), self._current_source()
        self.list.blockSignals(True)
        self.list.clear()
        rows = self._library.speaker_rows()
        titles = self._library.source_titles() if any(r[2] is not None for r in rows) else {}
        spread = Counter(speaker.id for speaker, _, source_id in rows if source_id is not None)
        for speaker, count, source_id in rows:
            label = f"{speaker.name}  ({count})"
            if source_id is not None:  # after the count, which a narrow list keeps in view
                label += "  \u2014 " + clip_words(titles.get(source_id, ""), 48)
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, speaker.id)
            entry.setData(Qt.ItemDataRole.UserRole + 1, speaker.name)
            entry.setData(SourceRole, source_id)
            entry.setData(SpreadRole, spread[speaker.id] > 1)
            # A line each: a phrase runs across no two names.
            entry.setData(NamesRole, "\n".join((speaker.name, *speaker.aliases)))
            tips = [SPREAD_TIP] if spread[speaker.id] > 1 else []
            if speaker.aliases:
                tips.append("Also named: " + ", ".join(speaker.aliases))
            if tips:
                entry.setToolTip("\n".join(tips))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if current is not None:
            self.select_speaker(current, current_source)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)  # show someone's quotes rather than nothing
        self._on_speaker(self.list.currentRow())

    def set_query(self, query: str) -> None:
        """Show only the speakers whose name (or another name of theirs)
        matches `query`, read as the Quotes search reads it."""
        from app.ui.source_list import matches  # as the Sources tab: accents do not matter

        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(not matches(entry.data(NamesRole), query))

    def refresh_quotes(self) -> None:
        """Show the chosen speaker's quotes as they are now."""
        if self._loaded:
            self.model.refresh()

    def counts(self) -> tuple[int, int]:
        """(shown, total) speakers."""
        self.ensure_loaded()
        hidden = sum(self.list.item(r).isHidden() for r in range(self.list.count()))
        return self.list.count() - hidden, self.list.count()

    def focus_target(self) -> QWidget:
        """Where the keyboard lands in this view: the list of speakers."""
        self.ensure_loaded()
        if self._current_entry() is None:
            shown = (r for r in range(self.list.count()) if not self.list.item(r).isHidden())
            first = next(shown, None)
            if first is not None:
                self.list.setCurrentRow(first)
        return self.list

    def select_speaker(self, speaker_id: int, source_id: int | None = None) -> None:
        """Choose the speaker's row (with `source_id`, a description's row for
        that source; else its first)."""
        self.ensure_loaded()
        rows = [
            row
            for row in range(self.list.count())
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == speaker_id
        ]
        exact = [r for r in rows if self.list.item(r).data(SourceRole) == source_id]
        if exact or rows:
            self.list.setCurrentRow((exact or rows)[0])

    def _current_entry(self):
        """The current row; none while the search hides it (the list keeps it
        current), so Rename and Merge never act on a speaker out of sight."""
        entry = self.list.currentItem()
        return entry if entry is not None and not entry.isHidden() else None

    def current_speaker_id(self) -> int | None:
        entry = self._current_entry()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

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
        return entry.data(Qt.ItemDataRole.UserRole + 1) if entry else ""

    def _on_speaker(self, _row: int) -> None:
        speaker_id = self.current_speaker_id()
        self.model.set_filter(
            SearchFilter(
                kind="quote",
                speaker_id=speaker_id if speaker_id is not None else -1,
                source_id=self._current_source(),
            )
        )
        editable = self._editable()
        self.rename_button.setEnabled(editable)
        self.merge_button.setEnabled(editable and self.list.count() > 1)

    def _on_item_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.itemChosen.emit(current.data(ItemRole))

    # -- edits ----------------------------------------------------------------

    def rename_current(self) -> None:
        speaker_id = self.current_speaker_id()
        if speaker_id is None or not self._editable():
            return
        old = self.current_speaker_name()
        from PySide6.QtWidgets import QInputDialog  # loads when first used

        new, ok = QInputDialog.getText(self, "Rename speaker", f"New name for {old}:", text=old)
        new = " ".join(new.split())
        if ok and new and new != old:
            self.rename(speaker_id, new, old)

    def rename(self, speaker_id: int, new_name: str, seen: str | None = None) -> None:
        """Rename a speaker (undoable); a clash with another speaker's name is
        explained (merge instead), and so is a speaker merged away meanwhile
        (`seen`: the name shown)."""
        self._live.edit(
            lambda library: edits.rename_speaker(library, speaker_id, new_name, seen),
            on_error=lambda exc: QMessageBox.warning(self, "Cannot rename", str(exc)),
        )

    def merge_current(self) -> None:
        speaker_id = self.current_speaker_id()
        if speaker_id is None or not self._editable():
            return
        name = self.current_speaker_name()
        others = {s.name: s.id for s, _ in self._library.speakers() if s.id != speaker_id}
        from app.ui.tag_dialog import SpeakerDialog  # dialogs load at first use

        dialog = SpeakerDialog(
            "Merge speakers",
            f"Merge \u201c{name}\u201d into which speaker? Their quotes move over and "
            f"\u201c{name}\u201d becomes an alias.",
            "",
            sorted(others),
            self,
        )
        if dialog.exec() != SpeakerDialog.DialogCode.Accepted:
            return
        target = others.get(dialog.name())
        if target is None:
            QMessageBox.warning(self, "Merge speakers", f"No speaker named {dialog.name()!r}.")
            return
        self.merge(target, speaker_id, (dialog.name(), name))

    def merge(self, keep_id: int, merge_id: int, seen: tuple[str, str] | None = None) -> None:
        """Fold one speaker into another (undoable); the kept one is selected.
        `seen`: the two names shown (a speaker merged away meanwhile is refused)."""
        self._live.edit(
            lambda library: edits.merge_speakers(library, keep_id, merge_id, seen),
            lambda _edit: self.select_speaker(keep_id),
        )

    def check_speakers(self) -> None:
        """Check Speakers…: the current join rules applied to the library."""
        from app.ui.speaker_check import check_speakers  # loaded at first use

        check_speakers(self, self._live)
