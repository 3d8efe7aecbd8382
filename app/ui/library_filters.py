"""The library's filters: four choosers (source, speaker, tag, corroboration),
and the row that says which filters are on, right above the results, each
with a one-click clear. A filter the user cannot see is a result they
cannot explain ("0 facts" for no visible reason), so every filter in force
is named there, the search text too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.core.model import SourceMeta
from app.core.short_text import clip_words
from app.ui.plain_text import PlainLabel, menu_plain, plain_tip
from app.ui.source_notes import missing_fields, missing_note, missing_tooltip, warning_icon
from app.ui.wrapping_row import WrappingRow

# (label, SearchFilter.corroboration, tooltip); a derived copy is no second witness.
CORROBORATION_CHOICES = (
    ("Any corroboration", None, "Items however many sources carry them"),
    (
        "Corroborated (2+ independent sources)",
        "corroborated",
        "Carried by at least two sources that are not rewrites of each other",
    ),
    ("Single source", "single", "Not confirmed by an independent second source"),
)
CHIP_TEXT_MAX = 32  # characters of a filter's value shown on its chip
CHIPS_MADE = 5  # the search and the four choosers


class FilterChoosers(QWidget):
    """Source, speaker, tag and corroboration choosers; `changed` on any choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = QComboBox()
        self.speaker = QComboBox()
        # A big library's thousands of speakers, put in at once (`fill_combo`).
        self.speaker.setModel(ChoiceModel(self.speaker))
        self.tag = QComboBox()
        self.corroboration = QComboBox()
        for label, value, tip in CORROBORATION_CHOICES:
            self.corroboration.addItem(label, value)
            self.corroboration.setItemData(
                self.corroboration.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        # What each chooses, for a screen reader (its value alone says "Any tag").
        names = {
            "sourceFilter": "Source filter",
            "speakerFilter": "Speaker filter",
            "tagFilter": "Tag filter",
            "corroborationFilter": "Corroboration filter",
        }
        tips = {
            "sourceFilter": "Show only the quotes and facts of one source",
            "speakerFilter": "Show only what one speaker said",
            "tagFilter": "Show only items with one of your tags",
            "corroborationFilter": "Show items by how many independent sources carry them",
        }
        for combo, name in self.named():
            combo.setObjectName(name)
            combo.setToolTip(tips[name])
            combo.setAccessibleName(names[name])
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.changed)
        # Two rows of two: four combos in one row of a narrow panel cut every label short.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        grid.addWidget(self.source, 0, 0)
        grid.addWidget(self.speaker, 0, 1)
        grid.addWidget(self.tag, 1, 0)
        grid.addWidget(self.corroboration, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # As narrow as the panel could go with one row of filters: the window's
        # layout (and its restore on a small screen) counts on that width.
        self.setMinimumWidth(350)

    def named(self) -> list[tuple[QComboBox, str]]:
        return [
            (self.source, "sourceFilter"),
            (self.speaker, "speakerFilter"),
            (self.tag, "tagFilter"),
            (self.corroboration, "corroborationFilter"),
        ]

    def fill_sources(self, sources: list[tuple[int, str, SourceMeta, int]]) -> None:
        """The source chooser's entries; a source a citation lacks details of is marked."""
        fill_combo(self.source, "All sources", [(sid, m.title or n) for sid, n, m, _ in sources])
        warning = warning_icon(self)
        # The entries in the order given, after "All sources" (no search of
        # the chooser per source: a big library's re-read took that long).
        for index, (_, file_name, meta, _) in enumerate(sources, 1):
            if missing_fields(meta, file_name):
                self.source.setItemIcon(index, warning)
                tip = f"{meta.title}\n{missing_note(meta, file_name)}: {missing_tooltip(meta, file_name)}"
                self.source.setItemData(index, plain_tip(tip), Qt.ItemDataRole.ToolTipRole)

    def start_empty(self) -> None:
        """The source, speaker and tag choosers with only their "any" entry."""
        for combo, everything in (
            (self.source, "All sources"),
            (self.speaker, "Any speaker"),
            (self.tag, "Any tag"),
        ):
            fill_combo(combo, everything, [])

    def clear(self) -> None:
        """Every chooser back to "any", with one `changed`."""
        self.blockSignals(True)
        for combo, _ in self.named():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()

    def active(self) -> list[tuple[str, str, QComboBox]]:
        """(what, shown value, chooser) of every chooser that filters."""
        what = {
            self.source: "Source",
            self.speaker: "Speaker",
            self.tag: "Tag",
            self.corroboration: "Only",
        }
        return [
            (what[combo], combo.currentText(), combo)
            for combo, _ in self.named()
            if combo.currentIndex() > 0
        ]


class ChoiceModel(QAbstractListModel):
    """A chooser's entries, (value, label) each, put in as one list: added one
    by one, a 300,000-item library's 11,000 speakers took 0.1 s of the
    window's thread at each speaker edit. A label is its entry's tooltip too."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[tuple[object, str]] = []
        self._rows: dict[object, int] = {}

    def set_entries(self, entries: list[tuple[object, str]]) -> None:
        self.beginResetModel()
        self._entries = entries
        self._rows = {}
        for row, (value, _) in enumerate(entries):
            self._rows.setdefault(value, row)
        self.endResetModel()

    def row_of(self, value: object) -> int:
        """The first row of `value`, or -1."""
        return self._rows.get(value, -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        value, label = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(label)
        return value if role == Qt.ItemDataRole.UserRole else None


def fill_combo(combo: QComboBox, everything: str, entries: list) -> None:
    """Replace a chooser's entries, keeping its choice where it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    model = combo.model()
    if isinstance(model, ChoiceModel):
        model.set_entries([(None, everything), *entries])
        found = model.row_of(current)
    else:
        combo.clear()
        combo.addItem(everything, None)
        for data, label in entries:
            combo.addItem(label, data)
            combo.setItemData(combo.count() - 1, plain_tip(label), Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(current)
    combo.setCurrentIndex(max(0, found) if current is not None else 0)
    combo.blockSignals(False)


def chip_text(what: str, value: str) -> str:
    """ "Source: The City Council votes…  ✕", short enough for a narrow panel."""
    return f"{what}: {clip_words(value, CHIP_TEXT_MAX)}  \u2715"


class ActiveFilters(WrappingRow):
    """The filters in force, as buttons that clear themselves, and Clear All;
    wrapped onto more rows, never wider than the panel (a row of four chips
    widened the library panel past half the window)."""

    def __init__(self, clear_all: QAction, parent: QWidget | None = None):
        super().__init__(parent, spacing=4)
        self.setObjectName("activeFilters")
        # Made in this widget (not parentless until first placed): Qt frees
        # them with it, and none is left for Python's cycle collector.
        self.label = PlainLabel("Filtered by:", self)
        self.label.setObjectName("activeFiltersLabel")
        self.chips: list[QToolButton] = []  # those shown, one per filter in force
        # Made here, before Clear all, and reused: so they stand where they
        # are on screen in the Tab order (a chip made after the window came
        # last, after the memo). A chip calls its filter's clear from `_clears`.
        self._clears: list[Callable[[], None]] = []
        self._pool: list[QToolButton] = []
        for number in range(CHIPS_MADE):
            self._pool.append(self._make_chip(number))
        self.clear_all = QToolButton(self)
        self.clear_all.setObjectName("clearAllFilters")
        self.clear_all.setText("Clear all")
        self.clear_all.setToolTip(
            f"{clear_all.text().replace('&', '')} ({clear_all.shortcut().toString()})"
        )
        self.clear_all.clicked.connect(clear_all.trigger)
        self.hide()

    def _make_chip(self, number: int) -> QToolButton:
        chip = QToolButton(self)
        chip.setObjectName("filterChip")
        chip.setText("Clear filter")  # a name to speak until it shows a filter's
        chip.hide()
        # The list, not this widget, in the handler: no reference back to it.
        chip.clicked.connect(lambda _=False, n=number, clears=self._clears: clears[n]())
        if self._pool:  # one more than were made: after the last, before Clear all
            QWidget.setTabOrder(self._pool[-1], chip)
        return chip

    def show_filters(self, filters: list[tuple[str, str, str, Callable[[], None]]]) -> None:
        """`filters`: (what, value, tooltip, clear) of each filter in force."""
        while len(self._pool) < len(filters):
            self._pool.append(self._make_chip(len(self._pool)))
        self._clears[:] = [clear for *_, clear in filters]
        self.chips = self._pool[: len(filters)]
        for chip, (what, value, tip, _clear) in zip(self.chips, filters, strict=True):
            chip.setText(menu_plain(chip_text(what, value)))
            chip.setToolTip(plain_tip(f"{tip}\nClick to clear this filter."))
            chip.show()
        for chip in self._pool[len(filters) :]:
            chip.hide()
        self.clear_all.setVisible(len(filters) > 1)
        self.set_widgets([self.label, *self.chips, self.clear_all])
        self.setVisible(bool(filters))

    def show_search_and(self, search: QLineEdit, tab: str, combos: list) -> None:
        """Name the search text in `search` (searching `tab`) and each filter
        in force (`combos`: (what, value, combo); a combo's first entry clears it)."""
        shown: list = []
        query = search.text().strip()
        if query:
            tip = f"Searching {tab.lower()} for \u201c{query}\u201d"
            shown.append(("Search", query, tip, search.clear))
        for what, value, combo in combos:
            clear = combo.setCurrentIndex  # to its first entry: "Any ..."
            shown.append((what, value, combo.toolTip(), lambda c=clear: c(0)))
        self.show_filters(shown)
