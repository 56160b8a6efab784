"""Backups of the store and restoring one, for the command line and the window."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import StoreError
from ..store import backup
from ..store.database import Database

__all__ = ["DamageWatch", "advice", "due", "ensure_intact", "list_backups", "make_backup", "restore"]


def due(store: str | Path) -> bool:
    return backup.due(store)


def list_backups(store: str | Path) -> list[Path]:
    return backup.list_backups(store)


def make_backup(db: Database, store: str | Path) -> Path:
    return backup.make_backup(db, store)


def restore(store: str | Path, backup_file: str | Path) -> Path:
    """Replace the store with a checked backup, even when the store is damaged;
    the copy of what it held. Windows that have it open see it was replaced."""
    return backup.restore(store, backup_file)


def ensure_intact(db: Database, store: str | Path) -> None:
    """Refuse to write into a damaged store (StoreError "damaged"): its length and
    schema, and SQLite's quick check."""
    problem = backup.quick_check(db.conn, db.path)
    if problem != "ok":
        raise StoreError(f"the store is damaged ({problem}); nothing was written into it", str(store), "damaged")


def advice(store: str | Path) -> str:
    """What to do about a damaged store: the newest backup that is good, and the command."""
    import shlex

    good = backup.newest_good(store)
    if good is None:
        return "no good backup of it was found; keep the file as it is and ask for help"
    return f"restore the newest good backup with: delegate-app restore {shlex.quote(str(good))}"


class DamageWatch:
    """Whether the store a command reads is damaged, found while it reads (see
    store/damage.py: the cheap checks always, SQLite's quick check in the time
    it is given). ``said`` is the one sentence to tell the reader, or ''."""

    def __init__(self, store: str | Path) -> None:
        from ..store.damage import QuickCheck

        self.store = store
        self._check = QuickCheck(store)

    def said(self, wait: float | None = None) -> str:
        from ..store.damage import WAIT_S

        problem = self._check.found(WAIT_S if wait is None else wait)
        if not problem:
            return ""
        return f"the store is damaged ({problem}): what was shown is what could still be read; {advice(self.store)}"

    def stop(self) -> None:
        """The reading failed (and said why): the check is not needed."""
        self._check.found(0)
