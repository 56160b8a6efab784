"""Reading the library: what the window and the command line browse, search,
read and compare. The store's reads, through the one door above it (the UI and
the command line do not import the store), and the comparison of two revisions
with marks."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..store.database import ENV_VAR, Database, store_path
from ..store.library import (
    ImportOutcome,
    VersionRow,
    body_counts,
    counts,
    get_contribution,
    get_version,
    list_contributions,
    list_versions,
    proposals_on,
    versions_of,
)

if TYPE_CHECKING:  # the window lists the library before the document model and the diff engine load
    from ..core.model import Resolution
    from ..core.redline import Redline

__all__ = [
    "ENV_VAR",
    "Database",
    "ImportOutcome",
    "VersionRow",
    "as_reader",
    "body_counts",
    "compare_revisions",
    "counts",
    "get_contribution",
    "get_version",
    "list_contributions",
    "list_versions",
    "open_store",
    "proposals_on",
    "store_path",
    "text_of",
    "versions_of",
]


READER_BUSY_TIMEOUT_MS = 250  # reads in WAL mode do not wait for writers; this covers checkpoints


def as_reader(db: Database) -> Database:
    """The window's connection: it reads, and can never write (every write goes
    through the workspace's writer thread)."""
    db.execute("PRAGMA query_only = 1")
    db.execute(f"PRAGMA busy_timeout = {READER_BUSY_TIMEOUT_MS}")
    return db


def open_store(path: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating and migrating if needed) the store named by --db, DELEGATE_DB or the default."""
    from ..store.database import open_database

    return open_database(path)


def text_of(db: Database, version_id: int) -> Resolution | None:
    found = get_version(db, version_id)
    return found[1] if found is not None else None


def compare_revisions(db: Database, version_id: int, other_id: int) -> Redline | None:
    """The text with revision marks from the other revision: always older to newer."""
    from ..core.redline import redline

    current, other = get_version(db, version_id), get_version(db, other_id)
    if current is None or other is None:
        return None
    older_first = (other[0].year or 0) <= (current[0].year or 0)
    return redline(other[1], current[1]) if older_first else redline(current[1], other[1])
