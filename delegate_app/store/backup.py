"""Backups of the store and restoring one.

A backup is a consistent copy taken with SQLite's online backup API (the store
stays usable meanwhile), named by its time, in a folder beside the store; the
newest few are kept. Restoring checks the backup first (a SQLite file, intact,
of a schema this version knows), then backs up the current store, then copies
the backup over it through the same API, so a bad backup changes nothing and a
good restore can itself be undone.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..core.errors import StoreError
from .database import SCHEMA_VERSION, Database, backup_to, migrate, new_generation, schema_version, uri, writing

KEEP = 10
_PREFIX = "delegate-"


def backups_dir(store: str | Path) -> Path:
    store = Path(store)
    return store.with_name(store.name + ".backups")


def due(store: str | Path, hours: float = 24) -> bool:
    """Whether the newest backup is older than ``hours`` (or there is none)."""
    found = list_backups(store)
    if not found:
        return True
    age = datetime.now(UTC).timestamp() - found[-1].stat().st_mtime
    return age > hours * 3600


def list_backups(store: str | Path) -> list[Path]:
    folder = backups_dir(store)
    return sorted(folder.glob(f"{_PREFIX}*.sqlite3")) if folder.is_dir() else []


def make_backup(db: Database, store: str | Path, keep: int = KEEP) -> Path:
    """A backup of the open store; only the newest ``keep`` backups are kept."""
    folder = backups_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{_PREFIX}{stamp}.sqlite3"
    backup_to(db, target)
    for old in list_backups(store)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def check_backup(path: str | Path) -> int:
    """The schema version of a usable backup; StoreError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("no such backup file", str(path))
    try:
        conn = sqlite3.connect(uri(path, mode="ro"), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"this is not a Delegate backup, or it is damaged ({exc})", str(path)) from None
    if result != "ok":
        raise StoreError(f"the backup is damaged ({result})", str(path))
    if version > SCHEMA_VERSION:
        raise StoreError(f"the backup was made by a newer version of Delegate (schema {version})", str(path))
    if "versions" not in tables or "provisions" not in tables:
        raise StoreError("this SQLite file is not a Delegate store", str(path))
    return int(version)


def restore(db: Database, store: str | Path, backup: str | Path) -> Path:
    """Replace the open store's content with the backup's; returns the safety
    backup of what the store held before.

    The backup is first copied aside and made ready there (brought up to this
    version's schema, given a new generation), and only then copied into the
    store in one step: at no moment does the store hold the backup's content
    under a generation a window could take for its own, so no window can write
    stale state over a restore, even one cut short."""
    check_backup(backup)
    safety = make_backup(db, store)
    staged = backups_dir(store) / f".restoring-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S-%f')}.sqlite3"
    try:
        source = sqlite3.connect(uri(Path(backup), mode="ro"), uri=True)
        target = sqlite3.connect(str(staged), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            ready = Database(target)
            migrate(ready, schema_version(ready))  # a backup from an older version is brought up to date
            with writing(ready):
                new_generation(ready)  # windows that have the store open see it was replaced
            target.backup(db.conn)
        finally:
            source.close()
            target.close()
    finally:
        staged.unlink(missing_ok=True)
    return safety
