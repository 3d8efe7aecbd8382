"""Said where the user reads how sources agree, while the window brings a
library's groups up to date (`stale_groups`: tens of seconds on a big
library): the cards' "in N sources (M independent)" and the Sources Agree /
Disagree dock show the groups as they were until it is done, and nothing
there said they might be out of date. A banner over each, and the cards'
counts marked "updating…", until the regroup ends; the views then read the
new groups (`Changes(groups=True)`) and the marks go.
"""

from __future__ import annotations

from app.ui.plain_text import PlainLabel

LIST_NOTE = (
    "Updating which sources agree\u2026 The \u201cin N sources\u201d counts and the"
    " corroboration filter show the last groups until it is done."
)
DOCK_NOTE = (
    "Updating which sources agree\u2026 The groups and conflicts shown are the last"
    " ones worked out and may change when it is done."
)

CARRIED_MARK = "updating\u2026"  # after a card's count of sources


def carried_updating(text: str) -> str:
    """A card's count of sources (`text`, "" for none) marked out of date."""
    return f"{text}, {CARRIED_MARK}" if text else ""


class GroupsUpdatingNote(PlainLabel):
    """A banner over a view of groups, shown while they are being updated."""

    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.setObjectName("groupsUpdatingNote")
        self.setWordWrap(True)
        self.hide()
