"""A fact's cited form through the library file and the `facts` command."""

from __future__ import annotations

import json
import sqlite3

from app.core.importer import import_file
from app.core.schema import MIGRATIONS
from app.core.store import Library
from tests.conftest import library_file_at
from tests.core.test_cli import run

STORY = (
    "Orla Brennick won the Quillon County primary on May 3.\n"
    "She received 5,210 votes, the Quillon County clerk reported.\n"
    "The Quillon County board voted 5-2 on Tuesday to close the Marrowfield depot.\n"
    "Clearly, the depot was a waste of $40 million.\n"
)


def test_the_cited_form_is_stored_with_the_fact_and_read_back(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    lib_path = tmp_path / "lib.sqlite"
    with Library(lib_path) as library:
        assert import_file(library, path).ok
    # Read the file itself: the column holds the bracketed form, NULL elsewhere.
    db = sqlite3.connect(lib_path)
    rows = db.execute("SELECT text, cited FROM items WHERE kind = ? ORDER BY start", ("fact",))
    assert list(rows) == [
        ("Orla Brennick won the Quillon County primary on May 3.", None),
        (
            "She received 5,210 votes, the Quillon County clerk reported.",
            "[Orla Brennick] received 5,210 votes, the Quillon County clerk reported.",
        ),
        ("The Quillon County board voted 5-2 on Tuesday to close the Marrowfield depot.", None),
    ]
    db.close()
    with Library(lib_path) as library:
        sid = library.sources()[0][0]
        items = library.items_of_source(sid, kind="fact")
        assert items[1].cited_text == (
            "[Orla Brennick] received 5,210 votes, the Quillon County clerk reported."
        )
        assert items[0].cited is None and items[0].cited_text == items[0].text


def test_a_library_from_before_the_cited_column_upgrades_in_place(tmp_path):
    lib_path = tmp_path / "old.sqlite"
    db = library_file_at(lib_path, 4)
    db.execute(
        "INSERT INTO sources (id, text, content_hash) VALUES (1, 'Brennick won 5 votes.', 'h')"
    )
    db.execute(
        "INSERT INTO items (source_id, kind, start, \"end\", text) VALUES (1, 'fact', 0, 16, ?)",
        ("Brennick won 5 votes.",),
    )
    db.commit()
    db.close()
    with Library(lib_path) as library:
        assert library.version == len(MIGRATIONS)
        item = library.items_of_source(1, kind="fact")[0]
        assert (item.text, item.cited, item.cited_text) == (
            "Brennick won 5 votes.",
            None,
            "Brennick won 5 votes.",
        )


def test_facts_command_lists_span_text_and_cited_form(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    lib = tmp_path / "lib.sqlite"
    run("import", path, "--library", lib)
    rows = [
        json.loads(line) for line in run("facts", "--library", lib, "--json").stdout.splitlines()
    ]
    assert [set(r) for r in rows] == [{"source", "start", "end", "text", "cited"}] * 3
    for r in rows:
        assert r["source"] == "story.txt"
        assert STORY[r["start"] : r["end"]] == r["text"]
    assert (
        rows[1]["cited"]
        == "[Orla Brennick] received 5,210 votes, the Quillon County clerk reported."
    )
    assert rows[0]["cited"] == rows[0]["text"]
    plain = run("facts", "--library", lib).stdout.splitlines()
    assert len(plain) == 3
    assert plain[1].startswith(f"story.txt:{rows[1]['start']}-{rows[1]['end']}\t")
    assert plain[1].endswith(
        "=> [Orla Brennick] received 5,210 votes, the Quillon County clerk reported."
    )


def test_facts_command_refuses_a_broken_library_clearly(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not a database, just some notes\n" * 40)
    proc = run("facts", "--library", bad, check=False)
    assert proc.returncode == 1
    assert str(bad) in proc.stderr and "not a usable library" in proc.stderr
    assert bad.read_bytes().startswith(b"this is not a database")  # left as it was


def test_search_json_gives_a_facts_cited_form_as_the_facts_command_does(tmp_path):
    # Search matches the bracketed words ("Brennick" finds "She received"):
    # its JSON says what matched, as `facts --json` does.
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    lib = tmp_path / "lib.sqlite"
    run("import", path, "--library", lib)
    out = run("search", "received", "--kind", "fact", "--library", lib, "--json").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1
    assert set(rows[0]) == {
        "id", "kind", "source_id", "source", "start", "end", "text", "cited", "speaker"
    }  # fmt: skip
    assert rows[0]["text"] == "She received 5,210 votes, the Quillon County clerk reported."
    assert rows[0]["cited"] == (
        "[Orla Brennick] received 5,210 votes, the Quillon County clerk reported."
    )
    out = run("search", "Marrowfield", "--library", lib, "--json").stdout
    (plain,) = [json.loads(line) for line in out.splitlines()]
    assert plain["cited"] == plain["text"]
