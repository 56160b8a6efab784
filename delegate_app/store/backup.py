"""Backups of the store and restoring one.

A backup is a consistent copy taken with SQLite's online backup API (the store
stays usable meanwhile), written aside under a temporary name and renamed into
place only once whole, self-contained (a rollback-journal file: it opens on
read-only media with no -wal or -shm beside it), named by its time, in a folder
beside the store; the newest ten are kept. A damaged store is never backed up:
its copies would push the good ones out.

A backup is restored only once it is proved a Delegate store of a schema this
version knows (its application id, its schema version, every table, index and
trigger that version has, and SQLite's integrity check), before anything is
touched. It is made ready aside (brought up to date, given a new generation),
the store as it was is kept (a backup of it, or, when it is damaged, a copy of
its files), and then it takes the store's place: copied into the live file when
the store can be opened, so that windows which have it open see the new
generation; put in place of the file when the store is too damaged to open,
which is precisely when a restore is needed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from ..core.errors import StoreError
from .database import (
    SCHEMA_VERSION,
    Database,
    failure,
    new_generation,
    schema_version,
    uri,
    writing,
)
from .migrations import migrate
from .schema import APPLICATION_ID, MIGRATIONS

KEEP = 10
_PREFIX = "delegate-"
_SUFFIX = ".sqlite3"


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
    """The whole backups, oldest first (a backup being written has another name)."""
    folder = backups_dir(store)
    return sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}")) if folder.is_dir() else []


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def quick_check(conn: sqlite3.Connection, path: Path | None = None) -> str:
    """'ok', or what is wrong: a file cut short (SQLite reads the missing end as
    zeros, and its own check may not notice), a table of its schema missing, or
    what SQLite's quick check found."""
    from .damage import cut_short, missing_parts

    try:
        problem = cut_short(conn, path) or missing_parts(conn)
    except sqlite3.DatabaseError as exc:
        if failure(exc, path).kind != "damaged":
            raise  # a lock, a full disk: no damage, and a restore must not replace the store as if it were
        return f"SQLite cannot read it: {exc}"
    if problem:
        return problem
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:  # damage where the check itself must read (a page's header)
        return f"SQLite cannot read it: {exc}"
    return "ok" if rows == ["ok"] else "; ".join(" ".join(str(r).split()) for r in rows)  # one line to say


def make_backup(db: Database, store: str | Path, keep: int = KEEP, protect: Path | None = None) -> Path:
    """A backup of the open store; only the newest ``keep`` backups are kept
    (never ``protect``, a backup being restored). A damaged store is refused."""
    problem = quick_check(db.conn, db.path)
    if problem != "ok":
        raise StoreError(
            f"the store is damaged ({problem}); it was not backed up, so the backups kept are the good ones",
            str(store),
            "damaged",
        )
    folder = backups_dir(store)
    name = f"{_PREFIX}{_stamp()}{_SUFFIX}"
    target, partial = folder / name, folder / f".{name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy(db.conn, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)  # nothing half-written is left to be taken for a backup
        why = failure(exc, folder)
        raise StoreError(f"the backup could not be written: {why.message}", str(folder), why.kind) from None
    found = list_backups(store)
    kept = [p for p in found if protect is not None and p.resolve() == protect.resolve()]
    others = [p for p in found if p not in kept]
    for old in others[: max(0, len(others) - (keep - len(kept)))]:
        old.unlink(missing_ok=True)
    return target


def _copy(source: sqlite3.Connection, destination: Path) -> None:
    """A consistent, self-contained copy: the backup API, then a rollback journal."""
    dest = sqlite3.connect(str(destination), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        _sync(dest)
    finally:
        dest.close()


def _sync(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("COMMIT")


@cache
def expected_names(version: int) -> frozenset[tuple[str, str]]:
    """Every table, index and trigger a store of schema ``version`` has."""
    conn = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                conn.execute(statement)
        return frozenset(_names(conn))
    finally:
        conn.close()


def _names(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {
        (kind, name)
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    }


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Read-only, without writing anything beside the file: a backup on a CD
    or a read-only share opens too (immutable, when a -shm would be needed)."""
    try:
        conn = sqlite3.connect(uri(path, mode="ro"), uri=True)
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(uri(path, immutable="1"), uri=True)


def check_backup(path: str | Path) -> int:
    """The schema version of a backup proved a whole Delegate store; StoreError otherwise."""
    path = Path(path)
    if not path.is_file():
        raise StoreError("no such backup file", str(path))
    try:
        conn = _open_read_only(path)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            names = _names(conn)
            result = conn.execute("PRAGMA integrity_check").fetchone()[0] if version else "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"this is not a Delegate backup, or it is damaged ({exc})", str(path), "damaged") from None
    if application_id not in (0, APPLICATION_ID) or version == 0:
        raise StoreError("this SQLite file is not a Delegate store", str(path), "other")
    if version > SCHEMA_VERSION:
        raise StoreError(f"the backup was made by a newer version of Delegate (schema {version})", str(path), "schema")
    missing = expected_names(version) - names
    if missing:
        shown = ", ".join(sorted(name for _, name in missing)[:4])
        raise StoreError(
            f"this SQLite file is not a whole Delegate store of schema {version} (no {shown})", str(path), "other"
        )
    if result != "ok":
        raise StoreError(f"the backup is damaged ({result})", str(path), "damaged")
    return version


def newest_good(store: str | Path) -> Path | None:
    """The newest backup that passes the checks a restore makes."""
    for candidate in reversed(list_backups(store)):
        try:
            check_backup(candidate)
        except StoreError:
            continue
        return candidate
    return None


def restore(store: str | Path, backup: str | Path) -> Path:
    """Put the backup in the store's place; the copy of the store as it was (a
    backup of it, or of its files when it is damaged)."""
    store, backup = Path(store), Path(backup)
    check_backup(backup)  # before anything is touched
    folder = backups_dir(store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise failure(exc, folder) from None
    staged = folder / f".restoring-{_stamp()}{_SUFFIX}"
    try:
        _stage(backup, staged)
        live = _open_live(store)
        if live is not None:
            try:
                safety = make_backup(Database(live, store), store, protect=backup)
                ready = sqlite3.connect(str(staged))
                try:
                    ready.backup(live)  # the windows that have the store open see a new generation
                finally:
                    ready.close()
            finally:
                live.close()
        else:
            safety = _keep_damaged(store, folder)
            os.replace(staged, store)
    except (OSError, sqlite3.Error) as exc:
        raise failure(exc, store) from None
    finally:
        staged.unlink(missing_ok=True)
    return safety


def _stage(backup: Path, staged: Path) -> None:
    """The backup made ready aside: brought up to this version's schema, with a
    new generation, so that it arrives in the store with them in one step."""
    source = _open_read_only(backup)
    try:
        _copy(source, staged)
    finally:
        source.close()
    conn = sqlite3.connect(str(staged), isolation_level=None)
    try:
        ready = Database(conn)
        migrate(ready, schema_version(ready))  # a backup from an older version is brought up to date
        with writing(ready):
            new_generation(ready)
        _sync(conn)
    finally:
        conn.close()


def _open_live(store: Path) -> sqlite3.Connection | None:
    """The store, to be restored into in place, when it opens and is whole; None
    when it is missing or damaged (its file is then replaced)."""
    if not store.is_file():
        return None
    try:
        conn = sqlite3.connect(str(store), timeout=10, isolation_level=None)
        if quick_check(conn, store) == "ok" and conn.execute("PRAGMA application_id").fetchone()[0] in (
            0,
            APPLICATION_ID,
        ):
            return conn
        conn.close()
    except sqlite3.DatabaseError as exc:
        problem = failure(exc, store)
        if problem.kind in ("locked", "full", "read-only"):
            raise problem from None  # not damaged: it must not be replaced as if it were
    return None


def _keep_damaged(store: Path, folder: Path) -> Path:
    """The damaged store's files, copied aside as they are (a backup of it cannot be made)."""
    kept = folder / f"damaged-{_stamp()}{_SUFFIX}"
    if store.exists():
        shutil.copy2(store, kept)
    for suffix in ("-wal", "-shm"):
        part = store.with_name(store.name + suffix)
        if part.exists():
            shutil.copy2(part, kept.with_name(kept.name + suffix))
            part.unlink()  # it belongs to the damaged file, not to the backup taking its place
    return kept
