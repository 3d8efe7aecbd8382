"""Edit > Source Properties (Ctrl+Alt+P) opens the source of what is chosen
in the library: on the Quotes or Facts tab the chosen card's article (the
one the viewer shows), on the Sources tab the chosen row. It opened the
Sources tab's row whatever the Quotes tab showed, or said "Select a source"
with a quote chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.source_properties import SourcePropertiesDialog
from tests.ui.helpers import open_window, press, row_of_text, select_library_row

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _opened(window) -> SourcePropertiesDialog:
    (dialog,) = [d for d in window.findChildren(SourcePropertiesDialog) if d.isVisible()]
    dialog.reject()
    dialog.setParent(None)  # found no more
    return dialog


def test_source_properties_opens_the_chosen_cards_source_then_the_sources_row(
    qtbot, seeded_library
):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    sources = [sid for sid, *_ in seeded_library.sources()]
    panel.select_source(sources[0])  # a row chosen on the Sources tab earlier
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.item_at(r).source_id != sources[0]
    )
    item = panel.model.item_at(row)
    select_library_row(panel, row_of_text(panel, item.text))

    press(qtbot, Qt.Key.Key_P, KEYS)
    assert _opened(window).source_id == item.source_id

    window.show_library_tab(2)  # Sources
    panel.select_source(sources[0])
    press(qtbot, Qt.Key.Key_P, KEYS)
    assert _opened(window).source_id == sources[0]
