"""Reading the library: what the window and the command line browse, search,
read and compare. The store's reads, through the one door above it (the UI and
the command line do not import the store), and the comparison of two revisions
with marks.

Every read here turns SQLite's own errors (a table missing from a tampered
store, a damaged page) into a StoreError of a kind, so that the window and the
command line say what is wrong instead of failing somewhere inside."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from ..core.errors import StoreError
from ..store import library as _library
from ..store.database import ENV_VAR, Database, store_path
from ..store.library import Standing, VersionRow

if TYPE_CHECKING:  # the window lists the library before the document model and the diff engine load
    from ..core.model import Resolution
    from ..core.redline import Redline
    from ..store.editions import ImportOutcome

__all__ = [
    "ENV_VAR",
    "Database",
    "ImportOutcome",
    "Standing",
    "VersionRow",
    "as_reader",
    "body_counts",
    "body_page",
    "compare_revisions",
    "counts",
    "get_contribution",
    "get_version",
    "list_contributions",
    "contribution_id",
    "list_versions",
    "find_version",
    "open_store",
    "proposal_count",
    "proposals_on",
    "resolution_list",
    "standings",
    "store_path",
    "text_of",
    "version_place",
    "versions_named",
    "versions_of",
]


P = ParamSpec("P")
R = TypeVar("R")


def as_store_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with SQLite's and the disk's errors raised as the store's (StoreError)."""

    @functools.wraps(fn)
    def read(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            problem = store_failure(exc)
            if problem is None:
                raise
            raise problem from None

    return read


body_counts = as_store_errors(_library.body_counts)
body_page = as_store_errors(_library.body_page)
version_place = as_store_errors(_library.version_place)
counts = as_store_errors(_library.counts)
get_contribution = as_store_errors(_library.get_contribution)
get_version = as_store_errors(_library.get_version)
list_contributions = as_store_errors(_library.list_contributions)


@as_store_errors
def contribution_id(db: Database, uid: str) -> int | None:
    """The store's id of the contribution ``uid`` (None: none). The contributions'
    module loads on first use: the window's list is painted without it."""
    from ..store.contributions import contribution_id as find

    return find(db, uid)


def __getattr__(name: str) -> object:
    """``ImportOutcome``, loaded when first asked for (the import's module is not
    needed for the window to open)."""
    if name == "ImportOutcome":
        from ..store.editions import ImportOutcome

        return ImportOutcome
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


list_versions = as_store_errors(_library.list_versions)
proposals_on = as_store_errors(_library.proposals_on)
proposal_count = as_store_errors(_library.proposal_count)
versions_of = as_store_errors(_library.versions_of)
resolution_list = as_store_errors(_library.resolution_list)
versions_named = as_store_errors(_library.versions_named)
standings = as_store_errors(_library.standings)

READER_BUSY_TIMEOUT_MS = 250  # reads in WAL mode do not wait for writers; this covers checkpoints


def as_reader(db: Database) -> Database:
    """The window's connection: it reads, and can never write (every write goes
    through the workspace's writer thread)."""
    db.execute("PRAGMA query_only = 1")
    db.execute(f"PRAGMA busy_timeout = {READER_BUSY_TIMEOUT_MS}")
    return db


def store_failure(exc: BaseException, path: str | os.PathLike[str] | None = None) -> StoreError | None:
    """The store's own failure (SQLite, the disk) as a StoreError of a kind; None for anything else (a defect)."""
    import sqlite3

    from ..store.database import failure

    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and exc.filename and path is not None and not _of_store(exc.filename, path):
        return None  # another file's (a missing part of a build, an input): never said as the store's
    if isinstance(exc, (sqlite3.Error, OSError)):
        return failure(exc, path)
    return None


def _of_store(filename: str | bytes | int, path: str | os.PathLike[str]) -> bool:
    """Whether a file is the store or one of its own, all named after it (-wal, -shm,
    .journal/, .backups/, .exchange/)."""
    from pathlib import Path

    if isinstance(filename, int):
        return False
    return str(Path(os.fsdecode(filename)).resolve()).startswith(str(Path(path).resolve()))


def open_store(path: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating and migrating if needed) the store named by --db, DELEGATE_DB or the default."""
    from ..store.database import open_database

    return open_database(path)


def store_needs_upgrade(path: str | os.PathLike[str]) -> bool:
    """Whether opening the store brings it up to this version's schema first (a
    matter of seconds for a large library: the app says so while it runs)."""
    from ..store.schema import needs_upgrade

    return needs_upgrade(store_path(path))


@as_store_errors
def text_of(db: Database, version_id: int) -> Resolution | None:
    found = get_version(db, version_id)
    return found[1] if found is not None else None


@as_store_errors
def compare_revisions(db: Database, version_id: int, other_id: int) -> Redline | None:
    """The text with revision marks from the other revision: always older to newer."""
    from ..core.redline import redline

    current, other = get_version(db, version_id), get_version(db, other_id)
    if current is None or other is None:
        return None
    older_first = (other[0].year or 0) <= (current[0].year or 0)
    return redline(other[1], current[1]) if older_first else redline(current[1], other[1])


@as_store_errors
def find_version(db: Database, name: str | int) -> int:
    """The version an id or a name gives, as the lists name it ("WTDC 59 (Rev.
    Kigali, 2022) en"; the revision and the language may be left out when one text
    fits): what the command line takes wherever a version id is asked."""
    from ..core.errors import DelegateError

    if isinstance(name, int) or str(name).strip().isdigit():
        return int(name)
    chosen, every = _library.version_named(db, str(name))
    if len(chosen) == 1:
        return chosen[0].id
    if not every:
        raise DelegateError(f"no text of the library is named {str(name)!r} (see: delegate-app list)")
    shown = "; ".join(v.name for v in chosen[:6]) + ("; …" if len(chosen) > 6 else "")
    raise DelegateError(f"{str(name)!r} names {len(chosen)} texts ({shown}): give the revision and the language")
