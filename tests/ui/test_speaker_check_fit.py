"""Check Speakers… lists each change on lines the dialog's width holds: a
long description or a long pair of names wraps instead of running past the
edge behind a horizontal scroll bar (invented names)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton

from app.core.speaker_repair import Join, SpeakerCheck, Split
from app.ui.speaker_check import CheckDialog

LONG_DESCRIPTION = (
    "the deputy harbour master of the northern ferry cooperative and its night crossing board"
)


def test_every_change_is_read_whole(qtbot):
    check = SpeakerCheck(
        joins=(Join((2, "Orla Quennell-Mbeki"), (3, "Orla T. Quennell-Mbeki"), 2),),
        splits=(Split((1, LONG_DESCRIPTION), "board", (5,)),),
    )
    dialog = CheckDialog(check)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    changes = dialog.list
    viewport = changes.viewport().width()
    assert changes.horizontalScrollBar().maximum() == 0
    line = changes.fontMetrics()
    for row in range(changes.count()):
        item = changes.item(row)
        rect = changes.visualItemRect(item)
        assert rect.right() <= viewport
        # The text wrapped at the row's own width needs at least this height.
        needed = line.boundingRect(
            QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text()
        ).height()
        assert rect.height() >= needed, item.text()
    assert changes.visualItemRect(changes.item(0)).height() > 1.5 * line.height()


def test_make_changes_waits_for_a_ticked_change(qtbot):
    """With every change unticked, Make Changes would close the dialog having
    done nothing, without a word: it is greyed until one is ticked."""
    check = SpeakerCheck(
        joins=(Join((2, "Orla Quennell"), (3, "Orla T. Quennell"), 2),),
        splits=(Split((1, "the harbour master"), "master", (5,)),),
    )
    dialog = CheckDialog(check)
    qtbot.addWidget(dialog)
    (make,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Make Changes"]
    assert make.isEnabled()
    for row in range(dialog.list.count()):
        dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not make.isEnabled()
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert make.isEnabled()
