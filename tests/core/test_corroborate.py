"""Corroboration on passages written for each case: quote variants, claims in
other words, conflicts and non-conflicts, derived sources, resolutions."""

from __future__ import annotations

import sqlite3

import pytest

from app.core import corroborate
from app.core.corroborate.claims import claim_values
from app.core.extract.sentences import sentence_spans
from app.core.store import Library, SearchFilter
from tests.core.corroborate_helpers import add


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "lib.sqlite")
    yield lib
    lib.close()


# -- quotes -------------------------------------------------------------------


def test_quote_with_other_marks_and_punctuation_is_one_group(library):
    a = add(
        library,
        'He said: "We aren\'t going anywhere, ever."',
        quotes=["We aren't going anywhere, ever."],
    )
    b = add(
        library,
        "“We aren’t going anywhere — ever,” he said.",
        quotes=["We aren’t going anywhere — ever,"],
    )
    [cluster] = library.clusters()
    assert cluster.kind == "quote"
    assert {library.item(i).source_id for i in cluster.item_ids} == {a, b}
    assert (cluster.source_count, cluster.independent_count) == (2, 2)


def test_a_quote_repeated_many_times_groups_with_its_excerpts_and_longer_forms(library):
    """Repeats link to the first of their wording; groups stay what all-pairs gives."""
    statement = "We will not cooperate with federal agents in any way at all."
    repeats = [f"Story {n}. The mayor said \u201c{statement}\u201d" for n in range(300)]
    for text in repeats[:150]:
        add(library, text, quotes=[statement])
    longer = f"“{statement} Not now, not ever,” the mayor said."
    add(library, longer, quotes=[f"{statement} Not now, not ever,"])
    for text in repeats[150:]:
        add(library, text, quotes=[statement])
    excerpt = "She said they would “not cooperate with federal agents in any way” again."
    add(library, excerpt, quotes=["not cooperate with federal agents in any way"])
    [cluster] = library.clusters()
    assert len(cluster.item_ids) == 302
    assert cluster.source_count == 302
    corroborate.regroup(library)
    [again] = library.clusters()
    assert sorted(again.item_ids) == sorted(cluster.item_ids)


def test_excerpt_and_split_quote_join_the_whole_statement(library):
    whole = "We will protect every family in this city. Nobody will be left behind on our watch."
    add(library, f'"{whole}" the mayor said.', quotes=[whole])
    add(
        library,
        'She promised "nobody will be left behind" again.',
        quotes=["nobody will be left behind"],
    )
    add(
        library,
        '"We will protect every family in this city," she said. "Nobody will be left behind on our watch."',
        quotes=[
            "We will protect every family in this city,",
            "Nobody will be left behind on our watch.",
        ],
    )
    [cluster] = library.clusters()
    assert len(cluster.item_ids) == 4 and cluster.source_count == 3


def test_short_common_phrase_does_not_tie_different_quotes(library):
    add(
        library,
        '"Thank you very much for coming tonight," he said.',
        quotes=["Thank you very much for coming tonight,"],
    )
    add(
        library,
        '"We are going to win this fight," she said.',
        quotes=["We are going to win this fight,"],
    )
    add(library, '"Thank you," she said.', quotes=["Thank you,"])
    assert library.clusters() == []


# -- facts ----------------------------------------------------------------------

VOTE_A = "Council members voted 13-0 on March 4 in favor of the parks ordinance."
VOTE_B = "The parks ordinance passed unanimously with a 13–0 vote."
VOTE_C = "On March 4th the council approved the parks ordinance in a unanimous vote."


def test_same_claim_in_other_words_is_one_group(library):
    for text in (VOTE_A, VOTE_B, VOTE_C):
        add(library, text, facts=[text])
    [cluster] = library.clusters()
    assert cluster.kind == "fact" and cluster.source_count == 3


def test_same_year_about_different_things_is_not_grouped(library):
    add(
        library,
        "The district adopted its first budget reform in 2017.",
        facts=["The district adopted its first budget reform in 2017."],
    )
    add(
        library,
        "The stadium opened to fans in 2017 after delays.",
        facts=["The stadium opened to fans in 2017 after delays."],
    )
    assert library.clusters() == []


def test_claim_values_are_typed_and_normalised():
    found = {
        (v.kind, v.value)
        for v in claim_values(
            "On Nov. 19 the council voted 13–0; it was invoked 3 times since 2018 and costs $2.5 million within 10 days."
        )
    }
    assert {
        ("date", "11-19"),
        ("tally", "13-0"),
        ("count:time", "3"),
        ("year", "2018"),
        ("money", "$2.5m"),
        ("count:day", "10"),
    } <= found


# -- conflicts ------------------------------------------------------------------


def test_differing_year_for_the_same_thing_is_a_conflict(library):
    a = "Velmora has had its bottle deposit law since 1971, state officials said."
    b = "Velmora passed its bottle deposit law in 1975, state officials said."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    assert conflict.kind == "year"
    assert sorted(conflict.values) == ["1971", "1975"]
    assert {library.item(i).text for i in conflict.item_ids} == {a, b}
    assert library.unresolved_conflict_item_ids() == set(conflict.item_ids)


def test_differing_tally_of_the_same_vote_is_a_conflict(library):
    a = "The Orlen school board approved the new calendar in a 5-2 vote."
    b = "The new calendar was approved by the Orlen school board 4-3 after a long debate."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    assert conflict.kind == "tally" and sorted(conflict.values) == ["4-3", "5-2"]


def test_different_events_on_different_days_are_not_a_conflict(library):
    a = "The mayor said in a Nov. 12 statement that the measure was urgent."
    b = "Council members voted 13-0 on Nov. 19 to adopt the measure."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_same_wording_about_different_bodies_is_not_a_conflict(library):
    a = "The Tarnwick Police Bureau has barred officers from asking about immigration status since 1990."
    b = "Governor Quillan signed a law in 2017 barring police from asking about immigration status."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_a_claim_stating_both_values_is_not_in_conflict(library):
    a = "The library tax was first approved in 2012 and renewed in 2016 by voters."
    b = "Voters approved the library tax in 2012."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    assert library.conflicts() == []


def test_resolution_survives_regrouping_and_new_sources(library):
    a = "Velmora has had its bottle deposit law since 1971, state officials said."
    b = "Velmora passed its bottle deposit law in 1975, state officials said."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    library.resolve_conflict(conflict.id, "1971", "Checked the statute book.")
    assert library.unresolved_conflict_item_ids() == set()

    corroborate.regroup(library)
    c = "Velmora lawmakers created the bottle deposit law in 1971, state officials said."
    add(library, c, facts=[c])
    [again] = library.conflicts()
    assert (again.resolution, again.note) == ("1971", "Checked the statute book.")
    assert len(again.item_ids) == 3
    assert library.unresolved_conflict_item_ids() == set()


def test_a_changed_decision_survives_a_rebuild_of_its_conflict(library):
    a = "Velmora has had its bottle deposit law since 1971, state officials said."
    b = "Velmora passed its bottle deposit law in 1975, state officials said."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    library.resolve_conflict(conflict.id, "1971", "First reading.")
    library.resolve_conflict(conflict.id, "1975", "The statute says 1975.")
    c = "Velmora lawmakers created the bottle deposit law in 1971, state officials said."
    add(library, c, facts=[c])  # the conflict gains a claim and is rebuilt
    [again] = library.conflicts()
    assert len(again.item_ids) == 3
    assert (again.resolution, again.note) == ("1975", "The statute says 1975.")
    assert library.db.execute("SELECT count(*) FROM conflict_resolutions").fetchone() == (1,)


def test_a_new_value_reopens_a_resolved_conflict(library):
    a = "Velmora has had its bottle deposit law since 1971, state officials said."
    b = "Velmora passed its bottle deposit law in 1975, state officials said."
    add(library, a, facts=[a])
    add(library, b, facts=[b])
    [conflict] = library.conflicts()
    library.resolve_conflict(conflict.id, "1971")
    c = "Velmora's bottle deposit law dates from 1969, state officials say."
    add(library, c, facts=[c])
    [again] = library.conflicts()
    assert again.resolution == "" and "1969" in again.values
    assert library.unresolved_conflict_item_ids() == set(again.item_ids)


def _conflict_rows(library: Library) -> dict[int, tuple]:
    """{conflict id: (kind, subject, claims with values, choice, note)} as stored."""
    return {
        c.id: (
            c.kind,
            c.subject,
            list(zip(c.item_ids, c.values, strict=True)),
            c.resolution,
            c.note,
        )
        for c in library.conflicts()
    }


def test_an_import_rebuilds_only_the_conflicts_it_touches(tmp_path):
    path = tmp_path / "lib.sqlite"
    library = Library(path)
    bottle_a = "Velmora has had its bottle deposit law since 1971, state officials said."
    bottle_b = "Velmora passed its bottle deposit law in 1975, state officials said."
    vote_a = "The Orlen school board approved the new calendar in a 5-2 vote."
    vote_b = "The new calendar was approved by the Orlen school board 4-3 after a long debate."
    for text in (bottle_a, vote_a, bottle_b, vote_b):
        add(library, text, facts=[text])
    [bottle] = [c for c in library.conflicts() if c.kind == "year"]
    [vote] = [c for c in library.conflicts() if c.kind == "tally"]
    library.resolve_conflict(bottle.id, "1971", "Checked the statute book.")
    before = _conflict_rows(library)
    assert before[vote.id][1]  # the tally conflict says what it is about
    library.close()

    # A new session (the index and conflicts are read back from the file).
    library = Library(path)
    other = "The city library opened a new branch on Main Street in 2003."
    add(library, other, facts=[other])
    assert _conflict_rows(library) == before
    same_value = "Velmora lawmakers created the bottle deposit law in 1971, state officials said."
    add(library, same_value, facts=[same_value])
    after = _conflict_rows(library)
    assert after[vote.id] == before[vote.id]  # same id, subject, claims
    [grown] = [row for cid, row in after.items() if cid != vote.id]
    assert grown[3:] == ("1971", "Checked the statute book.") and len(grown[2]) == 3
    library.close()

    library = Library(path)
    third = "Velmora's bottle deposit law dates from 1969, state officials say."
    add(library, third, facts=[third])
    rows = _conflict_rows(library)
    assert rows[vote.id] == before[vote.id]
    [reopened] = [c for c in library.conflicts() if c.id != vote.id]
    assert reopened.resolution == "" and sorted(set(reopened.values)) == ["1969", "1971", "1975"]
    assert library.unresolved_conflict_item_ids() == set(reopened.item_ids) | set(vote.item_ids)
    # A full regroup finds the same conflicts.
    corroborate.regroup(library)
    assert sorted(rows.values()) == sorted(_conflict_rows(library).values())
    library.close()


# -- derived sources and counts -------------------------------------------------

ORIGINAL = (
    "The county board voted 4-1 on Tuesday to close the Elm Street shelter by June 30. "
    "Supervisor Ana Ruiz said the building failed its fire inspection in 2022. "
    '"We cannot keep people in a building that may burn," Ruiz said. '
    "The shelter houses 120 people each night, according to county records. "
    '"This is a sad day for the neighborhood," said resident Tom Varrick.'
)
REWRITE = (
    "In a 4-1 vote on Tuesday, the county board decided to close the Elm Street shelter by June 30. "
    "The building failed its fire inspection in 2022, Supervisor Ana Ruiz said. "
    '"We cannot keep people in a building that may burn," she said. '
    "According to county records, the shelter houses 120 people each night. "
    '"This is a sad day for the neighborhood," resident Tom Varrick said.'
)
OTHER = (
    "Residents protested outside the Elm Street shelter hearing on Tuesday. "
    "The county board voted 4-1 to close the shelter, which opened in 1998. "
    '"We cannot keep people in a building that may burn," Ruiz told the crowd.'
)


def _sentences_and_quotes(text: str) -> tuple[list[str], list[str]]:
    """The quotes (between straight quote marks) and the other sentences of `text`."""
    marks = [n for n, ch in enumerate(text) if ch == '"']
    spans = list(zip(marks[::2], marks[1::2], strict=True))
    quotes = [text[a + 1 : b] for a, b in spans]
    facts = [
        text[a:b] for a, b in sentence_spans(text) if not any(qa < b and a < qb for qa, qb in spans)
    ]
    return quotes, facts


def test_rewrite_is_marked_derived_and_counted_once(library):
    ids = []
    for text, date in ((ORIGINAL, "2024-05-01"), (REWRITE, "2024-05-02"), (OTHER, "2024-05-02")):
        quotes, facts = _sentences_and_quotes(text)
        ids.append(add(library, text, quotes=quotes, facts=facts, date=date))
    original, rewrite, other = ids
    assert library.source(rewrite).derived_from == original
    assert library.source(other).derived_from is None
    burn = next(c for c in library.clusters("quote") if c.source_count == 3)
    assert (burn.source_count, burn.independent_count) == (3, 2)
    counts = library.corroboration_counts(burn.item_ids)
    assert set(counts.values()) == {(3, 2)}


def test_copies_marked_in_a_ring_count_as_one_witness(library):
    """Which of two copies is the original is read from their dates, or
    without both dates from the order of import; with a source undated, three
    copies can each be marked derived from the next, round in a ring. They
    are still one witness, not three."""
    ids = []
    for n, date in enumerate(("2024-05-02", "", "2024-05-01")):
        text = f"{ORIGINAL} Filed as copy {n}."
        quotes, facts = _sentences_and_quotes(text)
        ids.append(add(library, text, quotes=quotes, facts=facts[:-1], date=date))
    corroborate.regroup(library)
    marks = {sid: library.source(sid).derived_from for sid in ids}
    assert set(marks.values()) == set(ids)  # each derived from another: a ring
    roots = library.source_roots()
    assert len({roots[sid] for sid in ids}) == 1
    carried = [c for c in library.clusters() if c.source_count == 3]
    assert carried and {c.independent_count for c in carried} == {1}
    counts = library.corroboration_counts(carried[0].item_ids)
    assert set(counts.values()) == {(3, 1)}


def test_user_mark_wins_over_detection(library):
    ids = []
    for text in (ORIGINAL, REWRITE):
        quotes, facts = _sentences_and_quotes(text)
        ids.append(add(library, text, quotes=quotes, facts=facts))
    library.set_derived(ids[1], None, by_user=True)
    corroborate.regroup(library)
    assert library.source(ids[1]).derived_from is None
    assert all(c.independent_count == c.source_count for c in library.clusters())


def test_corroborated_and_single_filters(library):
    for text in (VOTE_A, VOTE_B):
        add(library, text, facts=[text])
    lone = "The parks department hired 40 seasonal workers this summer."
    add(library, lone, facts=[lone])
    corroborated = {i.text for i in library.search(SearchFilter(corroboration="corroborated"))}
    single = {i.text for i in library.search(SearchFilter(corroboration="single"))}
    assert corroborated == {VOTE_A, VOTE_B}
    assert single == {lone}


# -- incremental = from scratch -------------------------------------------------


def test_incremental_grouping_matches_regrouping(library, tmp_path):
    for text in (ORIGINAL, REWRITE, OTHER, VOTE_A, VOTE_B, VOTE_C):
        quotes, facts = _sentences_and_quotes(text)
        add(library, text, quotes=quotes, facts=facts or [text])

    def snapshot():
        groups = sorted(sorted(c.item_ids) for c in library.clusters(min_sources=1))
        conflicts = sorted(sorted(c.item_ids) for c in library.conflicts())
        return groups, conflicts

    incremental = snapshot()
    corroborate.regroup(library)
    assert snapshot() == incremental
    # A new session (no index in memory) picks up where the stored groups left off.
    corroborate.forget(library)
    extra = "The county board voted 4-1 on Tuesday to shut the Elm Street shelter."
    add(library, extra, facts=[extra])
    rows = sqlite3.connect(tmp_path / "lib.sqlite").execute(
        "SELECT count(*) FROM cluster_members m JOIN items i ON i.id = m.item_id WHERE i.text = ?",
        (extra,),
    )
    assert rows.fetchone()[0] == 1


def test_deleting_a_source_regroups(library):
    a = add(library, VOTE_A, facts=[VOTE_A])
    add(library, VOTE_B, facts=[VOTE_B])
    assert len(library.clusters()) == 1
    library.delete_source(a)
    corroborate.update(library)
    assert library.clusters() == []


def test_a_new_session_reads_the_stored_index_and_groups_as_regrouping_does(tmp_path, monkeypatch):
    from app.core.corroborate import index_store

    path = tmp_path / "lib.sqlite"
    lib = Library(path)
    for text in (ORIGINAL, OTHER, VOTE_A):
        quotes, facts = _sentences_and_quotes(text)
        add(lib, text, quotes=quotes, facts=facts or [text])
    lib.close()
    stored = sqlite3.connect(path).execute("SELECT count(*) FROM group_index").fetchone()[0]
    assert stored > 1  # the buckets and the meta row

    opened = []
    real = index_store.open_stored
    monkeypatch.setattr(
        index_store, "open_stored", lambda *a: opened.append(real(*a)) or opened[-1]
    )
    for text in (REWRITE, VOTE_B, VOTE_C):  # each in a new session, as `main.py import` does
        lib = Library(path)
        quotes, facts = _sentences_and_quotes(text)
        add(lib, text, quotes=quotes, facts=facts or [text])
        corroborate.forget(lib)
        lib.close()
    assert len(opened) == 3 and all(index is not None for index in opened)

    lib = Library(path)

    def snapshot():
        groups = sorted(sorted(c.item_ids) for c in lib.clusters(min_sources=1))
        conflicts = sorted(sorted(c.item_ids) for c in lib.conflicts())
        derived = lib.derived_marks()
        return groups, conflicts, derived

    incremental = snapshot()
    assert incremental[0] and incremental[2]  # groups, and the rewrite marked derived
    corroborate.regroup(lib)
    assert snapshot() == incremental
    lib.close()
