"""Bringing a store up to this version's schema: each step of schema.MIGRATIONS
in a transaction of its own, the tables others refer to rebuilt with foreign
keys off and checked, and afterwards the space a rebuild freed given back.
Loaded only when a store is new or older than this version."""

from __future__ import annotations

import sqlite3

from .database import BUSY_MS, Database, schema_version, writing
from .schema import MIGRATIONS, REBUILDS


def migrate(db: Database, current: int) -> None:
    for number, statements in enumerate(MIGRATIONS, 1):
        if number <= current:
            continue
        rebuild = number in REBUILDS
        if rebuild:  # dropping a table others refer to would cascade through them (SQLite's own recipe)
            db.execute("PRAGMA foreign_keys = OFF")
        try:
            with writing(db):
                if schema_version(db) >= number:  # another instance took this step since the version was read
                    continue
                dangling = _dangling(db) if rebuild else 0
                for statement in statements:
                    db.execute(statement)
                if rebuild and _dangling(db) > dangling:
                    raise sqlite3.IntegrityError(f"migration {number} would leave rows pointing at nothing")
                db.execute(f"PRAGMA user_version = {number}")
        finally:
            if rebuild:
                db.execute("PRAGMA foreign_keys = ON")
    if current and current < len(MIGRATIONS):
        if REBUILDS & set(range(current + 1, len(MIGRATIONS) + 1)):
            _compact(db)
        _log_emptied(db)


def _compact(db: Database) -> None:
    """Give back the pages a rebuild freed, when they are a quarter of the file or
    more: the copied table's old pages stay in the file otherwise (schema 10 left
    a 480 MB store of 25,000 versions at 700 MB), and every backup, which copies
    the file page by page, would carry them. The migration has committed by then:
    a VACUUM that fails (a disk too full for its copy) leaves the store as it is."""
    free, total = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
    if total and free * 4 >= total:
        try:
            db.execute("VACUUM")
        except sqlite3.DatabaseError as exc:
            import logging

            logging.getLogger(__name__).warning("the store was not compacted after its migration: %s", exc)


def _log_emptied(db: Database) -> None:
    """The write-ahead log copied into the store and cut back to nothing. What a
    migration wrote (a rebuilt table, a VACUUM: as much as the store itself) went
    through the log, and SQLite reuses a log's space but keeps its size while a
    connection is open: the app, which keeps its store open, held a -wal file as
    large as the store (42 MB for 2,500 versions) beside one just upgraded. Best
    effort: a reader still in the log (another program) leaves it for a later
    checkpoint, without waiting for it."""
    try:
        db.execute("PRAGMA busy_timeout = 0")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlite3.DatabaseError:
        pass
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")


def _dangling(db: Database) -> int:
    """How many rows refer to a row that is not there (a rebuild may not add any)."""
    return len(db.execute("PRAGMA foreign_key_check").fetchall())
