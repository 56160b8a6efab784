"""Telling a damaged store from a whole one while it is read, at a cost that
does not grow with the library.

Reading a damaged store may go on (what can still be read helps to recover),
but the reader must be told. A read that reaches a damaged page fails with
SQLite's "database disk image is malformed" and is said as the store's damage
(database.failure); damage elsewhere in the file is not met by a read, and is
found here:

- at once, whatever the store's size: a file cut short (its size against the
  page count in its header) and a table, index or trigger of its schema
  missing (the names against those the schema's migrations make, a few ms);
- SQLite's quick check (every page of every table), on a connection and a
  thread of its own, while the command reads. It costs about 0.8 ms per MB of
  store (390-410 ms on a store of 25,000 versions, 500 MB, in the page cache;
  more from a cold disk), while ``list`` on that store takes 190 ms and
  ``show`` 13 ms: run on every read, it would double or multiply the time of
  each. So it runs on stores of up to ``QUICK_CHECK_BYTES`` (about 6,000
  versions: 100 ms at most, mostly hidden behind the command's own work), and
  a command's end waits for it no more than ``WAIT_S`` (a cold disk), after
  which it is stopped and says nothing. On a larger store, damage that no read
  met and the cheap checks cannot see is left to the window's full check when
  it opens, and to the check before every write, backup and bundle.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from .database import failure, uri

WAIT_S = 0.2  # how long a command's end waits for the quick check still running
QUICK_CHECK_BYTES = 128 * 2**20  # the largest store given SQLite's quick check beside a read


def cut_short(conn: sqlite3.Connection, path: Path | None) -> str:
    """What is wrong with the file's length ('' when nothing): SQLite reads a missing end as zeros,
    and its own check may not notice."""
    if path is None or not path.is_file():
        return ""
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if size % page_size or (size < pages * page_size and not (wal.exists() and wal.stat().st_size)):
        return f"the file is shorter than its {pages} pages: it was cut short"
    return ""


def missing_parts(conn: sqlite3.Connection) -> str:
    """The tables, indexes and triggers of its schema version the store lacks ('' when none)."""
    from .backup import expected_names
    from .database import SCHEMA_VERSION

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < version <= SCHEMA_VERSION:
        return ""  # not a store this version knows: opening it says so
    names = {
        (kind, name)
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    }
    missing = sorted(name for _, name in expected_names(version) - names)
    if not missing:
        return ""
    return f"its {', '.join(missing[:4])}{' and more' if len(missing) > 4 else ''} are missing"


class QuickCheck:
    """The checks above on a store, started at once in the background; ``found``
    waits for them a bounded time. Nothing is written, and a store that cannot
    be opened read-only (it is being made, or it is locked) is not judged."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._found = ""
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="store quick check", daemon=True)
        self._thread.start()

    def found(self, wait: float = WAIT_S) -> str:
        """What is wrong with the store ('' when nothing was found in the time given)."""
        self._thread.join(wait)
        if self._thread.is_alive():
            with self._lock:
                self._stopped = True
                if self._conn is not None:
                    self._conn.interrupt()
            self._thread.join()
            return ""
        return self._found

    def _run(self) -> None:
        if not self.path.is_file():
            return
        try:
            conn = sqlite3.connect(uri(self.path, mode="ro"), uri=True, timeout=0, check_same_thread=False)
        except sqlite3.Error:  # (without waiting: a store being written is not judged)
            return
        with self._lock:
            if self._stopped:
                conn.close()
                return
            self._conn = conn
        try:
            self._found = cut_short(conn, self.path) or missing_parts(conn)
            if not self._found and self.path.stat().st_size <= QUICK_CHECK_BYTES:
                self._found = self._quick_check(conn)
        except sqlite3.DatabaseError as exc:
            if failure(exc, self.path).kind == "damaged":  # not a lock, nor a stop
                self._found = f"SQLite cannot read it: {exc}"
        finally:
            with self._lock:
                self._conn = None
                conn.close()

    @staticmethod
    def _quick_check(conn: sqlite3.Connection) -> str:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        return "" if rows == ["ok"] else "; ".join(" ".join(str(r).split()) for r in rows)
