"""The library's schema: one SQL script per version, applied in order.

A file at version N is upgraded by running scripts N+1.. in turn, in one
exclusive transaction (see `Library._upgrade` in app/core/store.py). Never edit a released script: add a
new one, so every older file upgrades in place the same way.
"""

from __future__ import annotations

SCHEMA_VERSION = 15
# The first schema to mark the names the user joined to a speaker
# (`speaker_aliases.by_hand`): a library upgraded from before it holds joins
# the older import rules made, which Check Speakers may take apart or add to.
HAND_JOINS_SCHEMA = 13

# Each migration is a SQL script that takes the schema one version up.
# Version 1: sources, speakers and items.
_MIGRATE_1 = """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE
        );
        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
            CHECK (0 <= start AND start < "end")
        );
        CREATE INDEX items_source ON items(source_id, start);
        CREATE INDEX items_speaker ON items(speaker_id);
"""

# Version 2: accessed date, derived sources, speaker aliases, user-locked
# speakers, tags, and full-text search over items, speakers and titles.
_MIGRATE_2 = """
        ALTER TABLE sources ADD COLUMN accessed TEXT NOT NULL DEFAULT '';
        ALTER TABLE sources ADD COLUMN derived_from INTEGER
            REFERENCES sources(id) ON DELETE SET NULL;
        ALTER TABLE items ADD COLUMN speaker_locked INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE speaker_aliases (
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (speaker_id, alias)
        );
        CREATE TABLE tags (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (item_id, tag)
        );
        CREATE INDEX tags_tag ON tags(tag);
        CREATE INDEX items_kind ON items(kind, id);

        CREATE VIRTUAL TABLE items_fts USING fts5(
            text, speaker, title, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO items_fts(rowid, text, speaker, title)
            SELECT i.id, i.text, coalesce(sp.name, ''), s.title
            FROM items i JOIN sources s ON s.id = i.source_id
            LEFT JOIN speakers sp ON sp.id = i.speaker_id;

        CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, text, speaker, title) VALUES (
                new.id, new.text,
                coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), ''),
                (SELECT title FROM sources WHERE id = new.source_id));
        END;
        CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
            DELETE FROM items_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER items_au AFTER UPDATE OF speaker_id, text ON items BEGIN
            UPDATE items_fts SET text = new.text,
                speaker = coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), '')
                WHERE rowid = new.id;
        END;
        CREATE TRIGGER speakers_au AFTER UPDATE OF name ON speakers BEGIN
            UPDATE items_fts SET speaker = new.name
                WHERE rowid IN (SELECT id FROM items WHERE speaker_id = new.id);
        END;
        CREATE TRIGGER sources_au AFTER UPDATE OF title ON sources BEGIN
            UPDATE items_fts SET title = new.title
                WHERE rowid IN (SELECT id FROM items WHERE source_id = new.id);
        END;
"""

# Version 3: corroboration (app/core/corroborate.py). Groups of items that
# carry the same quote or claim, derived-source marks (detected or set by the
# user), conflicts between claims, and the user's resolutions of conflicts.
# Resolutions live apart from conflicts and remember their claims by source
# and span, so regrouping (which rebuilds conflicts) keeps the decisions.
_MIGRATE_3 = """
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'fact')),
            source_count INTEGER NOT NULL DEFAULT 0,
            independent_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX clusters_count ON clusters(independent_count, source_count);
        CREATE TABLE cluster_members (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
        );
        CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
        CREATE TABLE derived_marks (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            derived_from INTEGER REFERENCES sources(id) ON DELETE CASCADE,
            similarity REAL NOT NULL DEFAULT 0,
            by_user INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE conflict_resolutions (
            id INTEGER PRIMARY KEY,
            value_kind TEXT NOT NULL,
            value_set TEXT NOT NULL,
            members TEXT NOT NULL,
            choice TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            resolved_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE conflicts (
            id INTEGER PRIMARY KEY,
            value_kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            resolution_id INTEGER REFERENCES conflict_resolutions(id) ON DELETE SET NULL
        );
        CREATE TABLE conflict_members (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            direct INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (conflict_id, item_id)
        );
        CREATE INDEX conflict_members_item ON conflict_members(item_id);
        CREATE TABLE grouping_mark (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            max_item_id INTEGER NOT NULL,
            item_count INTEGER NOT NULL
        );
"""

# Version 4: the corroboration index kept between sessions (blocking keys'
# postings, feature counts, first quote of each wording), so the first import
# of a session reads only the parts its items reach. A cache: written with the
# grouping mark, rebuilt from the items when missing or stale.
_MIGRATE_4 = """
        CREATE TABLE group_index (
            part TEXT NOT NULL,
            bucket INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (part, bucket)
        ) WITHOUT ROWID;
"""

# Version 5: a fact's cited form, when it differs from the source's words (a
# pronoun subject resolved in brackets: "[Dana Roe] voted ..."); NULL means
# the item's text is cited as it stands.
_MIGRATE_5 = """
        ALTER TABLE items ADD COLUMN cited TEXT;
"""

# Version 6: tombstones of deleted sources (app/core/store_undo.py). A
# deleted source's id and its items' ids are never given out again, so a memo
# that cites it says "source deleted" instead of pointing at another source,
# and an undo puts it back under the same ids.
_MIGRATE_6 = """
        CREATE TABLE deleted_sources (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL DEFAULT '',
            max_item_id INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT NOT NULL DEFAULT ''
        );
"""

# Version 7: a copy of a team library taken offline (app/core/offline.py)
# remembers where it came from and what it held when copied, so "Sync" can
# tell what changed here from what changed there. Empty in other libraries.
_MIGRATE_7 = """
        CREATE TABLE team_sync (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        ) WITHOUT ROWID;
"""

# Version 8: the highest source and item ids ever given out. SQLite's own
# next id is one past the highest id still present, so deleting the newest
# item (or source) would let its id be given out again, and a memo citing it
# would come to point at something else. Triggers keep the mark at every
# insert, whoever inserts (an import, an undo, an offline copy, a salvage);
# `Library._fresh_ids` gives out ids above it. Seeded from what the file holds
# and from the tombstones of deleted sources.
_MIGRATE_8 = """
        CREATE TABLE id_mark (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            max_source_id INTEGER NOT NULL,
            max_item_id INTEGER NOT NULL
        );
        INSERT INTO id_mark (id, max_source_id, max_item_id) VALUES (
            1,
            max((SELECT coalesce(max(id), 0) FROM sources),
                (SELECT coalesce(max(id), 0) FROM deleted_sources)),
            max((SELECT coalesce(max(id), 0) FROM items),
                (SELECT coalesce(max(max_item_id), 0) FROM deleted_sources)));
        CREATE TRIGGER sources_id_mark AFTER INSERT ON sources
            WHEN new.id > (SELECT max_source_id FROM id_mark) BEGIN
            UPDATE id_mark SET max_source_id = new.id;
        END;
        CREATE TRIGGER items_id_mark AFTER INSERT ON items
            WHEN new.id > (SELECT max_item_id FROM id_mark) BEGIN
            UPDATE id_mark SET max_item_id = new.id;
        END;
        CREATE TRIGGER deleted_sources_id_mark AFTER INSERT ON deleted_sources BEGIN
            UPDATE id_mark SET max_source_id = max(max_source_id, new.id),
                max_item_id = max(max_item_id, new.max_item_id);
        END;
"""

# Version 9: a hash of the bytes of the file a source was imported from
# (empty for a pasted text and for sources imported before). The same file
# imported again is the same source even when a newer reader gives it a
# different text, whose `content_hash` would not match.
_MIGRATE_9 = """
        ALTER TABLE sources ADD COLUMN file_hash TEXT NOT NULL DEFAULT '';
        CREATE INDEX sources_file_hash ON sources(file_hash) WHERE file_hash <> '';
"""

# Version 10: the highest speaker id ever given out, in the same mark. A
# speaker merged away, or created by a choice that was undone, left its id
# free when it was the newest, and the next new speaker took it: an undo
# record, an offline copy's baseline (which a sync reads as "renamed here") or
# anything else still holding the old id came to name another person. Seeded
# from the speakers the file holds and those an offline copy's baseline
# remembers (team ids); `Library._fresh_ids` gives out ids above it.
_MIGRATE_10 = """
        ALTER TABLE id_mark ADD COLUMN max_speaker_id INTEGER NOT NULL DEFAULT 0;
        UPDATE id_mark SET max_speaker_id = max(
            (SELECT coalesce(max(id), 0) FROM speakers),
            (SELECT coalesce(max(CAST(key AS INTEGER)), 0) FROM team_sync
                WHERE kind = 'speaker'));
        CREATE TRIGGER speakers_id_mark AFTER INSERT ON speakers
            WHEN new.id > (SELECT max_speaker_id FROM id_mark) BEGIN
            UPDATE id_mark SET max_speaker_id = new.id;
        END;
"""

# Version 11: an item a memo cites is marked so (`in_memo`), by every memo
# opened, saved or added to with this library, open or not now. A new date
# finds a source's facts again and drops those no longer offered, but never
# a marked one (`Library.refresh_facts`): a memo saved and closed, or a date
# brought by Sync or a CSL-JSON import, would otherwise leave a block citing
# an item the library no longer has. Never cleared: a once-cited fact stays,
# cited in the source's own words, as a tagged one does. Every row is kept,
# unmarked (a memo opened with the library marks what it cites).
_MIGRATE_11 = """
        ALTER TABLE items ADD COLUMN in_memo INTEGER NOT NULL DEFAULT 0;
"""

# Version 12: search finds what the list shows. A fact is shown in its cited
# form ("[The Vesk board] voted ...") and a source with no title by its file
# name, but the index held only the source's words and the title: the words
# in brackets and the file name were found by no search. The index gets a
# column for the cited form (empty when the text is cited as it stands) and
# its title column holds the file name where the title is empty. FTS5 adds
# no column in place, so the index is made anew and filled again; the
# triggers that keep it follow the cited form (a new date, its undo) and a
# title or file name changed. Every other table is left as it is.
_SHOWN_TITLE = "CASE WHEN {s}.title <> '' THEN {s}.title ELSE {s}.file_name END"
_MIGRATE_12 = f"""
        DROP TRIGGER items_ai;
        DROP TRIGGER items_au;
        DROP TRIGGER sources_au;
        DROP TABLE items_fts;
        CREATE VIRTUAL TABLE items_fts USING fts5(
            text, speaker, title, cited, tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO items_fts(rowid, text, speaker, title, cited)
            SELECT i.id, i.text, coalesce(sp.name, ''), {_SHOWN_TITLE.format(s="s")},
                coalesce(i.cited, '')
            FROM items i JOIN sources s ON s.id = i.source_id
            LEFT JOIN speakers sp ON sp.id = i.speaker_id;

        CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, text, speaker, title, cited) VALUES (
                new.id, new.text,
                coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), ''),
                (SELECT {_SHOWN_TITLE.format(s="s")} FROM sources s WHERE s.id = new.source_id),
                coalesce(new.cited, ''));
        END;
        CREATE TRIGGER items_au AFTER UPDATE OF speaker_id, text, cited ON items BEGIN
            UPDATE items_fts SET text = new.text,
                speaker = coalesce((SELECT name FROM speakers WHERE id = new.speaker_id), ''),
                cited = coalesce(new.cited, '')
                WHERE rowid = new.id;
        END;
        CREATE TRIGGER sources_au AFTER UPDATE OF title, file_name ON sources BEGIN
            UPDATE items_fts SET title = {_SHOWN_TITLE.format(s="new")}
                WHERE rowid IN (SELECT id FROM items WHERE source_id = new.id);
        END;
"""

# Version 13: which joins of a name to a speaker the user made (a merge, a
# rename's old name) rather than an import: Check Speakers and the import's
# surname rule never take those apart. Every join stored before is an import's.
_MIGRATE_13 = """
        ALTER TABLE speaker_aliases ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0;
"""

# Version 14: a count of the commits that changed what a grouping run reads
# (items added or deleted, or given another id, source, kind, text, speaker
# or span; sources deleted, or given another date or text), by any
# connection: a regroup built beside the writer (corroborate/beside.py)
# starts again only when it moved, not for another program's tag, memo mark
# or outlet. Kept by the file's own triggers, so every program's writes count.
_GROUPING_BUMP = "BEGIN UPDATE grouping_inputs SET version = version + 1; END"
_MIGRATE_14 = f"""
        CREATE TABLE grouping_inputs (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO grouping_inputs (id, version) VALUES (1, 0);
        CREATE TRIGGER grouping_items_in AFTER INSERT ON items {_GROUPING_BUMP};
        CREATE TRIGGER grouping_items_out AFTER DELETE ON items {_GROUPING_BUMP};
        CREATE TRIGGER grouping_items_up AFTER UPDATE OF id, source_id, kind, text,
            speaker_id, start, "end" ON items
            WHEN old.id IS NOT new.id OR old.source_id IS NOT new.source_id
                OR old.kind IS NOT new.kind OR old.text IS NOT new.text
                OR old.speaker_id IS NOT new.speaker_id OR old.start IS NOT new.start
                OR old."end" IS NOT new."end"
            {_GROUPING_BUMP};
        CREATE TRIGGER grouping_sources_out AFTER DELETE ON sources {_GROUPING_BUMP};
        CREATE TRIGGER grouping_sources_up AFTER UPDATE OF id, date, text, content_hash ON sources
            WHEN old.id IS NOT new.id OR old.date IS NOT new.date OR old.text IS NOT new.text
                OR old.content_hash IS NOT new.content_hash
            {_GROUPING_BUMP};
"""

# Version 15: figure claims (issue #10): each source's sentences that state a
# figure and are not offered as facts (corroborate/figure_claims.wide_claims),
# by span and cited form. They take part in conflicts only, never in groups:
# a conflict holding one has it in `conflict_claims` (its other side in
# `conflict_members` when a fact), and is marked `wide`, rebuilt whole after
# every grouping run (corroborate/wide.py). `claim_scans` holds the sources
# whose claims were found; a source's new date or text finds them again.
# Empty after the upgrade: the next grouping run finds every source's.
_MIGRATE_15 = """
        CREATE TABLE figure_claims (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            cited TEXT NOT NULL,
            how TEXT NOT NULL DEFAULT 'wide',
            CHECK (0 <= start AND start < "end")
        );
        CREATE INDEX figure_claims_source ON figure_claims(source_id, start);
        CREATE TABLE claim_scans (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE
        );
        CREATE TABLE conflict_claims (
            conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES figure_claims(id) ON DELETE CASCADE,
            value TEXT NOT NULL,
            PRIMARY KEY (conflict_id, claim_id)
        );
        CREATE INDEX conflict_claims_claim ON conflict_claims(claim_id);
        ALTER TABLE conflicts ADD COLUMN wide INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER claim_scans_redated AFTER UPDATE OF date, text ON sources
            WHEN old.date IS NOT new.date OR old.text IS NOT new.text BEGIN
            DELETE FROM claim_scans WHERE source_id = new.id;
        END;
"""

MIGRATIONS: list[str] = [
    _MIGRATE_1,
    _MIGRATE_2,
    _MIGRATE_3,
    _MIGRATE_4,
    _MIGRATE_5,
    _MIGRATE_6,
    _MIGRATE_7,
    _MIGRATE_8,
    _MIGRATE_9,
    _MIGRATE_10,
    _MIGRATE_11,
    _MIGRATE_12,
    _MIGRATE_13,
    _MIGRATE_14,
    _MIGRATE_15,
]
assert len(MIGRATIONS) == SCHEMA_VERSION
