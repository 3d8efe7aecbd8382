"""A date typed in after import finds a source's facts again, and some are
no longer offered ("meets on Tuesday" is undated once the source's date says
the Tuesday is past). One the open memo cites is the user's: it stays,
cited in the source's own words. And undoing the date puts every fact
back under its own id (the memo's blocks cite items by id); redo likewise."""

from __future__ import annotations

import pytest

from app.core import library_edits as edits
from app.core.brief import Block, Brief, Header, Section
from app.core.export import changed_citations
from app.core.importer import import_file
from app.core.model import SourceMeta

ARTICLE = (
    "Rates set this week\n\n"
    "The Vesk council meets on Tuesday to set rates.\n\n"
    "The Quillon port board approved a new dock on Monday.\n\n"
    "The Quillon port board has 40 employees.\n"
)
MEETS = ARTICLE.index("The Vesk"), ARTICLE.index("rates.") + len("rates.")
STAFF = ARTICLE.index("The Quillon port board has"), len(ARTICLE) - 1
FRIDAY = "2024-11-08"  # the Tuesday is past: "meets on Tuesday" says no day


def _facts(library, source_id):
    return {(i.start, i.end): (i.id, i.cited) for i in library.items_of_source(source_id, "fact")}


def import_rates(library, tmp_path) -> int:
    """The article as a source: its id."""
    path = tmp_path / "rates.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    outcome = import_file(library, path)
    assert outcome.ok, outcome.line()
    facts = _facts(library, outcome.source_id)
    assert MEETS in facts and STAFF not in facts  # a standing is offered only dated
    return outcome.source_id


@pytest.fixture
def source(any_library, tmp_path):
    return import_rates(any_library, tmp_path)


def test_a_date_drops_a_fact_and_undo_and_redo_keep_every_id(any_library, source):
    before = _facts(any_library, source)

    edit = edits.update_source_meta(any_library, source, SourceMeta(date=FRIDAY))
    after = _facts(any_library, source)
    assert MEETS not in after and STAFF in after
    assert edit.gone == 1

    redo = edit.revert(any_library)
    assert _facts(any_library, source) == before  # same ids, same cited forms
    again = redo.revert(any_library)
    assert _facts(any_library, source) == after  # the dated standing under its id
    assert again.gone == 1
    again.revert(any_library)
    assert _facts(any_library, source) == before


def test_a_fact_the_open_memo_cites_stays_when_a_date_drops_it(any_library, source):
    meets_id = _facts(any_library, source)[MEETS][0]
    block = Block.from_item(any_library.item(meets_id), any_library.source(source))
    brief = Brief(Header(subject="Rates"), [Section("Council", [block])])
    assert changed_citations(brief, any_library) == {}

    edit = edits.update_source_meta(any_library, source, SourceMeta(date=FRIDAY), cited=[meets_id])

    assert _facts(any_library, source)[MEETS] == (meets_id, None)  # the source's words
    assert edit.gone == 0
    assert changed_citations(brief, any_library) == {}  # not "no longer offered"
    edit.revert(any_library)
    assert _facts(any_library, source)[MEETS] == (meets_id, None)
