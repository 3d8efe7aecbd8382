"""A typed term that is no word to a team library's tokenizer ("½": Python
counts it a digit, `bb_fold` drops it from the stored text) is left out of
its group there, as the stored text left it out. Joined with the other
terms it made the whole tsquery NULL: "5 ½ years", "served OR ½" and
"Vesk -½" found nothing at all on a team library, with no word said."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import SearchFilter

VESK = "Vesk served 5 \u00bd years in Quillon."
BRASK = "Brask served 5 years in Velmar."


@pytest.mark.parametrize(
    ("query", "must"),
    [
        ("5 \u00bd years", {VESK}),
        ("served \u00bd", {VESK}),
        ("served OR \u00bd", {VESK, BRASK}),
        ("Quillon OR \u00bd", {VESK}),
        ("served -\u00bd", {BRASK}),
    ],
)
def test_a_term_with_no_word_never_empties_the_search(any_library, query, must):
    for n, text in enumerate((VESK, BRASK)):
        any_library.add_source(
            text, SourceMeta(title=f"Roe {n}"), items=[NewItem("fact", 0, len(text))]
        )
    found = {i.text for i in any_library.search(SearchFilter(query=query, kind="fact"))}
    assert must <= found
    assert any_library.count(SearchFilter(query=query, kind="fact")) == len(found)
