"""Two reports of one outlet are one witness: a quote or claim the same
paper printed twice, in a story and its follow-up, is not confirmed twice."""

from __future__ import annotations

from dataclasses import replace

from app.core import corroborate
from app.core.model import NewItem, SourceMeta
from app.core.store import Library

WORDS = "The quarry road closes to lorries from the first of May"


def _add(library: Library, outlet: str, lead: str) -> int:
    text = f'{lead} "{WORDS}," said Ana Ruiz.'
    start = text.index(WORDS)
    items = [NewItem("quote", start, start + len(WORDS), speaker="Ana Ruiz")]
    sid = library.add_source(text, SourceMeta(title=lead, outlet=outlet), items=items)
    corroborate.update(library, sid)
    return sid


def _counts(library: Library) -> tuple[int, int]:
    (group,) = library.clusters()
    return group.source_count, group.independent_count


def test_one_outlet_twice_counts_once_and_an_edit_of_the_outlet_counts_again(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    _add(library, "The Vell Courier", "Council meets.")
    follow_up = _add(library, "the vell  courier", "Quarry news.")
    _add(library, "Harbour Radio", "Road works.")
    assert _counts(library) == (3, 2)
    meta = library.source(follow_up).meta
    library.update_source_meta(follow_up, replace(meta, outlet="Ostmark Weekly"))
    assert _counts(library) == (3, 3)
    library.update_source_meta(follow_up, replace(meta, outlet="The Vell Courier"))
    assert _counts(library) == (3, 2)
    library.close()


def test_sources_with_no_outlet_are_each_their_own_witness(tmp_path):
    library = Library(tmp_path / "lib.sqlite")
    _add(library, "", "Council meets.")
    _add(library, "", "Quarry news.")
    assert _counts(library) == (2, 2)
    library.close()


def test_an_edit_of_an_origins_outlet_counts_again_the_groups_of_its_copies(tmp_path):
    """A copy's witness is its origin's outlet: a group holding the copy but
    not its origin is counted again when the origin's outlet changes."""
    library = Library(tmp_path / "lib.sqlite")
    origin = library.add_source(
        "Council meets. Nothing was said.",
        SourceMeta(title="Council meets.", outlet="The Vell Courier"),
    )
    copy = _add(library, "", "Quarry news.")
    _add(library, "Harbour Radio", "Road works.")
    library.set_derived(copy, origin, 0.9, by_user=True)
    assert _counts(library) == (2, 2)
    meta = library.source(origin).meta
    library.update_source_meta(origin, replace(meta, outlet="Harbour Radio"))
    assert _counts(library) == (2, 1)
    library.close()


def test_clusters_say_which_reports_count_as_one(tmp_path, capsys):
    """`clusters` (text and --json) says why a group has fewer independent
    sources than sources, and names each member's outlet and date."""
    from app.main import main

    path = tmp_path / "lib.sqlite"
    library = Library(path)
    _add(library, "Vell Courier", "Council meets.")
    _add(library, "Vell Courier", "Quarry news.")
    _add(library, "Harbour Radio", "Road works.")
    (group,) = corroborate.describe_clusters(library)
    library.close()
    assert group["independence"] == "2 reports of Vell Courier count as one witness"
    assert sorted(item["outlet"] for item in group["items"]) == [
        "Harbour Radio",
        "Vell Courier",
        "Vell Courier",
    ]
    assert main(["clusters", "--library", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 sources, 2 independent" in out
    assert "fewer independent: 2 reports of Vell Courier count as one witness" in out
    assert "(Harbour Radio)" in out
