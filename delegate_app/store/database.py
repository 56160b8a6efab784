"""Opening the store: where it lives, pragmas, the schema version (its
migrations are in migrations.py).

The store is one SQLite file in the user's data folder (platformdirs), or where
``--db`` or ``DELEGATE_DB`` says. It runs in WAL mode with full sync so that a
committed edit survives a crash. The schema version lives in ``PRAGMA
user_version``; a store made by a newer version of the app is refused before
anything is written to it, and an older one is copied aside (SQLite backup API)
before its migrations run, each migration in one transaction.

A store on read-only media (a read-only folder or disk) is opened for reading;
every failure to write is classified (``failure``) so that a user is told
whether the store is locked by another program, the disk is full, the store is
read-only or damaged: four causes, four different things to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from .. import APP_NAME
from ..core.errors import StoreError
from .schema import MIGRATIONS

T = TypeVar("T")
ENV_VAR = "DELEGATE_DB"
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_MS = 10_000  # how long a connection waits for another program's write lock


FileId = tuple[int, int]  # (device, inode)

# Every open connection of this process to a store file, by the file it has
# open. SQLite finds a store's -wal and -shm by name beside it, so when another
# file is put in the store's place while connections to the old one are open,
# whatever opens the new file next lays the old -wal's pages over it (and SQLite,
# seeing the old file moved, leaves that -wal there when its last connection
# closes). So nothing opens a replaced store until this process's connections to
# the old file are closed (open_database refuses while there are; the window
# closes its own), and then the old -wal and -shm are set aside.
_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()
_OPEN_LOCK = threading.Lock()


class Database:
    """The open store: one SQLite connection in autocommit mode.

    Not ``sqlite_utils.Database`` itself: importing sqlite-utils loads click,
    dateutil and pluggy, about 70 ms, which was a fifth of the app's start-up, and
    opening the window needs nothing but SQL. sqlite-utils stays the bulk writer
    (``utils``, loaded on first use, which is on the import thread). Transactions
    are ours (``writing``), so the two never disagree about which one is open."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None = None,
        read_only: bool = False,
        identity: FileId | None = None,
    ):
        self.conn = conn
        self.path = path
        self.read_only = read_only  # opened from read-only media: nothing can be written
        # the file the connection has open: taken before it was opened (see open_database)
        self.identity = identity if identity is not None else file_identity(path) if path is not None else None
        self.companions: tuple[FileId | None, FileId | None] = (None, None)  # the -wal and -shm it uses
        self._utils: Any = None
        if path is not None:
            with _OPEN_LOCK:
                _OPEN.add(self)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()  # before it leaves _OPEN: until SQLite removed the old -wal, nothing opens the new file
        with _OPEN_LOCK:
            _OPEN.discard(self)
            last = self.path is not None and not _stale(self.path)
        if last and self.path is not None and file_identity(self.path) != self.identity:
            _set_aside(self.path, self.companions)

    def follow(self) -> None:
        """Reconnect to the file now at ``path`` (another was put in its place):
        the same object, so whoever holds it reads the new file. The old
        connection is closed first, so that SQLite removes the old -wal and -shm
        itself before anything opens the new file beside them."""
        assert self.path is not None
        if stale_connections(self.path) not in ([], [self]):
            raise StoreError(_REPLACING, str(self.path), "locked")
        self.close()
        fresh = open_database(self.path)
        with _OPEN_LOCK:
            _OPEN.discard(fresh)
            _OPEN.add(self)
        self.conn, self.identity, self.read_only = fresh.conn, fresh.identity, fresh.read_only
        self.companions, self._utils = fresh.companions, None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:  # background tasks and commands open a store of their own and close it
        self.close()

    @property
    def utils(self) -> Any:
        """sqlite-utils over the same connection, for its batched ``insert_all``."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils


def default_path() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no path is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "delegate.sqlite3"


def store_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The store file a --db value (or none) names: ~ expanded, else the default."""
    return Path(path).expanduser() if path else default_path()


def file_identity(path: Path) -> FileId | None:
    """(device, inode) of the store file: another file put in its place has another."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for SQLite; the path quoted, so '#', '?' and '%' in folder names stay names."""
    from urllib.parse import quote  # when a URI is needed, not while the window opens

    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}" + (f"?{query}" if query else "")


_REPLACING = "the store file was just replaced by another; it can be opened in a moment"
_MESSAGES = {
    "locked": "the store is being used by another program",
    "full": "the disk is full",
    "read-only": "the store cannot be written: its file, folder or disk is read-only",
    "damaged": "the store is damaged",
    "missing": "the store file is no longer there (moved or deleted)",
    "io": "the disk could not be written",
}


def failure(exc: BaseException, path: str | os.PathLike[str] | None = None) -> StoreError:
    """What a failed read or write of the store means for the user, as a StoreError of one kind."""
    if isinstance(exc, StoreError):
        return exc
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    where = str(path) if path is not None else None
    if isinstance(exc, OSError):
        kind = {
            errno.ENOSPC: "full",
            errno.EDQUOT: "full",
            errno.EROFS: "read-only",
            errno.EACCES: "read-only",
            errno.EPERM: "read-only",
            errno.ENOENT: "missing",
        }.get(exc.errno or 0, "io")
    elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        kind = "locked"
    elif name.startswith("SQLITE_FULL") or "disk is full" in text:
        kind = "full"
    elif name.startswith(("SQLITE_READONLY", "SQLITE_PERM")) or "readonly" in text:
        kind = "read-only"
    elif name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or any(
        sign in text for sign in ("malformed", "not a database", "no such table", "no such column", "no such index")
    ):
        kind = "damaged"  # the file, or its tables: either way the store is not what it should be
    else:  # an I/O error or a file that cannot be opened: the disk says which
        kind = _disk_state(Path(path)) if path is not None else "io"
    detail = f" ({text})" if kind in ("io", "damaged") else ""
    return StoreError(_MESSAGES[kind] + detail, where, kind)


def _disk_state(path: Path) -> str:
    import shutil

    if not path.exists():
        return "missing"
    folder = path.parent
    try:
        if shutil.disk_usage(folder).free < 64 * 1024:
            return "full"
    except OSError:
        return "io"
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        return "read-only"
    return "io"


def _connect(target: Path, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    """A connection that has read nothing of the file yet (open_database looks at
    which file it is before the first read)."""
    if not read_only:
        conn = sqlite3.connect(str(target), timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
    elif not immutable:
        conn = sqlite3.connect(
            uri(target, mode="ro"), uri=True, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(uri(target, immutable="1"), uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")  # (sets a handler: reads nothing of the file)
    return conn


def _first_read(conn: sqlite3.Connection, target: Path, read_only: bool) -> tuple[sqlite3.Connection, int]:
    """The connection with its page cache set, and the store's schema version: the
    first reads of the file. Without a -shm beside it (none can be made on
    read-only media) a WAL store can be read only as immutable; SQLite says so by
    failing to open it, or the -shm, there. Any other failure (busy, locked) is
    raised: read as immutable, a file another program is writing reads torn."""
    try:
        return conn, _version_with_cache(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if not read_only or not getattr(exc, "sqlite_errorname", "").startswith(_NO_SHM):
            raise
    conn = _connect(target, read_only, immutable=True)
    try:
        return conn, _version_with_cache(conn)
    except sqlite3.DatabaseError:
        conn.close()
        raise


_NO_SHM = ("SQLITE_CANTOPEN", "SQLITE_READONLY")  # what a read-only WAL store without its -shm fails with


def _version_with_cache(conn: sqlite3.Connection) -> int:
    # A page cache of up to 8 MiB (SQLite's default is 2 MiB), filled only as pages
    # are read: in a library of 10,000 versions a search reads more than 2 MiB of the
    # index, so every search read its pages and the rows it lists from the file
    # again (1.3x the bare FTS5 query instead of 1.05x). 8 MiB gains what 32 did, at
    # a quarter of the memory. Not memory-mapped I/O: a store truncated under the
    # app would then crash it (SIGBUS) instead of failing. (This pragma reads the schema.)
    conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


CACHE_KIB = -8 * 1024  # negative: a size in KiB, not in pages


def _cannot_write(target: Path) -> bool:
    folder = target.parent
    return (
        (target.exists() and not os.access(target, os.W_OK))
        or not os.access(folder, os.W_OK)
        or _read_only_mount(folder)
    )


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def open_database(path: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating if needed) and migrate the store at ``path``.

    A store that exists on read-only media is opened for reading only (a
    delegate can still read the library from a read-only share)."""
    target = store_path(path)
    if target.is_dir():
        raise StoreError("this is a folder; give the path of a store file", str(target))
    before = file_identity(target)
    if stale_connections(target):  # see _OPEN: the old file's -wal is still beside the new one
        raise StoreError(_REPLACING, str(target), "locked")
    read_only = target.is_file() and _cannot_write(target)
    if not read_only:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise failure(exc, target) from None
    # The file's identity is taken before the connection opens it and looked at again
    # after: a file put in the store's place in between would otherwise be recorded
    # as the one this connection has open, and the replaced file's -wal (which this
    # connection uses) would no longer be known as stale, and be laid over the new file.
    try:
        conn = _connect(target, read_only)
        if (before is not None and file_identity(target) != before) or stale_connections(target):
            # replaced between the look and the open: closed before it read a page, so the
            # replaced file's -wal is neither read through nor checkpointed into the new file
            conn.close()
            raise StoreError(_REPLACING, str(target), "locked")
        # Read only after the look above: a connection that reads a file put in the
        # store's place while the old one's -wal and -shm are still beside it reads
        # the new file through the old file's log.
        conn, version = _first_read(conn, target, read_only)
    except sqlite3.DatabaseError as exc:
        problem = failure(exc, target)
        if problem.kind == "damaged" or (problem.kind == "io" and target.is_file()):
            problem = StoreError(f"this is not a Delegate store, or it is damaged ({exc})", str(target), "damaged")
        raise problem from None
    identity = file_identity(target)
    if before is not None and identity != before:  # replaced while it was being opened
        conn.close()
        raise StoreError(_REPLACING, str(target), "locked")
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"this store was made by a newer version of {APP_NAME} (schema {version}; this version "
            f"knows up to {SCHEMA_VERSION}). It was left untouched: update {APP_NAME} to open it.",
            str(target),
            "schema",
        )
    if read_only and version < SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"this store is read-only and was made by an older version of {APP_NAME} (schema "
            f"{version}); it can be opened once it can be written, to bring it up to date",
            str(target),
            "read-only",
        )
    if read_only:
        return Database(conn, target, read_only=True, identity=identity)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")  # what sqlite-utils sets: REPLACE fires delete triggers
        db = Database(conn, target, identity=identity)
        if version < SCHEMA_VERSION:  # a new store, or one an older version made: the migrations load
            from .migrations import migrate

            if version:
                backup_to(db, target.with_name(f"{target.name}.schema{version}.bak"))
            migrate(db, version)
        db.companions = (file_identity(_wal(target)), file_identity(_companion_paths(target)[1]))
    except sqlite3.DatabaseError as exc:
        conn.close()
        problem = failure(exc, target)
        raise StoreError(f"the store cannot be opened: {problem.message}", str(target), problem.kind) from None
    return db


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _companion_paths(path: Path) -> tuple[Path, Path]:
    return _wal(path), path.with_name(path.name + "-shm")


def _stale(path: Path, but: Database | None = None) -> list[Database]:
    """This process's open connections to a file that was at ``path`` and is not any more."""
    target = path.resolve()
    current = file_identity(path)
    return [
        db
        for db in list(_OPEN)
        if db is not but and db.path is not None and db.path.resolve() == target and db.identity != current
    ]


def stale_connections(path: Path) -> list[Database]:
    """Connections of this process still open on a file that was replaced at ``path``."""
    with _OPEN_LOCK:
        return _stale(path)


def _set_aside(path: Path, companions: tuple[FileId | None, FileId | None]) -> None:
    """The replaced file's -wal and -shm, when they are still beside the new one
    (another program kept the old file open): renamed aside, so that SQLite never
    lays the old pages over the new file."""
    import logging
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = False
    for part, identity in zip(_companion_paths(path), companions):
        if identity is not None and file_identity(part) == identity:
            try:
                part.rename(part.with_name(f"{part.name}.stale-{stamp}"))
                moved = True
            except OSError:
                pass
    if moved:
        logging.getLogger(__name__).warning("%s was replaced by another file; the old -wal was set aside", path)


def decoded(what: str, load: Callable[[], T]) -> T:
    """A record read back from its JSON; a record that no longer reads as one (a
    tampered or damaged row) is the store's damage, said as such."""
    try:
        return load()
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise StoreError(f"the store holds a damaged record ({what}: {exc})", None, "damaged") from None


def generation(db: Database) -> str:
    """The store's generation: a random value that a restore changes (schema 5)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return row[0] if row else ""


def new_generation(db: Database) -> str:
    """Mark the store as replaced (after a restore): windows that have it open see it."""
    from .schema import UUID_SQL

    db.execute(
        f"INSERT INTO meta (key, value) VALUES ('generation', {UUID_SQL}) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )
    return generation(db)


@contextmanager
def writing(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock at once (BEGIN IMMEDIATE).

    With a plain BEGIN a transaction that reads before it writes can find, when it
    comes to write, that another process (a second window, the command line) has
    committed meanwhile, and SQLite then fails at once instead of waiting. Taking
    the lock first makes the busy timeout apply, so two instances take turns.
    Nested use becomes a savepoint."""
    if db.conn.in_transaction:
        # one name serves every depth: ROLLBACK TO and RELEASE act on the innermost savepoint of that name
        db.conn.execute("SAVEPOINT nested")
        try:
            yield db
        except BaseException:
            db.conn.execute("ROLLBACK TO nested")
            db.conn.execute("RELEASE nested")
            raise
        else:
            db.conn.execute("RELEASE nested")
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


@contextmanager
def writing_to(db: Database, expected_generation: str) -> Iterator[Database]:
    """A write transaction on the store as it was when it was opened: if it was
    restored or swapped since (another generation, another file), nothing is
    written and StoreError("replaced") says so."""
    if db.path is not None:
        identity = file_identity(db.path)
        if identity is None:
            raise StoreError(_MESSAGES["missing"], str(db.path), "missing")
        if identity != db.identity:
            raise StoreError("the store file was replaced while it was open", str(db.path), "replaced")
    with writing(db):
        found = generation(db)
        if found != expected_generation:
            raise StoreError(
                "the store was restored from a backup or replaced while it was open",
                str(db.path) if db.path else None,
                "replaced",
            )
        yield db


def backup_to(db: Database, destination: Path) -> None:
    """A consistent copy of the live store, taken with SQLite's backup API."""
    dest = sqlite3.connect(str(destination))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])
