"""Check Speakers… (a button of the Speakers tab): the current rules for
joining speakers across sources, applied again to a library built before
them (app/core/speaker_repair.py). What would change is shown first, and
made only on the user's word, as one edit that Edit > Undo takes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.library_edits import Edit
from app.core.short_text import plural
from app.ui.live_library import LiveLibrary

TITLE = "Check Speakers"
_SHOWN = 15  # lines listed in the question; the rest are counted


def question_text(lines: list[str]) -> str:
    """The question's words: each change on a line (the first `_SHOWN`)."""
    listed = [f"\u2022 {line}" for line in lines[:_SHOWN]]
    if len(lines) > _SHOWN:
        listed.append(f"\u2026 and {len(lines) - _SHOWN} more")
    return (
        f"{plural(len(lines), 'change')} would join one person's names and take apart"
        " names joined to someone else, as new imports do:\n\n"
        + "\n".join(listed)
        + "\n\nQuotes whose speaker you chose stay as they are. Make these changes?"
        " (Edit > Undo takes them back.)"
    )


def check_speakers(
    parent: QWidget, live: LiveLibrary, on_done: Callable[[Edit], None] | None = None
) -> None:
    """Find what the current rules change in the library (on the writer: it
    reads again the sources of the speakers a wrong join may hold), ask, and
    make the change."""
    from app.core import speaker_repair  # loaded at first use, with the quote finder

    def warn(exc: Exception) -> None:
        QMessageBox.warning(parent, TITLE, str(exc))

    def ask(check: speaker_repair.SpeakerCheck) -> None:
        if not check:
            QMessageBox.information(
                parent,
                TITLE,
                "\n".join(check.lines())
                or "The speakers already follow the rules new imports use: nothing to change.",
            )
            return
        answer = QMessageBox.question(
            parent,
            TITLE,
            question_text(check.lines()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            live.edit(lambda library: speaker_repair.repair_speakers(library, check), on_done, warn)

    live.run(speaker_repair.check_speakers, None, ask, warn)
