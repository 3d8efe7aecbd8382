"""The Speakers tab names whose quotes it lists below the speakers, and says
when a search hides that speaker in the list: the quotes stayed in view under
"Nothing matches ... in Speakers" and read as nobody's."""

from __future__ import annotations

from app.ui.speaker_rows import IdRole
from tests.ui.helpers import library_of_texts, open_window

TEXTS = [
    "Harbour levy\n\nThe harbour board met on Tuesday. \u201cThe levy keeps the piers open,\u201d"
    " said Dana Roe, the board's chair. \u201cWe will vote on it in May,\u201d said Ivo Brask."
]


def test_the_quotes_listed_are_said_to_be_the_speakers_even_when_hidden(qtbot, tmp_path):
    library = library_of_texts(tmp_path, TEXTS)
    window = open_window(qtbot, library)
    window.show_library_tab(3)
    view = window.library_panel.speakers
    view.ensure_loaded()
    view.select_speaker(view.rows.index(0).data(IdRole))
    name = view.current_speaker_name()
    assert name in ("Dana Roe", "Ivo Brask")
    assert view.whose.isVisible() and view.whose.text() == f"Quotes of {name}"
    window.library_panel.search.setText("quillonzz")
    qtbot.waitUntil(lambda: view.rows.rowCount() == 0)
    assert view.model.rowCount() == 1  # the quote stays in view ...
    # ... named, and why its speaker is not in the list.
    assert view.whose.text() == f"Quotes of {name}, whom the search hides in the list above"
    window.library_panel.search.clear()
    qtbot.waitUntil(lambda: view.rows.rowCount() == 2)
    assert view.whose.text() == f"Quotes of {name}"
    window.close()
    library.close()
