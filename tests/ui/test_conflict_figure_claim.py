"""A conflict whose side is a figure claim (a sentence not offered as a
fact, corroborate/wide.py): the Conflicts view marks it plainly, with its
source, opens the source at its span without making it the chosen item
(nothing to add to a memo), and resolves it as any conflict (invented
articles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from app.core.importer import add_document
from app.core.ingest import Document
from app.core.model import SourceMeta
from app.core.store import Library
from app.ui.conflict_marks import ConflictMarks
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary
from app.ui.source_viewer import SourceViewer

OPENING = "The Velmar Guild voted on Tuesday to open a second hall in Quillby.\n\n"
TEXTS = (
    OPENING + "The Velmar Guild raised $4 million for the Quillby hall in 2015,"
    " according to its filings.\n",
    OPENING + "It raised $6 million for the Quillby hall in 2015, its treasurer said.\n",
)


def figure_claim_library(path) -> Library:
    """Two invented reports: a fact and a figure claim that disagree."""
    library = Library(path)
    for n, text in enumerate(TEXTS, 1):
        meta = SourceMeta(title=f"Guild hall {n}", outlet=f"Outlet {n}", date=f"2016-03-0{n}")
        outcome = add_document(library, Document(text=text, meta=meta), f"hall{n}.txt")
        assert outcome.ok, outcome.line()
    return library


def test_the_view_marks_the_claim_and_opens_its_source(qtbot, tmp_path):
    library = figure_claim_library(tmp_path / "lib.sqlite")
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    assert view.list.count() == 1
    entries = [lst.item(i) for lst in view.findChildren(QListWidget) for i in range(lst.count())]
    entries = [e for e in entries if e.data(Qt.ItemDataRole.UserRole) is not None]
    texts = [e.text() for e in entries if not isinstance(e.data(Qt.ItemDataRole.UserRole), int)]
    [claim_text] = [t for t in texts if "$6 million" in t]
    assert "not offered as a fact" in claim_text and "Guild hall 2" in claim_text
    assert all("not offered" not in t for t in texts if "$4 million" in t)

    # The claim's entry opens its source at its span, none chosen.
    viewer = SourceViewer(live)
    qtbot.addWidget(viewer)
    view.itemChosen.connect(viewer.show_item)
    [entry] = [e for e in entries if "$6 million" in e.text()]
    claim = entry.data(Qt.ItemDataRole.UserRole)
    assert claim.kind == "claim" and claim.id < 0
    entry.listWidget().itemClicked.emit(entry)
    selected = viewer.text.textCursor().selectedText()
    assert selected.startswith("It raised $6 million") and viewer.chosen_item() is None

    # The fact's card is marked as in any conflict.
    (conflict,) = library.conflicts()
    fact = next(i for i in conflict.item_ids if i > 0)
    assert ConflictMarks(library).mark_of(fact).text == "\u2260 conflicts with 1 source ($6m)"

    view.choice.setCurrentIndex(view.choice.findData("$4m"))
    with qtbot.waitSignal(live.changed):
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    (conflict,) = library.conflicts()
    assert conflict.resolution == "$4m"
