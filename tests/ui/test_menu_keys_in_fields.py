"""The menu's shortcuts work from any text field (app.ui.menu_keys).

On Linux/X11 Qt's key scheme makes Ctrl+E "end of line" in a QLineEdit: the
field claims the key (accepts the ShortcutOverride event) and File > Export
never opened while the search box or a memo field had the focus. The
offscreen platform these tests run on has no such binding, so `X11Keys`
stands in for it: a filter on the field that claims the keys X11's scheme
gives a field (Ctrl+E, Ctrl+U, Ctrl+K), put under the window's filter
as Qt's own handling of the event is.
(Checked by hand under Xvfb with xdotool: Ctrl+E in the search box and the
memo's To field opens the export; it did not before.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from tests.ui.helpers import open_window

X11_FIELD_KEYS = ("Ctrl+E", "Ctrl+U", "Ctrl+K")


class X11Keys(QObject):
    """Claims, as a field under X11 does, the keys of Qt's X11 scheme."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            if QKeySequence(event.keyCombination()).toString() in X11_FIELD_KEYS:
                event.accept()
                return True
        return False


def focus_with_x11_keys(qtbot, window, field) -> None:
    """Gives `field` the focus, and X11's keys under the window's filter
    (which the field is given with the focus), as Qt's own keys are."""
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.removeEventFilter(window.menu_keys)
    field.installEventFilter(X11Keys(field))
    field.installEventFilter(window.menu_keys)  # the last installed sees events first


def claimed(field, keys: str) -> bool:
    """Whether `field` (with the focus) keeps `keys` from the window's shortcuts."""
    combination = QKeySequence(keys)[0]
    event = QKeyEvent(
        QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers()
    )
    event.ignore()
    QApplication.sendEvent(field, event)
    return event.isAccepted()


def search_box(window):
    return window.library_panel.search


def memo_field(window):
    return window.editor.fields["to"]


def block_editor(window):
    editor, view = window.editor, window.editor.view
    view.setCurrentIndex(editor.model.section_index(0))
    editor.add_paragraph()  # opens the new paragraph for typing
    QApplication.processEvents()
    return view.indexWidget(view.currentIndex())


def heading_editor(window):
    editor, view = window.editor, window.editor.view
    view.setCurrentIndex(editor.model.section_index(0))
    editor.edit_selected()
    QApplication.processEvents()
    return view.indexWidget(view.currentIndex())


@pytest.mark.parametrize("field_of", [search_box, memo_field, block_editor, heading_editor])
def test_ctrl_e_in_a_field_is_left_to_file_export(qtbot, seeded_library, field_of):
    window = open_window(qtbot, seeded_library)
    field = field_of(window)
    assert isinstance(field, QLineEdit | QPlainTextEdit), field
    focus_with_x11_keys(qtbot, window, field)
    exported = []
    window.commands["export"].triggered.disconnect()
    window.commands["export"].triggered.connect(lambda: exported.append(True))

    assert not claimed(field, "Ctrl+E")  # File > Export's key
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]
    # A key X11 gives the field that no menu command has stays the field's.
    assert claimed(field, "Ctrl+U")
    # The field's own editing keys stay the field's though a command has them.
    assert window.commands.key("undo") == "Ctrl+Z"
    for keys in ("Ctrl+Z", "Ctrl+Shift+Z", "Del"):
        assert claimed(field, keys), keys


def test_every_menu_key_the_field_claims_under_x11_goes_to_the_menu(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    field = search_box(window)
    focus_with_x11_keys(qtbot, window, field)
    menu_keys = {k.toString() for a in window.commands.values() for k in a.shortcuts()}
    for keys in sorted(menu_keys & set(X11_FIELD_KEYS)):
        assert not claimed(field, keys), keys
