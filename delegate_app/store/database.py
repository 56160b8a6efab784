"""Opening the store: where it lives, pragmas, schema version and migrations.

The store is one SQLite file in the user's data folder (platformdirs), or where
``--db`` or ``DELEGATE_DB`` says. It runs in WAL mode with full sync so that a
committed edit survives a crash. The schema version lives in ``PRAGMA
user_version``; a store made by a newer version of the app is refused before
anything is written to it, and an older one is copied aside (SQLite backup API)
before its migrations run, each migration in one transaction.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from .. import APP_NAME
from ..core.errors import StoreError
from .schema import MIGRATIONS

ENV_VAR = "DELEGATE_DB"
SCHEMA_VERSION = len(MIGRATIONS)


class Database:
    """The open store: one SQLite connection in autocommit mode.

    Not ``sqlite_utils.Database`` itself: importing sqlite-utils loads click,
    dateutil and pluggy, about 70 ms, which was a fifth of the app's start-up, and
    opening the window needs nothing but SQL. sqlite-utils stays the bulk writer
    (``utils``, loaded on first use, which is on the import thread). Transactions
    are ours (``writing``), so the two never disagree about which one is open."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils = None

    def execute(self, sql: str, parameters=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:  # background tasks and commands open a store of their own and close it
        self.close()

    @property
    def utils(self):
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


def store_path(path: str | os.PathLike | None = None) -> Path:
    """The store file a --db value (or none) names: ~ expanded, else the default."""
    return Path(path).expanduser() if path else default_path()


def open_database(path: str | os.PathLike | None = None) -> Database:
    """Open (creating if needed) and migrate the store at ``path``."""
    target = store_path(path)
    if target.is_dir():
        raise StoreError("this is a folder; give the path of a store file", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(target), timeout=10, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"this is not a Delegate store, or it is damaged ({exc})", str(target)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"this store was made by a newer version of {APP_NAME} (schema {version}; this version "
            f"knows up to {SCHEMA_VERSION}). It was left untouched: update {APP_NAME} to open it.",
            str(target))
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")  # what sqlite-utils sets: REPLACE fires delete triggers
        db = Database(conn)
        if 0 < version < SCHEMA_VERSION:
            backup_to(db, target.with_name(f"{target.name}.schema{version}.bak"))
        migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"the store cannot be opened ({exc})", str(target)) from None
    return db


@contextmanager
def writing(db: Database):
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


def migrate(db: Database, current: int) -> None:
    for number, statements in enumerate(MIGRATIONS, 1):
        if number <= current:
            continue
        with writing(db):
            for statement in statements:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")


def backup_to(db: Database, destination: Path) -> None:
    """A consistent copy of the live store, taken with SQLite's backup API."""
    dest = sqlite3.connect(str(destination))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]
