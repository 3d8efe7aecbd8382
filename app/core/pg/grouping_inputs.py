"""The team library's count of the commits that changed what a grouping run reads.

Team schema 7, as the library file's schema 14 (app/core/schema.py): by any
app, once per transaction, kept by the server's triggers, so a regroup built
beside a writer (corroborate/beside.py) starts again for a colleague's new
speaker or deleted source, and not for their tag, memo mark, note, conflict
decision or new outlet. Items added or deleted count by statement (an
import's thousands of rows, one check); an update by row, only where a
column grouping reads really changed (Source Properties writes every detail:
a new outlet alone changes nothing grouping reads). A speaker deleted sets
its quotes' speakers to none, an update of theirs, counted.
"""

from __future__ import annotations

GROUPING_INPUTS = """
ALTER TABLE library_state ADD COLUMN grouping_inputs bigint NOT NULL DEFAULT 0;
CREATE FUNCTION bb_grouping_inputs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('briefing.grouping_counted', true)
            IS DISTINCT FROM txid_current()::text THEN
        UPDATE briefing.library_state SET grouping_inputs = grouping_inputs + 1 WHERE id = 1;
        PERFORM set_config('briefing.grouping_counted', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER items_grouping_inputs AFTER INSERT OR DELETE OR TRUNCATE ON items
    FOR EACH STATEMENT EXECUTE FUNCTION bb_grouping_inputs();
CREATE TRIGGER items_grouping_update AFTER UPDATE OF id, source_id, kind, text, speaker_id,
    start, "end" ON items FOR EACH ROW
    WHEN ((OLD.id, OLD.source_id, OLD.kind, OLD.text, OLD.speaker_id, OLD.start, OLD."end")
        IS DISTINCT FROM (NEW.id, NEW.source_id, NEW.kind, NEW.text, NEW.speaker_id,
        NEW.start, NEW."end"))
    EXECUTE FUNCTION bb_grouping_inputs();
CREATE TRIGGER sources_grouping_inputs AFTER DELETE OR TRUNCATE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION bb_grouping_inputs();
CREATE TRIGGER sources_grouping_update AFTER UPDATE OF id, date, text, content_hash ON sources
    FOR EACH ROW
    WHEN ((OLD.id, OLD.date, OLD.text, OLD.content_hash)
        IS DISTINCT FROM (NEW.id, NEW.date, NEW.text, NEW.content_hash))
    EXECUTE FUNCTION bb_grouping_inputs();
"""


def read(conn) -> int:
    """The count, as `conn` (a `PgConnection`) sees the library now."""
    return conn.execute_pg("SELECT grouping_inputs FROM library_state").fetchone()[0]
