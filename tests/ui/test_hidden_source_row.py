"""A source or speaker row the Sources or Speakers tab's search hides is no
longer the chosen one: Down from the search box chooses the first row shown,
and Source Properties (Ctrl+Alt+P), Delete Source, Rename or Merge never act
on a row the user cannot see. The list kept the hidden row current, so Down
did nothing and Ctrl+Alt+P opened the details of a source the search hid."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.speaker_rows import IdRole
from tests.ui.helpers import open_window, press, type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _shown_ids(source_list) -> list[int]:
    rows = range(source_list.list.count())
    entries = [source_list.list.item(r) for r in rows]
    return [e.data(Qt.ItemDataRole.UserRole) for e in entries if not e.isHidden()]


def test_a_search_that_hides_the_chosen_source_chooses_the_one_shown(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    panel = window.library_panel
    press(qtbot, Qt.Key.Key_3, ALT)  # Sources: the first source is chosen
    source_list = panel.source_list
    first = source_list.current_source_id()
    assert first is not None
    titles = {s: m.title.lower() for s, _, m, _ in seeded_library.sources()}
    # A word of another source's title that the first one's lacks.
    other, word = next(
        (s, w) for s in titles if s != first for w in titles[s].split() if w not in titles[first]
    )

    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, word)
    qtbot.waitUntil(lambda: first not in _shown_ids(source_list))
    shown = _shown_ids(source_list)
    assert other in shown
    # Nothing the user sees is chosen yet: no command acts on the hidden row.
    assert panel.current_source_id() is None
    press(qtbot, Qt.Key.Key_Down)  # into the list: the first row shown
    assert panel.current_source_id() == shown[0]

    dialog = window.sources.edit_current_source()
    assert dialog is not None and dialog.source_id == shown[0]
    dialog.reject()


def test_a_search_that_hides_the_chosen_speaker_chooses_the_one_shown(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    press(qtbot, Qt.Key.Key_4, ALT)  # Speakers: the first speaker is chosen
    speakers = window.library_panel.speakers
    first = speakers.current_speaker_id()
    assert first is not None
    labels = map(str.lower, speakers.rows.shown())
    names = dict(zip(speakers.rows.shown(IdRole), labels, strict=True))
    other, word = next(
        (s, w) for s in names if s != first for w in names[s].split()[:1] if w not in names[first]
    )

    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, word)
    qtbot.waitUntil(lambda: first not in speakers.rows.shown(IdRole))
    assert other in speakers.rows.shown(IdRole)
    chosen = speakers.current_speaker_id()  # Rename / Merge act on no one hidden
    assert chosen is None or chosen in speakers.rows.shown(IdRole)
    press(qtbot, Qt.Key.Key_Down)
    shown = speakers.rows.shown(IdRole)
    assert speakers.current_speaker_id() == shown[0]
    assert speakers.model.filter.speaker_id == shown[0]  # its quotes shown below
