"""The Sources list says which source is a copy of another, and of which.

A copy counts with its original as one witness in every group, yet nothing
in the list said so: in the twelfth walk two stories of one title, the
second derived from the first, showed as two rows alike but for their dates
(invented articles)."""

from __future__ import annotations

from app.core.model import SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window

FERRY = "The ferry board met on Friday and raised the fare by a third."


def _rows(window) -> list[str]:
    listed = window.library_panel.source_list.list
    return [listed.item(n).text() for n in range(listed.count())]


def test_a_copy_names_its_original_in_the_sources_list(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    first = library.add_source(
        FERRY, SourceMeta(title="Fares rise", outlet="Vell Courier", date="2031-05-04")
    )
    copy = library.add_source(
        FERRY + " Riders object.",
        SourceMeta(title="Fares rise", outlet="Vell Courier", date="2031-05-05"),
    )
    same_day = library.add_source(
        FERRY + " Riders object loudly.",
        SourceMeta(title="Ferry news", outlet="Vell Courier", date="2031-05-04"),
    )
    library.set_derived(copy, first, by_user=True)
    library.set_derived(same_day, first, by_user=True)
    window = open_window(qtbot, library)
    rows = _rows(window)
    assert "copy of" not in rows[0]
    assert "copy of Vell Courier, 2031-05-04" in rows[1]
    assert "copy of Fares rise" in rows[2]  # one outlet and day: told by its title
