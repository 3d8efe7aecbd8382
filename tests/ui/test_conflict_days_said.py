"""A conflict on a day of a month says the days as a reader writes them.

In the twelfth walk a conflict read "date: 12-15 vs 12-17" in the Conflicts
view, the cards, the memo and `conflicts`: a day and a month as stored, which
"03-04" would leave a reader to guess (March 4 or April 3). The resolution is
still recorded as stored, so a memo block stating the other day is flagged
(invented articles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from app.core import corroborate
from app.core.corroborate.names import kind_label
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.main import main
from app.ui.conflict_marks import ConflictMarks
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary

TEXTS = (
    "The Velmora harbour festival opens on June 14, the organisers said.",
    "The Velmora harbour festival opens on June 16, the organisers said.",
)


def _library(path) -> Library:
    library = Library(path)
    for text, outlet in zip(TEXTS, ("Vell Courier", "Harbour Radio"), strict=True):
        meta = SourceMeta(title="Festival", outlet=outlet, date="2031-05-04")
        sid = library.add_source(text, meta, items=[NewItem("fact", 0, len(text))])
        corroborate.update(library, sid)
    return library


def test_the_conflicts_view_and_the_marks_say_the_days(qtbot, tmp_path):
    library = _library(tmp_path / "lib.sqlite")
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    assert view.list.item(0).text().startswith("date: June 14 vs June 16")
    titles = sorted(box.title() for box in view.findChildren(QGroupBox, "conflictSide"))
    assert titles == ["June 14 — 1 source", "June 16 — 1 source"]
    assert [view.choice.itemText(i) for i in range(2)] == ["June 14", "June 16"]
    (conflict,) = library.conflicts()
    first = conflict.item_ids[conflict.values.index("06-14")]
    marks = ConflictMarks(library)
    assert marks.mark_of(first).text == "\u2260 conflicts with 1 source (June 16)"

    view.choice.setCurrentIndex(1)
    with qtbot.waitSignal(live.changed):
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    (conflict,) = library.conflicts()
    assert conflict.resolution == "06-16"  # recorded as stored
    assert "resolved: June 16" in view.list.item(0).text()
    marks.reload()
    assert marks.mark_of(first).text == "\u2717 rejected value: you decided June 16"


def test_conflicts_says_the_days_and_takes_one_as_written(tmp_path, capsys):
    path = str(tmp_path / "lib.sqlite")
    _library(path).close()
    assert main(["conflicts", "--library", path, "--resolve", "1", "--choice", "june 14"]) == 0
    out = capsys.readouterr().out
    assert "date June 14 vs June 16" in out and "(resolved: June 14)" in out


def test_a_count_of_a_word_in_y_is_said_in_its_plural():
    assert kind_label("count:primary") == "number of primaries"
    assert kind_label("count:day") == "number of days"


def test_a_memo_block_says_the_days():
    from app.core.brief_conflicts import BlockConflict

    block = BlockConflict(1, "open", "06-14", ("06-16",), "", "", "date", "")
    assert block.caption == "\u2260 CONFLICT: June 14 vs June 16"
    block = BlockConflict(1, "rejected", "06-14", ("06-16",), "06-16", "", "date", "")
    assert block.caption == "\u2717 REJECTED VALUE: you decided June 16"
    assert block.explanation.startswith("This says June 14, but you resolved that June 16 holds")


def test_a_decision_note_ends_its_sentence_before_the_next():
    from app.core.model import Conflict
    from app.ui.conflict_decisions import decided_text

    conflict = Conflict(
        id=1,
        kind="date",
        item_ids=[1, 2],
        values=["06-14", "06-16"],
        subject="",
        resolution="06-16",
        note="Checked with the organisers",
    )
    assert decided_text(conflict, "").startswith(
        "Resolved: June 16. Checked with the organisers.  Memo blocks saying June 14 are flagged"
    )
