"""Different articles whose details read the same print one source-list entry:
the preflight says so, naming both; copies of one article are not warned about."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from app.core.brief import Block, Brief, Header, Section, SourceRef
from app.core.export import cited_source_hashes, preflight
from app.core.model import SourceMeta
from app.core.store import Library
from tests.conftest import ROOT

# No URL: nothing in the entry tells the two press releases apart.
_META = SourceMeta(title="Statement", outlet="Velmar Harbour Board", date="2025-03-04")
_TEXTS = {
    "velmar-a.txt": "The Velmar Harbour Board will close the north quay on Monday for repairs.",
    "velmar-b.txt": "The Velmar Harbour Board names Roe Quillon its new harbour master.",
}


def _brief(library: Library, ids: list[int]) -> Brief:
    blocks = []
    for n, source_id in enumerate(ids):
        ref = SourceRef.of(library.source(source_id))
        blocks.append(Block("fact", f"Fact {n}.", original=f"Fact {n}.", source=ref))
    return Brief(Header(subject="Harbour"), [Section("Quay", blocks)])


@pytest.fixture
def two_articles(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        ids = [library.add_source(t, _META, file_name=f) for f, t in _TEXTS.items()]
        brief = _brief(library, ids)
        hashes = cited_source_hashes(brief, library)
    return path, brief, hashes


def _same_entry(warnings):
    return [w for w in warnings if w.kind == "same_entry"]


@pytest.mark.parametrize("style", ["chicago", "apa", "ap"])
def test_different_articles_with_the_same_details_are_warned_about(two_articles, style):
    _, brief, hashes = two_articles
    (warning,) = _same_entry(preflight(brief, style=style, source_hashes=hashes))
    assert "\u201cStatement\u201d (velmar-a.txt)" in warning.message
    assert "\u201cStatement\u201d (velmar-b.txt)" in warning.message
    assert "add a URL, date or author to one of them in Source Properties" in warning.message
    assert warning.block_id == brief.blocks()[1].id


def test_copies_of_one_article_and_unknown_sources_are_not(two_articles):
    _, brief, hashes = two_articles
    one_text = dict.fromkeys(hashes, "same digest")
    assert _same_entry(preflight(brief, source_hashes=one_text)) == []
    assert _same_entry(preflight(brief)) == []  # no library: nothing to compare


def test_a_url_on_one_of_them_ends_the_warning(two_articles):
    _, brief, hashes = two_articles
    first = brief.blocks()[0]
    first.source = replace(first.source, url="https://velmar.example/1")
    assert _same_entry(preflight(brief, source_hashes=hashes)) == []


def test_cli_export_prints_the_warning(tmp_path, two_articles):
    lib, brief, _ = two_articles
    brief_path = tmp_path / "memo.brief.json"
    brief.save(brief_path)
    out = tmp_path / "memo.docx"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", *map(str, (brief_path, "--out", out))]
        + ["--library", str(lib)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "warning: Same source-list entry: \u201cStatement\u201d (velmar-a.txt)" in proc.stderr
    assert out.exists()
