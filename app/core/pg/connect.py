"""Where a team library is, how the app reaches it, and what a refusal means.

A team library is named by a libpq connection URL
(`postgresql://user@host/db?sslmode=verify-full`) or service
(`postgresql:///?service=office`, or `service=office`). Passwords are never
kept by the app: libpq reads them from the passfile (~/.pgpass, or
PGPASSFILE), or a service file (~/.pg_service.conf, PGSERVICEFILE) names the
server and the passfile. A password typed into a URL is used for that
connection and dropped from everything the app remembers or shows.
`sslmode`, `sslrootcert` and the other libpq settings pass through unchanged.

`PgConnection` is the library's connection: the store's SQL, rewritten
(app/core/pg/dialect.py), with server errors turned into library errors that
say what happened in words a user can act on.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import psycopg
from psycopg import errors as pg_errors
from psycopg.adapt import Loader
from psycopg.conninfo import conninfo_to_dict

from app.core.errors import LibraryError, LibraryNewerError
from app.core.pg import pool
from app.core.pg.address import without_password
from app.core.pg.dialect import limit_slots, to_postgres, wants_id
from app.core.pg.schema import SCHEMA, SCHEMA_VERSION, newer_error, stored_version

APP_NAME = "Briefing Builder"
CONNECT_TIMEOUT = 10  # seconds; libpq's default is to wait forever


class TeamLibraryError(LibraryError):
    """A team library that cannot be reached, or refused what was asked."""


class TeamPermissionError(TeamLibraryError):
    """The server refused an action for want of a role; `role` is the one needed."""

    def __init__(self, message: str, role: str | None = None):
        super().__init__(message)
        self.role = role


def has_password(location: str) -> bool:
    """Whether a password was written into the location itself."""
    try:
        return bool(conninfo_to_dict(location).get("password"))
    except psycopg.ProgrammingError:
        return False


@lru_cache(maxsize=64)  # the list opens the library anew for every search
def describe(location: str) -> str:
    """A short name for a team library: `db on host` (or the service)."""
    try:
        info = conninfo_to_dict(location)
    except psycopg.ProgrammingError:
        return without_password(location)
    if info.get("service") and not info.get("dbname"):
        return f"team library (service {info['service']})"
    host = info.get("host") or "localhost"
    if host.startswith("/"):
        host = "this computer"
    return f"team library {info.get('dbname') or info.get('user') or '?'} on {host}"


class _IntegralNumeric(Loader):
    """numeric -> int when whole (SQLite's sum() of integers is an integer), else float."""

    def load(self, data):
        value = float(bytes(data).decode())
        return int(value) if value.is_integer() else value


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# What a failed secure connection asks of the user (the Open Team Library
# dialog says it in its own fields' names when the address is its parts').
SSL_HINT = "check sslmode and sslrootcert in the library's address"


def connect_error(location: str, exc: psycopg.Error) -> TeamLibraryError:
    """A failed connection explained: which library, and what to do."""
    name = describe(location)
    text = str(exc)
    low = text.lower()
    info = {}
    with contextlib.suppress(psycopg.ProgrammingError):
        info = conninfo_to_dict(location)
    user = info.get("user") or "your user"
    if "no password supplied" in low or "password authentication failed" in low:
        what = "no password was found" if "no password" in low else "the password was refused"
        return TeamLibraryError(
            f"{name}: {what} for {user}. Put it in your passfile (~/.pgpass, or the file"
            " PGPASSFILE names) or a service file; Briefing Builder never stores passwords."
        )
    if "does not exist" in low and "database" in low:
        return TeamLibraryError(f"{name}: the server has no such database ({_reason(exc)})")
    if "ssl" in low or "certificate" in low:
        return TeamLibraryError(
            f"{name}: the secure connection failed ({_reason(exc)}); {SSL_HINT}"
        )
    return TeamLibraryError(f"{name}: cannot reach the server ({_reason(exc)})")


# Passwords typed into an address (or the Open Team Library dialog), by the
# address without them: kept in memory for this run of the app only, so the
# library's other connections (the writer, workers) can open it too while
# everything shown or remembered carries no password.
_session_passwords: dict[str, str] = {}


def open_raw(location: str) -> psycopg.Connection:
    """A psycopg connection to the library's database, in autocommit mode (the
    store issues BEGIN and COMMIT), with the library's schema first on the path.

    A password in `location` is kept for this session (see `_session_passwords`);
    without one, libpq looks in the passfile or service file, or this session's."""
    bare = without_password(location)
    extra = {}
    if has_password(location):
        _session_passwords[bare] = conninfo_to_dict(location)["password"]
    elif bare in _session_passwords:
        extra["password"] = _session_passwords[bare]
    try:
        conn = psycopg.connect(
            location,
            autocommit=True,
            application_name=APP_NAME,
            connect_timeout=CONNECT_TIMEOUT,
            **extra,
        )
    except psycopg.Error as exc:
        if extra or has_password(location):
            # A refused password is not tried again, nor are sessions it opened used.
            _session_passwords.pop(bare, None)
            pool.close_idle(bare)
        raise connect_error(location, exc) from exc
    conn.adapters.register_loader("numeric", _IntegralNumeric)
    conn.execute(SESSION_SETTINGS)
    return conn


# Only our schema on the path (and the system catalog, always searched first):
# objects someone else created in "public" can never stand in for ours. A scan
# of a table starts at its first page (not where another scan of it is, or
# stopped): a search's first matches are then its first items
# (app/core/pg/search.py).
# Statements that may leave something on the session (a setting, a session
# lock, a LISTEN, a prepared statement, a cursor, a temporary table): after
# one, a connection is reset before it is kept (app/core/pg/pool.py). Loose
# on purpose ("UPDATE ... SET" counts too): a reset too many costs a round trip.
_TOUCHES_SESSION = re.compile(
    r"\b(SET|LISTEN|PREPARE|DECLARE|TEMP|TEMPORARY)\b|advisory_lock|set_config", re.I
)

SESSION_SETTINGS = (
    f"SELECT set_config('search_path', '{SCHEMA}', false),"
    " set_config('synchronize_seqscans', 'off', false)"
)


class PgCursor:
    """A psycopg cursor with `lastrowid` (the id an INSERT returned) and the
    connection's error translation."""

    __slots__ = ("_cursor", "_conn", "lastrowid")

    def __init__(self, cursor: psycopg.Cursor, conn: PgConnection, lastrowid: int | None = None):
        self._cursor = cursor
        self._conn = conn
        self.lastrowid = lastrowid

    def __iter__(self) -> Iterator:
        try:
            yield from self._cursor
        except psycopg.Error as exc:
            self._conn.reraise(exc, "")

    def fetchone(self):
        try:
            return self._cursor.fetchone()
        except psycopg.Error as exc:
            self._conn.reraise(exc, "")

    def fetchall(self) -> list:
        try:
            return self._cursor.fetchall()
        except psycopg.Error as exc:
            self._conn.reraise(exc, "")

    def fetchmany(self, size: int = 1) -> list:
        try:
            return self._cursor.fetchmany(size)
        except psycopg.Error as exc:
            self._conn.reraise(exc, "")

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description


class PgConnection:
    """The library's connection to a team library: `execute` and `executemany`
    take the store's SQL (SQLite's dialect, rewritten); `execute_pg` takes
    PostgreSQL's own. Errors come out as library errors naming the library."""

    def __init__(self, location: str, *, explain_denied: Callable[[str, str], str] | None = None):
        """Connected to `location`: a connection a library closed before, when
        one is kept (app/core/pg/pool.py), else a new one. A kept one the server
        closed meanwhile is replaced on the first statement (see `_run`)."""
        self.location = location
        self.name = describe(location)
        # Called with (sql, server message) for a refused statement; says which role is needed.
        self.explain_denied = explain_denied
        self.on_busy: Callable[[bool], None] | None = None
        # Set by the library while one of its transactions is open.
        self.writing = False
        kept = pool.take(location)
        # Whether the connection was kept from a library opened here before.
        self.reused = kept is not None
        # Whether a statement may have left something on the session.
        self.touched = False
        # Whether the connection went back to the pool (`close`): it may be
        # another library's now, so a statement after that opens a new one.
        self._released = False
        if kept is not None:
            self.raw, (self._keys, self.items_oid) = kept
        else:
            self.raw = open_raw(location)
            self.refresh_keys()

    def refresh_keys(self) -> None:
        """Read the tables' primary keys, and which items table this is (on a
        new connection, after a migration).

        `items_oid` tells this database's items apart from those of one
        dropped and made again at the same address (or a schema set up
        anew): what a search keeps for the process is kept by it
        (app/core/pg/search.py). None when there is no library yet."""
        rows = self.raw.execute(
            "SELECT c.relname, array_agg(a.attname::text ORDER BY k.n), c.oid::bigint"
            " FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
            " JOIN pg_namespace ns ON ns.oid = c.relnamespace AND ns.nspname = %s"
            " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)"
            " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
            " WHERE i.indisprimary GROUP BY c.relname, c.oid",
            (SCHEMA,),
        ).fetchall()
        self._keys = tuple(sorted((name, tuple(cols)) for name, cols, _ in rows))
        self.items_oid = next((oid for name, _, oid in rows if name == "items"), None)

    def _open_again(self) -> None:
        # A new session may be on a database made anew at this address: read it again.
        self.raw = open_raw(self.location)
        self.refresh_keys()

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def reraise(self, exc: psycopg.Error, sql: str):
        raise self.translate(exc, sql) from exc

    def translate(self, exc: psycopg.Error, sql: str) -> Exception:
        """The error to raise for a server error: a library error for what is
        about the server, the connection or permissions; the error itself for
        a mistake in our SQL."""
        if isinstance(exc, pg_errors.InsufficientPrivilege):
            message = str(exc).strip().splitlines()[0]
            if self.explain_denied is not None:
                return TeamPermissionError(f"{self.name}: {self.explain_denied(sql, message)}")
            return TeamPermissionError(f"{self.name}: the server refused this ({message})")
        if isinstance(exc, pg_errors.DiskFull | pg_errors.OutOfMemory):
            return TeamLibraryError(f"{self.name}: the server cannot store more ({_reason(exc)})")
        if isinstance(exc, psycopg.DataError) and "NUL" in str(exc):
            return TeamLibraryError(
                f"{self.name}: text with a NUL character (\\0) cannot be stored in a team"
                " library; nothing was changed"
            )
        state = exc.sqlstate or ""
        if self.raw.broken or (
            isinstance(exc, psycopg.OperationalError) and state[:2] in ("", "08")
        ):
            return TeamLibraryError(
                f"{self.name}: lost the connection to the server ({_reason(exc)});"
                " the change under way was not saved"
            )
        if state.startswith("57"):
            return TeamLibraryError(f"{self.name}: the server stopped the work ({_reason(exc)})")
        if state.startswith("42") and (newer := self._newer_error()) is not None:
            return newer
        return exc

    def _newer_error(self) -> LibraryNewerError | None:
        """The refusal of a library a newer version upgraded since it was
        opened here (a kept connection opened to read is not asked again, nor
        is an open library): its SQL then fails on what the newer schema
        changed. Asked on a connection of its own, as the failed statement's
        transaction is aborted; only on a failure, so reads cost nothing more."""
        try:
            conn = open_raw(self.location)
        except LibraryError:
            return None
        try:
            found = stored_version(conn)
        except psycopg.Error:
            return None
        finally:
            conn.close()
        return newer_error(self.name, found) if found > SCHEMA_VERSION else None

    def _query(self, sql: str, params: Iterable | dict) -> tuple[str, list | dict]:
        """A statement of the store's SQL and its parameters, as PostgreSQL takes them."""
        params = list(params) if not isinstance(params, dict) else params
        for slot in limit_slots(sql):
            if isinstance(params, list) and params[slot] is not None and params[slot] < 0:
                params[slot] = None
        return to_postgres(sql, self._keys), params

    def execute(
        self, sql: str, params: Iterable | dict = (), *, prepare: bool | None = None
    ) -> PgCursor:
        """Run one statement of the store's SQL. `prepare=False`: never as a
        prepared statement, so it is planned for its own values each time
        (psycopg prepares a statement run often, and the server may then
        plan it once for any values)."""
        query, params = self._query(sql, params)
        returning = wants_id(sql)
        if returning:
            query += " RETURNING id"
        cursor = self._run(lambda cur: cur.execute(query, params, prepare=prepare), sql)
        lastrowid = None
        if returning:
            row = cursor.fetchone()
            lastrowid = row[0] if row else None
        return PgCursor(cursor, self, lastrowid)

    def executemany(self, sql: str, rows: Iterable) -> PgCursor:
        query = to_postgres(sql, self._keys)
        rows = [list(r) for r in rows]
        if not rows:
            return PgCursor(self.raw.cursor(), self)
        return PgCursor(self._run(lambda cur: cur.executemany(query, rows), sql), self)

    def execute_pg(self, sql: str, params: Iterable | dict | None = None) -> PgCursor:
        """Run a statement written for PostgreSQL (%s placeholders)."""
        return PgCursor(self._run(lambda cur: cur.execute(sql, params), sql), self)

    def _run(self, call, sql: str) -> psycopg.Cursor:
        if not self.touched and _TOUCHES_SESSION.search(sql):
            self.touched = True
        if self._released:
            # Used after `close`: as before connections were kept, it opens again.
            self._released = False
            self._open_again()
        elif self.raw.closed and not self.writing:
            self._reconnect(sql)
        cursor = self.raw.cursor()
        try:
            call(cursor)
        except psycopg.OperationalError as exc:
            # A connection lost between statements (a server restart, a network
            # blip) is opened again, and a statement outside a transaction (a
            # read: every write is in one) tried once more. Inside a
            # transaction the work is lost with the connection: say so.
            if not self.raw.broken or self.writing:
                self.reraise(exc, sql)
            self._reconnect(sql)
            cursor = self.raw.cursor()
            try:
                call(cursor)
            except psycopg.Error as again:
                self.reraise(again, sql)
        except psycopg.Error as exc:
            self.reraise(exc, sql)
        return cursor

    def _reconnect(self, sql: str) -> None:
        with contextlib.suppress(psycopg.Error):
            self.raw.close()
        try:
            self._open_again()
        except TeamLibraryError as exc:
            raise TeamLibraryError(f"{exc} (the connection was lost)") from exc

    def close(self) -> None:
        """Done with the library: its connection is kept for the next one
        opened at this address when it is idle and sound, else closed."""
        if self._released:  # closed twice: the connection is not ours any more
            return
        self._released = True
        reset = SESSION_SETTINGS if self.touched else None
        pool.give_back(self.location, self.raw, (self._keys, self.items_oid), reset)

    def discard(self) -> None:
        """Close the connection, never to be kept (a library that failed to open)."""
        self._released = True
        with contextlib.suppress(psycopg.Error):
            self.raw.close()
