"""The Conflicts view and the group view, driven as a user drives them."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QListWidget

from app.core import corroborate
from app.core.model import NEITHER, NewItem, SourceMeta
from app.core.store import Library
from app.ui.cluster_view import NOTHING_CHOSEN, ClusterView
from app.ui.conflicts_view import ConflictsView
from app.ui.live_library import LiveLibrary

A = "Velmora has had its bottle deposit law since 1971, state officials said."
B = "Velmora passed its bottle deposit law in 1975, state officials said."
C = "Velmora lawmakers created the bottle deposit law in 1971, state officials said."


def _library(tmp_path) -> Library:
    library = Library(tmp_path / "lib.sqlite")
    for text in (A, B, C):
        sid = library.add_source(
            text, SourceMeta(title=text[:20]), items=[NewItem("fact", 0, len(text))]
        )
        corroborate.update(library, sid)
    return library


def test_conflict_sides_and_resolution_are_saved(qtbot, tmp_path):
    library = _library(tmp_path)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    assert view.list.count() == 1
    assert "1971 vs 1975" in view.list.item(0).text()
    # Why the claims were compared, in a sentence a staffer reads at a glance
    # (it was "Matched on: year; about: Velmora; words: bottle, ...").
    why = view.status.text().splitlines()[-1]
    assert why == (
        "Compared because all three give a year about the same thing: they name Velmora"
        " and share the words \u201cbottle\u201d, \u201cdeposit\u201d, \u201claw\u201d,"
        " \u201cofficials\u201d and \u201cstate\u201d."
    )
    sides = view.findChildren(QGroupBox, "conflictSide")
    titles = sorted(box.title() for box in sides)
    assert titles == ["1971 — 2 sources", "1975 — 1 source"]
    claims = [box.findChild(QListWidget) for box in sides]
    shown = {
        claims_list.item(r).text() for claims_list in claims for r in range(claims_list.count())
    }
    assert any(B in text for text in shown)
    assert [view.choice.itemText(i) for i in range(view.choice.count())] == [
        "1971",
        "1975",
        NEITHER,
    ]

    view.choice.setCurrentText("1971")
    qtbot.keyClicks(view.note, "Statute book, ORS 459A.")
    with qtbot.waitSignal(live.changed):
        qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    assert "resolved: 1971" in view.list.item(0).text()
    row = (
        sqlite3.connect(tmp_path / "lib.sqlite")
        .execute("SELECT choice, note FROM conflict_resolutions")
        .fetchone()
    )
    assert row == ("1971", "Statute book, ORS 459A.")
    assert library.unresolved_conflict_item_ids() == set()

    with qtbot.waitSignal(live.changed):
        qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert "unresolved" in view.list.item(0).text()
    assert library.unresolved_conflict_item_ids()
    # Edit > Undo takes the reopening back: resolved again, note and all.
    with qtbot.waitSignal(live.changed):
        live.undo_stack.undo()
    assert "resolved: 1971" in view.list.item(0).text()
    live.close()
    library.close()


def test_enter_in_the_note_resolves_the_conflict(qtbot, tmp_path):
    """The note is the last thing typed before Resolve: Enter there resolves,
    as it would in a dialog (it did nothing: the panel is no dialog)."""
    library = _library(tmp_path)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    view.choice.setCurrentText("1975")
    qtbot.keyClicks(view.note, "Council minutes.")
    with qtbot.waitSignal(live.changed):
        qtbot.keyClick(view.note, Qt.Key.Key_Return)
    assert "resolved: 1975" in view.list.item(0).text()
    assert library.unresolved_conflict_item_ids() == set()
    live.close()
    library.close()


def test_no_value_holds_until_the_user_chooses_one(qtbot, tmp_path):
    """An unresolved conflict offers no value as the one that holds: the
    chooser showed the first (here the value of one source against two), so
    a note typed and Enter recorded it as checked, and the memo then flagged
    the other value's facts as rejected."""
    library = _library(tmp_path)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    qtbot.addWidget(view)
    view.show()
    assert view.choice.currentIndex() == -1 and view.choice.currentText() == ""
    assert view.choice.placeholderText() == "Choose\u2026"
    assert not view.resolve_button.isEnabled()
    view.note.setFocus()
    qtbot.keyClicks(view.note, "Statute book.")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert library.unresolved_conflict_item_ids()  # nothing recorded
    assert "unresolved" in view.list.item(0).text()
    assert "Choose the value that holds" in view.status.text()
    assert QApplication.focusWidget() is view.choice  # where the choice is made
    view.choice.setCurrentText("1971")
    assert view.resolve_button.isEnabled()
    with qtbot.waitSignal(live.changed):
        qtbot.keyClick(view.note, Qt.Key.Key_Return)
    assert "resolved: 1971" in view.list.item(0).text()
    # A resolved conflict shows the value chosen.
    assert view.choice.currentText() == "1971"
    live.close()
    library.close()


def test_group_members_side_by_side(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    texts = [
        'Ruiz said: "We cannot keep people in a building that may burn."',
        "“We cannot keep people in a building that may burn,” she said.",
    ]
    ids = []
    for text in texts:
        start = text.index("We")
        end = text.index("burn") + 4
        sid = library.add_source(
            text, SourceMeta(title=text[:12]), items=[NewItem("quote", start, end)]
        )
        corroborate.update(library, sid)
        ids.append(library.items_of_source(sid)[0].id)
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(ids[0])
    assert "2 sources, 2 independent" in view.summary.text()
    # What the group was made on, in a sentence (it was "Matched on: same words").
    assert view.summary.text().splitlines()[-1] == "Grouped because they say the same words."
    assert len(view.columns) == 2
    bodies = [label.text() for column in view.columns for label in column.findChildren(QLabel)]
    assert sum("building that may burn" in b for b in bodies) == 2
    with qtbot.waitSignal(view.itemChosen) as chosen:
        qtbot.mouseClick(view.columns[1], Qt.MouseButton.LeftButton)
    assert chosen.args[0].id == ids[1]
    library.close()


def test_group_given_to_two_people_says_so_before_what_it_matched_on(qtbot, tmp_path):
    """Sources naming different people for the same words: the summary says
    so in a line of its own, with each person's sources, not only in the
    columns' small print."""
    library = Library(tmp_path / "lib.sqlite")
    words = "We cannot keep people in a building that may burn"
    ids = []
    for text, who in (
        (f'"{words}," said Ana Ruiz.', "Ana Ruiz"),
        (f'"{words}," Ivo Brask said.', "Ivo Brask"),
    ):
        start = text.index(words)
        item = NewItem("quote", start, start + len(words), speaker=who)
        sid = library.add_source(text, SourceMeta(title=who), items=[item])
        corroborate.update(library, sid)
        ids.append(library.items_of_source(sid)[0].id)
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(ids[0])
    lines = view.summary.text().splitlines()
    assert lines[1] == (
        "Speakers differ: the sources give these words to Ana Ruiz (1 source)"
        " and Ivo Brask (1 source). Check who said them before citing."
    )
    assert lines[2] == "Grouped because they say the same words."
    assert len(lines) == 3  # the speakers are said once
    library.close()


def test_main_window_has_the_conflicts_view(qtbot, seeded_library):
    from tests.ui.helpers import open_window

    window = open_window(qtbot, seeded_library)
    actions = {a.text().replace("&", ""): a for a in window.menus["view"].actions()}
    actions["Conflicts"].trigger()
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    assert dock.tabs.currentWidget() is dock.conflicts_view
    assert dock.conflicts_view.list.count() == len(seeded_library.conflicts())


def test_group_tab_follows_a_deleted_source_and_its_undo(qtbot, seeded_library):
    """The Group tab shows the group of the item last picked; when the
    library changes under it (its source deleted), it says the item is gone
    instead of showing the deleted source's column; the delete undone, the
    item is back but chosen nowhere, as in the list and the viewer."""
    from app.core import library_edits as edits
    from tests.ui.helpers import open_window, row_of_text, select_library_row, wait_idle

    window = open_window(qtbot, seeded_library)
    window.toggle_corroboration(True)
    dock = window.corroboration_dock
    qtbot.waitUntil(dock.isVisible)
    dock.tabs.setCurrentIndex(0)
    panel = window.library_panel
    panel.tabs.setCurrentIndex(1)  # Facts
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    select_library_row(panel, row_of_text(panel, "approved on Tuesday with a unanimous"))
    view = dock.cluster_view
    qtbot.waitUntil(lambda: "4 sources, 3 independent" in view.summary.text())
    assert len(view.columns) == 4
    item = panel.current_item()
    window.live.edit(lambda library: edits.delete_source(library, item.source_id))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "no longer in the library" in view.summary.text())
    assert view.columns == []
    window.live.undo_stack.undo()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.summary.text() == NOTHING_CHOSEN)
    assert view.columns == [] and panel.current_item() is None
    select_library_row(panel, row_of_text(panel, "approved on Tuesday with a unanimous"))
    qtbot.waitUntil(lambda: "4 sources, 3 independent" in view.summary.text())
    assert len(view.columns) == 4


def test_group_within_one_source_is_said_as_single_source(qtbot, tmp_path):
    """A quote said twice in one article is grouped with itself: the Group
    tab says so (the list's card shows no count), not "1 sources"."""
    library = Library(tmp_path / "lib.sqlite")
    said = "We will open the Brask bridge in spring"
    text = f'Vesk said: "{said}." Later she told the crowd: "{said}."'
    first = text.index(said)
    second = text.index(said, first + 1)
    sid = library.add_source(
        text,
        SourceMeta(title="Vesk on the bridge"),
        items=[
            NewItem("quote", first, first + len(said)),
            NewItem("quote", second, second + len(said)),
        ],
    )
    corroborate.update(library, sid)
    item = library.items_of_source(sid)[0]
    cluster = library.cluster_of(item.id)
    assert cluster is not None and cluster.source_count == 1
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.show_item(item.id)
    summary = view.summary.text()
    assert "1 sources" not in summary
    assert summary.startswith("Single source: no other source carries this quote")
    assert "2 passages of its own source" in summary
    assert len(view.columns) == 2
    library.close()


def test_a_long_member_is_shown_whole_in_a_short_group_view(qtbot, tmp_path):
    """The row's height was reckoned for columns as wide as they may grow,
    not as wide as they are: a long text was cut off mid-line, with no
    scroll bar to reach it. Now every label gets the height its text needs."""
    library = Library(tmp_path / "lib.sqlite")
    text = " ".join(
        f"The Quillon harbour board said on Monday that ferry {n} will run all winter."
        for n in range(3)
    )
    sid = library.add_source(
        text, SourceMeta(title="Harbour board"), items=[NewItem("fact", 0, len(text))]
    )
    view = ClusterView(library)
    qtbot.addWidget(view)
    view.resize(1400, 200)  # room for the text in a column as wide as it may grow
    view.show()
    qtbot.waitExposed(view)
    view.show_item(library.items_of_source(sid)[0].id)
    qtbot.wait(20)  # laid out
    labels = view.columns[0].findChildren(QLabel)
    assert any("ferry 2" in label.text() for label in labels)
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()[:30]
    library.close()


def test_tab_goes_through_the_conflict_as_the_screen_shows_it(qtbot, tmp_path):
    """The conflicts, each side's claims from the top, then the resolve row:
    the side lists, made afresh for each conflict, came after Resolve."""
    library = _library(tmp_path)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.list.setFocus()
    view.choice.setCurrentText("1971")  # Resolve takes the keyboard once a value is chosen
    claims = [box.findChild(QListWidget) for box in view.findChildren(QGroupBox, "conflictSide")]
    claims.sort(key=lambda widget: widget.mapTo(view, QPoint(0, 0)).y())
    seen = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [view.list, *claims, view.choice, view.note, view.resolve_button]
    live.close()
    library.close()


def test_a_decision_reopened_by_a_new_value_is_shown_with_its_note(qtbot, tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    for text in (A, B):
        sid = library.add_source(
            text, SourceMeta(title=text[:20]), items=[NewItem("fact", 0, len(text))]
        )
        corroborate.update(library, sid)
    [conflict] = library.conflicts()
    library.resolve_conflict(conflict.id, "1971", "the statute book says 1971")
    # A third report gives another year: the decision no longer covers what
    # the sources say, so the conflict is open again, its note kept in sight.
    late = "Velmora lawmakers created the bottle deposit law in 1979, state officials said."
    sid = library.add_source(late, SourceMeta(title="Late"), items=[NewItem("fact", 0, len(late))])
    corroborate.update(library, sid)
    live = LiveLibrary(library)
    view = ConflictsView(live)
    qtbot.addWidget(view)
    assert view.list.count() == 1 and "unresolved" in view.list.item(0).text()
    view.list.setCurrentRow(0)
    assert (
        "Reopened: decided before, when the sources gave 1971 vs 1975: 1971"
        " (the statute book says 1971)." in view.status.text()
    )
    assert view.note.text() == "the statute book says 1971"
    assert view.choice.currentIndex() == -1  # the value is chosen again, by the user
