"""The status bar's note that an upgraded library's speakers may want Check Speakers.

A library made before the mark of the joins the user made (library file
schema 13, team schema 6) holds joins of older import rules, which Check
Speakers… (the Speakers tab) brings to today's. When opening the library here
upgraded it from before that schema, and Check Speakers finds something to
change, the status bar says so, with a button that opens Check Speakers and
one that dismisses the note. Never a box at start-up: a new library, one
upgraded before (by another app or a command), or one whose speakers already
follow the rules says nothing; the upgrade happens once, so the note comes once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QWidget

from app.core.short_text import plural
from app.ui.library_panel import SPEAKERS_TAB, LibraryPanel
from app.ui.live_library import LiveLibrary
from app.ui.plain_text import PlainLabel


class SpeakerCheckHint(QWidget):
    """Hidden until `offer` finds Check Speakers has changes for a library
    this opening upgraded."""

    def __init__(self, live: LiveLibrary, panel: LibraryPanel):
        super().__init__()
        self.setObjectName("speakerCheckHint")
        self._live = live
        self._panel = panel
        self._offered = False
        self._withdrawn = False
        self.text = PlainLabel()
        self.text.setObjectName("speakerCheckHintText")
        self.check = QPushButton("Check Speakers\u2026")
        self.check.setToolTip("See what today's rules would change; nothing changes unasked")
        self.check.clicked.connect(self._check)
        self.dismiss = QToolButton()
        self.dismiss.setText("Dismiss")
        self.dismiss.setAccessibleDescription("Hide this note about checking speakers")
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.withdraw)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text)
        row.addWidget(self.check)
        row.addWidget(self.dismiss)
        self.hide()

    def offer(self) -> None:
        """Once the window is on screen: when opening the library upgraded it
        from before the hand-join mark, ask Check Speakers (on the writer: it
        reads sources again) and show the note when it has changes."""
        if self._offered or self._live.readonly or not self._live.gate.allows():
            return
        self._offered = True
        from app.core import speaker_repair  # loaded at first use, as Check Speakers

        if not speaker_repair.upgraded_before_hand_joins(self._live.reader):
            return
        # A check that fails says nothing: the note is advice, and the same
        # failure meets the user, in words, at their next use of the library.
        self._live.run(speaker_repair.check_speakers, None, self._found, lambda _exc: None)

    def withdraw(self) -> None:
        """Dismissed, or Check Speakers opened another way (the Speakers tab):
        the note's count would be out of date, so it goes and does not come back."""
        self._withdrawn = True
        self.hide()

    def _found(self, check) -> None:
        if not check or self._withdrawn:
            return
        changes = check.changes
        self.text.setText(
            f"Library upgraded: today's rules would make {plural(changes, 'change')}"
            " to its speakers."
        )
        self.show()

    def _check(self) -> None:
        self.withdraw()
        self._panel.tabs.setCurrentIndex(SPEAKERS_TAB)
        self._panel.speakers.check_speakers()
