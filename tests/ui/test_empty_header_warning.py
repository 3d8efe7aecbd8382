"""The Export dialog's warning that the memo's header lacks a field leads,
clicked, to the first empty field, the cursor in it, ready to type a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import open_window


def test_the_empty_header_warning_puts_the_cursor_in_the_first_empty_field(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    fields = window.editor.fields
    for name, text in (("to", "Harbour committee"), ("date", "3 March 2031"), ("subject", "Ferry")):
        fields[name].selectAll()
        qtbot.keyClicks(fields[name], text)
    fields["from_"].selectAll()
    qtbot.keyClick(fields["from_"], Qt.Key.Key_Delete)
    assert window.document.brief.header.from_ == ""
    window.brief_tabs.setCurrentIndex(1)  # the Preview in front
    export = window.export_brief()
    rows = [export.warnings.item(i) for i in range(export.warnings.count())]
    (said,) = [r for r in rows if r.data(Qt.ItemDataRole.UserRole).kind == "empty_header"]
    assert said.text().endswith(
        "The memo's header has no From: the export leaves that line"
        " out (fill it in at the top of the memo)."
    )
    assert "Click to show it in the memo." in said.toolTip()
    export.warnings.itemClicked.emit(said)
    assert not export.isVisible()
    assert window.brief_tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields["from_"])
