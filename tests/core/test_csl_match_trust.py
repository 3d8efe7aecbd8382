"""A CSL-JSON entry fills the details of the one source it describes, never
another article that happens to share its headline."""

from __future__ import annotations

from app.core.ingest.csl import match_source
from app.core.model import SourceMeta


def test_title_shared_by_two_sources_matches_neither():
    sources = [
        (1, SourceMeta(title="Levy passes in Quillon")),
        (2, SourceMeta(title="Levy passes in Quillon")),
    ]
    assert match_source(SourceMeta(title="Levy passes in Quillon"), sources) is None


def test_same_title_under_another_url_is_another_article():
    sources = [(1, SourceMeta(title="Levy passes", url="https://velmar.example/levy"))]
    entry = SourceMeta(title="Levy passes", url="https://brask.example/news/levy")
    assert match_source(entry, sources) is None
    # Without a URL on either side the title still tells.
    assert match_source(SourceMeta(title="Levy passes"), sources) == 1
    assert match_source(entry, [(3, SourceMeta(title="Levy passes"))]) == 3


def test_an_empty_name_part_is_no_word_of_the_name():
    from app.core.ingest.csl import meta_from_csl

    entry = {
        "title": "Levy passes",
        "author": [{"family": "Tarn", "given": None}, {"given": "Orra", "family": None}],
    }
    assert meta_from_csl(entry).author == "Tarn; Orra"
