"""The Quotes and Facts tabs' list: one card per item, read a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.item_delegate import ItemCardDelegate, card_height
from app.ui.item_model import ItemRole, ItemTableModel


class ItemTable(QTableView):
    """The library panel's quotes or facts, one card each; a row drags into the memo."""

    def __init__(self, model: ItemTableModel, parent=None):
        super().__init__(parent)
        self.setObjectName("itemTable")
        self.setAccessibleName("Library items")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Tab leaves the list (to the next pane's widgets), as in any list.
        self.setTabKeyNavigation(False)
        # One card per item (text, then speaker · source · tags) reads better in
        # a narrow panel than four squeezed columns; the model keeps the columns.
        self.cards = ItemCardDelegate(self)
        self.setItemDelegateForColumn(0, self.cards)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            self.hideColumn(column)
        self.verticalHeader().setDefaultSectionSize(card_height(self.font()))
        self.choosing_again = False  # while `choose_again` puts the choice back

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A card's height follows the font (the desktop's size set anew)."""
        if event.type() == QEvent.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(card_height(self.font()))
        super().changeEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt's name)
        """Home and End go to the first and the last card, as in any list
        (a table's go to the row's first and last column, all but one hidden
        here); End reads the rows not read yet, so it is the last of all."""
        home, end = QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd
        if action in (home, end):
            model = self.model()
            if action == end:
                model.fetch_rest()
            rows = model.rowCount()
            return model.index(0 if action == home else rows - 1, 0) if rows else QModelIndex()
        return super().moveCursor(action, modifiers)

    def focusInEvent(self, event):  # noqa: N802 (Qt's name)
        """Coming in from the keyboard, Qt makes the first row current without
        selecting it, so it shows no highlight and the first Down leaves it
        unseen: the current row is shown selected, as the arrows then go on."""
        super().focusInEvent(event)
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectRow(current.row())

    def select_item(self, item_id: int) -> bool:
        """Select an item in the table if it is among the loaded rows."""
        model = self.model()
        row = model.row_of(item_id)
        while row is None and model.canFetchMore():
            model.fetchMore()
            row = model.row_of(item_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(model.index(row, 0))
        return True

    def choose_again(self, item_id: int) -> bool:
        """After a re-read, the item chosen before chosen again; one gone from
        the list (its source deleted, here or by a colleague) leaves none
        chosen, as an undone Add does, never a neighbour. False if gone.
        The panel says no new choice meanwhile (`choosing_again`): the viewer
        scrolled back to the item, away from the passage being read."""
        self.choosing_again = True
        try:
            if self.select_item(item_id):
                return True
        finally:
            self.choosing_again = False
        choose_none(self)
        return False

    def restore_scroll(self, top: int) -> None:
        """Put the list back where the user had scrolled it (a change by
        someone else must not move what they are reading)."""
        bar = self.verticalScrollBar()
        model = self.model()
        while bar.maximum() < top and model.canFetchMore():
            model.fetchMore()
        bar.setValue(top)


def unchoose_row(table: QAbstractItemView, item_id: int | None) -> bool:
    """Leave no row of `table` chosen if its chosen row is this item's, as after
    a search that hides it (no current row: the item keys act on none); True
    if it was."""
    item = table.currentIndex().data(ItemRole)
    if item is None or item.id != item_id:
        return False
    choose_none(table)
    return True


def choose_none(table: QAbstractItemView) -> None:
    """No row chosen, and none made current when the list next gets the focus:
    Qt makes the first row current then (the window activated again, a box
    closed) after a reset or a clear, and that row was shown chosen."""
    table.setCurrentIndex(QModelIndex())
    table.selectionModel().clear()
