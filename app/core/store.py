"""The source library: one SQLite file holding sources, items and speakers.

The file is opened in WAL mode with foreign keys on (see store_db.py for how
it is opened safely: version checked before anything is touched, migrations
under an exclusive lock, read-only when it cannot be written). Its schema
carries a version (`PRAGMA user_version`); an older file is upgraded in place.

Every write is one transaction (`Library.transaction`, nested ones become
savepoints), so an import that fails midway leaves the library exactly as it
was. Another process may write the same file: a write waits for it, and
`poll_external_change` tells when it has written.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core import file_head
from app.core.errors import (
    DuplicateSourceError,
    LibraryError,
    LibraryReadOnlyError,
)
from app.core.model import NewItem, Source, SourceMeta
from app.core.pg.address import is_team_location
from app.core.schema import HAND_JOINS_SCHEMA, MIGRATIONS, SCHEMA_VERSION
from app.core.store_db import (
    BUSY_GIVE_UP,
    Connection,
    checked_header,
    connect,
    file_identity,
    gone_error,
    newer_error,
    split_statements,
    translated,
    writable,
)
from app.core.store_facts import FactStore
from app.core.store_groups import GroupStore
from app.core.store_search import SearchFilter, SearchStore, fts_query
from app.core.store_speakers import SpeakerStore
from app.core.store_undo import UndoStore

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DuplicateSourceError",
    "Library",
    "LibraryError",
    "SearchFilter",
    "content_hash",
    "fts_query",
    "open_store",
]


def content_hash(text: str) -> str:
    """The identity of a source's text, insensitive to line-ending style."""
    import hashlib  # not needed to open a library (start-up)

    normal = text.replace("\r\n", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Library(SearchStore, GroupStore, SpeakerStore, UndoStore, FactStore):
    """An open library file. Use one `Library` per thread.

    `readonly` opens it for reading only; a file (or folder, or mount) that
    cannot be written is opened that way by itself, and `readonly_reason`
    says why. A file of 0 bytes is refused (LibraryEmptyError: a library
    cut short looks so) unless `new_if_empty` asks for a new library
    there. Raises LibraryError (a subclass saying which kind) when the file
    cannot be used; a refused file is left exactly as it was.

    `upgraded_from`: the schema this opening upgraded the library from; None
    when it upgraded nothing (or made the library new)."""

    hand_joins_schema = HAND_JOINS_SCHEMA
    _kept: file_head.Key | None = None  # the header's descriptor, kept open: file_head.py

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        new_if_empty: bool = False,
        busy_give_up: float = BUSY_GIVE_UP,
    ):
        self.path = Path(path)
        self.readonly = readonly
        self.readonly_reason = "opened for reading only" if readonly else ""
        self._depth = 0
        self._seen_version: int | None = None
        self.upgraded_from: int | None = None
        self._kept = checked_header(self.path, new_if_empty)
        try:
            self._connect(busy_give_up)
        except BaseException:
            file_head.release(self._kept)
            raise
        self._kept = self._kept or file_head.hold(self.path)  # or a file made just now
        self._seen_version = self.data_version()
        self.db.give_up = BUSY_GIVE_UP  # opened: its writes wait as every write does

    def _connect(self, busy_give_up: float) -> None:
        if not self.readonly and not writable(self.path):
            if not self.path.exists():
                raise LibraryError(f"{self.path}: cannot create a library in a read-only folder")
            self.readonly, self.readonly_reason = True, "the file or its folder is read-only"
        try:
            self._open(busy_give_up)
        except LibraryReadOnlyError as exc:
            if self.readonly or not self.path.exists():
                raise
            # Written to by nobody but not writable by us either (a read-only
            # mount, a file locked by the system): read it, and say so.
            self.db.close()
            self.readonly, self.readonly_reason = True, f"it cannot be written ({exc.__cause__})"
            self._open(busy_give_up)

    def _open(self, give_up: float) -> None:
        """Connect; until opened, a statement waits `give_up` s for another's lock."""
        if not self.readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    f"{self.path}: cannot create the library's folder ({exc.strerror})"
                ) from exc
        try:
            self.db: Connection = connect(self.path, readonly=self.readonly)
        except sqlite3.Error as exc:
            raise translated(self.path, exc) or LibraryError(f"{self.path}: {exc}") from exc
        self.db.give_up = give_up
        self._identity = file_identity(self.path)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            # Check each page's cells as it is read: without it, a page whose cell
            # pointers are garbage can be read past its end and give rows anyway.
            self.db.execute("PRAGMA cell_size_check = ON")
            version = self.version
            if version > SCHEMA_VERSION:
                raise newer_error(self.path, version, SCHEMA_VERSION)
            if self.readonly:
                if version < SCHEMA_VERSION:
                    raise LibraryError(
                        f"{self.path}: cannot be opened read-only: it was made by an older"
                        " version and needs an upgrade, which needs write access"
                    )
                return
            # Nothing is changed before the version is known to be ours.
            if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            if version < SCHEMA_VERSION:
                self._upgrade()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise LibraryError(f"{self.path}: not a usable library file ({exc})") from exc
        except LibraryError:
            self.db.close()
            raise

    @property
    def name(self) -> str:
        """The library as the user is shown it (the file's path)."""
        return str(self.path)

    def decider(self) -> str:
        """Who a conflict's decision is recorded for: a team library's user; "" here."""
        return ""

    def role(self) -> str | None:
        """The user's level (`pg.roles.LEVELS`, or "owner"): a file's one user owns it."""
        return "owner"

    def refusal(self, doing: str, needed: str = "editor") -> str | None:
        """Why `doing` will be refused before it is typed: a role lacked; None here."""
        return None

    def close(self) -> None:
        self.db.close()
        file_head.release(self._kept)
        self._kept = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _upgrade(self) -> None:
        """Run the missing migrations in one exclusive transaction. The version
        is read again under the lock: another process may have upgraded (or
        created) the library while this one waited."""
        self.db.execute("BEGIN EXCLUSIVE")
        try:
            version = self.version
            if version > SCHEMA_VERSION:
                raise newer_error(self.path, version, SCHEMA_VERSION)
            for step in range(version, SCHEMA_VERSION):
                for statement in split_statements(MIGRATIONS[step]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {step + 1}")
            self.db.execute("COMMIT")
            self.upgraded_from = version or None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.db.in_transaction:
            # The error that brought us here is the one to report.
            with contextlib.suppress(sqlite3.Error):
                self.db.raw.execute("ROLLBACK")

    # -- transactions and other writers ---------------------------------------

    def gone(self) -> LibraryError | None:
        """The error to tell when the file at the library's path is no longer
        the one opened (see `transaction`), else None."""
        return None if file_identity(self.path) == self._identity else gone_error(self.path)

    def poll_external_change(self) -> bool:
        """True when another connection (another thread or process) has
        committed since the last poll. This connection's own commits do not
        count (SQLite's data_version)."""
        version = self.data_version()
        moved = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return moved

    def set_busy_notice(self, notice: Callable[[bool], None] | None) -> None:
        """`notice(True)` when a write starts waiting for another program
        writing the library, `notice(False)` when the wait is over."""
        self.db.on_busy = notice

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work: committed on success, rolled back on error.

        Waits (see `set_busy_notice`) while another writer holds the library.
        Inside a transaction, another `transaction()` is a savepoint: its
        failure undoes only its own part."""
        if self.readonly:
            raise LibraryReadOnlyError(
                f"{self.path}: the library is open read-only ({self.readonly_reason});"
                " nothing can be changed"
            )
        if self._depth:
            name = f"nested_{self._depth}"
            self.db.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                # A full disk or an I/O error may have rolled the whole
                # transaction back already; the error itself is what to report.
                if self.db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.db.raw.execute(f"ROLLBACK TO {name}")
                        self.db.raw.execute(f"RELEASE {name}")
                raise
            finally:
                self._depth -= 1
            self.db.execute(f"RELEASE {name}")
            return
        if file_identity(self.path) != self._identity:
            raise gone_error(self.path)
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            # A newer version may have upgraded the file since it was opened
            # here: what this one writes is made for the schema it knows.
            version = self.version
            if version > SCHEMA_VERSION:
                raise newer_error(self.path, version, SCHEMA_VERSION)
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    # -- sources --------------------------------------------------------------

    def find_source_by_hash(self, digest: str, file_hash: str = "") -> tuple[int, str] | None:
        """The source (id, title) with this text's hash, or first one imported
        from a file of these bytes (`file_hash`; a newer reader may have read
        the same file into a different text)."""
        if file_hash:
            found = self.db.execute(
                "SELECT id, title FROM sources WHERE file_hash = ? ORDER BY id LIMIT 1",
                (file_hash,),
            ).fetchone()
            if found:
                return found
        return self.db.execute(
            "SELECT id, title FROM sources WHERE content_hash = ?", (digest,)
        ).fetchone()

    def add_source(
        self,
        text: str,
        meta: SourceMeta,
        file_name: str = "",
        items: Iterable[NewItem] = (),
        file_hash: str = "",
    ) -> int:
        """Store a source and its items in one transaction; return its id.
        `file_hash` is the hash of the file's bytes (`Document.file_hash`), ""
        for a text with no file.

        Raises DuplicateSourceError when the same text, or a text read from
        the same file, is already stored, and ValueError for an item whose
        span lies outside the text. Either way nothing is written.
        """
        digest = content_hash(text)
        with self.transaction() as db:
            # Checked under the write lock: another process may have just added it.
            existing = self.find_source_by_hash(digest, file_hash)
            if existing:
                raise DuplicateSourceError(*existing)
            source_id = self._fresh_ids()[0]
            cur = db.execute(
                "INSERT INTO sources (id, file_name, title, outlet, author, date, url, accessed,"
                " text, content_hash, file_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    source_id,
                    file_name,
                    meta.title,
                    meta.outlet,
                    meta.author,
                    meta.date,
                    meta.url,
                    meta.accessed,
                    text,
                    digest,
                    file_hash,
                ),
            )
            source_id = cur.lastrowid
            self._insert_items(source_id, text, items)
        return source_id

    def _fresh_ids(self) -> tuple[int | None, int | None, int | None]:
        """Ids for the next source, item and speaker that no source, item or
        speaker ever had (the `id_mark`, schema 8, speakers since schema 10,
        kept by triggers at every insert). A memo block that cites a deleted
        item or source must never come to point at another one, nor an undo
        or a sync record holding a speaker's id come to name someone else."""
        sources, items, speakers = self.db.execute(
            "SELECT max_source_id, max_item_id, max_speaker_id FROM id_mark"
        ).fetchone()
        return sources + 1, items + 1, speakers + 1

    def _insert_items(self, source_id: int, text: str, items: Iterable[NewItem]) -> bool:
        """Insert `items` in order: the first under an id no item ever had
        (`_fresh_ids`), the others after it. True when there was any."""
        item_id, inserted = self._fresh_ids()[1], False
        for item in items:
            self._insert_item(source_id, text, item, item_id)
            item_id, inserted = None, True
        if inserted:
            named = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT speaker_id FROM items WHERE source_id = ?"
                    " AND speaker_id IS NOT NULL",
                    (source_id,),
                )
            ]
            self._join_lone_surnames(named)
            self._unjoin_surnames(named)
        return inserted

    def _insert_item(
        self, source_id: int, text: str, item: NewItem, item_id: int | None = None
    ) -> int:
        if not (0 <= item.start < item.end <= len(text)):
            raise ValueError(f"item span {item.start}-{item.end} is outside the source text")
        speaker_id = self._speaker_id(item.speaker, item.speaker_role) if item.speaker else None
        cur = self.db.execute(
            'INSERT INTO items (id, source_id, kind, start, "end", text, speaker_id,'
            " speaker_locked, cited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item_id,
                source_id,
                item.kind,
                item.start,
                item.end,
                text[item.start : item.end],
                speaker_id,
                int(item.speaker_locked),
                item.cited,
            ),
        )
        return cur.lastrowid

    def add_item(self, source_id: int, item: NewItem) -> int:
        """Add one item (a clip made by hand) to a stored source."""
        text = self.source(source_id).text
        with self.transaction():
            return self._insert_item(source_id, text, item, self._fresh_ids()[1])

    def source(self, source_id: int) -> Source:
        row = self.db.execute(
            "SELECT id, file_name, text, title, outlet, author, date, url, accessed,"
            " content_hash, derived_from FROM sources WHERE id = ?",
            (source_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no source {source_id}")
        return Source(
            id=row[0],
            file_name=row[1],
            text=row[2],
            meta=SourceMeta(*row[3:9]),
            content_hash=row[9],
            derived_from=row[10],
        )

    def sources(self) -> list[tuple[int, str, SourceMeta, int]]:
        """Every source as (id, file name, metadata, number of items), in added order."""
        rows = self.db.execute(
            "SELECT s.id, s.file_name, s.title, s.outlet, s.author, s.date, s.url, s.accessed,"
            " (SELECT count(*) FROM items WHERE source_id = s.id) FROM sources s ORDER BY s.id"
        ).fetchall()
        return [(r[0], r[1], SourceMeta(*r[2:8]), r[8]) for r in rows]

    def source_titles(self) -> dict[int, str]:
        """Every source's title (or file name when untitled), quickly: no counting."""
        rows = self.db.execute("SELECT id, title, file_name FROM sources")
        return {sid: title or name for sid, title, name in rows}

    def update_source_meta(self, source_id: int, meta: SourceMeta) -> None:
        with self.transaction() as db:
            was = db.execute("SELECT outlet FROM sources WHERE id = ?", (source_id,)).fetchone()
            db.execute(
                "UPDATE sources SET title=?, outlet=?, author=?, date=?, url=?, accessed=?"
                " WHERE id=?",
                (
                    meta.title,
                    meta.outlet,
                    meta.author,
                    meta.date,
                    meta.url,
                    meta.accessed,
                    source_id,
                ),
            )
            if was is not None and was[0] != meta.outlet:
                self._refresh_independent_counts(db, source_id)  # its outlet's witness now

    def count_sources(self) -> int:
        return self.db.execute("SELECT count(*) FROM sources").fetchone()[0]


def open_store(
    location: str | Path, *, readonly: bool = False, busy_give_up: float = BUSY_GIVE_UP
) -> Library:
    """The library at `location`: a library file, or a team library
    (`postgresql://…` or `service=NAME`, app/core/pg/). Same interface.
    `busy_give_up`: how long opening a file waits for another program that
    holds it locked before LibraryBusyError (so the window can say so)."""
    if is_team_location(location):
        # Imported here: a user without a server never loads the driver.
        from app.core.pg.library import PgLibrary

        return PgLibrary(str(location), readonly=readonly)
    return Library(location, readonly=readonly, busy_give_up=busy_give_up)
