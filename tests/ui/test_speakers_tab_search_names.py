"""The Speakers tab searches a speaker's names (the name and its aliases),
not the words of the entry's tooltip: "Also named: ..." made a search for
"also" or "named" (or "al", "so", "med") list every speaker with an alias,
and a phrase ran from the name into the tooltip's words."""

from __future__ import annotations

from app.core import library_edits as edits
from app.ui.speaker_rows import NameRole
from tests.ui.helpers import open_window, wait_idle


def _shown(view) -> list[str]:
    return view.rows.shown(NameRole)


def test_a_speakers_search_reads_their_names_only(qtbot, seeded_library):
    window = open_window(qtbot, seeded_library)
    view = window.library_panel.speakers
    view.ensure_loaded()
    (speaker, _), *_ = [(s, n) for s, n in seeded_library.speakers() if n > 0]
    window.live.edit(lambda lib: edits.rename_speaker(lib, speaker.id, "Velmar Quillon"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Velmar Quillon" in _shown(view))
    for query in ("also", "named", '"Quillon also"'):
        view.set_query(query)
        assert _shown(view) == [], query
    view.set_query(speaker.name)  # the old name, now an alias
    assert _shown(view) == ["Velmar Quillon"]
    view.set_query('"Velmar Quillon"')
    assert _shown(view) == ["Velmar Quillon"]
