"""Dataclasses made at their first use (app/core/first_use.py) are, once used,
the classes @dataclass makes; every way of using one as a dataclass makes it."""

import __future__

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys
import threading
from dataclasses import field

import pytest

from app.core import first_use
from app.core.first_use import dataclass_at_first_use, make_waiting_dataclasses
from tests.conftest import ROOT

# The app's classes that wait, by module (each loads with the window's first
# frame and makes no instance before it: tests/ui/test_startup.py).
WAITING = {
    "app.core.model": ["SourceMeta", "Source", "Speaker", "NewItem", "Cluster"],
    "app.core.brief": ["SourceRef", "Block"],
    "app.core.writer": ["Steps", "_Op"],
    "app.core.library_edits": ["Edit"],
    "app.ui.conflict_marks": ["ConflictMark"],
    "app.ui.memo_status": ["BlockStatus"],
}


def _as_dataclass(cls):
    """The class @dataclass makes from the source of `cls`, in its module."""
    module = sys.modules[cls.__module__]
    source = inspect.getsource(cls)
    assert source.startswith("@dataclass_at_first_use(")
    source = "@__dataclass__(" + source[len("@dataclass_at_first_use(") :]
    namespace = {**vars(module), "__dataclass__": dataclasses.dataclass}
    flags = __future__.annotations.compiler_flag  # as the module is compiled
    exec(compile(source, module.__file__, "exec", flags=flags, dont_inherit=True), namespace)
    return namespace[cls.__name__]


def _field_facts(cls):
    return [
        (f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.hash, f.compare)
        + (f.kw_only, f.metadata)
        for f in dataclasses.fields(cls)
    ]


def _some_instance(cls):
    """An instance with a value for each field."""
    return cls(**{f.name: f"{f.name}-value" for f in dataclasses.fields(cls) if f.init})


@pytest.mark.parametrize("module, name", [(m, n) for m, names in WAITING.items() for n in names])
def test_each_waiting_class_is_made_into_the_dataclass_its_decorator_names(module, name):
    cls = getattr(__import__(module, fromlist=[name]), name)
    reference = _as_dataclass(cls)
    make_waiting_dataclasses()
    assert cls not in first_use._waiting and dataclasses.is_dataclass(cls)
    assert cls.__dataclass_params__.__repr__() == reference.__dataclass_params__.__repr__()
    assert _field_facts(cls) == _field_facts(reference)
    assert getattr(cls, "__match_args__", None) == getattr(reference, "__match_args__", None)
    assert str(inspect.signature(cls)) == str(inspect.signature(reference))
    assert cls.__doc__ == reference.__doc__
    # The methods dataclass writes: the same set, none left standing in.
    written = {"__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"}
    written |= {"__lt__", "__le__", "__gt__", "__ge__"}
    assert {n for n in written if n in vars(cls)} == {n for n in written if n in vars(reference)}
    assert "__init_subclass__" not in vars(cls)
    # Same behaviour on an instance: what it says, equals, hashes, allows.
    ours, theirs = _some_instance(cls), _some_instance(reference)
    assert repr(ours) == repr(theirs)
    assert ours == copy.copy(ours) and (ours == theirs) is False
    assert (cls.__hash__ is None) == (reference.__hash__ is None)
    if cls.__hash__ is not None:
        assert hash(ours) == hash(copy.copy(ours))
    first = dataclasses.fields(cls)[0].name
    frozen = cls.__dataclass_params__.frozen
    if frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, first, "changed")
    else:
        setattr(ours, first, "changed")
        assert getattr(ours, first) == "changed"


def _fresh(**options):
    @dataclass_at_first_use(**options)
    class Thing:
        name: str
        size: int = 0
        tags: list = field(default_factory=list)

    assert Thing in first_use._waiting
    return Thing


@pytest.mark.parametrize(
    "use",
    [
        lambda cls: cls("a", 1),
        lambda cls: cls(name="a"),
        dataclasses.fields,
        dataclasses.is_dataclass,
        lambda cls: cls.__dataclass_fields__,
        lambda cls: cls.__dataclass_params__,
        lambda cls: cls.__match_args__,
        lambda cls: type("Sub", (cls,), {}),
        lambda cls: dataclasses.dataclass(
            type("Sub", (cls,), {"__annotations__": {"x": int}, "x": 0})
        ),
        lambda cls: make_waiting_dataclasses(),
    ],
    ids=[
        "instance",
        "instance-by-keyword",
        "fields",
        "is_dataclass",
        "__dataclass_fields__",
        "__dataclass_params__",
        "__match_args__",
        "subclass",
        "dataclass-subclass",
        "make_waiting_dataclasses",
    ],
)
def test_every_use_as_a_dataclass_makes_it_first(use):
    cls = _fresh()
    use(cls)
    assert cls not in first_use._waiting
    assert [f.name for f in dataclasses.fields(cls)] == ["name", "size", "tags"]
    one = cls("a", 2, ["x"])
    assert repr(one).endswith(".Thing(name='a', size=2, tags=['x'])")
    assert one == cls("a", 2, ["x"])
    assert cls("b").tags == [] and cls("b").tags is not cls("b").tags


def test_a_subclass_has_its_bases_fields_and_its_own():
    base = _fresh()

    @dataclasses.dataclass
    class Sub(base):
        extra: int = 5

    assert [f.name for f in dataclasses.fields(Sub)] == ["name", "size", "tags", "extra"]
    assert Sub("a") == Sub("a", 0, [], 5) and Sub("a") != base("a")


def test_match_reads_the_fields_in_order():
    cls = _fresh()
    match cls("a", 3):
        case cls(name, size):
            assert (name, size) == ("a", 3)
        case _:
            pytest.fail("no match")


def test_frozen_order_and_errors_are_the_dataclasss():
    cls = _fresh(frozen=True, order=True)
    one = cls("a", 1, ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.size = 2
    assert cls("a", 1, ()) < cls("b", 0, ()) and hash(one) == hash(cls("a", 1, ()))
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'name'"):
        cls()
    assert copy.deepcopy(one) == one


@dataclass_at_first_use(frozen=True)
class Kept:
    name: str
    tags: tuple = ()


def test_an_instance_pickles_and_copies_as_a_dataclasss_does():
    one = Kept("a", ("x",))
    assert pickle.loads(pickle.dumps(one)) == one == copy.deepcopy(one) == copy.copy(one)


def test_first_instances_made_on_two_threads_at_once_are_whole():
    for _ in range(20):
        cls = _fresh(frozen=True)
        start = threading.Barrier(4)
        made, errors = [], []

        def first(cls=cls, start=start, made=made, errors=errors):
            start.wait()
            try:
                made.append(cls("a", 1, ()))
            except Exception as exc:  # what a half-made class would raise
                errors.append(exc)

        threads = [threading.Thread(target=first) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and made == [cls("a", 1, ())] * 4


def test_what_it_cannot_wait_for_is_refused():
    with pytest.raises(TypeError, match="slots=True"):
        dataclass_at_first_use(slots=True)
    with pytest.raises(TypeError, match="defines __init__"):

        @dataclass_at_first_use()
        class Own:
            x: int

            def __init__(self, x):
                self.x = x


def test_the_core_alone_makes_them_at_first_use():
    # A headless run (the CLI, the tests) never calls make_waiting_dataclasses.
    code = """
import dataclasses
from app.core import first_use
from app.core.brief import Block, SourceRef
from app.core.model import SourceMeta
assert SourceMeta in first_use._waiting and Block in first_use._waiting
ref = SourceRef(source_id=3, title="Tidings")
block = Block(kind="quote", text="Zorb", source=ref)
print(block == Block(kind="quote", text="Zorb", id=block.id, source=ref), block.source.meta)
print(SourceMeta in first_use._waiting, dataclasses.replace(ref, title="T").title)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines() == [
        "True SourceMeta(title='Tidings', outlet='', author='', date='', url='', accessed='')",
        "False T",
    ], done.stderr[-2000:]


@pytest.mark.parametrize(
    "use",
    [lambda cls: cls("a", 1, ()), lambda cls: [f.name for f in dataclasses.fields(cls)]],
    ids=["an instance", "its fields"],
)
def test_what_another_thread_asks_of_the_class_while_it_is_made_waits(monkeypatch, use):
    # While `dataclass` writes the class, an instance or its fields asked for
    # by another thread must wait for it, not find it half made (an instance
    # reached object.__init__: "Thing() takes no arguments").
    cls = _fresh(frozen=True)
    asked, got, errors = threading.Event(), [], []

    def other():
        asked.set()
        try:
            got.append(use(cls))
        except Exception as exc:
            errors.append(exc)

    real = dataclasses.dataclass
    thread = threading.Thread(target=other)

    def dataclass_meanwhile(target, **options):
        thread.start()
        asked.wait()
        thread.join(0.2)  # the other thread's call reaches the half-made class
        return real(target, **options)

    monkeypatch.setattr(first_use.dataclasses, "dataclass", dataclass_meanwhile)
    first_use.make_dataclass_now(cls)
    thread.join()
    assert errors == [] and got == [use(cls)]
