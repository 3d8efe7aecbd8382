"""A "-" right before a phrase or a bracket leaves it out, as before a word.

`levy -"harbour levy"` found only the items holding "harbour levy": the "-"
was lexed alone (no word, so dropped) and the phrase after it searched
for, the very opposite of what was asked, on both kinds of library."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.search_query import All, Any, Query, Term, parse
from app.core.store import SearchFilter

TEXTS = (
    "Velmar said the harbour levy passed.",
    "The levy on the dock of Quillon passed.",
    "Brask said the levy at the pier failed.",
)


def test_a_dash_before_a_phrase_or_a_bracket_leaves_it_out():
    assert parse('levy -"harbour levy"') == Query(All((Term("levy"),), (Term("harbour levy"),)))
    assert parse("levy -(dock OR pier)") == Query(
        All((Term("levy"),), (Any((Term("dock"), Term("pier", True))),))
    )
    assert parse('-"harbour levy"') == Query(None, Term("harbour levy"))
    assert parse('"levy" -"dock"') == Query(All((Term("levy"),), (Term("dock"),)))
    # A "-" standing alone, or inside a word, is still no operator.
    assert parse("levy - dock") == parse("levy dock")


def test_the_left_out_phrase_is_left_out_on_both_kinds_of_library(any_library):
    for n, text in enumerate(TEXTS):
        any_library.add_source(
            text, SourceMeta(title=f"Vesk {n}"), items=[NewItem("fact", 0, len(text))]
        )

    def found(query: str) -> list[str]:
        return sorted(i.text for i in any_library.search(SearchFilter(query=query, kind="fact")))

    assert found('levy -"harbour levy"') == sorted(TEXTS[1:])
    assert found('-"harbour levy"') == sorted(TEXTS[1:])
    assert found("levy -(dock OR pier)") == [TEXTS[0]]
    assert any_library.count(SearchFilter(query="levy -(dock OR pier)", kind="fact")) == 1
