"""Grouping stays right when other connections and processes write the same
library: a second library object on the file (the GUI beside an import
thread), and two `main.py import` processes at once. Each ends with groups
and conflicts equal to a regroup from scratch, and no file fails; on both
backends (a library file and a team library)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core import corroborate
from app.core.importer import open_library
from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.core.corroborate_helpers import add

ROOT = Path(__file__).resolve().parents[2]

TOWNS = ["Arlow", "Bexley Fen", "Corrin", "Dunmere", "Elsby", "Fallow Cross"]


def _article(n: int, variant: int) -> str:
    """A short invented report; reports with the same `n` share their facts
    and a quote, and variant 2 gives one figure differently."""
    town = TOWNS[n % len(TOWNS)]
    silos = 212 + n if variant != 2 else 340 + n
    return (
        f"Report {n}-{variant} from {town}.\n\n"
        f"Floods in {town} destroyed {silos} grain silos along the Tessel river, officials said. "
        f"The {town} council voted {7 + n % 3}-2 on Monday to borrow $1.{n} million for repairs. "
        f'"We will rebuild every silo in {town} before the harvest," said Mayor Ilsa Varn{n}. '
        f"Story number {n} of the Tessel flood series, edition {variant}.\n"
    )


def _write_articles(folder: Path, numbers, variants) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        for v in variants:
            path = folder / f"report_{n}_{v}.txt"
            path.write_text(_article(n, v), encoding="utf-8")
            paths.append(path)
    return paths


def _snapshot(library: Library):
    """Groups and conflicts as sets of (source file, item text): independent of ids."""
    names = {sid: fname for sid, fname, _, _ in library.sources()}

    def key(item_id: int) -> tuple[str, str]:
        item = library.item(item_id)
        return names[item.source_id], item.text

    groups = sorted(sorted(key(i) for i in c.item_ids) for c in library.clusters(min_sources=1))
    conflicts = sorted(
        sorted((key(i), v) for i, v in zip(c.item_ids, c.values, strict=True))
        for c in library.conflicts()
    )
    return groups, conflicts


def _regrouped(location) -> tuple:
    """The groups and conflicts a regroup from scratch finds (the library is
    regrouped in place: call it last)."""
    library = open_library(location)
    corroborate.regroup(library)
    snapshot = _snapshot(library)
    library.close()
    return snapshot


def test_a_second_library_object_groups_what_the_first_wrote(library_location):
    """The GUI's library and an import thread's library on one file: each
    picks up the other's items and groups, with no KeyError."""
    gui, worker = open_library(library_location), open_library(library_location)
    first = _article(1, 0)
    add(gui, first, facts=[first.split("\n\n")[1].split(". ")[0] + "."])
    for n in range(2, 6):  # imports on the worker's connection
        text = _article(n % 3, n)
        add(worker, text, facts=[text.split("\n\n")[1].split(". ")[0] + "."])
    # The GUI's state predates the worker's imports; pasting a source now
    # must read the worker's index and items, not fail on them.
    pasted = _article(1, 2)
    add(gui, pasted, facts=[pasted.split("\n\n")[1].split(". ")[0] + "."])
    grouped = _snapshot(gui)
    assert gui.conflicts()  # the pasted figure differs from the first report's
    gui.close()
    worker.close()
    assert grouped == _regrouped(library_location)


def test_an_update_in_a_stale_session_after_another_wrote_matches_a_regroup(library_location):
    one, two = open_library(library_location), open_library(library_location)
    for n in range(4):
        text = _article(n, 0)
        items = [NewItem("fact", 0, len(text.split("\n\n")[0]))]
        sid = one.add_source(text, SourceMeta(title=f"a{n}"), items=items)
        corroborate.update(one, sid)
        text = _article(n, 1)
        sid = two.add_source(text, SourceMeta(title=f"b{n}"), items=items)
        corroborate.update(two, sid)
    grouped = _snapshot(one)
    assert grouped == _snapshot(two)
    one.close()
    two.close()
    assert grouped == _regrouped(library_location)


def test_two_processes_importing_at_once_group_as_a_regroup_does(tmp_path, library_location):
    path = library_location
    open_library(path).close()  # created first: migrations are another helper's race
    a = _write_articles(tmp_path / "a", range(0, 6), (0, 2))
    b = _write_articles(tmp_path / "b", range(0, 6), (1,))
    procs = [
        subprocess.Popen(
            [sys.executable, "main.py", "import", str(folder), "--library", str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (tmp_path / "a", tmp_path / "b")
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for (out, err), proc in zip(outputs, procs, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        assert not [line for line in out.splitlines() if line.startswith("error")], out
    library = open_library(path)
    assert library.count_sources() == len(a) + len(b)
    grouped = _snapshot(library)
    assert grouped[0] and grouped[1]  # groups across the two imports, and the differing figures
    library.close()
    assert grouped == _regrouped(path)
