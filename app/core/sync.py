"""Sync: a copy taken offline (app/core/offline.py) and its team library meet again.

    report = sync(local, team, location)

1. What changed here since the copy was taken (or last synced) goes up, in
   one transaction on the team library (all of it, or nothing):
   new sources (deduplicated by content hash, as import does) with their
   items, then grouped; source details; speaker renames and merges; the
   user's decisions on who said a quote; tags added and removed; decisions
   on conflicts; the marks of the items a memo here cites (before the
   details: a date sent up keeps what they mark).
2. The copy is refreshed from the team library: what others added comes
   down, under the team library's ids.
3. A new source that went up under another id than the copy's is remembered
   (`offline.moved_ids`, for good): a memo drafted here cites it by the
   copy's id, which the team library may give to another article;
   `brief_sources.synced_citations` finds the blocks to renumber.

When the same thing changed in both places, neither is lost, and the report
says so (`Report.kept`): a conflict resolved two ways keeps both decisions
(the team library keeps each person's); a speaker renamed in both places
keeps the team's name, with this copy's as an alias (renamed here to the
name of another speaker the team library has now: both stay, to be merged
there); a source detail or a
quote's speaker decided differently keeps the team's, and the copy's value
is listed in the report and kept in the copy's records (`kept_here`).

Deleting a source is not sent up (it needs an admin on the team library):
the report lists such sources, and they come back with the refresh.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from app.core import corroborate
from app.core.errors import DuplicateSourceError
from app.core.fact_refresh import regroup_redated, store_source_meta
from app.core.model import METADATA_FIELDS, Item, NewItem, SourceMeta
from app.core.offline import baseline, copy_down, link_of
from app.core.short_text import clip_words, plural
from app.core.store import Library


@dataclass
class Report:
    """What a sync did."""

    sources_sent: int = 0
    sources_already_there: int = 0
    details_sent: int = 0
    speakers_sent: int = 0
    decisions_sent: int = 0
    tags_sent: int = 0
    resolutions_sent: int = 0
    sources_received: int = 0
    not_sent: list[str] = field(default_factory=list)  # deletions, with why
    kept: list[str] = field(default_factory=list)  # both versions kept, said in words
    moved: dict[int, int] = field(default_factory=dict)  # source id here -> in the team library

    def lines(self) -> list[str]:
        out = [
            f"sent: {plural(self.sources_sent, 'new source')}"
            f" ({self.sources_already_there} already there),"
            f" {plural(self.details_sent, 'source detail')},"
            f" {plural(self.speakers_sent, 'speaker edit')},"
            f" {plural(self.decisions_sent, 'speaker decision')},"
            f" {plural(self.tags_sent, 'tag change')},"
            f" {plural(self.resolutions_sent, 'conflict decision')}",
            f"received: {plural(self.sources_received, 'source')} others added",
        ]
        renumbered = {a: b for a, b in self.moved.items() if a != b}
        if renumbered:
            out.append(
                f"renumbered: {plural(len(renumbered), 'source')} sent up got other ids in the"
                " team library; a memo drafted here that cites them is renumbered by Sync in"
                " the window with the memo open, or by `team sync PATH --memo MEMO`"
            )
        # Said as what stays: "kept both" read as if both versions were shown,
        # while the library shows the team's and the copy's is only listed.
        out += [f"changed in both places: {k}" for k in self.kept]
        out += [f"not sent: {n}" for n in self.not_sent]
        return out


def _local_sources(local: Library) -> dict[int, tuple[str, SourceMeta]]:
    return {
        sid: (chash, SourceMeta(*meta))
        for sid, chash, *meta in local.db.execute(
            "SELECT id, content_hash, title, outlet, author, date, url, accessed FROM sources"
        )
    }


def _send_sources(local, team, base_sources, report: Report) -> dict[int, int]:
    """New sources go up with their items; {local item id: team item id}."""
    known = {json.loads(v)[0] for v in base_sources.values()}
    item_map: dict[int, int] = {}
    sent = []
    for sid, (chash, _meta) in _local_sources(local).items():
        if str(sid) in base_sources or chash in known:
            continue
        source = local.source(sid)
        items = local.items_of_source(sid)
        new = [
            NewItem(i.kind, i.start, i.end, i.speaker_name, "", i.speaker_locked, i.cited)
            for i in items
        ]
        # The file's hash goes too: the same file imported there meanwhile, read
        # by another version of the app into another text, is the same source.
        (file_hash,) = local.db.execute(
            "SELECT file_hash FROM sources WHERE id = ?", (sid,)
        ).fetchone()
        try:
            team_id = team.add_source(
                source.text, source.meta, source.file_name, new, file_hash=file_hash
            )
            report.sources_sent += 1
            sent.append(team_id)
        except DuplicateSourceError as exc:
            team_id = exc.existing_id
            report.sources_already_there += 1
        report.moved[sid] = team_id
        spans = {(i.kind, i.start, i.end): i.id for i in team.items_of_source(team_id)}
        for i in items:
            if (i.kind, i.start, i.end) in spans:
                item_map[i.id] = spans[(i.kind, i.start, i.end)]
    for team_id in sent:
        corroborate.update(team, team_id)
    corroborate.respeaking.update_moved(team)  # the quotes their speaker joins moved
    return item_map


def _send_marks(local: Library, team: Library, base_marks, item_map: dict[int, int]) -> None:
    """The items a memo cites here are marked so there too (`in_memo`): a
    date sent up, or typed in there later, keeps them. The marks come down
    with the copy (`offline.ITEM_COLUMNS`); those it came with are there."""
    places = []
    for (iid,) in local.db.execute("SELECT id FROM items WHERE in_memo = 1").fetchall():
        if str(iid) in base_marks:
            continue  # came marked with the copy
        there = _item(team, item_map[iid]) if iid in item_map else _team_item(local, team, iid)
        if there is not None:
            places.append((there.source_id, there.kind, there.start, there.end))
    team.mark_in_memo(places)


def _send_details(local, team, base_sources, report: Report) -> None:
    redated = []  # sources whose date changed: their facts were found again
    for sid, (_, meta) in _local_sources(local).items():
        if str(sid) not in base_sources:
            continue
        was = SourceMeta(*json.loads(base_sources[str(sid)])[1:])
        if meta == was:
            continue
        try:
            theirs = team.source(sid).meta
        except KeyError:
            report.kept.append(
                f"\u201c{meta.title or sid}\u201d was deleted in the team library; your details"
                " stay here"
            )
            continue
        merged = SourceMeta(**vars(theirs))
        for name in METADATA_FIELDS:
            mine, old, now = getattr(meta, name), getattr(was, name), getattr(theirs, name)
            if mine == old:
                continue
            if now != old and now != mine:
                report.kept.append(
                    f"the {name} of \u201c{theirs.title or meta.title or sid}\u201d:"
                    f" the team library's {now!r} stays; yours was {mine!r}"
                )
                continue
            setattr(merged, name, mine)
        if merged != theirs:
            was = store_source_meta(team, sid, merged)[1]
            redated += [was] if was is not None else []
            report.details_sent += 1
    regroup_redated(team, redated)


def _send_speakers(local, team, base_speakers, report: Report) -> None:
    mine = {
        sid: (name, role)
        for sid, name, role in local.db.execute("SELECT id, name, role FROM speakers")
    }
    theirs = {sid: name for sid, name in team.db.execute("SELECT id, name FROM speakers")}
    aliases: dict[str, int] = {
        alias: sid
        for sid, alias in local.db.execute("SELECT speaker_id, alias FROM speaker_aliases")
    }
    for key, value in base_speakers.items():
        sid, (old, _role) = int(key), json.loads(value)
        if sid in mine:
            name = mine[sid][0]
            if name == old:
                continue
            if sid not in theirs:
                report.kept.append(
                    f"speaker {old!r}: merged away in the team library, renamed {name!r} here"
                )
            elif theirs[sid] == old and name.casefold() in {n.casefold() for n in theirs.values()}:
                # Someone brought a speaker of that name in meanwhile: both
                # stay, for a person to merge (one name must not stop the sync).
                report.kept.append(
                    f"speaker {old!r} renamed {name!r} here: the team library has another"
                    f" speaker named {name!r} since; merge them there if they are one person"
                )
            elif theirs[sid] == old:
                team.rename_speaker(sid, name)
                report.speakers_sent += 1
            elif theirs[sid] != name:
                # Renamed in both places: the team's name stays, ours becomes an alias.
                with team.transaction() as db:
                    db.execute(
                        "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, by_hand)"
                        " VALUES (?, ?, 1)",
                        (sid, name),
                    )
                report.kept.append(
                    f"speaker {old!r} renamed: the team library's {theirs[sid]!r} stays; yours,"
                    f" {name!r}, is kept as its other name"
                )
        elif old in aliases and aliases[old] in theirs and sid in theirs:
            team.merge_speakers(aliases[old], sid)  # merged here: merge there
            report.speakers_sent += 1


def _send_decisions(local, team, base_decisions, item_map, report: Report) -> None:
    """Who said a quote, as the user decided here (new sources' items went up
    with their source)."""
    for iid, name in local.db.execute(
        "SELECT i.id, sp.name FROM items i LEFT JOIN speakers sp ON sp.id = i.speaker_id"
        " WHERE i.speaker_locked = 1"
    ).fetchall():
        key = str(iid)
        was = json.loads(base_decisions[key]) if key in base_decisions else None
        if iid in item_map or (key in base_decisions and was == name):
            continue
        there = _team_item(local, team, iid)
        if there is None:
            continue  # made here, or gone from the team library (its source deleted there)
        if there.speaker_locked and there.speaker_name not in (was, name):
            report.kept.append(
                f"who said \u201c{clip_words(there.text, 60)}\u201d: the team library's"
                f" {there.speaker_name!r} stays; you said {name!r}"
            )
            continue
        if there.speaker_name != name or not there.speaker_locked:
            team.set_item_speaker(there.id, name)
            report.decisions_sent += 1


def _team_item(local: Library, team: Library, iid: int) -> Item | None:
    """The team library's item for the copy's item `iid` of a source both hold.

    The copy holds the team's ids, but an item made here (a fact found again
    for a date typed in) has one of the copy's own, which the team library
    may have given to another item meanwhile: where the item at `iid` there
    is not at the same place, the one that is stands for it. An item no
    longer here (its source deleted here) keeps its id, the team's. None:
    the team library has no such item (made here, or deleted there)."""
    mine, there = _item(local, iid), _item(team, iid)
    if mine is None:
        return there
    place = (mine.source_id, mine.kind, mine.start, mine.end)
    if there is not None and (there.source_id, there.kind, there.start, there.end) == place:
        return there
    row = team.db.execute(
        'SELECT id FROM items WHERE source_id = ? AND kind = ? AND start = ? AND "end" = ?'
        " ORDER BY id LIMIT 1",
        place,
    ).fetchone()
    return _item(team, row[0]) if row else None


def _item(library: Library, item_id: int) -> Item | None:
    """The item `item_id` of `library`, or None when it has none."""
    try:
        return library.item(item_id)
    except KeyError:
        return None


def _send_tags(local, team, base_tags, item_map, report: Report) -> None:
    now = {f"{i}\t{t}" for i, t in local.db.execute("SELECT item_id, tag FROM tags")}
    was = set(base_tags)
    changes: dict[int, tuple[set[str], set[str]]] = {}
    for key in now - was:
        iid, tag = key.split("\t", 1)
        changes.setdefault(int(iid), (set(), set()))[0].add(tag)
    for key in was - now:
        iid, tag = key.split("\t", 1)
        changes.setdefault(int(iid), (set(), set()))[1].add(tag)
    for iid, (added, removed) in sorted(changes.items()):
        there = _item(team, item_map[iid]) if iid in item_map else _team_item(local, team, iid)
        if there is None:
            continue  # made here, or gone from the team library
        current = set(there.tags)
        wanted = (current | added) - removed
        if wanted != current:
            team.set_item_tags(there.id, sorted(wanted))
            report.tags_sent += len(added) + len(removed)


def _send_resolutions(local, team, base_res, report: Report) -> None:
    """Decisions made here go to the conflict they fit in the team library (same
    kind, a claim in common, the chosen value among its values)."""
    changed = [
        d
        for d in _local_decisions(local)
        if str(d[0]) not in base_res or json.loads(base_res[str(d[0])]) != [d[2], d[3]]
    ]
    if not changed:
        return
    conflicts = team.conflicts()
    # Each side's span, a figure claim's too (its id negated).
    claims = team.member_spans(i for c in conflicts for i in c.item_ids)
    for _, kind, choice, note, keys in changed:
        # A claim of a source that went up today has the team's source id there.
        members = set()
        for key in keys:
            sid, span = key.split(":", 1)
            members.add(f"{report.moved.get(int(sid), int(sid))}:{span}")
        for conflict in conflicts:
            fits = conflict.kind == kind and choice in conflict.values
            if fits and {claims.get(i) for i in conflict.item_ids} & members:
                team.resolve_conflict(conflict.id, choice, note)
                report.resolutions_sent += 1
                break


def _local_decisions(local: Library):
    for rid, kind, choice, note, members in local.db.execute(
        "SELECT id, value_kind, choice, note, members FROM conflict_resolutions"
    ).fetchall():
        yield rid, kind, choice, note, set(json.loads(members))


def sync(local: Library, team: Library, location: str) -> Report:
    """Send this copy's changes up, then refresh it from the team library."""
    link = link_of(local)
    if link is None:
        raise ValueError(f"{local.path}: not a copy taken offline from a team library")
    _, part = link
    report = Report()
    base_sources = baseline(local, "source")
    gone = [sid for sid in map(int, base_sources) if sid not in _local_sources(local)]
    report.not_sent += [
        f"source {sid} deleted here (deleting from the team library needs an admin; it comes back)"
        for sid in gone
    ]
    with team.transaction():
        # The groups as made with the team's speakers before this sync's.
        corroborate.respeaking.before(team)
        item_map = _send_sources(local, team, base_sources, report)
        # Before the details: a date sent up must keep what a memo here cites.
        _send_marks(local, team, baseline(local, "memo"), item_map)
        _send_details(local, team, base_sources, report)
        _send_speakers(local, team, baseline(local, "speaker"), report)
        _send_decisions(local, team, baseline(local, "decision"), item_map, report)
        _send_tags(local, team, baseline(local, "tag"), item_map, report)
        corroborate.ensure_current(team)
        # A short wording's quote group follows the speakers sent up.
        corroborate.respeaking.update_respoken(team)
        _send_resolutions(local, team, baseline(local, "resolution"), report)
    had = set(base_sources) | {str(t) for t in report.moved.values()}
    if part.kind == "memo":
        part = type(part)(
            part.kind,
            part.tag,
            tuple(sorted({*part.source_ids, *report.moved.values()})),
            part.item_ids,
        )
    copied = copy_down(team, local, part, location)
    report.sources_received = len([s for s in copied if str(s) not in had])
    with local.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO team_sync (kind, key, value) VALUES ('kept', ?, '')",
            [(line,) for line in report.kept],
        )
        # Kept for good: a memo drafted here cites what went up by the ids it
        # had here, which may be other sources' in the team library.
        db.executemany(
            "INSERT OR REPLACE INTO team_sync (kind, key, value) VALUES ('moved', ?, ?)",
            [(str(a), str(b)) for a, b in report.moved.items()],
        )
    return report


def kept_here(local: Library) -> list[str]:
    """What syncs kept from both sides, as they reported it."""
    return sorted(baseline(local, "kept"))
