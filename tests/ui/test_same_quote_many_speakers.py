"""Same Quote in Other Sources on a group whose sources name many people:
the summary names the three with most sources and counts the rest, so at
1366x768 the columns below (each naming its own speaker) keep their room
(invented names)."""

from __future__ import annotations

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui.cluster_view import ClusterView

WORDS = "We cannot keep people in a building that may burn"
PEOPLE = ["Ana Ruiz", "Ana Ruiz", "Ivo Brask", "Mira Tolk", "Oren Vesk", "Lia Quenn", "Tam Orlo"]


def _group(tmp_path, people):
    library = Library(tmp_path / "lib.sqlite")
    ids = []
    for number, who in enumerate(people):
        text = f'Report {number}.\n\n"{WORDS}," said {who}.'
        start = text.index(WORDS)
        item = NewItem("quote", start, start + len(WORDS), speaker=who)
        sid = library.add_source(text, SourceMeta(title=f"Report {number}"), items=[item])
        corroborate.update(library, sid)
        ids.append(library.items_of_source(sid)[0].id)
    return library, ids


def _speakers_line(qtbot, library, item_id) -> str:
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(item_id)
    (line,) = [s for s in view.summary.text().splitlines() if s.startswith("Speakers differ")]
    return line


def test_many_speakers_are_counted_past_the_first_three(qtbot, tmp_path):
    library, ids = _group(tmp_path, PEOPLE)
    assert _speakers_line(qtbot, library, ids[0]) == (
        "Speakers differ: the sources give these words to Ana Ruiz (2 sources),"
        " Ivo Brask (1 source), Lia Quenn (1 source) and 3 others (each source's"
        " column names its own). Check who said them before citing."
    )
    library.close()


def test_four_speakers_are_all_named(qtbot, tmp_path):
    library, ids = _group(tmp_path, PEOPLE[:5])
    line = _speakers_line(qtbot, library, ids[0])
    assert "others" not in line
    assert all(name in line for name in PEOPLE[:5])
    library.close()
