"""An empty Conflicts view, and `conflicts` with none, say what was compared.

In the twelfth walk 656 real-news articles gave no conflict: the view said
"the sources agree on every value compared", which a reporter reads as every
figure checked, when only facts two sources state alike are compared (20
there); the command printed nothing at all (invented articles)."""

from __future__ import annotations

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.main import main
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary

TEXTS = (
    "The Velmora ferry carried 4,200 passengers in June, the port said.",
    "The Velmora ferry carried 4,200 passengers in June, port officials said.",
    "The harbour fair opens on a Sunday this year.",
)


def _library(path) -> Library:
    library = Library(path)
    for n, text in enumerate(TEXTS):
        meta = SourceMeta(title=f"Port news {n}", outlet=f"Outlet {n}")
        sid = library.add_source(text, meta, items=[NewItem("fact", 0, len(text))])
        corroborate.update(library, sid)
    return library


def test_the_empty_conflicts_view_says_what_was_compared(qtbot, tmp_path):
    library = _library(tmp_path / "lib.sqlite")
    view = ConflictsView(LiveLibrary(library))
    qtbot.addWidget(view)
    assert view.list.count() == 0
    said = view.status.text()
    assert said.startswith("No conflicts found.")
    assert "agree on every value" not in said
    assert "a fact no other source states is compared with nothing" in said
    assert "Here 1 fact is stated by two sources or more." in said


def test_conflicts_with_none_says_so(tmp_path, capsys):
    _library(tmp_path / "lib.sqlite").close()
    assert main(["conflicts", "--library", str(tmp_path / "lib.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No conflicts found.") and "Here 1 fact is stated" in out
    assert main(["conflicts", "--json", "--library", str(tmp_path / "lib.sqlite")]) == 0
    assert capsys.readouterr().out == ""  # JSON lines: none
