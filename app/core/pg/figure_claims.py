"""Team schema 8, as the library file's schema 15 (app/core/schema.py):
figure claims, the sentences with a figure a source does not offer as
facts, compared for conflicts only (corroborate/wide.py). A new table's
ids come from its sequence, as every table's; a source's new date or text
drops its scan, so its claims are found again."""

from __future__ import annotations

FIGURE_CLAIMS = """
CREATE TABLE figure_claims (
    id bigint PRIMARY KEY,
    source_id bigint NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start integer NOT NULL,
    "end" integer NOT NULL,
    cited text COLLATE "C" NOT NULL,
    how text COLLATE "C" NOT NULL DEFAULT 'wide',
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX figure_claims_source ON figure_claims(source_id, start);
CREATE TABLE claim_scans (
    source_id bigint PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE
);
CREATE TABLE conflict_claims (
    conflict_id bigint NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    claim_id bigint NOT NULL REFERENCES figure_claims(id) ON DELETE CASCADE,
    value text COLLATE "C" NOT NULL,
    PRIMARY KEY (conflict_id, claim_id)
);
CREATE INDEX conflict_claims_claim ON conflict_claims(claim_id);
ALTER TABLE conflicts ADD COLUMN wide integer NOT NULL DEFAULT 0;
CREATE SEQUENCE figure_claims_id_seq OWNED BY figure_claims.id;
CREATE TRIGGER figure_claims_id BEFORE INSERT ON figure_claims FOR EACH ROW
    EXECUTE FUNCTION bb_assign_id('briefing.figure_claims_id_seq');
CREATE FUNCTION bb_claims_redated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM briefing.claim_scans WHERE source_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER figure_claims_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON figure_claims FOR EACH STATEMENT EXECUTE FUNCTION bb_changed();
CREATE TRIGGER conflict_claims_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON conflict_claims FOR EACH STATEMENT EXECUTE FUNCTION bb_changed();
CREATE TRIGGER claim_scans_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON claim_scans FOR EACH STATEMENT EXECUTE FUNCTION bb_changed();
CREATE TRIGGER claim_scans_redated AFTER UPDATE OF date, text ON sources
    FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date OR OLD.text IS DISTINCT FROM NEW.text)
    EXECUTE FUNCTION bb_claims_redated();
-- The roles of a library made before: the grants init_team gives the new tables.
DO $$
DECLARE
    who text;
BEGIN
    SELECT value INTO who FROM briefing.library_meta WHERE key = 'role_reader';
    IF who IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON briefing.figure_claims, briefing.claim_scans,'
            ' briefing.conflict_claims TO %I', who);
    END IF;
    SELECT value INTO who FROM briefing.library_meta WHERE key = 'role_editor';
    IF who IS NOT NULL THEN
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON briefing.figure_claims,'
            ' briefing.claim_scans, briefing.conflict_claims TO %I', who);
        EXECUTE format('GRANT USAGE, UPDATE ON SEQUENCE briefing.figure_claims_id_seq TO %I', who);
    END IF;
END
$$;
"""
