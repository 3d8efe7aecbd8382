"""Where a list shows one speaker's quotes only (the Speakers tab, or the
library's speaker filter), a quote card's grey line leaves the speaker out:
it would repeat the same name on every card, and the count and the source
get the room. Everywhere else the speaker stays first."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from app.core.model import NewItem, SourceMeta
from app.core.store import Library, SearchFilter
from app.ui.item_delegate import ItemCardDelegate
from app.ui.item_model import ItemTableModel
from app.ui.speakers_view import SpeakersView
from tests.ui.test_card_speaker_first import grey_line

TEXT = '"We sail at dawn," Ana Ruiz said. "Not in this fog," Ivo Brask said.'
TITLE = "Fog closes the harbor"


def _library(path) -> Library:
    library = Library(path / "lib.sqlite")
    items = [NewItem("quote", 1, 16, "Ana Ruiz"), NewItem("quote", 35, 50, "Ivo Brask")]
    library.add_source(TEXT, SourceMeta(title=TITLE), items=items)
    return library


def _first_line(qtbot, model) -> str:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    return grey_line(view, model.index(0, 0), ItemCardDelegate(view), 2000)[0]


def test_a_speaker_filter_leaves_the_speaker_off_the_cards(qtbot, tmp_path) -> None:
    with _library(tmp_path) as library:
        model = ItemTableModel(library, flt=SearchFilter(kind="quote"), background=False)
        assert _first_line(qtbot, model).startswith("Ana Ruiz  \u00b7  ")
        ana = dict((name, sid) for sid, name in library.speaker_names())["Ana Ruiz"]
        model.set_filter(SearchFilter(kind="quote", speaker_id=ana))
        line = _first_line(qtbot, model)
        assert "Ana Ruiz" not in line and line.endswith(TITLE), line
        model.stop()


def test_the_speakers_tab_cards_leave_the_speaker_out(qtbot, tmp_path, live_of) -> None:
    with _library(tmp_path) as library:
        view = SpeakersView(live_of(library))
        qtbot.addWidget(view)
        view.ensure_loaded()
        view.list.setCurrentIndex(view.rows.index(0))
        assert view.model.rowCount() == 1
        name = view.current_speaker_name()
        line = _first_line(qtbot, view.model)
        assert name and name not in line and line.endswith(TITLE), line
