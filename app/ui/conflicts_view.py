"""The Conflicts view: claims that disagree, each side with its sources, and
the user's resolution (a choice and a note; undoable).

`CorroborationDock` is the "Sources Agree / Disagree" dock of the main
window: a Group tab (the selected item's group side by side) and a Conflicts
tab. The window connects it to the library panel and the viewer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import kind_label, value_text
from app.core.corroborate.shown import NOT_OFFERED
from app.core.library_edits import Changes
from app.core.model import NEITHER, Conflict
from app.core.short_text import clip_words, which_source
from app.ui.cluster_view import ClusterView
from app.ui.conflict_decisions import decided_text, earlier_text, own_decision
from app.ui.groups_updating import DOCK_NOTE, GroupsUpdatingNote
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel, menu_plain
from app.ui.why_plain import conflict_line


def conflict_label(conflict: Conflict, value_labels: dict[str, str] | None = None) -> str:
    """ "governor: Dana Roe vs Ivo Brask — harbour levy (unresolved)";
    `value_labels` gives how the claims write a value (names in full)."""
    shown = value_labels or {}
    values = " vs ".join(shown.get(v, v) for v in sorted(set(conflict.values)))
    held = shown.get(conflict.resolution, conflict.resolution)
    state = f"resolved: {held}" if conflict.resolution else "unresolved"
    about = f" — {conflict.subject}" if conflict.subject else ""
    return f"{kind_label(conflict.kind)}: {values}{about} ({state})"


class ConflictsView(QWidget):
    """Lists conflicts; shows the chosen one's sides and resolves it."""

    itemChosen = Signal(object)  # Item

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__(parent)
        self._live = live
        self._library = live.reader
        self._conflicts: list[Conflict] = []
        self._chosen_by_hand = False  # a value chosen and not yet resolved

        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName("Conflicts")
        self.list.setWordWrap(True)
        self.sides = QVBoxLayout()
        self.sides.setAlignment(Qt.AlignmentFlag.AlignTop)
        sides_box = QWidget()
        sides_box.setLayout(self.sides)
        # The sides scroll, so the panel can open compact (MainWindow sizes
        # it to a share of the window) however many sides a conflict has.
        sides_scroll = QScrollArea()
        sides_scroll.setObjectName("conflictSides")
        sides_scroll.setAccessibleName("What each side says")
        sides_scroll.setWidgetResizable(True)
        sides_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sides_scroll.setWidget(sides_box)
        # Tab goes to the side lists themselves (the area scrolls to the one
        # reached), not to the area first: one stop less, nothing to do there.
        sides_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.choice = QComboBox()
        self.choice.setObjectName("conflictChoice")
        # No value holds until the user says which: a first value shown
        # chosen was recorded by Enter in the note as if checked.
        self.choice.setPlaceholderText("Choose\u2026")
        self.note = QLineEdit()
        self.note.setPlaceholderText("Note: how you checked, which source is right…")
        self.note.setAccessibleName("Note")
        self.resolve_button = QPushButton("Resolve")
        self.reopen_button = QPushButton("Reopen")
        # Ctrl+Return anywhere in the panel (the list, a side, the note) resolves,
        # as Add to Memo's key does in the library's list.
        self.resolve_action = QAction("Resolve", self)
        self.resolve_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.resolve_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.resolve_action)
        key = self.resolve_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.resolve_button.setToolTip(
            f"Record the value chosen under Holds as the right one ({key})"
        )
        self.reopen_button.setToolTip("Take your decision back: the sources disagree again")
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        resolve_row = QHBoxLayout()
        holds = PlainLabel("Holds:")
        holds.setBuddy(self.choice)  # the chooser's name, for a screen reader
        resolve_row.addWidget(holds)
        resolve_row.addWidget(self.choice)
        resolve_row.addWidget(self.note, 1)
        resolve_row.addWidget(self.resolve_button)
        resolve_row.addWidget(self.reopen_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.status)
        detail_layout.addWidget(sides_scroll, 1)
        detail_layout.addLayout(resolve_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.list.currentRowChanged.connect(self._show_row)
        self.choice.currentIndexChanged.connect(self._enable_resolve)
        self.choice.activated.connect(self._chose_by_hand)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.resolve_action.triggered.connect(self.resolve_current)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)
        # Enter after the note resolves, as in a dialog (the panel is none).
        self.note.returnPressed.connect(self.resolve_current)
        self.reopen_button.clicked.connect(self.reopen_current)
        # A team library's reader sees the decision's controls disabled, and why.
        self._gate = gate = live.gate
        for widget in (self.choice, self.note, self.resolve_button, self.reopen_button):
            gate.guard(widget)
        gate.guard(self.resolve_action)
        self.refresh()

    # -- data -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload conflicts from the library (after an import or a resolution).
        The keyboard stays where it was in the panel: Resolve, disabled for a
        moment while the chooser was filled again, handed it on down the
        window's tab chain to the library's search box, its words selected,
        so the next key typed replaced the search (the walk)."""
        focused = QApplication.focusWidget()
        kept = focused if focused is not None and self.isAncestorOf(focused) else None
        if kept is not None:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reload()
        if kept is not None and kept.isVisible() and kept.isEnabled():
            kept.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reload(self) -> None:
        current = self.current_conflict()
        # A value chosen or a note typed, not yet resolved, stays when others'
        # changes come in: the panel read again wiped them in the walk.
        typed = None
        if current is not None and (self.note.isModified() or self._chosen_by_hand):
            typed = (current.id, self.choice.currentData(), self.note.text(), self._chosen_by_hand)
        self._conflicts = self._library.conflicts()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self._conflicts:
            labels = corroborate.value_labels(self._library, conflict)
            entry = QListWidgetItem(conflict_label(conflict, labels))
            entry.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        row = 0
        if current is not None:
            row = next((n for n, c in enumerate(self._conflicts) if c.id == current.id), 0)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row if self._conflicts else -1)
        self.list.blockSignals(False)
        self._show_row(row if self._conflicts else -1)
        now = self.current_conflict()
        if typed is not None and now is not None and now.id == typed[0]:
            _, choice, note, by_hand = typed
            if by_hand and self.choice.findData(choice) >= 0:
                self.choice.setCurrentIndex(self.choice.findData(choice))
                self._chosen_by_hand = True
            self.note.setText(note)
            self.note.setModified(True)

    def library_changed(self, changes: Changes) -> None:
        """Show conflicts as they are after a write (a resolution, an import)."""
        if changes.conflicts or changes.all_details:
            self.refresh()

    def current_conflict(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def select_conflict(self, conflict_id: int) -> None:
        for n, c in enumerate(self._conflicts):
            if c.id == conflict_id:
                self.list.setCurrentRow(n)

    # -- detail -----------------------------------------------------------------

    def _clear_sides(self) -> None:
        while self.sides.count():
            widget = self.sides.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # out of sight at once; Qt frees it (its parent owns it)
                widget.deleteLater()

    def _show_row(self, row: int) -> None:
        self._chosen_by_hand = False
        self._clear_sides()
        self.choice.clear()
        conflict = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        for widget in (self.choice, self.note):
            self._gate.enable(widget, conflict is not None)
        self._gate.enable(self.reopen_button, False)
        self._enable_resolve()
        if conflict is None:
            self.status.setText(corroborate.none_found(self._library))
            return
        # Each claim's source by title, outlet and date: which side has how
        # many witnesses is read from them (two reports of one outlet).
        titles = {
            sid: " \u00b7 ".join(
                part
                for part in (
                    clip_words(meta.title or fname, 70),
                    which_source(meta.outlet, meta.date),
                )
                if part
            )
            for sid, fname, meta, _ in self._library.sources()
        }
        by_value: dict[str, list[int]] = {}
        sources: set[int] = set()  # every side's, counted in the why line
        before: QWidget = self.list
        for item_id, value in zip(conflict.item_ids, conflict.values, strict=True):
            by_value.setdefault(value, []).append(item_id)
        for value, item_ids in sorted(by_value.items()):
            lib = self._library  # a figure claim's id is negative: not an item
            items = [lib.item(i) if i > 0 else lib.claim_item(i) for i in item_ids]
            n_sources = len({i.source_id for i in items})
            sources |= {i.source_id for i in items}
            shown = value_text(conflict.kind, value)
            # A group box's title takes a "&" for the mark of a shortcut letter.
            box = QGroupBox(
                menu_plain(f"{shown} — {n_sources} source{'s' if n_sources != 1 else ''}")
            )
            box.setObjectName("conflictSide")
            claims = QListWidget()
            claims.setWordWrap(True)
            for item in items:
                text = " ".join(item.cited_text.split())
                title = titles.get(item.source_id, "")
                if item.kind == "claim":  # a sentence of the source, never offered as a fact
                    title = f"{title}\n({NOT_OFFERED}: a sentence of this source)"
                entry = QListWidgetItem(f"{title}\n{text}")
                entry.setData(Qt.ItemDataRole.UserRole, item)
                claims.addItem(entry)
            claims.itemClicked.connect(
                lambda e: self.itemChosen.emit(e.data(Qt.ItemDataRole.UserRole))
            )
            QVBoxLayout(box).addWidget(claims)
            self.sides.addWidget(box)
            # Made afresh for each conflict, the lists would come last in
            # the Tab order, after Resolve: they go where they are shown.
            QWidget.setTabOrder(before, claims)
            before = claims
            self.choice.addItem(shown, value)  # shown as a reader writes it
        QWidget.setTabOrder(before, self.choice)
        self.choice.addItem(NEITHER, NEITHER)
        # The chooser and the note hold this user's own decision: on a team
        # library another's shown there was recorded as one's own by Resolve.
        own = own_decision(conflict, self._library.decider())
        self.choice.setCurrentIndex(self.choice.findData(own[0]) if own else -1)
        self.note.setText(own[1] if own else "")
        self._gate.enable(self.reopen_button, own is not None)
        if conflict.resolution:
            self.status.setText(decided_text(conflict, self._library.decider()))
        else:
            why = corroborate.describe_conflict(self._library, conflict)
            self.status.setText(
                f"The sources disagree on this {kind_label(conflict.kind)}. Check, then record which"
                " value holds; until then a memo using these facts gets a warning before export."
                f"\n{conflict_line(why, len(sources))}{earlier_text(conflict)}"
            )
            if conflict.earlier and own is None:
                # The note of the decision made before a source gave another
                # value: there to keep or change, not typed again.
                self.note.setText(conflict.earlier[0][1])
        self._enable_resolve(self.choice.currentIndex())

    # -- actions ----------------------------------------------------------------

    def _chose_by_hand(self, _index: int) -> None:
        self._chosen_by_hand = True

    def _enable_resolve(self, _index: int = -1) -> None:
        chosen = self.choice.currentIndex() >= 0 and self.current_conflict() is not None
        self._gate.enable(self.resolve_button, chosen)

    def resolve_current(self) -> None:
        """Record the chosen value (undoable); every view follows. With none
        chosen, says so and puts the keyboard on the chooser."""
        conflict = self.current_conflict()
        if conflict is None:
            return
        if not self._gate.allows():  # Enter in the note (disabled for a reader, as Resolve)
            self.status.setText(f"{self._gate.why_not()}: a decision needs the editor role.")
            return
        if self.choice.currentIndex() < 0:
            self.status.setText("Choose the value that holds (Holds:), then Resolve.")
            self.choice.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        choice, note = self.choice.currentData(), self.note.text()
        self._chosen_by_hand = False
        self.note.setModified(False)
        self._live.edit(lambda library: edits.resolve_conflict(library, conflict.id, choice, note))

    def decision_menu(self) -> QMenu:
        """The list's context menu for the conflict chosen, in a staffer's words:
        each value as the right one ("Resolve: “2031” Is Right"),
        neither (the note says what is), and Reopen. A reader's entries are
        disabled, saying why."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        why = self._gate.why_not()
        for index in range(self.choice.count()):
            shown = menu_plain(self.choice.itemText(index))
            if self.choice.itemData(index) == NEITHER:
                text = "Resolve: Neither Is Right (Say Which Is in the Note)…"
            else:
                text = f"Resolve: “{shown}” Is Right"
            action = menu.addAction(text)
            action.setData(index)
            action.setEnabled(why is None)
            action.setToolTip(why or "")
        menu.addSeparator()
        reopen = menu.addAction("Reopen: Not Decided Yet")
        reopen.setEnabled(self.reopen_button.isEnabled())
        reopen.setToolTip(self.reopen_button.toolTip())
        reopen.setData(-1)
        return menu

    def _list_menu(self, pos) -> None:
        entry = self.list.itemAt(pos)
        if entry is None:
            return
        self.list.setCurrentItem(entry)  # the conflict clicked is the one decided
        menu = self.decision_menu()
        chosen = menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()
        if chosen is not None:
            self.decide(chosen.data())

    def decide(self, index: int) -> None:
        """What the menu's entry `index` says: the chooser's value `index` holds
        (resolved at once; Neither first asks for the note), or -1: reopened."""
        if index < 0:
            self.reopen_current()
            return
        self.choice.setCurrentIndex(index)
        self._chosen_by_hand = True
        if self.choice.itemData(index) == NEITHER and not self.note.text().strip():
            self.status.setText("Say in the note which value is right, then press Enter.")
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.resolve_current()

    def reopen_current(self) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            return
        self._chosen_by_hand = False
        self.note.setModified(False)
        self._live.edit(lambda library: edits.reopen_conflict(library, conflict.id))


class CorroborationDock(QDockWidget):
    """A dock with the Group and Conflicts tabs."""

    def __init__(self, live: LiveLibrary, parent=None):
        super().__init__("Sources Agree / Disagree", parent)
        self.setObjectName("corroborationDock")
        self.cluster_view = ClusterView(live.reader)
        self.conflicts_view = ConflictsView(live)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Sources Agree / Disagree")
        self.tabs.addTab(self.cluster_view, "Group")
        self.tabs.addTab(self.conflicts_view, "Conflicts")
        inner = QWidget()
        self.groups_note = GroupsUpdatingNote(DOCK_NOTE, inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.groups_note)
        layout.addWidget(self.tabs, 1)
        self.setWidget(inner)
        # Imports may have brought new conflicts: read them whenever the dock opens.
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def refresh(self) -> None:
        self.conflicts_view.refresh()
        self.cluster_view.refresh()

    def set_groups_updating(self, updating: bool) -> None:
        """Say over both tabs while the library's groups are brought up to
        date (what they show may change); the views read the new ones after."""
        self.groups_note.setVisible(updating)

    def library_changed(self, changes: Changes) -> None:
        if self.isVisible():  # a hidden dock reads them when it opens
            self.conflicts_view.library_changed(changes)
            self.cluster_view.refresh()

    def focus_target(self):
        """Where the keyboard lands in the dock (F6): the Conflicts list, or
        the Group tab's columns."""
        if self.tabs.currentWidget() is self.conflicts_view:
            return self.conflicts_view.list
        return self.cluster_view.scroll

    def show_tab(self, index: int) -> None:
        """The dock open on tab `index` (Group, Conflicts), the keyboard in
        it, as View's other commands leave it in what they show."""
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(index)
        self.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_conflict(self, conflict_id: int) -> None:
        """Show the Conflicts tab with `conflict_id` chosen, the keyboard in its
        list (so the arrows and Tab to Resolve work at once, without F6)."""
        self.show_tab(1)
        self.conflicts_view.refresh()
        self.conflicts_view.select_conflict(conflict_id)
