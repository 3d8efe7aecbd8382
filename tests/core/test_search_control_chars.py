"""A control character in a search (a NUL pasted from a PDF's text) separates
words, as in the stored text. SQLite's FTS5 read a NUL as the end of its
query ("unterminated string": a traceback, and the list kept the last
search's rows under the new text); a team library refused the search as
text it "cannot store"."""

from __future__ import annotations

import pytest

from app.core.model import NewItem, SourceMeta
from app.core.store import SearchFilter

TEXTS = ("Velmar said the harbour levy passed.", "Brask said the levy failed.")


@pytest.mark.parametrize("query", ["harbour\x00levy", '"harbour\x00levy"', "levy\x07", "\x00"])
def test_a_control_character_is_read_as_a_space(any_library, query):
    for n, text in enumerate(TEXTS):
        any_library.add_source(
            text, SourceMeta(title=f"Vesk {n}"), items=[NewItem("fact", 0, len(text))]
        )
    flt = SearchFilter(query=query, kind="fact")
    plain = SearchFilter(query="".join(" " if c < " " else c for c in query), kind="fact")
    found = [i.text for i in any_library.search(flt)]
    assert found == [i.text for i in any_library.search(plain)]
    assert found
    assert any_library.count(flt) == len(found)
