"""No live Qt object is left for Python's cycle collector to free.

A Qt object whose wrapper sits in a reference cycle is freed by the cycle
collector, which breaks the cycle in whatever order it likes; Qt does not
survive every order (a group view's columns holding the view crashed the
process 6 runs in 8). So a view, dialog or library dropped after use must go
either by its parent (Qt frees it) or at once by reference counting: these
tests drop each one and look at what the collector finds unreachable.
"""

from __future__ import annotations

import argparse
import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from app.ui import application
from app.ui.cluster_view import ClusterView
from app.ui.conflicts_view import ConflictsView
from app.ui.library_filters import ActiveFilters
from app.ui.live_library import LiveLibrary
from tests.core.library_faults import damage_pages, seeded_library_file

# What a test found is kept here, never freed: freeing it is what can crash.
_found: list = []

FACTS = [
    "Quorvan has had its kettle levy since 1971, district officials said.",
    "Quorvan passed its kettle levy in 1975, district officials said.",
    "Quorvan councillors created the kettle levy in 1971, district officials said.",
]


@pytest.fixture
def collector_saves():
    """From here on, what the cycle collector finds unreachable is kept in
    gc.garbage instead of freed (also by the window's collector's timer), so
    the test can see it."""
    gc.collect()  # earlier tests' garbage is theirs
    gc.garbage.clear()
    gc.set_debug(gc.DEBUG_SAVEALL)
    yield
    gc.set_debug(0)


def left_to_the_collector() -> list[str]:
    """The class names of the live Qt objects tied to others (a parent or
    children: the ones whose freeing order matters) in unreachable cycles now."""
    gc.collect()
    garbage = list(gc.garbage)
    gc.garbage.clear()
    _found.extend(garbage)
    return sorted(type(o).__name__ for o in garbage if _tied(o))


def _tied(o) -> bool:
    if not isinstance(o, shiboken6.Object) or not shiboken6.isValid(o):
        return False
    if isinstance(o, QObject):
        return o.parent() is not None or bool(o.children())
    return True


def _library(tmp_path) -> Library:
    library = Library(tmp_path / "lib.sqlite")
    for text in FACTS:
        sid = library.add_source(
            text, SourceMeta(title=text[:20]), items=[NewItem("fact", 0, len(text))]
        )
        corroborate.update(library, sid)
    return library


def test_a_group_view_shown_twice_and_dropped_is_freed_at_once(qtbot, tmp_path, collector_saves):
    library = _library(tmp_path)
    item_ids = [i.id for sid, *_ in library.sources() for i in library.items_of_source(sid)]
    view = ClusterView(library)
    view.show()
    for item_id in item_ids:
        view.show_item(item_id)
        assert view.columns  # a column per member: the clicks are the view's to see
    chosen = []
    view.itemChosen.connect(chosen.append)
    qtbot.mouseClick(view.columns[0], Qt.MouseButton.LeftButton)
    assert chosen
    qtbot.wait(10)  # the columns cleared away are freed by Qt
    view.close()
    del view
    assert left_to_the_collector() == []
    library.close()


def _resolve_and_undo(qtbot, library: Library) -> weakref.ref:
    """A conflict resolved and the resolution undone in a Conflicts view on
    its own live library; both dropped after (the view as its parent, the
    window's dock, drops it). Returns a weak reference to the live library."""
    live = LiveLibrary(library)
    view = ConflictsView(live)
    live.changed.connect(view.library_changed)
    assert view.list.count() == 1
    view.choice.setCurrentText("1971")
    # An edit on the undo stack: the command is the live library's to run.
    view.resolve_button.click()
    qtbot.waitUntil(lambda: live.idle and "resolved: 1971" in view.list.item(0).text())
    live.undo_stack.undo()
    qtbot.waitUntil(lambda: live.idle and "unresolved" in view.list.item(0).text())
    assert live.undo_stack.count() == 1
    live.close()
    view.close()
    shiboken6.delete(view)
    return weakref.ref(live)


def test_a_live_library_with_undoable_edits_is_freed_at_once(qtbot, tmp_path, collector_saves):
    library = _library(tmp_path)
    gone = _resolve_and_undo(qtbot, library)
    assert left_to_the_collector() == []
    assert gone() is None  # freed by its last reference, not left for later
    library.close()


def test_a_window_that_cannot_start_leaves_nothing_to_the_collector(
    tmp_path, capsys, collector_saves
):
    lib = seeded_library_file(tmp_path / "lib.sqlite")
    damage_pages(lib, prefix="speakers")  # the window's first reads fail
    args = argparse.Namespace(library=str(lib), screenshot="x.png", brief=None)
    assert application._window_for(lib, args) is None
    assert "the library file is damaged" in capsys.readouterr().err
    assert left_to_the_collector() == []


def test_a_window_switched_for_another_leaves_nothing_live_to_the_collector(
    qtbot, tmp_path, monkeypatch, collector_saves
):
    from tests.ui.test_library_switch import start_on_two_libraries, switch_from_the_menu

    a, b, _ = start_on_two_libraries(tmp_path, monkeypatch)
    window = application._windows[-1]
    for path in (b, a):
        window = switch_from_the_menu(qtbot, window, path)
    qtbot.wait(50)  # the old windows' Qt objects go (deleteLater)
    assert left_to_the_collector() == []  # what is left of them is Python's alone
    window.close()
    application._windows.clear()


def test_the_filter_bar_frees_its_parts_with_it(qtbot):
    clear_all = QAction("Clear &All Filters")
    clear_all.setShortcut("Ctrl+Shift+L")
    bar = ActiveFilters(clear_all)
    qtbot.addWidget(bar)
    label, button = bar.label, bar.clear_all
    # Not yet placed (no filter in force), yet already the bar's, so Qt
    # frees them with it and the cycle collector never meets them alive.
    assert label.parent() is bar and button.parent() is bar
    cleared = []
    bar.show_filters(
        [
            ("Source", "Zentrik Gazette", "tip", lambda: cleared.append("source")),
            ("Kind", "Quote", "tip", lambda: cleared.append("kind")),
        ]
    )
    # Placed once filters are in force: the bar, its label, two chips, Clear all.
    assert not bar.isHidden() and not button.isHidden()
    assert bar.widgets() == [label, *bar.chips, button]
    assert bar.chips[0].text().startswith("Source: ")
    qtbot.mouseClick(bar.chips[1], Qt.MouseButton.LeftButton)
    assert cleared == ["kind"]
    shiboken6.delete(bar)
    assert not shiboken6.isValid(label) and not shiboken6.isValid(button)
