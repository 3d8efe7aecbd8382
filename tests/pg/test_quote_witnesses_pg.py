"""A team library counts witnesses and names a quote's differing speakers
as a library file does (tests/core/test_corroborate_outlet_witness.py,
test_corroborate_quote_speakers.py)."""

from __future__ import annotations

from dataclasses import replace

from app.core import corroborate
from app.core.corroborate.quote_speakers import disputed
from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary

WORDS = "The quarry road closes to lorries from the first of May"


def _add(library, outlet: str, who: str, lead: str) -> int:
    text = f'{lead} "{WORDS}," said {who}.'
    start = text.index(WORDS)
    items = [NewItem("quote", start, start + len(WORDS), speaker=who)]
    sid = library.add_source(text, SourceMeta(title=f"{who} {outlet}", outlet=outlet), items=items)
    corroborate.update(library, sid)
    return sid


def test_witnesses_and_differing_speakers_on_a_team_library(team_url):
    with PgLibrary(team_url) as library:
        _add(library, "The Vell Courier", "Ana Ruiz", "Council meets.")
        follow_up = _add(library, "the vell courier", "Ana Ruiz", "Quarry news.")
        _add(library, "Harbour Radio", "Ivo Brask", "Road works.")
        (group,) = library.clusters()
        assert (group.source_count, group.independent_count) == (3, 2)
        (described,) = corroborate.describe_clusters(library, kind="quote")
        assert described["why"]["speakers"] == ["Ana Ruiz (2 sources)", "Ivo Brask (1 source)"]
        ids = group.item_ids
        assert disputed(library, library.corroboration_counts(ids)) == frozenset(ids)
        meta = library.source(follow_up).meta
        library.update_source_meta(follow_up, replace(meta, outlet="Ostmark Weekly"))
        (group,) = library.clusters()
        assert group.independent_count == 3
