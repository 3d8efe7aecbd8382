"""Who may do what in a team library, enforced by the server.

Three PostgreSQL roles per library, each a member of the one below:

- reader: search, read, build memos (SELECT);
- editor: import, tag, rename or merge speakers, resolve conflicts (writes
  to everything but deleting sources; of a source only its details change);
- admin:  delete sources, and give or take the roles (through
  `bb_set_role`, a function that runs as the library's owner).

`GRANTS` below is the one statement of that split: `init_team` applies it,
and a refused statement is explained from it (which role was needed).
Role names are the database's name with the level (`newsdesk_editor`),
kept in `library_meta`, so several team libraries can share a server.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import sql

from app.core.pg.connect import TeamLibraryError, TeamPermissionError, describe, open_raw
from app.core.pg.schema import DATA_TABLES, MIGRATION_LOCK, SCHEMA, migrate
from app.core.role_levels import LEVELS, enough

_CHANGE = ("INSERT", "UPDATE", "DELETE")
_READ_TABLES = ("library_meta", "library_state", *DATA_TABLES)
# Of a source, an editor changes its details, never its text.
SOURCE_DETAILS = ("title", "outlet", "author", "date", "url", "accessed", "derived_from")

GRANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "reader": {table: ("SELECT",) for table in _READ_TABLES},
    "editor": {
        "sources": ("INSERT", "UPDATE"),
        "library_state": ("UPDATE",),
        # Everything else but the tombstones of deleted sources.
        **{t: _CHANGE for t in DATA_TABLES if t not in ("sources", "deleted_sources")},
    },
    "admin": {"sources": ("DELETE",), "deleted_sources": _CHANGE},
}

# What a refused change was, in the user's words.
_DOING = {
    ("INSERT", "sources"): "importing sources",
    ("UPDATE", "sources"): "changing a source's details",
    ("DELETE", "sources"): "deleting sources",
    ("INSERT", "deleted_sources"): "deleting sources",
    ("DELETE", "deleted_sources"): "putting back a deleted source",
    ("INSERT", "tags"): "tagging",
    ("DELETE", "tags"): "tagging",
    ("UPDATE", "speakers"): "renaming speakers",
    ("DELETE", "speakers"): "merging speakers",
    ("INSERT", "conflict_resolutions"): "resolving conflicts",
    ("UPDATE", "conflict_resolutions"): "resolving conflicts",
    ("DELETE", "conflict_resolutions"): "resolving conflicts",
    ("UPDATE", "conflicts"): "resolving conflicts",
}
_DENIED_TABLE = re.compile(r"(?:for table|for relation|policy for table) \"?(\w+)\"?")
_VERB = re.compile(r"^\s*(?:WITH\b.*?\)\s*)?(INSERT|UPDATE|DELETE|SELECT)\b", re.I | re.S)


def role_needed(verb: str, table: str) -> str | None:
    """The lowest level that may run `verb` on `table`, or None when none may."""
    for level in LEVELS:
        if verb in GRANTS[level].get(table, ()):
            return level
    return None


def default_prefix(dbname: str) -> str:
    """Role names' prefix for a database: its name in lower-case letters, digits and _."""
    clean = re.sub(r"[^a-z0-9_]+", "_", dbname.lower()).strip("_") or "library"
    return clean[:40]


_SET_ROLE = r"""
DROP FUNCTION IF EXISTS briefing.bb_set_role(text, text);
CREATE FUNCTION briefing.bb_set_role(who text, level text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    target text;
BEGIN
    IF level NOT IN ('reader', 'editor', 'admin', 'none') THEN
        RAISE EXCEPTION 'unknown role "%": reader, editor, admin or none', level
            USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        RAISE EXCEPTION 'the server has no user named "%"', who USING ERRCODE = '42704';
    END IF;
    IF EXISTS (SELECT 1 FROM briefing.library_meta WHERE key LIKE 'role\_%' AND value = who)
    THEN
        RAISE EXCEPTION '"%" is one of the library''s roles, not a user', who
            USING ERRCODE = '22023';
    END IF;
    FOR r IN SELECT m.value FROM briefing.library_meta m
        JOIN pg_roles g ON g.rolname = m.value
        JOIN pg_auth_members a ON a.roleid = g.oid
        JOIN pg_roles u ON u.oid = a.member AND u.rolname = who
        WHERE m.key LIKE 'role\_%'
    LOOP
        EXECUTE format('REVOKE %I FROM %I', r.value, who);
    END LOOP;
    IF level = 'none' THEN
        RETURN NULL;
    END IF;
    SELECT value INTO target FROM briefing.library_meta WHERE key = 'role_' || level;
    EXECUTE format('GRANT %I TO %I', target, who);
    RETURN target;
END
$$;
"""


def _check_server(conn: psycopg.Connection, name: str) -> None:
    version = conn.info.server_version
    if version < 130000:
        raise TeamLibraryError(
            f"{name}: PostgreSQL 13 or newer is needed (the server runs {version // 10000})"
        )
    encoding = conn.execute("SHOW server_encoding").fetchone()[0]
    if encoding.upper() not in ("UTF8", "UTF-8"):
        raise TeamLibraryError(
            f"{name}: the database must use UTF8 text (it uses {encoding}); create it with"
            " ENCODING 'UTF8'"
        )
    icu = conn.execute("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'").fetchone()
    if icu is None:
        raise TeamLibraryError(
            f"{name}: the server has no ICU collations (PostgreSQL built without ICU);"
            " search needs them"
        )
    able = conn.execute(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).fetchone()[0]
    if not able:
        raise TeamPermissionError(
            f"{name}: setting up a team library creates its three roles; connect as a user"
            " with CREATEROLE (or a superuser)"
        )


def _roles_of(conn: psycopg.Connection) -> dict[str, str]:
    rows = conn.execute(
        "SELECT substr(key, 6), value FROM library_meta WHERE key LIKE 'role\\_%'"
    ).fetchall()
    return dict(rows)


def init_team(location: str, prefix: str | None = None) -> tuple[dict[str, str], int]:
    """Create (or bring up to date) the library's schema, its three roles and
    their grants; return {level: role name} and the schema version found (0:
    none, the library is new). Run again after an upgrade."""
    name = describe(location)
    conn = open_raw(location)
    try:
        _check_server(conn, name)
        found = migrate(conn, name)
        dbname = conn.info.dbname
        with conn.transaction():
            # Two admins setting up at once: the second waits, then finds the roles.
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            roles = _roles_of(conn)
            base = prefix or default_prefix(dbname)
            for level in LEVELS:
                role = roles.get(level) or f"{base}_{level}"
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
                if exists.fetchone() is None:
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
                conn.execute(
                    "INSERT INTO library_meta (key, value) VALUES (%s, %s)"
                    " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    (f"role_{level}", role),
                )
                roles[level] = role
            _apply_grants(conn, dbname, roles)
        return roles, found
    finally:
        conn.close()


def _apply_grants(conn: psycopg.Connection, dbname: str, roles: dict[str, str]) -> None:
    ident = {level: sql.Identifier(role) for level, role in roles.items()}
    run = conn.execute
    run(sql.SQL("GRANT {} TO {}").format(ident["reader"], ident["editor"]))
    run(sql.SQL("GRANT {} TO {}").format(ident["editor"], ident["admin"]))
    run(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(dbname), ident["reader"]
        )
    )
    run(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC")
    run(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), ident["reader"]))
    # A library of an older schema lacks the later tables (their migration grants them).
    present = {
        r[0] for r in run("SELECT tablename FROM pg_tables WHERE schemaname = %s", (SCHEMA,))
    }
    for level in LEVELS:
        for table, verbs in GRANTS[level].items():
            if table not in present and table not in ("library_meta", "library_state"):
                continue
            for verb in verbs:
                columns = sql.SQL("")
                if (level, table, verb) == ("editor", "sources", "UPDATE"):
                    columns = sql.SQL(" ({})").format(
                        sql.SQL(", ").join(map(sql.Identifier, SOURCE_DETAILS))
                    )
                run(
                    sql.SQL("GRANT {}{} ON {}.{} TO {}").format(
                        sql.SQL(verb),
                        columns,
                        sql.Identifier(SCHEMA),
                        sql.Identifier(table),
                        ident[level],
                    )
                )
    run(
        sql.SQL("GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            sql.Identifier(SCHEMA), ident["editor"]
        )
    )
    run(_SET_ROLE)
    run(f"REVOKE ALL ON FUNCTION {SCHEMA}.bb_set_role(text, text) FROM PUBLIC")
    run(
        sql.SQL("GRANT EXECUTE ON FUNCTION {}.bb_set_role(text, text) TO {}").format(
            sql.Identifier(SCHEMA), ident["admin"]
        )
    )


def set_role(location: str, user: str, level: str) -> str | None:
    """Give `user` one level in the library (replacing any other), or with
    "none" take them all; returns the role granted. Needs the admin role."""
    if level not in (*LEVELS, "none"):
        raise TeamLibraryError(f"unknown role {level!r}: reader, editor, admin or none")
    name = describe(location)
    conn = open_raw(location)
    try:
        return conn.execute("SELECT bb_set_role(%s, %s)", (user, level)).fetchone()[0]
    except psycopg.errors.InsufficientPrivilege as exc:
        raise TeamPermissionError(
            f"{name}: giving and taking roles needs the admin role in this team library",
            "admin",
        ) from exc
    except psycopg.errors.UndefinedFunction as exc:
        raise TeamLibraryError(
            f"{name}: not a team library yet: run `main.py team init` first"
        ) from exc
    except (psycopg.errors.UndefinedObject, psycopg.errors.InvalidParameterValue) as exc:
        raise TeamLibraryError(f"{name}: {exc.diag.message_primary}") from exc
    finally:
        conn.close()


def level_of(conn: psycopg.Connection, user: str | None = None) -> str | None:
    """The highest level `user` (default: the connected one) holds, "owner"
    for the library's owner, or None."""
    who = user or conn.execute("SELECT current_user").fetchone()[0]
    owner = conn.execute(
        "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = %s", (SCHEMA,)
    ).fetchone()
    if owner and owner[0] == who:
        return "owner"
    roles = _roles_of(conn)
    held = None
    for level in LEVELS:
        role = roles.get(level)
        if role and conn.execute("SELECT pg_has_role(%s, %s, 'USAGE')", (who, role)).fetchone()[0]:
            held = level
    return held


def refusal(conn: psycopg.Connection, name: str, doing: str, needed: str) -> str | None:
    """Why the connected user may not do `doing` (which needs the `needed`
    level), said before they try, in the words of a refused write; None when
    their level is enough (an owner's always is)."""
    user = conn.execute("SELECT current_user").fetchone()[0]
    has = level_of(conn, user)
    if enough(has, needed):
        return None
    having = f"you ({user}) are {has}" if has else f"you ({user}) have no role in it"
    return (
        f"{name}: {doing} needs the {needed} role in this team library; {having}."
        f" An admin can give it: main.py team grant {user} {needed}"
    )


def members(location: str) -> list[tuple[str, str]]:
    """(user, level) of everyone given a level directly, by name."""
    conn = open_raw(location)
    try:
        roles = _roles_of(conn)
        by_role = {role: level for level, role in roles.items()}
        rows = conn.execute(
            "SELECT u.rolname, g.rolname FROM pg_auth_members a"
            " JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles u ON u.oid = a.member"
            " WHERE g.rolname = ANY(%s) AND NOT (u.rolname = ANY(%s)) ORDER BY 1",
            (list(by_role), list(by_role)),
        ).fetchall()
        return [(user, by_role[role]) for user, role in rows]
    finally:
        conn.close()


def explain_denied(conn: psycopg.Connection, statement: str, message: str) -> str:
    """Say, for a statement the server refused, which role was needed, what
    the user has, and who can change it."""
    table_match = _DENIED_TABLE.search(message)
    verb_match = _VERB.match(statement)
    table = table_match.group(1) if table_match else ""
    verb = verb_match.group(1).upper() if verb_match else ""
    needed = role_needed(verb, table) if table and verb else None
    if "bb_set_role" in message or "bb_set_role" in statement:
        needed, doing = "admin", "giving and taking roles"
    else:
        doing = _DOING.get((verb, table), "this")
    try:
        user = conn.execute("SELECT current_user").fetchone()[0]
        has = level_of(conn, user)
    except psycopg.Error:
        user, has = "you", None
    having = f"you ({user}) are {has}" if has else f"you ({user}) have no role in it"
    if needed is None:
        return f"the server refused {doing} ({message}); {having}"
    return (
        f"{doing} needs the {needed} role in this team library; {having}."
        f" An admin can give it: main.py team grant {user} {needed}"
    )
