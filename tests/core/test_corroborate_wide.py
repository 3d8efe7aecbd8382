"""Figure claims (issue #10): a sentence stating a figure that is not
offered as a fact is stored as a figure claim and takes part in conflicts
only (corroborate/wide.py), on both backends. Invented passages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import wide
from app.core.importer import add_document
from app.core.ingest import Document
from app.core.model import NewItem, SourceMeta
from app.core.schema import SCHEMA_VERSION
from app.core.store import Library
from app.core.store_search import SearchFilter
from tests.core.older_schemas import file_before_figure_claims

ROOT = Path(__file__).resolve().parents[2]
OPENING = "The Velmar Guild voted on Tuesday to open a second hall in Quillby.\n\n"
# Offered as a fact: its subject is named.
FACT = (
    OPENING + "The Velmar Guild raised $4 million for the Quillby hall in 2015,"
    " according to its filings.\n"
)
# Not offered ("It" points back): a figure claim, its subject named in brackets.
CLAIM = OPENING + "It raised $6 million for the Quillby hall in 2015, its treasurer said.\n"
# Not offered, and its subject not resolved: a figure claim as written.
LOOSE = (
    "Members of the Velmar Guild met on Monday in Quillby.\n\n"
    "It raised $9 million for the Quillby hall in 2015, a spokesman said.\n"
)


def _import(library, text: str, n: int) -> int:
    meta = SourceMeta(title=f"Report {n}", date=f"2016-03-0{n}")
    outcome = add_document(library, Document(text=text, meta=meta), f"r{n}.txt")
    assert outcome.ok, outcome.line()
    return outcome.source_id


def _sides(library) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each conflict's values and its sides' kinds with the start of their words."""
    out = []
    for c in corroborate.describe_conflicts(library):
        sides = sorted((s["kind"], s["value"]) for s in c["claims"])
        out.append((c["kind"], sides))
    return sorted(out)


def test_a_claim_against_a_fact_and_a_claim_against_a_claim(any_library):
    _import(any_library, FACT, 1)
    second = _import(any_library, CLAIM, 2)
    assert _sides(any_library) == [("money", [("claim", "$6m"), ("fact", "$4m")])]
    _import(any_library, LOOSE, 3)
    # Three reports of one sum, each giving another: one conflict of three
    # sides, not three of two.
    assert _sides(any_library) == [("money", [("claim", "$6m"), ("claim", "$9m"), ("fact", "$4m")])]
    # The claim is stored with its span and its cited form.
    [(cid, sid, start, end, cited, _date)] = [
        r for r in any_library.figure_claim_rows() if r[1] == second
    ]
    text = any_library.source_text(sid)
    assert text[start:end].startswith("It raised $6 million")
    assert cited.startswith("[The Velmar Guild] raised $6 million")
    item = any_library.item(-cid)
    assert (item.kind, item.source_id, item.start, item.end) == ("claim", sid, start, end)


def test_a_claim_is_never_offered_as_a_fact_nor_grouped(any_library):
    _import(any_library, FACT, 1)
    second = _import(any_library, CLAIM, 2)
    assert any_library.count_figure_claims() == 1
    # No item of the second source states the figure: not in the list, the
    # facts, the search, the groups.
    items = any_library.search(SearchFilter(source_id=second))
    assert not any("$6 million" in i.text for i in items)
    assert not any_library.search(SearchFilter(query="treasurer"))
    assert all(i > 0 for c in any_library.clusters(min_sources=1) for i in c.item_ids)
    [fact] = [i for i in any_library.search(SearchFilter(kind="fact")) if "$4" in i.text]
    assert any_library.corroboration_counts([fact.id])[fact.id] == (1, 1)


def test_a_near_miss_raises_no_conflict(any_library):
    _import(any_library, FACT, 1)
    other_year = (
        OPENING + "It raised $6 million for the Quillby hall in 2019, its treasurer said.\n"
    )
    other_thing = (
        OPENING + "It raised $6 million for a new Orlen clinic in 2015, its treasurer said.\n"
    )
    _import(any_library, other_year, 2)
    _import(any_library, other_thing, 3)
    assert any_library.count_figure_claims() == 2
    assert any_library.conflicts() == []


def test_a_claims_conflict_is_resolved_and_kept_through_a_regroup(any_library):
    _import(any_library, FACT, 1)
    _import(any_library, CLAIM, 2)
    [conflict] = any_library.conflicts()
    assert any(i < 0 for i in conflict.item_ids)
    any_library.resolve_conflict(conflict.id, "$4m", "the filings hold")
    corroborate.regroup(any_library)
    [again] = any_library.conflicts()
    assert again.resolution == "$4m" and again.note == "the filings hold"
    assert any_library.unresolved_conflict_item_ids() == set()


def test_delete_source_and_its_undo_take_the_claims_with_them(any_library):
    _import(any_library, FACT, 1)
    second = _import(any_library, CLAIM, 2)
    before = _sides(any_library)
    undo = edits.delete_source(any_library, second)
    assert any_library.count_figure_claims() == 0 and any_library.conflicts() == []
    undo.revert(any_library)
    assert any_library.count_figure_claims() == 1
    assert _sides(any_library) == before


def test_a_new_date_finds_the_claims_again(any_library):
    _import(any_library, FACT, 1)
    second = _import(any_library, CLAIM, 2)
    before = _sides(any_library)
    meta = any_library.source(second).meta
    edit = edits.update_source_meta(
        any_library, second, SourceMeta(**{**vars(meta), "date": "2016-04-02"})
    )
    assert any_library.count_figure_claims() == 1 and any_library.claims_in_step()
    assert _sides(any_library) == before
    edit.revert(any_library)
    assert any_library.count_figure_claims() == 1 and _sides(any_library) == before


def test_a_library_from_before_figure_claims_opens_and_finds_them(tmp_path):
    path = tmp_path / "old.sqlite"
    with Library(path) as library:
        _import(library, FACT, 1)
        _import(library, CLAIM, 2)
    raw = sqlite3.connect(path)
    file_before_figure_claims(raw)
    raw.execute("PRAGMA user_version = 14")
    raw.commit()
    raw.close()
    with Library(path) as library:
        assert library.version == SCHEMA_VERSION
        assert library.count_figure_claims() == 0 and not library.claims_in_step()
        # Groups in step, claims not: only their conflicts are brought up.
        corroborate.ensure_current(library)
        assert library.claims_in_step() and library.count_figure_claims() == 1
        assert _sides(library) == [("money", [("claim", "$6m"), ("fact", "$4m")])]


def test_the_cli_says_each_sides_kind(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        _import(library, FACT, 1)
        _import(library, CLAIM, 2)
    run = [sys.executable, "main.py", "conflicts", "--library", str(path)]
    out = subprocess.run([*run, "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
    [conflict] = [json.loads(line) for line in out.stdout.splitlines()]
    kinds = {side["kind"]: side for side in conflict["claims"]}
    assert set(kinds) == {"fact", "claim"}
    assert kinds["claim"]["text"].startswith("[The Velmar Guild] raised $6 million")
    shown = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "(not offered as a fact)" in shown
    # Resolved from the command line as any conflict.
    subprocess.run(
        [*run, "--resolve", str(conflict["id"]), "--choice", "$4m"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with Library(path) as library:
        [resolved] = library.conflicts()
        assert resolved.resolution == "$4m"


def test_refresh_alone_gives_the_same_conflicts(tmp_path):
    with Library(tmp_path / "lib.sqlite") as library:
        _import(library, FACT, 1)
        _import(library, CLAIM, 2)
        _import(library, LOOSE, 3)
        before = _sides(library)
        with library.grouping_transaction():
            assert wide.refresh(library) == 1  # the three sums: one conflict
        assert _sides(library) == before


def test_a_claim_clipped_as_a_fact_is_a_claim_no_more(any_library):
    _import(any_library, FACT, 1)
    second = _import(any_library, CLAIM, 2)
    [(_cid, _sid, start, end, _cited, _date)] = [
        r for r in any_library.figure_claim_rows() if r[1] == second
    ]
    clip = edits.clip_item(any_library, second, NewItem("fact", start, end))
    corroborate.update(any_library)
    assert any_library.count_figure_claims() == 0
    # The sentence, a fact now, is in conflict with the other report's as a fact.
    assert _sides(any_library) == [("money", [("fact", "$4m"), ("fact", "$6m")])]
    clip.revert(any_library)  # the clip undone: a figure claim again
    corroborate.update(any_library)
    assert any_library.count_figure_claims() == 1
    assert _sides(any_library) == [("money", [("claim", "$6m"), ("fact", "$4m")])]


# A third report of the sum the claim gives, in words of its own.
AGAIN = (
    "Members of the Velmar Guild met on Thursday in Quillby.\n\n"
    "It raised $6 million for the Quillby hall in 2015, a member said.\n"
)


def _why_sides(library) -> list[list[tuple[str, int]]]:
    """Each conflict's values, each with how many sources give it."""
    return [
        [(side["value"], len(side["sources"])) for side in c["why"]["sides"]]
        for c in corroborate.describe_conflicts(library)
    ]


def test_reports_agreeing_against_one_are_one_conflict_and_keep_its_decision(any_library):
    _import(any_library, FACT, 1)
    _import(any_library, CLAIM, 2)
    [conflict] = any_library.conflicts()
    any_library.resolve_conflict(conflict.id, "$4m", "the filings hold")
    # Another report agrees with the claim: the same disagreement, now
    # with two sources on one side; the decision on it still holds.
    _import(any_library, AGAIN, 3)
    assert _why_sides(any_library) == [[("$4m", 1), ("$6m", 2)]]
    [joined] = any_library.conflicts()
    assert (joined.resolution, joined.note) == ("$4m", "the filings hold")
    assert len(joined.item_ids) == 3
    # A regroup from scratch finds the same one conflict, still decided.
    before = _sides(any_library)
    corroborate.regroup(any_library)
    assert _sides(any_library) == before
    assert [c.resolution for c in any_library.conflicts()] == ["$4m"]
    # A report giving a third sum reopens it: a new value is for the user to weigh.
    _import(any_library, LOOSE, 4)
    [wider] = any_library.conflicts()
    assert sorted(set(wider.values)) == ["$4m", "$6m", "$9m"] and not wider.resolution
    # ... with the decision made before in sight, and its note.
    assert wider.earlier == [("$4m", "the filings hold", ["$4m", "$6m"])]
    [described] = corroborate.describe_conflicts(any_library)
    assert described["earlier"] == [
        {"choice": "$4m", "note": "the filings hold", "values": ["$4m", "$6m"]}
    ]
    # Decided again, it no longer shows the earlier decision.
    any_library.resolve_conflict(wider.id, "$4m", "the filings hold; the third report is loose")
    [decided] = any_library.conflicts()
    assert decided.resolution == "$4m" and decided.earlier == []


def test_the_cli_shows_a_decision_made_before_a_new_value(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as library:
        _import(library, FACT, 1)
        _import(library, CLAIM, 2)
        [conflict] = library.conflicts()
        library.resolve_conflict(conflict.id, "$4m", "the filings hold")
        _import(library, LOOSE, 3)
    run = [sys.executable, "main.py", "conflicts", "--library", str(path)]
    shown = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "(unresolved)" in shown
    assert "    decided before, when the sources gave $4m vs $6m: $4m: the filings hold\n" in shown
