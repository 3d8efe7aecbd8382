"""A card whose quote other sources give to someone else says so beside
how many sources carry it: "in 2 sources" alone reads as corroboration."""

from __future__ import annotations

import pytest

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library, SearchFilter
from app.ui.item_model import ItemTableModel

DISPUTED = "We will open the north ferry landing before the first frost"
AGREED = "The toll on the old causeway stays at two coins a crossing"


def quoted_by(tmp_path, *speakers: str) -> Library:
    """A library of a source for each of `speakers`, giving them DISPUTED
    and the same one person AGREED."""
    library = Library(tmp_path / "lib.sqlite")
    for n, who in enumerate(speakers):
        text = f'"{DISPUTED}," said {who}. "{AGREED}," said Tomas Veld. Filed on day {n}.'
        items = [
            NewItem("quote", text.index(q), text.index(q) + len(q), speaker=s)
            for q, s in ((DISPUTED, who), (AGREED, "Tomas Veld"))
        ]
        sid = library.add_source(text, SourceMeta(title=f"Notes of {who}, {n}"), items=items)
        corroborate.update(library, sid)
    return library


@pytest.mark.parametrize("background", [False, True])
def test_carried_by_says_speakers_differ_only_where_they_do(qtbot, tmp_path, background):
    library = quoted_by(tmp_path, "Ana Ruiz", "Ivo Brask")
    model = ItemTableModel(library, flt=SearchFilter(kind="quote"), background=background)
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    carried = {}
    for row in range(model.rowCount()):
        text = model.index(row, 0).data()
        carried.setdefault(text.strip("\u201c\u201d"), set()).add(model.index(row, 4).data())
    assert carried == {DISPUTED: {"in 2 sources, speakers differ"}, AGREED: {"in 2 sources"}}
    library.close()
