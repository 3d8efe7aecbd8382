"""A team library: the `Library` interface over a PostgreSQL database.

`PgLibrary` is a `Library` whose connection is a `PgConnection`: the store's
SQL runs unchanged (rewritten where SQLite and PostgreSQL spell a thing
differently, app/core/pg/dialect.py). What is PostgreSQL's own is here:
opening (schema checks, upgrades under an advisory lock), transactions, and
search with tsquery over the GIN-indexed `items.doc` (app/core/pg/search.py).

Writes take the library's write lock (an advisory lock held to commit), as
an SQLite write holds the file's lock: several apps import and edit at once,
one transaction at a time, and no reader ever waits for them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from app.core.errors import LibraryError
from app.core.pg import grouping_inputs, pool
from app.core.pg.connect import (
    PgConnection,
    TeamLibraryError,
    TeamPermissionError,
    describe,
    open_raw,
    without_password,
)
from app.core.pg.resolutions import TeamResolutions
from app.core.pg.roles import explain_denied, level_of, refusal
from app.core.pg.schema import (
    HAND_JOINS_SCHEMA,
    SCHEMA_VERSION,
    WRITE_LOCK,
    migrate,
    newer_error,
    stored_version,
)
from app.core.pg.search import PgSearch
from app.core.store import Library

CANCEL_TIMEOUT = 5.0  # seconds to reach the server with a cancel request


class PgLibrary(PgSearch, TeamResolutions, Library):
    """An open team library. Use one `PgLibrary` per thread, as `Library`."""

    backend = "postgresql"
    hand_joins_schema = HAND_JOINS_SCHEMA

    def __init__(self, location: str, *, readonly: bool = False):
        # `path` opens the library again (other threads' connections) and may be
        # shown or remembered: it carries no password (a typed one is kept for
        # the session, app/core/pg/connect.py); `name` is the short form.
        self.path = without_password(location)  # type: ignore[assignment]
        self.location = location
        self._name = describe(location)
        self.readonly = readonly
        self.readonly_reason = "opened for reading only" if readonly else ""
        self._depth = 0
        self._own_commits = 0  # writing transactions this connection committed
        self.upgraded_from: int | None = None
        self.db = PgConnection(location, explain_denied=self._explain_denied)  # type: ignore[assignment]
        try:
            # A connection kept from a library opened here before had its schema
            # checked then (app/core/pg/pool.py): one round trip fewer for
            # every search the list opens the library for. One opened to write
            # asks again whether a newer version upgraded it since.
            if not self.db.reused:
                self._open_schema()
            elif not readonly:
                self._refuse_newer()
            # Opened for reading (the list's worker, for one search), the change
            # counter is read when first polled: a round trip less per search.
            self._seen_version = None if readonly else self.data_version()
        except BaseException:
            self.db.discard()
            raise

    @property
    def name(self) -> str:
        """The library as the user is shown it: `team library DB on HOST`."""
        return self._name

    def __repr__(self) -> str:
        return f"PgLibrary({without_password(self.location)!r})"

    def refusal(self, doing: str, needed: str = "editor") -> str | None:
        """The role the user lacks for `doing`, asked of the server each time
        (an admin may give it meanwhile); see `Library.refusal`."""
        try:
            return refusal(self.db.raw, self.name, doing, needed)
        except psycopg.Error:
            return None  # not known: the write, tried, says what the server says

    def role(self) -> str | None:
        """The user's level asked of the server: "owner", a level of
        `roles.LEVELS`, or "none"; None when the server does not answer."""
        try:
            return level_of(self.db.raw) or "none"
        except psycopg.Error:
            return None

    def _explain_denied(self, statement: str, message: str) -> str:
        # The refused statement's transaction is aborted: ask on a connection of its own.
        try:
            conn = open_raw(self.location)
        except LibraryError:
            return f"the server refused this ({message})"
        try:
            return explain_denied(conn, statement, message)
        finally:
            conn.close()

    def cancel(self) -> None:
        """Ask the server to stop the statement this library is running now,
        from another thread (the statement fails with a library error); when
        none is running, nothing happens. Blocks for the request's own
        connection to the server, so not on the GUI thread."""
        with contextlib.suppress(psycopg.Error):
            self.db.raw.cancel_safe(timeout=CANCEL_TIMEOUT)

    def ready_for_workers(self) -> None:
        """Keep one connection to this library ready (app/core/pg/pool.py) for
        the list's worker, when none is. Its first search would otherwise wait
        for a connection of its own: a handshake, a password check and a new
        server process (9 ms alone, 20-50 ms on a busy machine), on the
        user's first keystroke rather than while the window opens."""
        if pool.has_idle(self.location):
            return
        # Only a head start: a server that fails now fails the search, which says so.
        with contextlib.suppress(LibraryError):
            PgLibrary(self.location, readonly=True).close()

    # -- schema ---------------------------------------------------------------

    @property
    def version(self) -> int:
        return stored_version(self.db.raw)

    def _open_schema(self) -> None:
        try:
            found = stored_version(self.db.raw)
        except psycopg.errors.InsufficientPrivilege as exc:
            user = self.db.raw.info.user
            raise TeamPermissionError(
                f"{self.name}: you ({user}) have no role in this team library; an admin"
                f" can give you one: main.py team grant {user} reader",
                "reader",
            ) from exc
        if found == 0:
            raise TeamLibraryError(
                f"{self.name}: no team library here yet; an admin sets it up with"
                " `main.py team init URL`"
            )
        if found == SCHEMA_VERSION:
            return
        if found > SCHEMA_VERSION:
            raise newer_error(self.name, found)
        try:
            # Found again under the migration lock: another app may have upgraded it.
            found = migrate(self.db.raw, self.name)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TeamLibraryError(
                f"{self.name}: made by an older version and needs an upgrade, which only"
                " its owner can run: `main.py team init URL`"
            ) from exc
        self.upgraded_from = found if 0 < found < SCHEMA_VERSION else None
        self.db.refresh_keys()

    def _refuse_newer(self) -> None:
        """LibraryNewerError when a newer version upgraded the library (on a
        kept connection: through the connection's own reconnect)."""
        row = self.db.execute_pg(
            "SELECT value FROM briefing.library_meta WHERE key = 'schema_version'"
        ).fetchone()
        if row and int(row[0]) > SCHEMA_VERSION:
            raise newer_error(self.name, int(row[0]))

    def _check_version(self) -> None:
        """Versions are checked when the library opens (see `_open_schema`)."""

    def _fresh_ids(self) -> tuple[int | None, int | None, int | None]:
        """None each: the server's sequences (bb_assign_id) never give an id
        out twice, even one put back by an undo, so no mark is kept here."""
        return None, None, None

    # -- transactions -----------------------------------------------------------

    def data_version(self) -> int:
        """As SQLite's `PRAGMA data_version`: a number that moves when another
        connection commits a change, and not for this one's own commits. The
        library's counter moves once per writing transaction (bb_changed), so
        this connection's own writing transactions are taken off it."""
        version, pending = self.db.execute_pg(
            "SELECT version, current_setting('briefing.counted', true)"
            " = txid_current_if_assigned()::text FROM library_state"
        ).fetchone()
        return version - self._own_commits - (1 if pending else 0)

    @contextmanager
    def read_snapshot(self) -> Iterator[None]:  # type: ignore[override]
        """As the library file's: a REPEATABLE READ transaction that only reads."""
        self.db.execute_pg("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        finally:
            self._rollback()

    def grouping_generation(self) -> int:
        """As the library file's: the count the server's triggers keep
        (app/core/pg/grouping_inputs.py, team schema 7)."""
        return grouping_inputs.read(self.db)

    @contextmanager
    def grouping_transaction(self) -> Iterator[PgConnection]:  # type: ignore[override]
        """A grouping run under the write lock (another app's run waits for it)."""
        with self.transaction() as db:
            yield db

    def _take_write_lock(self) -> None:
        got = self.db.execute_pg("SELECT pg_try_advisory_xact_lock(%s)", (WRITE_LOCK,))
        if got.fetchone()[0]:
            return
        notice = self.db.on_busy
        if notice is not None:
            notice(True)
        try:
            self.db.execute_pg("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        finally:
            if notice is not None:
                notice(False)

    def _rollback(self, to: str | None = None) -> None:
        # The error that brought us here is the one to report.
        with contextlib.suppress(psycopg.Error):
            if to is None:
                self.db.raw.execute("ROLLBACK")
            else:
                self.db.raw.execute(f"ROLLBACK TO SAVEPOINT {to}")
                self.db.raw.execute(f"RELEASE SAVEPOINT {to}")

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:  # type: ignore[override]
        """One atomic unit of work under the library's write lock: committed
        on success, rolled back on error; nested, a savepoint."""
        if self.readonly:
            raise LibraryError(f"{self.name}: the library is open for reading only")
        if self._depth:
            name = f"nested_{self._depth}"
            self.db.execute_pg(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                self._rollback(name)
                raise
            finally:
                self._depth -= 1
            self.db.execute_pg(f"RELEASE SAVEPOINT {name}")
            return
        self.db.execute_pg("BEGIN")
        self._depth = 1
        self.db.writing = True
        try:
            self._take_write_lock()
            yield self.db
            wrote = self.db.execute_pg(
                "SELECT current_setting('briefing.counted', true) = txid_current_if_assigned()::text"
            ).fetchone()[0]
            self.db.execute_pg("COMMIT")
            if wrote:
                self._own_commits += 1
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0
            self.db.writing = False
