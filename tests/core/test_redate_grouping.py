"""A source given another date brings only what its facts reach up to date,
and ends where a regroup of the whole library would: the same groups,
conflicts and derived marks, on both backends, on the seeds and on real
news, and again after the edit is undone."""

from __future__ import annotations

import json
import re

import pytest

from app.core import corroborate
from app.core import library_edits as edits
from app.core.corroborate import redating
from app.core.fact_refresh import store_source_meta
from app.core.importer import add_bundled_sources, import_file
from app.core.model import SourceMeta
from app.core.store import Library
from tests.conftest import shared_path
from tests.core.test_corroborate_seeds import _ensure_facts


def grouping(library) -> tuple:
    """What grouping stored: each group's items, each conflict's kind,
    subject and claims with their values, and each derived mark. Items (and
    figure claims) are named by (source, start, end): an undo finds a fact deleted by the edit
    again under a new id."""
    span = {
        r[0]: tuple(r[1:])
        for r in library.db.execute('SELECT id, source_id, start, "end" FROM items')
    }
    # A figure claim (a conflict's side, its id negated) by its span too.
    for r in library.db.execute('SELECT id, source_id, start, "end" FROM figure_claims'):
        span[-r[0]] = (*r[1:], "claim")
    groups = sorted(sorted(span[i] for i in c.item_ids) for c in library.clusters(min_sources=1))
    conflicts = sorted(
        (c.kind, c.subject, sorted(zip([span[i] for i in c.item_ids], c.values, strict=True)))
        for c in library.conflicts()
    )
    # A mark back to "independent" stays as a row: the same as none.
    derived = sorted(m for m in library.derived_marks() if m[1] is not None or m[3])
    return groups, conflicts, derived


@pytest.fixture
def incremental(monkeypatch):
    """The summaries of the date changes' grouping runs (each must be an
    update, not a regroup in disguise)."""
    runs = []
    real = redating.update_redated

    def spy(library, changed):
        runs.append(real(library, changed))
        return runs[-1]

    monkeypatch.setattr(redating, "update_redated", spy)
    return runs


def redate_and_compare(library, source_id: int, date: str, runs: list) -> tuple:
    """Give the source `date` by the edit the Sources view makes, check the
    groups against a regroup, undo, check again; the grouping after the edit."""
    meta = library.source(source_id).meta
    before = grouping(library)
    edit = edits.update_source_meta(library, source_id, SourceMeta(**{**vars(meta), "date": date}))
    assert runs and not runs[-1].rebuilt  # the update, not a regroup
    after = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == after
    n = len(runs)
    edit.revert(library)
    assert len(runs) == n + 1 and not runs[-1].rebuilt
    assert grouping(library) == before
    corroborate.regroup(library)
    assert grouping(library) == before
    return after


# -- the seeds ------------------------------------------------------------------


@pytest.fixture
def seeds(tmp_path):
    library = Library(tmp_path / "library.sqlite")
    add_bundled_sources(library)
    _ensure_facts(library)
    yield library
    library.close()


def _by_file(library) -> dict[str, int]:
    return {name[:3]: sid for sid, name, _meta, _n in library.sources()}


def test_seeds_a_rewrite_dated_before_its_original_becomes_the_original(seeds, incremental):
    ids = _by_file(seeds)
    groups, found, derived = grouping(seeds)
    assert (ids["003"], ids["000"]) in {(s, o) for s, o, *_ in derived}
    assert found  # the 2014 / 2017 conflict
    assert not seeds.source(ids["000"]).meta.date  # undated: the one added first is the original

    redate_and_compare(seeds, ids["000"], "2017-03-01", incremental)
    edits.update_source_meta(seeds, ids["000"], SourceMeta(date="2017-03-01"))
    after = redate_and_compare(seeds, ids["003"], "2001-01-02", incremental)

    marks = {(s, o) for s, o, *_ in after[2]}
    assert (ids["000"], ids["003"]) in marks and (ids["003"], ids["000"]) not in marks
    assert after[1] == found  # the conflict does not depend on the date here


@pytest.mark.parametrize("source", ["000", "001", "002", "004"])
def test_seeds_each_source_dated_and_undated_again(seeds, incremental, source):
    sid = _by_file(seeds)[source]
    redate_and_compare(seeds, sid, "2017-03-01", incremental)
    edits.update_source_meta(seeds, sid, SourceMeta(date="2017-03-01"))
    redate_and_compare(seeds, sid, "", incremental)
    redate_and_compare(seeds, sid, "1999-06-30", incremental)


# -- real news ----------------------------------------------------------------------

STORY_DAYS = ("2016-02-17", "2016-03-10", "2016-03-15")  # tuning part: before 2016-07-01


@pytest.fixture
def realnews(tmp_path):
    """The tuning part's articles of three busy days, dated, and a copy of
    one of the reports with one figure changed (a planted disagreement;
    written to the test's folder only)."""
    rows = [json.loads(line) for line in shared_path("realnews", "articles.jsonl").open()]
    picked = [r for r in rows if r["publication_date"] in STORY_DAYS]
    library = Library(tmp_path / "library.sqlite")
    for row in picked:
        outcome = import_file(library, shared_path("realnews", "articles", f"{row['id']}.txt"))
        assert outcome.ok, outcome.line()
        meta = SourceMeta(title=row["title"], outlet=row["publisher"], date=row["publication_date"])
        # Stored as the Sources view stores a date typed in (facts found again
        # with it: some sentences are facts only undated), grouped once below.
        store_source_meta(library, outcome.source_id, meta)
    corroborate.regroup(library)
    for plant in _plants(library, tmp_path):
        if library.conflicts():
            break
        library.delete_source(plant[1])  # a figure the rules do not compare: the next
    else:
        pytest.fail("no planted figure made a conflict")
    copied, planted = plant
    corroborate.regroup(library)
    yield library, copied, planted
    library.close()


def _plants(library, tmp_path):
    """Copies of a grouped report with one of its figures changed, one at a
    time: (the report copied, the copy's source id)."""
    for cluster in library.clusters(kind="fact"):
        item = library.item(cluster.item_ids[0])
        figure = re.search(r"\b\d{2,3}\b", item.text)
        if figure is None or "%" in item.text:
            continue
        text = library.source(item.source_id).text
        at = item.start + figure.start()
        path = tmp_path / f"planted{item.id}.txt"
        new = str(int(figure.group()) + 7)
        path.write_text(text[:at] + new + text[at + len(figure.group()) :], encoding="utf-8")
        outcome = import_file(library, path)
        assert outcome.ok, outcome.line()
        store_source_meta(library, outcome.source_id, SourceMeta(date="2016-03-16"))
        corroborate.regroup(library)
        yield item.source_id, outcome.source_id


def test_realnews_redated_reports_group_as_a_regroup_would(realnews, incremental):
    library, copied, planted = realnews
    groups, found, derived = grouping(library)
    assert len(groups) > 10 and found and any(o for _s, o, *_ in derived)
    sharing = {s for ids in groups for s, _start, _end in ids}
    assert {copied, planted} <= sharing

    for sid in (copied, planted):
        redate_and_compare(library, sid, "2015-07-01", incremental)
        redate_and_compare(library, sid, "", incremental)
    lone = min(s for s, *_ in library.sources() if s not in sharing)
    redate_and_compare(library, lone, "2016-01-01", incremental)


def test_a_csl_file_dating_two_sources_updates_once(realnews, incremental, tmp_path):
    library, copied, planted = realnews
    for sid in (copied, planted):
        library.update_source_meta(sid, SourceMeta(title=f"Report {sid}"))
    corroborate.regroup(library)
    refs = tmp_path / "refs.json"
    entries = [
        {"title": f"Report {sid}", "issued": {"date-parts": [[2014, 5, day]]}}
        for sid, day in ((copied, 3), (planted, 9))
    ]
    refs.write_text(json.dumps(entries), encoding="utf-8")

    assert import_file(library, refs).ok

    assert library.source(planted).meta.date == "2014-05-09"
    assert len(incremental) == 1 and not incremental[0].rebuilt
    after = grouping(library)
    corroborate.regroup(library)
    assert grouping(library) == after


# -- both backends ------------------------------------------------------------------

REPORT = (
    "Council closes depot\n\n"
    "The Varnel town council voted 5-2 on Tuesday to close the Ostry Street bus depot"
    " by March.\n\n"
    "The Ostry Street depot opened in 1987 and employs 42 drivers.\n"
)
RETOLD = (
    "Depot to close\n\n"
    "The Varnel town council voted 5-2 on Tuesday to close the Ostry Street bus depot.\n\n"
    "The Ostry Street depot opened in 1978 and employs 42 drivers.\n"
)


def dated_reports(library, tmp_path) -> list[int]:
    """REPORT and RETOLD imported into `library`, dated a day apart, and grouped: their ids."""
    ids = []
    for name, text, date in (("a.txt", REPORT, "2024-11-08"), ("b.txt", RETOLD, "2024-11-09")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        outcome = import_file(library, path)
        assert outcome.ok, outcome.line()
        library.update_source_meta(outcome.source_id, SourceMeta(date=date))
        ids.append(outcome.source_id)
    corroborate.regroup(library)
    return ids


def test_both_backends_group_a_redated_source_as_a_regroup_would(
    any_library, tmp_path, incremental
):
    ids = dated_reports(any_library, tmp_path)
    groups, found, _ = grouping(any_library)
    assert any(len(g) > 1 for g in groups) and found  # the vote grouped; 1987 vs 1978

    after = redate_and_compare(any_library, ids[0], "2023-02-01", incremental)
    assert after[1] == found
    redate_and_compare(any_library, ids[1], "", incremental)
