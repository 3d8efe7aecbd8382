"""The Delete Source box counts what goes with the source in words, as the
import log does: "its 1 quote and 1 fact", not "its 2 quotes and facts";
a kind it has none of is left out (invented sentences)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.store import Library
from tests.ui.helpers import open_window, wait_idle

QUOTE = "The north landing opens before the first frost"
FACT = "The toll on the old causeway rose to two coins in March."


def test_the_delete_box_counts_quotes_and_facts_in_words(qtbot, tmp_path, message_boxes):
    library = Library(tmp_path / "lib.sqlite")
    text = f'"{QUOTE}," said Ana Ruiz. {FACT}'
    items = [
        NewItem("quote", text.index(QUOTE), text.index(QUOTE) + len(QUOTE), speaker="Ana Ruiz"),
        NewItem("fact", text.index(FACT), len(text)),
    ]
    both = library.add_source(text, SourceMeta(title="Harbour notes"), items=items)
    empty = library.add_source("Nothing was said at the pier.", SourceMeta(title="Pier log"))
    window = open_window(qtbot, library)
    for source_id in (both, empty):
        assert window.sources.delete_source(source_id)
        wait_idle(qtbot, window)
    questions = [text.split("\n")[0] for kind, _, text in message_boxes if kind == "question"]
    assert questions == [
        "Delete \u201cHarbour notes\u201d and its 1 quote and 1 fact from the library?",
        "Delete \u201cPier log\u201d from the library?",
    ]
    window.close()
    library.close()
