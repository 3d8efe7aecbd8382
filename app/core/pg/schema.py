"""The team library's schema on PostgreSQL, one script per version.

The tables are those of the SQLite library (app/core/schema.py), column for
column and in the same order, so the store's SQL reads the same on both: ids
are bigint, text is `COLLATE "C"` (byte order, as SQLite compares), flags
stay integers. What differs:

- ids come from sequences (a trigger fills a NULL id and moves the sequence
  past an explicit one), so an id is never given out twice;
- search: `items.doc` is a tsvector of the item's words (and of each pair
  of words in a row, so a phrase is an index lookup), its cited form's, its
  speaker's and its source title's (its file name's when untitled), kept by triggers and GIN-indexed. Words are made by
  `bb_fold` (lower case, accents removed, anything but letters and digits a
  space) with ICU's classification, so they do not depend on the server's
  locale; a query's words go through the same function (`bb_term`);
- every committed change bumps `library_state.version` once per transaction
  and notifies channel `briefing_changes` with the table and the writer's
  backend pid (app/core/pg/notify.py);
- who added a source and who resolved a conflict is recorded.

Everything lives in its own PostgreSQL schema, `briefing`, so a team library
can share a database with other applications. Migrations run in one
transaction under an advisory lock, and re-read the version inside it: two
apps opening a library at once never run a step twice.
"""

from __future__ import annotations

from app.core.errors import LibraryNewerError
from app.core.pg.figure_claims import FIGURE_CLAIMS
from app.core.pg.grouping_inputs import GROUPING_INPUTS

SCHEMA = "briefing"
CHANNEL = "briefing_changes"
# Advisory lock keys (per database): schema changes, and the library's writes.
MIGRATION_LOCK = 0x42424D47  # "BBMG"
WRITE_LOCK = 0x42425752  # "BBWR"

# Tables whose ids come from a sequence (see bb_assign_id).
_FIRST_ID_TABLES = ("sources", "speakers", "items", "clusters", "conflict_resolutions", "conflicts")
ID_TABLES = (*_FIRST_ID_TABLES, "figure_claims")  # figure_claims: team schema 8
# Tables whose changes other apps are told about.
_FIRST_DATA_TABLES = (
    "sources",
    "speakers",
    "speaker_aliases",
    "items",
    "tags",
    "clusters",
    "cluster_members",
    "derived_marks",
    "conflict_resolutions",
    "conflicts",
    "conflict_members",
    "grouping_mark",
    "group_index",
    "deleted_sources",
)
DATA_TABLES = (*_FIRST_DATA_TABLES, "figure_claims", "conflict_claims", "claim_scans")


def _doc_function(fields: tuple[str, ...]) -> str:
    """The SQL of `bb_doc` over the text `fields`, in that order: each one's
    words, then the next's, one empty position apart."""
    args = ", ".join(f"{f} text" for f in fields)
    values = ", ".join(f"coalesce({f}, '')" for f in fields)
    return f"CREATE FUNCTION bb_doc({args}) RETURNS tsvector\n" + _DOC_BODY.replace(
        "{values}", values
    )


_DOC_BODY = r"""LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    parts text[] := '{}';
    pos integer := 0;
    field text;
    w text;
    prev text;
BEGIN
    FOREACH field IN ARRAY ARRAY[{values}]
    LOOP
        prev := NULL;
        FOREACH w IN ARRAY briefing.bb_words(field) LOOP
            pos := pos + 1;
            parts := parts || (quote_literal(w) || ':' || least(pos, 16383));
            IF prev IS NOT NULL AND octet_length(prev) + octet_length(w) < 2046 THEN
                parts := parts || (quote_literal(prev || ' ' || w) || ':' || least(pos - 1, 16383));
            END IF;
            prev := w;
        END LOOP;
        pos := pos + 1;
    END LOOP;
    RETURN array_to_string(parts, ' ')::tsvector;
END
$$;
"""

_FUNCTIONS = (
    r"""
-- A text's words for search: lower case, accents (combining marks) removed,
-- every run of anything but letters and digits one space. ICU decides what a
-- letter is, whatever the database's locale.
CREATE FUNCTION bb_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT btrim(regexp_replace(
        regexp_replace(normalize(lower(t COLLATE "und-x-icu"), NFD), '[\u0300-\u036f]+', '', 'g')
            COLLATE "und-x-icu",
        '[^[:alnum:]]+', ' ', 'g'))
$$;

CREATE FUNCTION bb_words(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN f IS NULL OR f = '' THEN '{}'::text[] ELSE ARRAY(
        -- A lexeme holds at most 2046 bytes; longer "words" are not searchable.
        SELECT w FROM unnest(string_to_array(f, ' ')) WITH ORDINALITY AS u(w, n)
        WHERE octet_length(w) <= 2046 ORDER BY n) END
    FROM (SELECT briefing.bb_fold(t) AS f) folded
$$;

-- An item's search document: its words at positions 1.., then its speaker's,
-- then its source title's, one empty position apart, so a phrase never runs
-- from one into the next (as FTS5 keeps columns apart). Each pair of words in
-- a row is also a lexeme ("budget vote", at the first word's position): a
-- phrase is then looked up in the index as its pairs, not checked row by row.
"""
    + _doc_function(("body", "speaker", "title"))
    + r"""
-- One typed word or phrase as a tsquery: one word as itself; a phrase as its
-- pairs of words in a row ('a b' <-> 'b c' is "a b c"), the last one a
-- prefix when asked; NULL when it has no words.
CREATE FUNCTION bb_term(words text, prefix boolean) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN cardinality(ws) = 0 THEN NULL ELSE (
        CASE WHEN cardinality(ws) = 1 THEN quote_literal(ws[1]) ELSE array_to_string(ARRAY(
            SELECT quote_literal(ws[n] || ' ' || ws[n + 1])
            FROM generate_series(1, cardinality(ws) - 1) AS n ORDER BY n
        ), ' <-> ') END || CASE WHEN prefix THEN ':*' ELSE '' END)::tsquery
    END
    FROM (SELECT briefing.bb_words(words) AS ws) split
$$;

CREATE FUNCTION bb_assign_id() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    seq regclass := TG_ARGV[0]::regclass;
    last bigint;
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSE
        -- An id put back (an undo) or chosen by the app: never give it out again.
        last := pg_sequence_last_value(seq);
        IF last IS NULL OR NEW.id > last THEN
            PERFORM setval(seq, NEW.id);
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION bb_item_doc() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.doc := briefing.bb_doc(
        NEW.text,
        (SELECT name FROM briefing.speakers WHERE id = NEW.speaker_id),
        (SELECT title FROM briefing.sources WHERE id = NEW.source_id));
    RETURN NEW;
END
$$;

CREATE FUNCTION bb_speaker_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE briefing.items i SET doc = briefing.bb_doc(i.text, NEW.name, s.title)
    FROM briefing.sources s WHERE i.speaker_id = NEW.id AND s.id = i.source_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION bb_title_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE briefing.items i SET doc = briefing.bb_doc(
        i.text, (SELECT name FROM briefing.speakers WHERE id = i.speaker_id), NEW.title)
    WHERE i.source_id = NEW.id;
    RETURN NULL;
END
$$;

-- Once per writing transaction: the change counter; per table: a notice,
-- delivered at commit (identical notices of one transaction are sent once).
CREATE FUNCTION bb_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('briefing.counted', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE briefing.library_state SET version = version + 1 WHERE id = 1;
        PERFORM set_config('briefing.counted', txid_current()::text, true);
    END IF;
    PERFORM pg_notify('briefing_changes',
        json_build_object('table', TG_TABLE_NAME, 'pid', pg_backend_pid())::text);
    RETURN NULL;
END
$$;
"""
)

_TABLES = """
CREATE TABLE library_meta (
    key text COLLATE "C" PRIMARY KEY,
    value text COLLATE "C" NOT NULL
);
CREATE TABLE library_state (
    id integer PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO library_state (id, version) VALUES (1, 0);

CREATE TABLE sources (
    id bigint PRIMARY KEY,
    file_name text COLLATE "C" NOT NULL DEFAULT '',
    title text COLLATE "C" NOT NULL DEFAULT '',
    outlet text COLLATE "C" NOT NULL DEFAULT '',
    author text COLLATE "C" NOT NULL DEFAULT '',
    date text COLLATE "C" NOT NULL DEFAULT '',
    url text COLLATE "C" NOT NULL DEFAULT '',
    text text COLLATE "C" NOT NULL,
    content_hash text COLLATE "C" NOT NULL UNIQUE,
    accessed text COLLATE "C" NOT NULL DEFAULT '',
    derived_from bigint REFERENCES sources(id) ON DELETE SET NULL,
    added_by text COLLATE "C" NOT NULL DEFAULT current_user,
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE speakers (
    id bigint PRIMARY KEY,
    name text COLLATE "C" NOT NULL UNIQUE,
    role text COLLATE "C" NOT NULL DEFAULT ''
);
CREATE TABLE items (
    id bigint PRIMARY KEY,
    source_id bigint NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('quote', 'fact')),
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text COLLATE "C" NOT NULL,
    speaker_id bigint REFERENCES speakers(id) ON DELETE SET NULL,
    speaker_locked integer NOT NULL DEFAULT 0,
    cited text COLLATE "C",
    doc tsvector NOT NULL DEFAULT ''::tsvector,
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX items_source ON items(source_id, start);
CREATE INDEX items_speaker ON items(speaker_id);
CREATE INDEX items_kind ON items(kind, id);
CREATE INDEX items_doc ON items USING gin (doc);
-- The planner's word frequencies: enough of them that a word it has not
-- counted is known to be rare (found through the index, never by reading
-- every item in id order looking for it).
ALTER TABLE items ALTER COLUMN doc SET STATISTICS 10000;
CREATE TABLE speaker_aliases (
    speaker_id bigint NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    alias text COLLATE "C" NOT NULL,
    PRIMARY KEY (speaker_id, alias)
);
CREATE TABLE tags (
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    tag text COLLATE "C" NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX tags_tag ON tags(tag);

CREATE TABLE clusters (
    id bigint PRIMARY KEY,
    kind text COLLATE "C" NOT NULL CHECK (kind IN ('quote', 'fact')),
    source_count integer NOT NULL DEFAULT 0,
    independent_count integer NOT NULL DEFAULT 0
);
CREATE INDEX clusters_count ON clusters(independent_count, source_count);
CREATE TABLE cluster_members (
    item_id bigint PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    cluster_id bigint NOT NULL REFERENCES clusters(id) ON DELETE CASCADE
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster_id);
CREATE TABLE derived_marks (
    source_id bigint PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    derived_from bigint REFERENCES sources(id) ON DELETE CASCADE,
    similarity double precision NOT NULL DEFAULT 0,
    by_user integer NOT NULL DEFAULT 0
);
CREATE TABLE conflict_resolutions (
    id bigint PRIMARY KEY,
    value_kind text COLLATE "C" NOT NULL,
    value_set text COLLATE "C" NOT NULL,
    members text COLLATE "C" NOT NULL,
    choice text COLLATE "C" NOT NULL,
    note text COLLATE "C" NOT NULL DEFAULT '',
    resolved_at text COLLATE "C" NOT NULL DEFAULT '',
    resolved_by text COLLATE "C" NOT NULL DEFAULT current_user
);
CREATE TABLE conflicts (
    id bigint PRIMARY KEY,
    value_kind text COLLATE "C" NOT NULL,
    subject text COLLATE "C" NOT NULL DEFAULT '',
    resolution_id bigint REFERENCES conflict_resolutions(id) ON DELETE SET NULL
);
CREATE TABLE conflict_members (
    conflict_id bigint NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    value text COLLATE "C" NOT NULL,
    direct integer NOT NULL DEFAULT 1,
    PRIMARY KEY (conflict_id, item_id)
);
CREATE INDEX conflict_members_item ON conflict_members(item_id);
CREATE TABLE grouping_mark (
    id integer PRIMARY KEY CHECK (id = 1),
    max_item_id bigint NOT NULL,
    item_count bigint NOT NULL
);
CREATE TABLE group_index (
    part text COLLATE "C" NOT NULL,
    bucket integer NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (part, bucket)
);
CREATE TABLE deleted_sources (
    id bigint PRIMARY KEY,
    title text COLLATE "C" NOT NULL DEFAULT '',
    file_name text COLLATE "C" NOT NULL DEFAULT '',
    max_item_id bigint NOT NULL DEFAULT 0,
    deleted_at text COLLATE "C" NOT NULL DEFAULT ''
);

CREATE TRIGGER items_doc BEFORE INSERT OR UPDATE OF text, speaker_id ON items
    FOR EACH ROW EXECUTE FUNCTION bb_item_doc();
CREATE TRIGGER speakers_renamed AFTER UPDATE OF name ON speakers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION bb_speaker_renamed();
CREATE TRIGGER sources_retitled AFTER UPDATE OF title ON sources
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION bb_title_changed();
"""


def _per_table() -> str:
    """The id sequences and triggers, and the change notices, of every table."""
    out = []
    for table in _FIRST_ID_TABLES:  # as version 1 made them; later ones in their own
        out.append(
            f"CREATE SEQUENCE {table}_id_seq OWNED BY {table}.id;\n"
            f"CREATE TRIGGER {table}_id BEFORE INSERT ON {table} FOR EACH ROW"
            f" EXECUTE FUNCTION bb_assign_id('{SCHEMA}.{table}_id_seq');"
        )
    for table in _FIRST_DATA_TABLES:
        out.append(
            f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
            f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bb_changed();"
        )
    return "\n".join(out)


# Version 5: search finds what the list shows (as the library file's schema
# 12): a fact's cited form, with its words in brackets, after its own words,
# and a source's file name where its title is empty. The document is made
# again for the items it changes, and follows a new cited form (a new date,
# its undo) and a title or file name changed.
_SHOWN_TITLE = "CASE WHEN {s}.title <> '' THEN {s}.title ELSE {s}.file_name END"
_DOC_CITED = rf"""
{_doc_function(("body", "cited", "speaker", "title"))}
-- An item's document as it stands now: its words, its cited form, its
-- speaker's name, its source's title or else file name.
CREATE FUNCTION bb_item_doc_of(i briefing.items) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT briefing.bb_doc(
        i.text,
        i.cited,
        (SELECT name FROM briefing.speakers WHERE id = i.speaker_id),
        (SELECT {_SHOWN_TITLE.format(s="s")} FROM briefing.sources s WHERE s.id = i.source_id))
$$;

CREATE OR REPLACE FUNCTION bb_item_doc() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.doc := briefing.bb_item_doc_of(NEW);
    RETURN NEW;
END
$$;

-- A speaker renamed, or a source's shown title changed: the documents of
-- its items made again.
CREATE FUNCTION bb_items_redone() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'speakers' THEN
        UPDATE briefing.items i SET doc = briefing.bb_item_doc_of(i) WHERE i.speaker_id = NEW.id;
    ELSE
        UPDATE briefing.items i SET doc = briefing.bb_item_doc_of(i) WHERE i.source_id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

DROP FUNCTION bb_doc(text, text, text);
DROP TRIGGER items_doc ON items;
CREATE TRIGGER items_doc BEFORE INSERT OR UPDATE OF text, speaker_id, cited ON items
    FOR EACH ROW EXECUTE FUNCTION bb_item_doc();
DROP TRIGGER speakers_renamed ON speakers;
CREATE TRIGGER speakers_renamed AFTER UPDATE OF name ON speakers
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION bb_items_redone();
DROP TRIGGER sources_retitled ON sources;
CREATE TRIGGER sources_retitled AFTER UPDATE OF title, file_name ON sources
    FOR EACH ROW WHEN (({_SHOWN_TITLE.format(s="OLD")}) IS DISTINCT FROM ({_SHOWN_TITLE.format(s="NEW")}))
    EXECUTE FUNCTION bb_items_redone();
DROP FUNCTION bb_speaker_renamed();
DROP FUNCTION bb_title_changed();
UPDATE items i SET doc = bb_item_doc_of(i)
FROM sources s WHERE s.id = i.source_id AND (i.cited IS NOT NULL OR s.title = '');
"""


# Version 1: the SQLite library's tables as of its schema 5, with deleted
# sources' tombstones, search documents, change notices and authorship.
MIGRATIONS: list[str] = [
    _FUNCTIONS + _TABLES + _per_table(),
    # Version 2: the search index merges new entries into itself every 64 kB
    # (the least PostgreSQL allows) instead of every 4 MB: until they are
    # merged, every search reads them all (a search for a phrase while another
    # app imported took 7-10 ms instead of 2-3).
    "ALTER INDEX items_doc SET (gin_pending_list_limit = 64);"
    " SELECT gin_clean_pending_list('items_doc'::regclass);",
    # Version 3: the hash of the bytes of a source's file, as the library
    # file's schema 9 (app/core/schema.py): the same file imported again is
    # the same source even when a newer reader gives it a different text.
    "ALTER TABLE sources ADD COLUMN file_hash text COLLATE \"C\" NOT NULL DEFAULT '';"
    " CREATE INDEX sources_file_hash ON sources(file_hash) WHERE file_hash <> '';",
    # Version 4: the mark that a memo cites an item, as the library file's
    # schema 11: a new date never drops a fact a memo cites, whichever memo.
    "ALTER TABLE items ADD COLUMN in_memo integer NOT NULL DEFAULT 0;",
    _DOC_CITED,
    # Version 6: which joins of a name to a speaker the user made, as the
    # library file's schema 13.
    "ALTER TABLE speaker_aliases ADD COLUMN by_hand integer NOT NULL DEFAULT 0;",
    GROUPING_INPUTS,  # version 7 (app/core/pg/grouping_inputs.py)
    FIGURE_CLAIMS,  # version 8 (app/core/pg/figure_claims.py)
]
SCHEMA_VERSION = len(MIGRATIONS)
HAND_JOINS_SCHEMA = 6  # as the library file's (app/core/schema.py)


def stored_version(conn) -> int:
    """The schema version of the team library in a database; 0 when there is none."""
    found = conn.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.library_meta",)).fetchone()[0]
    if found is None:
        return 0
    row = conn.execute(
        f"SELECT value FROM {SCHEMA}.library_meta WHERE key = 'schema_version'"
    ).fetchone()
    return int(row[0]) if row else 0


def migrate(conn, name: str = "the team library") -> int:
    """Create or upgrade the library's schema on a psycopg connection in
    autocommit mode; returns the version found. Runs in one transaction under
    the migration lock, so concurrent callers wait, then find it done.
    LibraryNewerError, naming the library as `name`, for one made by a newer
    version (nothing is changed), as a newer library file is refused."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        found = stored_version(conn)
        if found > SCHEMA_VERSION:
            raise newer_error(name, found)
        if found == SCHEMA_VERSION:
            return found
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute(f"SET LOCAL search_path = {SCHEMA}")
        for step in range(found, SCHEMA_VERSION):
            conn.execute(MIGRATIONS[step])
            conn.execute(
                "INSERT INTO library_meta (key, value) VALUES ('schema_version', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(step + 1),),
            )
    return found


def newer_error(name: str, version: int) -> LibraryNewerError:
    """The refusal of a team library of schema `version`, newer than this one's."""
    return LibraryNewerError(
        f"{name}: made by a newer Briefing Builder (team schema {version}, this version"
        f" reads up to {SCHEMA_VERSION}); the team library was not changed"
    )
