"""A fact's cited form dates its "Tuesday" from its source's date ("on
Tuesday [November 5, 2024]"). When the date is corrected after the fact went
into a memo, the library finds the fact again with the new day, but the
memo keeps the bracket it was picked with: the export warns, naming both,
instead of printing a day the source's date no longer gives."""

from __future__ import annotations

from contextlib import closing

from app import cli
from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section
from app.core.export import changed_citations, preflight
from app.core.importer import import_file
from app.core.model import SourceMeta
from app.core.store import Library

ARTICLE = (
    "Board approves road budget\n\n"
    "The Quillon County board voted 7-2 on Tuesday to approve a $4 million budget"
    " for road repairs.\n\n"
    "Velmar Tarn, the board chair, said the vote ended months of debate."
    ' "We finally have a plan," Tarn said.\n'
)
META = dict(title="Road budget", outlet="Quillon Courier", url="https://example.org/roads")


def _memo(tmp_path):
    """A library with the article dated Friday 8 November 2024, and a saved
    memo citing its dated fact and its quote."""
    path = tmp_path / "library.sqlite"
    (tmp_path / "budget.txt").write_text(ARTICLE, encoding="utf-8")
    with closing(Library(path)) as library:
        sid = import_file(library, tmp_path / "budget.txt").source_id
        edits.update_source_meta(library, sid, SourceMeta(date="2024-11-08", **META))
        source = library.source(sid)
        blocks = [Block.from_item(i, source) for i in library.items_of_source(sid)]
    brief = Brief(Header(subject="Roads"), [Section("Budget", blocks)])
    brief.save(tmp_path / "memo.brief.json")
    (fact,) = [b for b in blocks if b.kind == "fact"]
    assert "on Tuesday [November 5, 2024] to approve" in fact.text
    return path, sid, brief, fact


def test_the_export_warns_when_a_corrected_date_restates_a_picked_fact(tmp_path, capsys):
    path, sid, brief, fact = _memo(tmp_path)
    memo = str(tmp_path / "memo.brief.json")
    strict = ["export", memo, "--out", str(tmp_path / "m.docx"), "--library", str(path)]
    strict += ["--force", "--strict"]  # exported again over the same file, the strict flag last
    assert cli.run(strict) == 0
    with closing(Library(path)) as library:
        assert changed_citations(brief, library) == {}
        edits.update_source_meta(library, sid, SourceMeta(date="2024-11-15", **META))
        now = changed_citations(brief, library)
    assert list(now) == [fact.id]
    assert "[November 12, 2024]" in now[fact.id]
    (warning,) = [w for w in preflight(brief, facts_now=now) if w.kind == "restated"]
    assert "[November 5, 2024]" in warning.message and "[November 12, 2024]" in warning.message
    assert warning.block_id == fact.id

    capsys.readouterr()
    assert cli.run(strict[:-1]) == 0
    err = capsys.readouterr().err
    assert "Fact restated" in err and "[November 12, 2024]" in err
    assert cli.run(strict) == 1


def test_the_users_own_edits_and_brackets_the_library_still_gives_are_no_warning(tmp_path):
    path, sid, brief, fact = _memo(tmp_path)
    brief.set_block_text(fact.id, fact.text.replace("approve", "pass"))
    with closing(Library(path)) as library:
        assert changed_citations(brief, library) == {}
        # The same day again: the bracket stands.
        edits.update_source_meta(library, sid, SourceMeta(date="2024-11-08T10:00", **META))
        assert changed_citations(brief, library) == {}


def test_a_fact_the_library_no_longer_offers_is_warned_about(tmp_path):
    path, sid, brief, fact = _memo(tmp_path)
    with closing(Library(path)) as library:
        library.refresh_facts(sid, [])  # found again, it is offered no more
        now = changed_citations(brief, library)
    assert now == {fact.id: ""}
    (warning,) = [w for w in preflight(brief, facts_now=now) if w.kind == "restated"]
    assert "no longer offers it" in warning.message
