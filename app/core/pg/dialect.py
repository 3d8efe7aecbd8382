"""The store's SQL, written for SQLite, as PostgreSQL reads it.

The library's code is written once, in the SQL both databases share, with a
few SQLite habits that have exact PostgreSQL counterparts. `to_postgres`
rewrites those, outside string literals and quoted names:

- `?` placeholders become `%s` (and a literal `%` becomes `%%`);
- `INSERT OR IGNORE` becomes `INSERT ... ON CONFLICT DO NOTHING`;
- `INSERT OR REPLACE INTO t (cols)` becomes an upsert on t's primary key;
- `group_concat(x)` becomes `string_agg(x::text, ',')`;
- `LIKE` becomes `ILIKE` (SQLite's LIKE ignores the case of ASCII letters;
  ILIKE under the "C" collation does the same);
- a flag column used as a condition (`AND speaker_locked`) is compared with
  0, and a unary `+` before a column (SQLite's hint to keep off an index) goes;
- an `INSERT INTO` a table with ids gets `RETURNING id`, so `lastrowid`
  works as on SQLite;
- a negative `LIMIT ?` value (SQLite's "no limit") becomes NULL (see `limit_slots`).

Statements that need more than this (search, schema, locks) are written for
PostgreSQL where they are (app/core/pg/library.py) and bypass the rewrite.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.pg.schema import ID_TABLES

# Literals, quoted names, and everything between them.
_LEXEME = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^'\"]+")
_INSERT_OR = re.compile(
    r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*(\(([^)]*)\))?", re.IGNORECASE
)
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_GROUP_CONCAT = re.compile(r"\bgroup_concat\(([^()]*)\)", re.IGNORECASE)
_LIKE = re.compile(r"\bLIKE\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)
# Integer columns holding 0 or 1 (SQLite has no booleans; the schema keeps them integers).
FLAG_COLUMNS = ("speaker_locked", "by_user", "direct")
_BARE_FLAG = re.compile(
    r"\b(NOT|AND|OR|WHERE|ON|WHEN)\s+((?:\w+\.)?(?:" + "|".join(FLAG_COLUMNS) + r"))\b"
    r"(?!\s*(?:=|<|>|!|IS\b|IN\b))",
    re.IGNORECASE,
)
_UNARY_PLUS = re.compile(r"(\b(?:WHERE|AND|OR|NOT|ON|BY|SELECT)\s+|[(,]\s*)\+(?=[A-Za-z_])", re.I)


def _rewrite_code(code: str) -> str:
    """Rewrite a stretch of SQL that holds no literal or quoted name."""
    code = code.replace("%", "%%").replace("?", "%s")
    code = _GROUP_CONCAT.sub(lambda m: f"string_agg(({m.group(1)})::text, ',')", code)
    code = _BARE_FLAG.sub(lambda m: f"{m.group(1)} {m.group(2)} <> 0", code)
    code = _UNARY_PLUS.sub(r"\1", code)
    return _LIKE.sub("ILIKE", code)


def _rewrite_lexemes(sql: str) -> str:
    out = []
    for piece in _LEXEME.findall(sql):
        if piece.startswith("'"):
            out.append(piece.replace("%", "%%"))
        elif piece.startswith('"'):
            out.append(piece)
        else:
            out.append(_rewrite_code(piece))
    return "".join(out)


def _columns(listed: str | None) -> list[str]:
    if not listed:
        return []
    return [c.strip().strip('"') for c in listed.split(",") if c.strip()]


@lru_cache(maxsize=1024)
def to_postgres(sql: str, primary_keys: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The statement as PostgreSQL reads it (see the module's docstring).

    `primary_keys`: (table, key columns) of the tables an `INSERT OR REPLACE`
    may name. The result is cached per statement text."""
    body = sql.strip().rstrip(";")
    suffix = ""
    m = _INSERT_OR.match(body)
    if m:
        mode, table, listed = m.group(1).upper(), m.group(2), m.group(4)
        body = re.sub(r"^\s*INSERT\s+OR\s+\w+\s+INTO", "INSERT INTO", body, flags=re.IGNORECASE)
        if mode == "IGNORE":
            suffix = " ON CONFLICT DO NOTHING"
        else:
            keys = dict(primary_keys).get(table.lower())
            if not keys:
                raise ValueError(f"INSERT OR REPLACE into {table}: no primary key known")
            others = [c for c in _columns(listed) if c not in keys]
            keyed = ", ".join(f'"{k}"' for k in keys)
            if others:
                sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in others)
                suffix = f" ON CONFLICT ({keyed}) DO UPDATE SET {sets}"
            else:
                suffix = f" ON CONFLICT ({keyed}) DO NOTHING"
    return _rewrite_lexemes(body) + suffix


_LIMIT_MARK = re.compile(r"\bLIMIT\s+\?", re.IGNORECASE)


@lru_cache(maxsize=1024)
def limit_slots(sql: str) -> tuple[int, ...]:
    """Positions of the parameters that are a LIMIT's value."""
    slots, seen = [], 0
    for piece in _LEXEME.findall(sql):
        if piece.startswith(("'", '"')):
            continue
        marks = [m.start() for m in re.finditer(r"\?", piece)]
        limits = {m.end() - 1 for m in _LIMIT_MARK.finditer(piece)}
        slots.extend(seen + n for n, at in enumerate(marks) if at in limits)
        seen += len(marks)
    return tuple(slots)


def wants_id(sql: str) -> bool:
    """Whether an INSERT's new id should come back (a table with ids, no RETURNING yet)."""
    m = _INSERT_INTO.match(sql) or _INSERT_OR.match(sql)
    if not m:
        return False
    table = m.group(1) if m.re is _INSERT_INTO else m.group(2)
    return table.lower() in ID_TABLES and not _RETURNING.search(sql)
