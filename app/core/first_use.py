"""Dataclasses made at their first use, not when their module loads.

`dataclasses.dataclass` writes and compiles each class's methods when the
class statement runs: 0.3-0.8 ms a class. The window's first frame loads a
dozen dataclasses it makes no instance of (a source and its details, a
memo's blocks, a write's steps), about 5 ms of its start
(bench/bench_startup.py). `@dataclass_at_first_use(...)` takes the options
of `@dataclass(...)` and runs it on the class the first time the class is
used as a dataclass:

- an instance is made (`Cls(...)`);
- its fields are read (`dataclasses.fields(Cls)`, `is_dataclass(Cls)`,
  `Cls.__dataclass_fields__`, a `match` reading its `__match_args__`);
- it is subclassed;
- or `make_waiting_dataclasses()` is called (the window calls it just after
  its first frame).

From then on it is the class `@dataclass(...)` would have made: the same
object, with the same methods, fields and behaviour
(tests/core/test_first_use.py). Before then only what nothing here reads
differs: a `default_factory` field's default read from the class itself
(`Cls.name`, the `field(...)`), and the class's `__init__` and `__doc__`.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

# What `dataclass` sets on the class that code may read from the class
# itself: each, read before the class is made, makes it.
_CLASS_READS = ("__dataclass_fields__", "__dataclass_params__", "__match_args__")
_STANDS_IN = (*_CLASS_READS, "__init__", "__init_subclass__")

_waiting: dict[type, dict[str, Any]] = {}  # class -> its dataclass options
# Two threads may make their first instance of a class at once (the window's
# and the library writer's): the second waits for the class to be made.
_making = threading.RLock()
_being_made: dict[type, int] = {}  # class -> the thread writing it


def dataclass_at_first_use(**options: Any) -> Callable[[T], T]:
    """`@dataclass(**options)`, run on the class at its first use (above).
    Not for `slots=True`, which makes a new class."""
    if options.get("slots"):
        raise TypeError("dataclass_at_first_use: slots=True makes a new class; use @dataclass")

    def wait(cls: T) -> T:
        defined = [name for name in _STANDS_IN if name in cls.__dict__]
        if defined:
            raise TypeError(f"{cls.__qualname__} defines {defined[0]}: use @dataclass")
        for name in _CLASS_READS:
            setattr(cls, name, _MakeWhenRead(name))

        def make_then_init(self, *args, **kwargs):
            make_dataclass_now(cls)
            cls.__init__(self, *args, **kwargs)  # the one dataclass wrote

        def make_then_subclass(kind, **kwargs):
            make_dataclass_now(cls)  # a dataclass subclass starts with its fields
            super(cls, kind).__init_subclass__(**kwargs)

        cls.__init__ = make_then_init
        cls.__init_subclass__ = classmethod(make_then_subclass)
        _waiting[cls] = options
        return cls

    return wait


class _MakeWhenRead:
    """Stands in for one of dataclass's class attributes until it is read."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type) -> Any:
        if _being_made.get(owner) == threading.get_ident():  # dataclass reads it: not there yet
            raise AttributeError(self.name)
        make_dataclass_now(owner)
        return getattr(owner, self.name)


def make_dataclass_now(cls: type) -> None:
    """Make `cls` the dataclass it waits to be; nothing when it waits for
    nothing (it is one already, or was never waiting)."""
    if cls not in _waiting:  # removed only once made: never seen half made
        return
    with _making:
        options = _waiting.get(cls)
        if options is None:  # made by another thread meanwhile
            return
        stand_ins = {name: cls.__dict__[name] for name in _STANDS_IN}
        _being_made[cls] = threading.get_ident()
        try:
            with _writing_over(cls, stand_ins):
                dataclasses.dataclass(cls, **options)
        finally:
            del _being_made[cls]
        for name, stand_in in stand_ins.items():  # what dataclass did not write
            if cls.__dict__.get(name) is stand_in:
                delattr(cls, name)
        del _waiting[cls]


@contextmanager
def _writing_over(cls: type, stand_ins: dict[str, Any]) -> Iterator[None]:
    """`dataclass` writes only what a class lacks. Let it write over the
    stand-ins, so that the class is never without an __init__ while it is
    written: another thread's instance asked for meanwhile would reach
    object.__init__ ("Thing() takes no arguments") instead of waiting in the
    stand-in. Where a Python's dataclasses module has no such hook, the
    stand-ins are taken off first, as before."""
    keep = getattr(dataclasses, "_set_new_attribute", None)
    name_it = getattr(dataclasses, "_set_qualname", None)
    if keep is None or name_it is None:
        for name in stand_ins:
            delattr(cls, name)
        yield
        return

    def set_new(target: type, name: str, value: Any) -> bool:
        if target is cls and name in stand_ins and cls.__dict__.get(name) is stand_ins[name]:
            name_it(cls, value)
            setattr(cls, name, value)
            return False
        return keep(target, name, value)

    dataclasses._set_new_attribute = set_new
    try:
        yield
    finally:
        dataclasses._set_new_attribute = keep


def make_waiting_dataclasses() -> None:
    """Make every class still waiting, so that none waits past this point."""
    for cls in list(_waiting):
        make_dataclass_now(cls)
