"""Delete Source says when a memo cites the source's items, a memo not open
in this window too: on a team library, a colleague's (the library marks what
every memo cites, `items.in_memo`). Invented sentences."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.pg.library import PgLibrary
from app.core.pg.roles import init_team
from tests.ui.helpers import open_window, wait_idle

QUOTE = "The north landing opens before the first frost"
FACT = "The toll on the old causeway rose to two coins in March."


def test_a_colleagues_memo_citing_the_source_is_said(qtbot, pg_database, message_boxes):
    init_team(pg_database)
    text = f'"{QUOTE}," said Ana Ruiz. {FACT}'
    items = [
        NewItem("quote", text.index(QUOTE), text.index(QUOTE) + len(QUOTE), speaker="Ana Ruiz"),
        NewItem("fact", text.index(FACT), len(text)),
    ]
    with PgLibrary(pg_database) as colleague:  # their memo, saved, cites both
        sid = colleague.add_source(text, SourceMeta(title="Harbour notes"), items=items)
        colleague.mark_in_memo(
            [(sid, i.kind, i.start, i.end) for i in colleague.items_of_source(sid)]
        )
    library = PgLibrary(pg_database)
    window = open_window(qtbot, library)
    assert window.sources.delete_source(sid)
    wait_idle(qtbot, window)
    (question,) = [text for kind, _, text in message_boxes if kind == "question"]
    assert "2 of them are cited in a memo (a colleague\u2019s or one saved here)" in question
    assert "keeps its words and details" in question
    window.close()
    library.close()
