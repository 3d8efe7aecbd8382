"""A memo that uses a fact from an unresolved conflict is warned about before export."""

import subprocess
import sys

import pytest

from app.core import corroborate
from app.core.brief import Block, Brief, Header, Section
from app.core.export import conflicted_blocks
from app.core.importer import add_bundled_sources
from app.core.store import Library
from tests.conftest import ROOT


@pytest.fixture
def library_and_brief(tmp_path):
    """A library of the seeds and a brief using one fact of the 2014/2017 conflict."""
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        add_bundled_sources(library)
        conflict = next(c for c in library.conflicts() if "2014" in c.values)
        item = library.item(conflict.item_ids[0])
        block = Block.from_item(item, library.source(item.source_id))
        other = library.item(conflict.item_ids[-1])
        brief = Brief(Header(subject="Test"), [Section("Facts", [block])])
        brief_path = tmp_path / "memo.brief.json"
        brief.save(brief_path)
        return path, brief_path, brief, conflict.id, other


def export(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_warns_and_strict_refuses_until_resolved(tmp_path, library_and_brief):
    lib, brief_path, _, conflict_id, _ = library_and_brief
    out = tmp_path / "memo.pdf"
    proc = export(brief_path, "--out", out, "--library", lib)
    assert proc.returncode == 0
    assert "Unresolved conflict" in proc.stderr
    assert out.exists()

    strict_out = tmp_path / "strict.pdf"
    proc = export(brief_path, "--out", strict_out, "--library", lib, "--strict")
    assert proc.returncode == 1
    assert "conflict" in proc.stderr.lower()
    assert not strict_out.exists()

    with Library(lib) as library:
        library.resolve_conflict(conflict_id, "2017", "SB 54 was signed in 2017.")
    proc = export(brief_path, "--out", strict_out, "--library", lib)
    assert "Unresolved conflict" not in proc.stderr
    assert proc.returncode == 0


def test_a_block_from_another_library_is_not_matched_by_id_alone(library_and_brief):
    lib, _, brief, _, other = library_and_brief
    with Library(lib) as library:
        assert conflicted_blocks(brief, library) == {brief.blocks()[0].item_id}
        corroborate.ensure_current(library)
        # Same item id, but the snapshot names another passage: not this conflict.
        block = brief.blocks()[0]
        block.start, block.end, block.original = other.start, other.end, other.text + " (edited)"
        assert conflicted_blocks(brief, library) == frozenset()


def test_missing_library_named_on_the_command_line_is_an_error(tmp_path, library_and_brief):
    _, brief_path, _, _, _ = library_and_brief
    proc = export(brief_path, "--out", tmp_path / "m.docx", "--library", tmp_path / "nope.sqlite")
    assert proc.returncode == 1
    assert "library file not found" in proc.stderr
    assert not (tmp_path / "m.docx").exists()
