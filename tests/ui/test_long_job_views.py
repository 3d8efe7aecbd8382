"""A long job's steps (an import's files) that reach the window together are
followed by the views once, not once each: every `changed` re-reads every
view, which on a big library takes longer than a file's step, so one per step
froze the window for as long as the steps that queued up behind it."""

from __future__ import annotations

from app.core.library_edits import IMPORTED


def test_steps_arriving_together_are_told_once_before_the_end(qtbot, tmp_path, live_of):
    from app.core.store import Library

    library = Library(tmp_path / "library.sqlite")
    live = live_of(library)
    told: list = []
    seen: list = []
    live.changed.connect(lambda changes: told.append(changes))

    def start(_library):
        yield from range(5)

    job = live.steps(
        start,
        lambda value: seen.append(("step", value)),
        lambda completed: seen.append(("finished", completed, len(told))),
        IMPORTED,
    )
    # Every step made before the window's thread takes any in (a busy window).
    assert job.future.result(timeout=30) is True
    qtbot.waitUntil(lambda: live.idle)
    assert seen[:5] == [("step", v) for v in range(5)]  # each step still reported
    assert told == [IMPORTED]  # the views re-read once for the five
    assert seen[5] == ("finished", True, 1)  # and before the end is said
    library.close()


def test_steps_spread_out_are_all_told(qtbot, tmp_path, live_of):
    """A view still follows a long job as it goes: the changes of steps made
    apart are told, the last before the end."""
    import threading

    from app.core.store import Library

    library = Library(tmp_path / "library.sqlite")
    live = live_of(library)
    told: list = []
    live.changed.connect(lambda changes: told.append(changes))
    go = threading.Event()
    ended: list = []

    def start(_library):
        yield 1
        go.wait(30)  # the second step waits until the first was told
        yield 2

    live.steps(start, lambda _v: None, ended.append, IMPORTED)
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10_000)
    go.set()
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert told == [IMPORTED, IMPORTED]
    library.close()
