"""Backups of the store and restoring one, for the command line and the window."""

from __future__ import annotations

from pathlib import Path

from ..store import backup
from ..store.database import Database

__all__ = ["due", "list_backups", "make_backup", "restore"]


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
