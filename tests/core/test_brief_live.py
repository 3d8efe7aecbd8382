"""The memo in the core: editing without a window, hostile files refused in one
line, sources cited as the library has them now, conflicts inside the memo."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.core import library_edits as edits
from app.core.brief import MAX_BRIEF_BYTES, Block, Brief, BriefError, Header, Section
from app.core.brief_conflicts import block_conflicts, export_checks
from app.core.brief_sources import cited_as_now, source_news, source_states, take_current
from app.core.export import preflight
from app.core.model import NEITHER, SourceMeta
from app.core.render import render
from app.core.store import Library
from tests.conftest import ROOT


def test_a_memo_is_edited_headless_and_round_trips(tmp_path):
    brief = Brief(Header(subject="Harbour"), [Section("One"), Section("Two")])
    a, b = Block("prose", "First."), Block("prose", "Second.")
    brief.insert_block(0, 0, a)
    brief.insert_block(0, 1, b)
    brief.move_block(a.id, 1, 0)
    assert brief.set_block_text(b.id, "Second, edited.") == "Second."
    brief.move_section(1, 0)
    brief.rename_section(0, "First section")
    assert brief.set_header_field("to", "Council") == ""
    assert brief.remove_block(*brief.locate(b.id)) is b
    brief.save(tmp_path / "m.brief.json")
    again = Brief.load(tmp_path / "m.brief.json")
    assert [s.title for s in again.sections] == ["First section", "One"]
    assert [[x.text for x in s.blocks] for s in again.sections] == [["First."], []]
    assert again.header.to == "Council"


@pytest.mark.parametrize(
    "content, reason",
    [
        ("[" * 10_000 + "]" * 10_000, "nested too deeply"),
        (
            '{"format": "briefing-builder/brief", "schema_version": ' + "7" * 5000 + "}",
            "broken JSON",
        ),
        (
            '{"format": "briefing-builder/brief", "schema_version": 1, "sections": '
            + '{"a":' * 10_000
            + "1"
            + "}" * 10_000
            + "}",
            "nested too deeply",
        ),
        (  # a hand-edited id no library can hold: it could not even be looked up
            '{"format": "briefing-builder/brief", "schema_version": 1, "sections": [{"blocks":'
            ' [{"kind": "fact", "text": "x", "item_id": 1' + "0" * 30 + ', "source": {}}]}]}',
            "a number out of range",
        ),
    ],
)
def test_hostile_memos_are_refused_in_one_line(tmp_path, content, reason):
    path = tmp_path / "hostile.brief.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BriefError, match=reason) as caught:
        Brief.load(path)
    assert str(caught.value).startswith("hostile.brief.json: ")
    assert "\n" not in str(caught.value)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(path),
            "--out",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"error: {caught.value}"


def test_a_memo_hand_edited_in_an_editor_that_adds_a_byte_order_mark_opens(tmp_path):
    path = tmp_path / "m.brief.json"
    Brief(Header(subject="Quillon ferry"), [Section("One", [Block("prose", "Fares.")])]).save(path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    again = Brief.load(path)
    assert again.header.subject == "Quillon ferry"
    assert [b.text for b in again.blocks()] == ["Fares."]


def test_a_memo_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.brief.json"
    with path.open("wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_BRIEF_BYTES + 1)
    with pytest.raises(BriefError, match="too large for a memo.*limit is 10 MB"):
        Brief.load(path)


def test_lone_surrogates_are_replaced_on_the_way_in_and_said(tmp_path):
    memo = Brief(Header(subject="ok"), [Section("S", [Block("prose", "fine")])]).to_json()
    memo["header"]["subject"] = "broken \ud800 paste"
    memo["sections"][0]["blocks"][0]["text"] = "half \udc00 and \ud83d"
    path = tmp_path / "broken.brief.json"
    path.write_text(json.dumps(memo), encoding="ascii")  # \ud800 escapes, as such files hold them
    brief = Brief.load(path)
    assert brief.header.subject == "broken \ufffd paste"
    assert brief.blocks()[0].text == "half \ufffd and \ufffd"
    assert brief.notices == [
        "3 broken characters (halves of a character, left by copying from a broken page)"
        " replaced with \ufffd"
    ]
    brief.save(path)  # it saves
    brief.set_block_text(brief.blocks()[0].id, "typed \ud800 in")
    assert brief.blocks()[0].text == "typed \ufffd in"


def test_a_memo_file_repeating_an_id_opens_with_each_block_its_own(tmp_path):
    # Two memos pasted into one file, or a block's lines copied by hand: the
    # window and the undo steps find blocks by id, so a repeated id would
    # send an edit of the second block to the first.
    first = Block("prose", "The Velmar ferry runs twice a day.")
    memo = Brief(Header(subject="Ferry"), [Section("One", [first]), Section("Two")]).to_json()
    twin = dict(memo["sections"][0]["blocks"][0], text="The Quillon mill reopened.")
    memo["sections"][1]["blocks"].append(twin)
    memo["sections"][1]["id"] = memo["sections"][0]["id"]
    path = tmp_path / "merged.brief.json"
    path.write_text(json.dumps(memo), encoding="utf-8")
    brief = Brief.load(path)
    one, two = brief.blocks()
    assert one.id == first.id and two.id != one.id
    assert brief.sections[1].id != brief.sections[0].id
    brief.set_block_text(two.id, "The Quillon mill reopened in spring.")
    assert [b.text for b in brief.blocks()] == [
        "The Velmar ferry runs twice a day.",
        "The Quillon mill reopened in spring.",
    ]


# -- sources as the library has them now --------------------------------------


@pytest.fixture
def library(seeded_library):
    return seeded_library


def _memo_of(library: Library, item_ids: list[int]) -> Brief:
    blocks = []
    for item_id in item_ids:
        item = library.item(item_id)
        blocks.append(Block.from_item(item, library.source(item.source_id)))
    return Brief(Header(subject="Test"), [Section("Facts", blocks)])


def test_the_memo_cites_the_librarys_current_details(library, tmp_path):
    source_id = library.sources()[0][0]
    fact = library.items_of_source(source_id, kind="fact")[0]
    brief = _memo_of(library, [fact.id])
    assert source_states(brief, library)[brief.blocks()[0].id].changed == ()
    assert any(w.kind == "source_incomplete" for w in preflight(brief))

    meta = SourceMeta(
        title="Vote on the ordinance",
        outlet="Harbour Ledger",
        author="Ada Quill",
        date="2024-11-19",
        url="https://example.org/vote",
    )
    edits.update_source_meta(library, source_id, meta)
    states = source_states(brief, library)
    state = states[brief.blocks()[0].id]
    assert state.status == "live" and set(state.changed) == {
        "title",
        "outlet",
        "author",
        "date",
        "url",
    }
    [news] = source_news(brief, states)
    assert news.title == "Vote on the ordinance" and news.blocks == 1
    shown = cited_as_now(brief, states)
    notes = " ".join(s.text for n in render(shown).notes for s in n.spans)
    assert "Harbour Ledger" in notes and "n.d." not in notes
    assert not any(w.kind == "source_incomplete" for w in preflight(shown))
    assert brief.blocks()[0].source.outlet == ""  # the memo's copy is untouched ...
    old = take_current(brief, states)  # ... until it takes the library's
    assert brief.blocks()[0].source.outlet == "Harbour Ledger"
    assert old[brief.blocks()[0].id].outlet == ""
    assert brief.blocks()[0].text == (fact.cited or fact.text)  # the words stay the snapshot


def test_cli_export_cites_current_details(library, tmp_path):
    source_id = library.sources()[0][0]
    fact = library.items_of_source(source_id, kind="fact")[0]
    brief = _memo_of(library, [fact.id])
    brief.save(tmp_path / "m.brief.json")
    meta = SourceMeta(title="Vote on the ordinance", outlet="Harbour Ledger", date="2024-11-19")
    edits.update_source_meta(library, source_id, meta)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            str(tmp_path / "m.brief.json"),
            "--out",
            str(tmp_path / "m.docx"),
            "--library",
            str(library.path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "cited with the library's current title, outlet, date" in proc.stderr
    assert "has no date" not in proc.stderr
    from docx import Document

    doc = Document(str(tmp_path / "m.docx"))
    xml = "".join(part.blob.decode("utf-8", "ignore") for part in doc.part.package.parts)
    assert "Harbour Ledger" in xml
    # The memo file itself keeps its copy until the user takes the library's.
    assert Brief.load(tmp_path / "m.brief.json").blocks()[0].source.outlet == ""


def test_deleted_and_foreign_sources_keep_their_copy(library, tmp_path):
    sources = [sid for sid, *_ in library.sources()]
    a = library.items_of_source(sources[0], kind="fact")[0]
    b = library.items_of_source(sources[1], kind="fact")[0]
    brief = _memo_of(library, [a.id, b.id])
    brief.blocks()[1].original += " (from another library)"
    edits.delete_source(library, sources[0])
    states = source_states(brief, library)
    assert [states[x.id].status for x in brief.blocks()] == ["deleted", "elsewhere"]
    # Both said: a block whose source this library does not have is checked
    # for neither conflicts nor changed speakers.
    deleted, foreign = source_news(brief, states)
    assert deleted.status == "deleted"
    assert (foreign.status, foreign.source_id, foreign.blocks) == ("elsewhere", sources[1], 1)
    assert cited_as_now(brief, states).blocks()[0].source == brief.blocks()[0].source
    assert cited_as_now(brief, states).blocks()[1].source == brief.blocks()[1].source
    # One source, one block as this library has it and one not: both said, apart.
    same = Block.from_item(b, library.source(b.source_id))
    brief.sections[0].blocks.append(same)
    edits.update_source_meta(library, b.source_id, SourceMeta(title="Vesk ferry"))
    news = source_news(brief, source_states(brief, library))
    assert [(n.status, n.blocks) for n in news] == [("deleted", 1), ("elsewhere", 1), ("live", 1)]


# -- conflicts inside the memo -------------------------------------------------


def test_blocks_in_conflicts_and_rejected_values(library):
    conflict = next(c for c in library.conflicts() if {"2014", "2017"} <= set(c.values))
    pick = {v: i for i, v in zip(conflict.item_ids, conflict.values, strict=True)}
    brief = _memo_of(library, [pick["2014"], pick["2017"]])
    old, new = brief.blocks()
    found = block_conflicts(brief, library)
    assert {found[old.id].state, found[new.id].state} == {"open"}
    assert found[old.id].caption == "\u2260 CONFLICT: 2014 vs 2017"
    assert export_checks(brief, library)[0] == {old.item_id, new.item_id}

    edits.resolve_conflict(library, conflict.id, "2017", "Signed in 2017.")
    found = block_conflicts(brief, library)
    assert found[old.id].state == "rejected" and found[new.id].state == "holds"
    assert "you resolved that 2017 holds" in found[old.id].explanation
    conflicted, rejected = export_checks(brief, library)
    assert conflicted == frozenset() and set(rejected) == {old.item_id}
    warnings = preflight(brief, conflicted, rejected_item_ids=rejected)
    assert [(w.kind, w.block_id) for w in warnings if w.kind in ("conflict", "rejected")] == [
        ("rejected", old.id)
    ]

    # "Neither" rejects both sides, in words (not "that Neither (see note) holds").
    edits.resolve_conflict(library, conflict.id, NEITHER, "Both misdate the law.")
    found = block_conflicts(brief, library)
    assert {found[old.id].state, found[new.id].state} == {"rejected"}
    said = found[old.id].explanation
    assert said.startswith("This says 2014, but you resolved that neither value holds")
    assert said.endswith("(Both misdate the law). Change the block, or reopen the conflict.")


def test_a_number_just_out_of_range_is_named_whole(tmp_path):
    path = tmp_path / "m.brief.json"
    path.write_text(
        '{"format": "briefing-builder/brief", "schema_version": 1, "sections": [{"blocks":'
        f' [{{"kind": "fact", "text": "x", "item_id": {2**63}, "source": {{}}}}]}}]}}',
        encoding="utf-8",
    )
    with pytest.raises(BriefError) as caught:
        Brief.load(path)
    assert str(caught.value).endswith(f"a number out of range: {2**63})")  # not "...808…"


@pytest.mark.parametrize(
    "content, said",
    [
        (b"", "(broken JSON: the file is empty)"),
        (b'{"format": "briefing-builder/brief",\n  "sections": [', "cut short at line 2, column"),
        (b"\x93\x00\xfe ferry notes", "(broken JSON: not text; the file is damaged, or is another"),
        ("7" * 5000, "(broken JSON: a number too long to read)"),
    ],
    ids=["empty", "cut short", "not text", "long number"],
)
def test_a_memo_that_is_no_json_is_refused_in_words_a_user_can_act_on(tmp_path, content, said):
    """What is wrong with the file, where, not the decoder's words ("'utf-8'
    codec can't decode byte 0x93 in position 0: invalid start byte")."""
    path = tmp_path / "notes.brief.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(BriefError) as caught:
        Brief.load(path)
    reason = str(caught.value)
    assert reason.startswith("notes.brief.json: not a memo file (broken JSON: ") and said in reason
    assert "codec" not in reason and "char " not in reason and "Exceeds" not in reason
