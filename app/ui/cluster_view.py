"""A group's members side by side: the same quote or claim as each source has it.

One member is chosen (drawn bold): the item the group is shown for, or the
column last clicked. The library's item commands (Edit > Add to Memo, Tags,
Change Speaker, Show Conflict) and Ctrl+C act on it while the keyboard is in
the view, as they act on the list's chosen row while it is in the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import corroborate
from app.core.short_text import clip_words, which_source
from app.core.store import Library
from app.ui.item_model import card_text
from app.ui.plain_text import PlainLabel, RichLabel, source_html
from app.ui.why_plain import group_lines

COLUMN_WIDTH = 260  # pixels: a member's column
NOTHING_CHOSEN = "Pick a quote or fact to see which sources carry it."


class ClusterView(QWidget):
    """Shows the group of one item: a column per member with its source.

    `show_item(item_id)` follows the library's selection; `itemChosen` asks
    the window to show a member in its source."""

    itemChosen = Signal(object)  # Item

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self.summary = PlainLabel(NOTHING_CHOSEN)
        self.summary.setObjectName("clusterSummary")
        self.summary.setWordWrap(True)
        self._row = QHBoxLayout()
        self._row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        inner.setLayout(self._row)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName("The sources that carry it")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        self.columns: list[QFrame] = []
        self._members: list = []  # the item each column shows
        self._bodies: list[QLabel] = []  # each column's words
        self._item_id: int | None = None  # the item whose group is shown
        self._chosen: int | None = None  # the member chosen: shown bold, acted on

    def clear(self) -> None:
        for column in self.columns:
            column.hide()  # out of sight at once; Qt frees it (its parent owns it)
            column.deleteLater()
        self.columns, self._members, self._bodies = [], [], []

    def refresh(self) -> None:
        """Read the shown group again: the library changed (a source deleted,
        put back or redated changes who carries it, and how independently)."""
        self.show_item(self._item_id)

    def show_item(self, item_id: int | None) -> None:
        """Show the group `item_id` belongs to (or say that only its source
        carries it; None: that nothing is chosen)."""
        self.clear()
        self._item_id = self._chosen = item_id
        if item_id is None:  # nothing chosen in the list (a search left none)
            self.summary.setText(NOTHING_CHOSEN)
            return
        try:
            item = self._library.item(item_id)
        except KeyError:
            # Gone for good from this view: its delete undone, the item is
            # back but chosen nowhere (the list and the viewer leave it so).
            self._item_id = self._chosen = None
            self.summary.setText("That item is no longer in the library.")
            return
        cluster = self._library.cluster_of(item_id)
        noun = "quote" if item.kind == "quote" else "claim"
        if cluster is None:
            self.summary.setText(f"Single source: no other source carries this {noun}.")
            members = [item_id]
        else:
            why = corroborate.describe_group(self._library, cluster.kind, cluster.item_ids)
            carried = (
                f"This {noun} is carried by {cluster.source_count} sources,"
                f" {cluster.independent_count} independent."
            )
            if cluster.independent_count < cluster.source_count:
                # Said, so a reporter can check the count against the columns.
                folded = corroborate.independence(
                    self._library, {self._library.item(i).source_id for i in cluster.item_ids}
                )
                # A quoted title ends with its own mark; no full stop after "…”".
                end = "" if folded.endswith(("\u201d", "…", ".")) else "."
                carried = carried[:-1] + (f": {folded}{end}" if folded else ".")
            if cluster.source_count < 2:  # passages of one source, grouped
                carried = (
                    f"Single source: no other source carries this {noun}"
                    f" (the group is {len(cluster.item_ids)} passages of its own source)."
                )
            # Who the words are given to, when the sources differ, in a line
            # of its own; then why the members were grouped, in sentences.
            self.summary.setText("\n".join([carried, *group_lines(why)]))
            members = cluster.item_ids
        sources = {sid: (fname, meta) for sid, fname, meta, _ in self._library.sources()}
        for member_id in members:
            member = self._library.item(member_id)
            fname, meta = sources.get(member.source_id, ("", None))
            title = (meta.title if meta else "") or fname
            which = which_source(meta.outlet, meta.date) if meta else ""
            source = self._library.source(member.source_id)
            # The outlet and date tell two sources of one title apart, and
            # show which count as one witness.
            origin = f"<br>{source_html(which)}" if which else ""
            if source.derived_from is not None and source.derived_from in sources:
                of_name, of_meta = sources[source.derived_from]
                of = which_source(of_meta.outlet, of_meta.date)
                if not of or of == which:
                    of = clip_words(of_meta.title or of_name, 60)
                origin += f"<br><i>derived from {source_html(of)}</i>"
            self._add_column(member, title, origin)
        self._choose(item_id)

    def chosen_id(self) -> int | None:
        """The member chosen (bold): the item shown, or the column last clicked."""
        return self._chosen

    def copy_chosen(self) -> None:
        """Ctrl+C: the chosen member's words to the clipboard, as the list copies a card's."""
        if self._chosen is not None:
            try:
                item = self._library.item(self._chosen)
            except KeyError:  # deleted since it was shown
                return
            QApplication.clipboard().setText(card_text(item))

    def _choose(self, item_id: int) -> None:
        self._chosen = item_id
        for member, body in zip(self._members, self._bodies, strict=True):
            body.setStyleSheet("font-weight: 600;" if member.id == item_id else "")

    def _add_column(self, member, title: str, origin: str) -> None:
        column = QFrame()
        column.setObjectName("clusterMember")
        column.setFrameShape(QFrame.Shape.StyledPanel)
        # One width: the row's height for its width (what the scroll area
        # gives it) is then reckoned at the width the column has, not at a
        # wider one it might stretch to, which left a long text cut off.
        column.setFixedWidth(COLUMN_WIDTH)
        heading = RichLabel(f"<b>{source_html(clip_words(title, 80))}</b>{origin}")
        heading.setWordWrap(True)
        text = " ".join(member.text.split())
        body = PlainLabel(f"\u201c{text}\u201d" if member.kind == "quote" else text)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = PlainLabel(member.speaker_name or "")
        layout = QVBoxLayout(column)
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        if member.speaker_name:
            layout.addWidget(who)
        # A click is seen through an event filter, not a handler stored on the
        # column: a handler holding the view would make the view, its columns
        # and their Qt objects one reference cycle, freed by the cycle
        # collector in an order Qt does not survive (a crash).
        column.installEventFilter(self)
        body.installEventFilter(self)  # selectable words keep a click for themselves
        self._row.addWidget(column)
        self.columns.append(column)
        self._members.append(member)
        self._bodies.append(body)

    def keyPressEvent(self, event) -> None:
        # Seen here, not by a QAction held by the view: Ctrl+C comes up from
        # the scroll area, which has no use for it (an action connected to the
        # view tied the two in a reference cycle, see eventFilter).
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_chosen()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """A click on a column (or on its words) picks the item it shows; the
        words keep the click too, to be selected by mouse. Ctrl+C in words
        with none selected copies the whole item's, as in the view."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched in self.columns:
            self._pick(self.columns.index(watched))
            return True
        if kind == QEvent.Type.MouseButtonPress and watched in self._bodies:
            self._pick(self._bodies.index(watched))
        elif (
            kind == QEvent.Type.KeyPress
            and watched in self._bodies
            and event.matches(QKeySequence.StandardKey.Copy)
            and not watched.hasSelectedText()
        ):
            self.copy_chosen()
            return True
        return super().eventFilter(watched, event)

    def _pick(self, column: int) -> None:
        member = self._members[column]
        self._choose(member.id)
        self.itemChosen.emit(member)
