"""Importing many files: folders, duplicates, cancelling, CSL-JSON, the CLI."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

from app.core.brief import Brief, Header
from app.core.importer import expand_paths, import_file, import_paths
from app.core.ingest.csl import match_source, normal_url, to_csl
from app.core.model import SourceMeta
from app.core.store import Library
from tests.conftest import DATA, ROOT, SEEDS

sys.path.insert(0, str(DATA / "ingest"))
from samples import article_paragraphs, make_docx, make_html, make_pdf  # noqa: E402


def _mixed_folder(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    make_docx(folder / "a.docx", article_paragraphs(0), title="Council vote")
    make_pdf(folder / "b.pdf", article_paragraphs(1))
    make_html(folder / "sub" / "c.html", article_paragraphs(2), title="Schools act")
    (folder / "d.md").write_text("\n".join(article_paragraphs(3)), encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff not imported from a folder")
    Brief(Header(subject="Council vote")).save(folder / "sub" / "vote.brief.json")  # a memo
    (folder / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    return folder


def test_folder_import_takes_supported_files_recursively(tmp_path):
    folder = _mixed_folder(tmp_path)
    assert [p.name for p in expand_paths([folder])] == ["a.docx", "b.pdf", "d.md", "c.html"]
    lib = Library(tmp_path / "lib.sqlite")
    outcomes = list(import_paths(lib, [folder]))
    assert [o.ok for o in outcomes] == [True] * 4
    titles = {meta.title for _, _, meta, _ in lib.sources()}
    assert {"Council vote", "Schools act"} <= titles
    lib.close()


def test_importing_the_same_text_again_says_so_and_adds_nothing(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    seed = sorted(SEEDS.glob("*.txt"))[0]
    first = import_file(lib, seed)
    # Same text in another format and with other line endings.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    again = import_file(lib, copy)
    assert not again.ok
    assert again.duplicate_of == first.source_id
    assert again.line() == (
        f"skipped {copy}: already in the library as source {first.source_id} (untitled)"
    )
    assert lib.count_sources() == 1
    lib.close()


def test_stopping_between_files_keeps_what_was_imported(tmp_path):
    folder = _mixed_folder(tmp_path)
    lib = Library(tmp_path / "lib.sqlite")
    for n, outcome in enumerate(import_paths(lib, [folder]), start=1):
        assert outcome.ok
        if n == 2:
            break  # the user pressed Cancel
    assert lib.count_sources() == 2
    lib.close()


def test_empty_folder_gets_an_error_line(tmp_path):
    (tmp_path / "empty").mkdir()
    lib = Library(tmp_path / "lib.sqlite")
    [outcome] = list(import_paths(lib, [tmp_path / "empty"]))
    assert outcome.line().startswith(f"error {tmp_path / 'empty'}: folder holds no importable")
    lib.close()


def _zotero_export() -> list[dict]:
    return [
        {
            "id": "http://zotero.org/items/1",
            "type": "article-newspaper",
            "title": "Council vote",
            "container-title": "Daily News",
            "author": [{"family": "Roe", "given": "Jane"}, {"literal": "Staff"}],
            "issued": {"date-parts": [["2024", 11, 19]]},
            "URL": "https://www.example.org/council?utm=x",
            "accessed": {"date-parts": [[2024, 12, 1]]},
        },
        {"type": "webpage", "title": "Not in the library", "URL": "https://nowhere.example"},
    ]


def test_csl_json_fills_empty_fields_of_matching_sources(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    src = import_file(
        lib, make_docx(tmp_path / "a.docx", article_paragraphs(0), title="Council vote")
    )
    other = import_file(lib, make_docx(tmp_path / "b.docx", article_paragraphs(1)))
    lib.update_source_meta(other.source_id, SourceMeta(title="B", author="Kept Author"))
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(_zotero_export()), encoding="utf-8")
    outcome = import_file(lib, refs)
    assert outcome.ok
    assert outcome.line() == (
        f"ok {refs} 0 quotes 0 facts (metadata: 1 source filled, 1 of 2 entries matched;"
        " 1 matches no source)"
    )
    meta = lib.source(src.source_id).meta
    assert meta == SourceMeta(
        title="Council vote",
        outlet="Daily News",
        author="Jane Roe; Staff",
        date="2024-11-19",
        url="https://www.example.org/council?utm=x",
        accessed="2024-12-01",
    )
    assert lib.source(other.source_id).meta.author == "Kept Author"
    assert lib.count_sources() == 2  # entries without text create no source
    lib.close()


def test_csl_match_by_url_before_title():
    sources = [(1, SourceMeta(title="Same")), (2, SourceMeta(title="Other", url="http://a.org/x/"))]
    assert match_source(SourceMeta(title="Same", url="https://www.a.org/x"), sources) == 2
    assert match_source(SourceMeta(title="  same! "), sources) == 1
    assert match_source(SourceMeta(title="nothing"), sources) is None
    assert normal_url("HTTPS://www.A.org/x/?q=1#f") == "a.org/x"


def test_csl_export_round_trips_through_import(tmp_path):
    meta = SourceMeta(
        title="T",
        outlet="O",
        author="Jane Roe; Bob Li",
        date="2024-11",
        url="http://u",
        accessed="2024-12-02",
    )
    [item] = to_csl([(7, meta)])
    assert item["author"] == [{"family": "Roe", "given": "Jane"}, {"family": "Li", "given": "Bob"}]
    assert item["issued"] == {"date-parts": [[2024, 11]]}
    from app.core.ingest.csl import meta_from_csl

    assert meta_from_csl(item) == meta


def test_bad_json_is_refused_with_reason(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    for name, data, reason in [
        ("a.json", "{oops", "not valid JSON"),
        ("b.json", "[1, 2]", "not CSL-JSON"),
        ("c.json", "[" * 100_000, "nested too deeply"),
    ]:
        (tmp_path / name).write_text(data)
        outcome = import_file(lib, tmp_path / name)
        assert not outcome.ok and reason in outcome.reason, outcome.line()
    lib.close()


def test_csl_json_over_its_size_limit_is_refused_unread(tmp_path):
    from app.core.ingest.csl import MAX_CSL_BYTES

    lib = Library(tmp_path / "lib.sqlite")
    huge = tmp_path / "refs.json"
    with huge.open("wb") as fh:  # sparse: costs no disk
        fh.write(b"[")
        fh.truncate(MAX_CSL_BYTES + 1)
    outcome = import_file(lib, huge)
    assert not outcome.ok
    assert outcome.file == str(huge)
    assert "over the 20 MB limit for a CSL-JSON file" in outcome.reason, outcome.line()
    assert lib.sources() == []
    lib.close()


def run_cli(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_cli_imports_a_folder_and_exports_csl_json(tmp_path):
    folder = _mixed_folder(tmp_path)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 cut")  # no %%EOF
    lib = tmp_path / "lib.sqlite"
    proc = run_cli("import", folder, "--library", lib)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 5
    assert (
        f"error {folder / 'broken.pdf'}: truncated or damaged PDF (no end-of-file marker)" in lines
    )
    assert sorted(line.split()[1] for line in lines if line.startswith("ok ")) == [
        "a.docx", "b.pdf", "c.html", "d.md"
    ]  # fmt: skip
    assert "Traceback" not in proc.stderr

    proc = run_cli("sources", "--library", lib, "--csl-json")
    assert proc.returncode == 0
    items = json.loads(proc.stdout)
    db_titles = [
        r[0] for r in sqlite3.connect(lib).execute("SELECT title FROM sources ORDER BY id")
    ]
    assert [i.get("title", "") for i in items] == db_titles
    assert all(i["type"] == "article-newspaper" for i in items)
