"""A library made now taken back to an older schema, for the tests of an
upgrade: what each newer migration added is dropped again."""

from __future__ import annotations

import re

from app.core.pg.grouping_inputs import GROUPING_INPUTS
from app.core.schema import MIGRATIONS

_TRIGGER = re.compile(r"CREATE TRIGGER (\w+)")


def file_before_figure_claims(raw) -> None:
    """A library file (an sqlite3 connection) as schema 14 left it: no
    figure claims (schema 15), nor conflicts holding one."""
    raw.execute("DELETE FROM conflicts WHERE wide = 1")
    for name in _TRIGGER.findall(MIGRATIONS[14]):
        raw.execute(f"DROP TRIGGER {name}")
    for table in ("conflict_claims", "claim_scans", "figure_claims"):
        raw.execute(f"DROP TABLE {table}")
    raw.execute("ALTER TABLE conflicts DROP COLUMN wide")


def file_before_grouping_inputs(raw) -> None:
    """A library file (an sqlite3 connection) as schema 13 left it: no count
    of the writes to what grouping reads (schema 14)."""
    file_before_figure_claims(raw)
    for name in _TRIGGER.findall(MIGRATIONS[13]):
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute("DROP TABLE grouping_inputs")


def team_before_figure_claims(conn) -> None:
    """A team library (a psycopg connection) as team schema 7 left it (team schema 8)."""
    conn.execute("DELETE FROM briefing.conflicts WHERE wide = 1")
    conn.execute("DROP TRIGGER claim_scans_redated ON briefing.sources")
    conn.execute("DROP FUNCTION briefing.bb_claims_redated()")
    for table in ("conflict_claims", "claim_scans", "figure_claims"):
        conn.execute(f"DROP TABLE briefing.{table}")
    conn.execute("ALTER TABLE briefing.conflicts DROP COLUMN wide")


def team_before_grouping_inputs(conn) -> None:
    """A team library (a psycopg connection) as team schema 6 left it (team schema 7)."""
    team_before_figure_claims(conn)
    for trigger, table in re.findall(r"TRIGGER (\w+) AFTER .*? ON (\w+)", GROUPING_INPUTS, re.S):
        conn.execute(f"DROP TRIGGER {trigger} ON briefing.{table}")
    conn.execute("DROP FUNCTION briefing.bb_grouping_inputs()")
    conn.execute("ALTER TABLE briefing.library_state DROP COLUMN grouping_inputs")
