"""Check Speakers… (a button of the Speakers tab): the current rules for
joining speakers across sources, applied again to a library built before
them (app/core/speaker_repair.py). What would change is listed first, each
change ticked, and the ticked ones made on the user's word, as one edit
Edit > Undo takes back: a change the user knows to be wrong (a merge they
made by hand, which the library cannot tell from a join) is unticked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core import speaker_repair
from app.core.library_edits import Edit
from app.core.short_text import plural
from app.core.speaker_repair import SpeakerCheck
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel, plain_tip

TITLE = "Check Speakers"


class CheckDialog(QDialog):
    """The changes Check Speakers would make, each a ticked line."""

    def __init__(self, check: SpeakerCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setMinimumWidth(560)
        self._check = check
        changes = check.changes
        intro = PlainLabel(
            f"{plural(changes, 'change')} would join one person's names, take apart names"
            " joined to someone else and name people without the words describing them,"
            " as new imports do. Untick any you know to be wrong;"
            " quotes whose speaker you chose stay as they are. Edit > Undo takes the"
            " changes back."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("speakerChanges")
        self.list.setAccessibleName("Changes")
        # A change names whole speakers, some a long description: each line
        # wraps to the dialog's width rather than running on behind a scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        intro.setBuddy(self.list)
        lines = check.lines()
        for line in lines[:changes]:
            item = QListWidgetItem(line)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText("Make Changes")
        # Nothing ticked, nothing to make: greyed rather than a close that does nothing.
        self.list.itemChanged.connect(self._follow_ticks)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        for line in lines[changes:]:  # what is left for the team library
            left = PlainLabel(line)
            left.setWordWrap(True)
            layout.addWidget(left)
        layout.addWidget(buttons)

    def _follow_ticks(self, _item: QListWidgetItem) -> None:
        self.make_button.setEnabled(bool(self._ticked()))

    def _ticked(self) -> set[int]:
        return {
            row
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        }

    def chosen(self) -> SpeakerCheck:
        """The changes still ticked."""
        return self._check.only(self._ticked())


def done_text(chosen: SpeakerCheck, edit: Edit) -> str:
    """What the status line says once the ticked changes are made: their
    count, or the edit's note where some were left or the groups follow later."""
    if edit.note:
        return f"Speakers checked. {edit.note}"
    return f"Speakers checked: {plural(chosen.changes, 'change')} made"


def check_speakers(
    parent: QWidget, live: LiveLibrary, say: Callable[[str], None] | None = None
) -> None:
    """Find what the current rules change in the library (on the writer: it
    reads again the sources of the speakers a wrong join may hold), ask, and
    make the changes kept ticked; `say` is told what was made, in words."""

    def warn(exc: Exception) -> None:
        QMessageBox.warning(parent, TITLE, plain_tip(str(exc)))

    def ask(check: SpeakerCheck) -> None:
        if not check:
            QMessageBox.information(
                parent,
                TITLE,
                plain_tip("\n".join(check.lines()))
                or "The speakers already follow the rules new imports use: nothing to change.",
            )
            return
        dialog = CheckDialog(check, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen:
            live.edit(
                lambda library: speaker_repair.repair_speakers(library, chosen),
                lambda edit: say(done_text(chosen, edit)) if say is not None else None,
                warn,
            )

    live.run(speaker_repair.check_speakers, None, ask, warn)
