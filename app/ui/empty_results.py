"""The line shown in a library list that a search or filter left empty: what
matched nothing, and the keys that clear it. "0 quotes" over an empty list
says nothing of why, nor of the way back to everything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView

from app.ui.plain_text import PlainLabel

MARGIN = 12  # pixels between the note and the list's edges

# What a search looks in, for the tabs that do not search the sources' words:
# "Nothing matches “levy vote” in Sources" read as if no source said it,
# where the Quotes tab had just listed its quotes.
SEARCHED = {
    "Sources": "their titles, outlets, authors, dates and file names",
    "Speakers": "their names",
}


def nothing_found(query: str, tab: str, filters: list[str], clear_key: str) -> str:
    """The note for an empty tab searched by `query` with the named `filters`
    ("" when neither is in force: the list is simply empty)."""
    if not query and not filters:
        return ""
    names = " and ".join(filters)
    by = f"the {names} filter{'s' if len(filters) > 1 else ''}"
    if query and filters:
        what = f"\u201c{query}\u201d with {by}"
    else:
        what = f"\u201c{query}\u201d" if query else by
    escape = "Escape in the search box clears the search; " if query else ""
    searched = (
        f" (a search there looks in {SEARCHED[tab]}, not in the sources' words)"
        if query and tab in SEARCHED
        else ""
    )
    return (
        f"Nothing matches {what} in {tab}{searched}. {escape}{clear_key} clears search and filters."
    )


class EmptyResultsNote(PlainLabel):
    """The note, laid over the top of whichever list is empty (one at a time);
    made in the panel, moved onto a list when first shown."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("emptyResultsNote")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_in(self, view: QAbstractItemView, text: str) -> None:
        """Show `text` over `view`'s list area; no text hides the note."""
        if not text:
            # Not asked for the list's viewport: naming it makes PySide make
            # the classes of every kind of list, which the first frame does not show.
            self.hide()
            return
        viewport = view.viewport()
        if self.parentWidget() is not viewport:
            if self.parentWidget() is not None:
                self.parentWidget().removeEventFilter(self)
            self.setParent(viewport)
            viewport.installEventFilter(self)
        self.setText(text)
        self._fit()
        self.show()

    def _fit(self) -> None:
        width = max(0, self.parentWidget().width() - 2 * MARGIN)
        self.setGeometry(MARGIN, MARGIN, width, self.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)
