"""The viewer keeps the reading position when it reads its source again
(Source Properties saved, a colleague's change): with a quote or fact
chosen, it went back to the top of the article, and the passage being read
was out of view (invented words)."""

from __future__ import annotations

from app.core import library_edits as edits
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from app.core.store import Library
from tests.ui.helpers import open_window, select_library_row

TEXT = "\n".join(
    f"Paragraph {n}: the harbour board of Quenby met again on the matter of the"
    f" north landing, and member {n} asked for the ledger of tolls to be read aloud."
    for n in range(1, 1201)
)
FACT = "member 900 asked for the ledger"
META = SourceMeta(title="Harbour board", outlet="Quenby Ledger")


def _top_words(viewer) -> str:
    top, _ = viewer.visible_range()
    return viewer.source.text[top : top + 14]


def _reading(qtbot, library, sid):
    """A window on `library`, its fact chosen and the viewer scrolled on above
    it: (window, viewer, the words at the view's top)."""
    window = open_window(qtbot, library)
    window.resize(1366, 768)
    panel, viewer = window.library_panel, window.viewer
    panel.show_kind("fact")
    select_library_row(panel, 0)  # the fact chosen: the viewer shows it
    qtbot.waitUntil(lambda: viewer.chosen_item() is not None)
    bar = viewer.text.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)  # reading on, above the fact
    reading = _top_words(viewer)
    assert reading.startswith("Paragraph 3")
    return window, viewer, reading


def _kept(qtbot, viewer, reading) -> None:
    qtbot.waitUntil(lambda: "Quenby Ledger" in viewer.meta.text(), timeout=10_000)
    qtbot.wait(100)  # the layout's, the caret's and the marks' timers
    assert _top_words(viewer) == reading
    assert viewer.chosen_item() is not None and viewer.chosen_item().start == TEXT.index(FACT)


def test_the_passage_in_view_stays_after_source_properties(qtbot, tmp_path):
    library = Library(tmp_path / "library.sqlite")
    at = TEXT.index(FACT)
    fact = NewItem("fact", at, at + len(FACT))
    sid = library.add_source(TEXT, SourceMeta(title="Harbour board"), items=[fact])
    window, viewer, reading = _reading(qtbot, library, sid)
    window.live.edit(lambda lib: edits.update_source_meta(lib, sid, META))
    _kept(qtbot, viewer, reading)
    window.close()
    library.close()


def test_the_passage_in_view_stays_after_a_colleagues_change(qtbot, pg_database):
    init_team(pg_database)
    at = TEXT.index(FACT)
    with PgLibrary(pg_database) as owner:
        fact = NewItem("fact", at, at + len(FACT))
        sid = owner.add_source(TEXT, SourceMeta(title="Harbour board"), items=[fact])
    library = PgLibrary(pg_database)
    window, viewer, reading = _reading(qtbot, library, sid)
    with PgLibrary(pg_database) as colleague:
        edits.update_source_meta(colleague, sid, META)
    _kept(qtbot, viewer, reading)
    window.close()
    library.close()
