"""The sync report names what changed in both places by the source's title
and the quote's words, and says which version the library now shows; it
said "kept both: source 3 outlet ..." and "quote 42: ...", ids the window
shows nowhere (invented sentences)."""

from __future__ import annotations

from app.core.model import NewItem, SourceMeta
from app.core.offline import Part, take_offline
from app.core.pg.library import PgLibrary
from app.core.sync import sync

QUOTE = "The north landing opens before the first frost"
TEXT = f'"{QUOTE}," said Ana Ruiz at the pier.'


def test_both_changed_is_said_by_title_and_words(team_url, make_user, tmp_path):
    _, dana_url = make_user("editor")
    _, omar_url = make_user("editor")
    with PgLibrary(team_url) as owner:
        start = TEXT.index(QUOTE)
        sid = owner.add_source(
            TEXT,
            SourceMeta(title="Harbour notes"),
            items=[NewItem("quote", start, start + len(QUOTE), speaker="Ana Ruiz")],
        )
    with PgLibrary(dana_url) as team:
        local = take_offline(team, tmp_path / "road.sqlite", Part.everything(), dana_url)
    (quote,) = local.items_of_source(sid)
    meta = local.source(sid).meta
    meta.outlet = "Quay Gazette"
    local.update_source_meta(sid, meta)
    local.set_item_speaker(quote.id, "Ivo Brask")
    local.add_source("The ferry left at noon.", SourceMeta(title="Ferry log"))
    with PgLibrary(omar_url) as other:
        theirs = other.source(sid).meta
        theirs.outlet = "Quay Herald"
        other.update_source_meta(sid, theirs)
        other.set_item_speaker(quote.id, "Oona Vell")
    with PgLibrary(dana_url) as team:
        lines = sync(local, team, dana_url).lines()
    local.close()
    said = "\n".join(lines)
    assert lines[0].startswith("sent: 1 new source (0 already there)")
    assert (
        "changed in both places: the outlet of \u201cHarbour notes\u201d: the team library's"
        " 'Quay Herald' stays; yours was 'Quay Gazette'"
    ) in said
    assert (
        f"changed in both places: who said \u201c{QUOTE}\u201d: the team library's 'Oona Vell'"
        " stays; you said 'Ivo Brask'"
    ) in said
    assert f"source {sid}" not in said and f"quote {quote.id}" not in said
