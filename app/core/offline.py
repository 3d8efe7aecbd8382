"""Taking a team library, or a part of it, offline into a library file.

    take_offline(team, "road.sqlite", Part.tag("budget"))

copies into a new local library the part's sources with their items,
speakers, tags, derived marks and conflict decisions, under the team
library's own ids (so a memo built on either cites the same items; what is
added in the copy has ids of its own until Sync renumbers it: `moved_ids`).
Groups and conflicts come with a whole-library copy as they are; a part is
grouped again where it lands. The local library works as any other, with no
network.

The copy remembers where it came from and what it held (table `team_sync`):
`app/core/sync.py` compares with that to tell what changed on the road from
what changed in the office.

Parts:
- `Part.everything()`;
- `Part.tag(name)`: the sources of the items tagged so;
- `Part.memo(brief)`: the sources a memo cites, and those of every item
  grouped or in conflict with a cited one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core import corroborate
from app.core.brief import Brief
from app.core.errors import LibraryError
from app.core.pg.address import without_password
from app.core.store import Library
from app.core.store_grouping import chunks

SOURCE_COLUMNS = (
    "id, file_name, title, outlet, author, date, url, text, content_hash, file_hash, accessed,"
    " derived_from"
)
ITEM_COLUMNS = 'id, source_id, kind, start, "end", text, speaker_id, speaker_locked, cited, in_memo'
RESOLUTION_COLUMNS = "id, value_kind, value_set, members, choice, note, resolved_at"
# Copied as they are with a whole library (their ids all match).
GROUP_TABLES = {
    "clusters": "id, kind, source_count, independent_count",
    "cluster_members": "item_id, cluster_id",
    "conflicts": "id, value_kind, subject, resolution_id, wide",
    "conflict_members": "conflict_id, item_id, value, direct",
    "figure_claims": 'id, source_id, start, "end", cited, how',
    "claim_scans": "source_id",
    "conflict_claims": "conflict_id, claim_id, value",
    "grouping_mark": "id, max_item_id, item_count",
    "group_index": "part, bucket, data",
}
PAGE = 2000


@dataclass(frozen=True)
class Part:
    """What to take offline: "all", a tag, or the sources a memo needs."""

    kind: str
    tag: str = ""
    source_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = ()

    @classmethod
    def everything(cls) -> Part:
        return cls("all")

    @classmethod
    def with_tag(cls, tag: str) -> Part:
        return cls("tag", tag=tag)

    @classmethod
    def memo(cls, brief: Brief) -> Part:
        blocks = [b for b in brief.blocks() if b.cited]
        return cls(
            "memo",
            source_ids=tuple(sorted({b.source.source_id for b in blocks if b.source.source_id})),
            item_ids=tuple(sorted({b.item_id for b in blocks if b.item_id is not None})),
        )

    def describe(self) -> str:
        if self.kind == "tag":
            return f"items tagged {self.tag!r}"
        if self.kind == "memo":
            return f"what a memo cites ({len(self.source_ids)} sources)"
        return "the whole library"

    def to_json(self) -> str:
        return json.dumps(
            {"kind": self.kind, "tag": self.tag, "sources": self.source_ids, "items": self.item_ids}
        )

    @classmethod
    def from_json(cls, text: str) -> Part:
        data = json.loads(text)
        return cls(data["kind"], data["tag"], tuple(data["sources"]), tuple(data["items"]))


def _in(column: str, ids: list[int]) -> Iterator[tuple[str, list[int]]]:
    for chunk in chunks(ids):
        yield f"{column} IN ({','.join('?' * len(chunk))})", chunk


def part_sources(team: Library, part: Part) -> list[int]:
    """The ids of the team library's sources a part holds now."""
    if part.kind == "all":
        return [r[0] for r in team.db.execute("SELECT id FROM sources ORDER BY id")]
    found: set[int] = set()
    if part.kind == "tag":
        found.update(
            r[0]
            for r in team.db.execute(
                "SELECT DISTINCT i.source_id FROM items i JOIN tags t ON t.item_id = i.id"
                " WHERE t.tag = ?",
                (part.tag,),
            )
        )
    else:
        found.update(part.source_ids)
        for where, ids in _in("a.item_id", list(part.item_ids)):
            for table, key in (
                ("cluster_members", "cluster_id"),
                ("conflict_members", "conflict_id"),
            ):
                found.update(
                    r[0]
                    for r in team.db.execute(
                        f"SELECT DISTINCT i.source_id FROM {table} a JOIN {table} b"
                        f" ON b.{key} = a.{key} JOIN items i ON i.id = b.item_id WHERE {where}",
                        ids,
                    )
                )
    exists = set()
    for where, ids in _in("id", sorted(found)):
        exists.update(r[0] for r in team.db.execute(f"SELECT id FROM sources WHERE {where}", ids))
    return sorted(exists)


def _rows(team: Library, table: str, columns: str, column: str, ids: list[int]) -> Iterator[tuple]:
    for where, chunk in _in(column, ids):
        yield from team.db.execute(f"SELECT {columns} FROM {table} WHERE {where}", chunk)


def _paged(team: Library, table: str, columns: str, key: str) -> Iterator[tuple]:
    """Every row of a big table, a page at a time in key order."""
    last = None
    while True:
        if last is None:
            sql = f"SELECT {columns} FROM {table} ORDER BY {key} LIMIT ?"
            page = team.db.execute(sql, (PAGE,)).fetchall()
        else:
            sql = f"SELECT {columns} FROM {table} WHERE {key} > ? ORDER BY {key} LIMIT ?"
            page = team.db.execute(sql, (last, PAGE)).fetchall()
        yield from page
        if len(page) < PAGE:
            return
        last = page[-1][0]


def _insert(db, table: str, columns: str, rows: Iterable[tuple]) -> int:
    marks = ",".join("?" * len(columns.split(",")))
    batch, n = [], 0
    for row in rows:
        batch.append(tuple(row))
        if len(batch) >= PAGE:
            db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", batch)
            n, batch = n + len(batch), []
    if batch:
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", batch)
    return n + len(batch)


_LOCAL_TABLES = (
    "conflict_claims",
    "conflict_members",
    "conflicts",
    "claim_scans",
    "figure_claims",
    "cluster_members",
    "clusters",
    "grouping_mark",
    "group_index",
    "tags",
    "derived_marks",
    "items",
    "speaker_aliases",
    "speakers",
    "sources",
    "conflict_resolutions",
    "deleted_sources",  # a source deleted here comes back with the copy
)


def copy_down(team: Library, local: Library, part: Part, location: str) -> list[int]:
    """Replace the local library's contents with the part as the team library
    holds it now, and remember it as the baseline; returns the sources copied.
    One local transaction: a failure leaves the local library as it was."""
    source_ids = part_sources(team, part)
    whole = part.kind == "all"
    with local.transaction() as db:
        for table in _LOCAL_TABLES:
            db.execute(f"DELETE FROM {table}")
        db.execute("DELETE FROM team_sync WHERE kind NOT IN ('kept', 'moved')")
        wanted = set(source_ids)
        sources = [
            (*row[:-1], row[-1] if row[-1] in wanted else None)
            for row in (
                _paged(team, "sources", SOURCE_COLUMNS, "id")
                if whole
                else _rows(team, "sources", SOURCE_COLUMNS, "id", source_ids)
            )
        ]
        _insert(db, "sources", SOURCE_COLUMNS, sources)
        _insert(
            db, "speakers", "id, name, role", team.db.execute("SELECT id, name, role FROM speakers")
        )
        _insert(
            db,
            "speaker_aliases",
            "speaker_id, alias, by_hand",
            team.db.execute("SELECT speaker_id, alias, by_hand FROM speaker_aliases"),
        )
        items = (
            _paged(team, "items", ITEM_COLUMNS, "id")
            if whole
            else _rows(team, "items", ITEM_COLUMNS, "source_id", source_ids)
        )
        _insert(db, "items", ITEM_COLUMNS, items)
        if whole:
            tags: Iterable[tuple] = team.db.execute("SELECT item_id, tag FROM tags")
        else:
            tags = (
                row
                for where, chunk in _in("i.source_id", source_ids)
                for row in team.db.execute(
                    "SELECT t.item_id, t.tag FROM tags t JOIN items i ON i.id = t.item_id"
                    f" WHERE {where}",
                    chunk,
                )
            )
        _insert(db, "tags", "item_id, tag", tags)
        marks = [
            r
            for r in team.db.execute(
                "SELECT source_id, derived_from, similarity, by_user FROM derived_marks"
            )
            if r[0] in wanted and (r[1] is None or r[1] in wanted)
        ]
        _insert(db, "derived_marks", "source_id, derived_from, similarity, by_user", marks)
        _insert(db, "conflict_resolutions", RESOLUTION_COLUMNS, _current_resolutions(team))
        if whole:
            for table, columns in GROUP_TABLES.items():
                _insert(db, table, columns, team.db.execute(f"SELECT {columns} FROM {table}"))
        _remember(local, team, part, location)
    corroborate.forget(local)  # what it knew of the old contents is void
    if not whole:
        corroborate.regroup(local)
    return source_ids


def _current_resolutions(team: Library) -> Iterator[tuple]:
    """The decisions conflicts hold now (a library file keeps one per conflict)."""
    yield from team.db.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in RESOLUTION_COLUMNS.split(','))}"
        " FROM conflict_resolutions r WHERE r.id IN (SELECT resolution_id FROM conflicts)"
    )


def _remember(local: Library, team: Library, part: Part, location: str) -> None:
    """The baseline: what the local copy holds, as copied."""
    rows: list[tuple[str, str, str]] = [
        ("link", "location", without_password(location)),
        ("link", "part", part.to_json()),
        ("link", "synced_at", datetime.now(UTC).isoformat(timespec="seconds")),
    ]
    db = local.db
    for sid, chash, *meta in db.execute(
        "SELECT id, content_hash, title, outlet, author, date, url, accessed FROM sources"
    ):
        rows.append(("source", str(sid), json.dumps([chash, *meta])))
    rows.extend(
        ("tag", f"{iid}\t{tag}", "") for iid, tag in db.execute("SELECT item_id, tag FROM tags")
    )
    rows.extend(
        ("speaker", str(sid), json.dumps([name, role]))
        for sid, name, role in db.execute("SELECT id, name, role FROM speakers")
    )
    rows.extend(
        ("decision", str(iid), json.dumps(name))
        for iid, name in db.execute(
            "SELECT i.id, sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
            " WHERE i.speaker_locked = 1"
        )
    )
    # Marked in the team library already: Sync sends up only the marks made here.
    rows.extend(
        ("memo", str(iid), "") for (iid,) in db.execute("SELECT id FROM items WHERE in_memo = 1")
    )
    rows.extend(
        ("resolution", str(rid), json.dumps([choice, note]))
        for rid, choice, note in db.execute("SELECT id, choice, note FROM conflict_resolutions")
    )
    db.executemany("INSERT OR REPLACE INTO team_sync (kind, key, value) VALUES (?, ?, ?)", rows)


def baseline(local: Library, kind: str) -> dict[str, str]:
    """{key: value} of one kind of what the copy held when last synced."""
    return dict(local.db.execute("SELECT key, value FROM team_sync WHERE kind = ?", (kind,)))


def moved_ids(local: Library) -> dict[int, int]:
    """{source id here: its id in the team library} for the sources added in
    the copy and renumbered by a Sync (every Sync so far): a memo drafted in
    the copy cites them by the copy's ids (`brief_sources.synced_citations`)."""
    return {int(mine): int(team) for mine, team in baseline(local, "moved").items()}


def link_of(local: Library) -> tuple[str, Part] | None:
    """(team library address, part) a local copy was taken from, or None."""
    link = baseline(local, "link")
    if "location" not in link:
        return None
    return link["location"], Part.from_json(link["part"])


def take_offline(team: Library, path: str | Path, part: Part, location: str) -> Library:
    """Copy a part of the team library (opened at `location`) into a new
    library file at `path`; returns it open. Refuses an existing library."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise LibraryError(f"{path}: a file is there already; choose a new name for the copy")
    local = Library(path, new_if_empty=True)
    try:
        copy_down(team, local, part, location)
    except BaseException:
        local.close()
        path.unlink(missing_ok=True)
        raise
    return local
