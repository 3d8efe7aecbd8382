"""Why a command is disabled, said where the user looks for it: its tooltip
(the menus and the memo's toolbar show it on hover) and its status tip.

A command the user's role does not allow says so through the write gate
(app/ui/write_gate.py), whose words stand. The others are disabled for want
of something to act on (nothing chosen in the memo, nothing to undo, no export
yet), and were greyed out without a word: each says its reason here, one line
per command of menus.py that can be disabled. Enabled again, a command's own
tooltip comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.ui.menus import Commands
from app.ui.write_gate import WriteGate

# Each command's reason, by its name in `Commands` (menus.py).
REASONS = {
    "take_offline": "Only a team library can be taken offline (File > Open Team Library)",
    "sync": "Only an offline copy of a team library syncs with it",
    "sync_kept": "Only an offline copy of a team library keeps changes from syncs",
    "export_folder": "Export the memo first: this shows the folder it went to",
    "undo": "Nothing to undo yet",
    "redo": "Nothing to redo: Redo takes back an Undo",
    "speaker": "Select a quote first: a fact has no speaker",
    "show_conflict": "No source disagrees with this quote or fact",
    "clip": "Select words in the source first",
    "move_up": "Select a block or a section in the memo first",
    "move_down": "Select a block or a section in the memo first",
    "rename": "Select a block or a section in the memo first",
    "delete": "Select a block or a section in the memo first",
    "restore": "Select a quote whose words differ from its source's",
    "update_sources": "Nothing to update: the memo cites its sources as the library has them",
    "take_speaker": "Select a quote the library now gives another speaker",
}

_WHY = "whyDisabled"  # an action's reason, kept on it (no Python list of actions held here)
_OWN_TIP = "ownToolTip"  # its tooltip when enabled ("" for Qt's, made from its text)


def _plain(text: str) -> str:
    """A command's text as Qt makes its default tooltip of it: no "&" mark, no "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def set_reason(action: QAction, reason: str) -> None:
    """Give `action` a reason of the moment, for a command whose reason changes
    (Undo: "Nothing to undo in the memo. Undo Import of 3 Files is the
    library's: ..."); said now if it is disabled, else once it is."""
    if action.property(_WHY) == reason:
        return
    action.setProperty(_WHY, reason)
    if not action.isEnabled():
        action.setStatusTip(reason)  # a `changed`: WhyDisabled says it (tooltip too)


class WhyDisabled(QObject):
    """Keeps each command of `REASONS` saying why while it is disabled."""

    def __init__(self, commands: Commands, gate: WriteGate, parent: QObject):
        super().__init__(parent)
        self._gate = gate
        for name, reason in REASONS.items():
            action = commands[name]
            tip = action.toolTip()
            action.setProperty(_OWN_TIP, "" if tip == _plain(action.text()) else tip)
            if not action.property(_WHY):  # else its owner keeps it (set_reason)
                action.setProperty(_WHY, reason)
            action.changed.connect(self._changed)
            self.say(action)

    def _changed(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.say(action)

    def say(self, action: QAction) -> None:
        """`action`'s tooltip and status tip: its reason while it is disabled
        (unless the user's role is why: the gate says that), else its own."""
        reason = action.property(_WHY)
        if self._gate.refuses(action):
            return
        if not action.isEnabled():
            tip = status = reason
        else:
            tip = action.property(_OWN_TIP) if action.toolTip() == reason else action.toolTip()
            status = "" if action.statusTip() == reason else action.statusTip()
        # Set only when it differs: each set is a `changed` again.
        if action.toolTip() != tip and not (
            tip == "" and action.toolTip() == _plain(action.text())
        ):
            action.setToolTip(tip)
        if action.statusTip() != status:
            action.setStatusTip(status)
