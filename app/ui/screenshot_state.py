"""The window in a state worth a screenshot (--screenshot, the look tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def show_screenshot_state(window: MainWindow) -> None:
    """A quote chosen in its source (the memo's first, else the list's first),
    the memo's first quote block chosen and in view."""
    blocks = [b for b in window.document.brief.blocks() if b.kind == "quote" and b.item_id]
    item = None
    if blocks:
        try:
            item = window.library.item(blocks[0].item_id)
        except KeyError:
            item = None
    if item is None and window.library_panel.model.rowCount():
        item = window.library_panel.model.item_at(0)
    if item is not None:
        window.library_panel.select_item(item.id)
        window.viewer.show_item(item)
    if blocks:
        window.editor.select_block(blocks[0].id)
        window.editor.view.scrollTo(
            window.editor.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter
        )
