"""A long run holds the cycle collector off, and gives it back as it found it."""

import gc
import threading

from app.core.collector_hold import collector_held, held


def test_the_collector_is_off_while_held_and_back_after():
    was = gc.isenabled()
    gc.enable()
    try:
        with collector_held():
            assert held()
            assert not gc.isenabled()
        assert not held()
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


def test_a_collector_found_off_stays_off():
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_held():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_comes_back_only_when_the_last_hold_ends():
    was = gc.isenabled()
    gc.enable()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector_held():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    try:
        with collector_held():
            thread.start()
            assert inside.wait(10)
        # Ours ended, the other thread's goes on: still held, still off.
        assert held()
        assert not gc.isenabled()
        leave.set()
        thread.join(10)
        assert not held()
        assert gc.isenabled()
    finally:
        leave.set()
        gc.enable() if was else gc.disable()


def test_a_failing_run_gives_the_collector_back():
    was = gc.isenabled()
    gc.enable()
    try:
        try:
            with collector_held():
                raise ValueError("the run failed")
        except ValueError:
            pass
        assert not held()
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
