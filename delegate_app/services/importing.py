"""Importing files and folders into the library.

Reading (the slow, fallible part) happens first, file by file, with progress
and a cancel check between files; storing happens after, in one transaction.
In strict mode (the command line) one bad file stops the import and nothing
is written; otherwise (the app) the good files are stored and the bad ones are
reported with their reasons.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DelegateError, InputError, ReadCancelled
from ..formats.reader import SUPPORTED_SUFFIXES, ReadResult, read_file
from ..store.database import Database
from ..store.editions import ImportOutcome, import_documents
from .writer import StoreWriter

Progress = Callable[[int, int, str], None]  # done, total, current path
Cancelled = Callable[[], bool]


class ImportCancelled(DelegateError):
    pass


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of folders not read, each with why

    @property
    def ok(self) -> bool:
        return not self.failures


def collect_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[str]]:
    """Files named directly, and the supported files found in folders (sorted).

    Returns (files, skipped): skipped says which files of the folders were not
    read and why, so the report can say so. A folder is read for its own
    regular files only: links are not followed (one could lead out of the
    folder, to any file the user can read, or round in a loop), and pipes,
    devices and sockets are never opened (reading a pipe waits for ever).
    """
    files: list[Path] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, passed = _folder_files(path)
            files += found
            skipped += passed
        else:
            files.append(path)
    return files, skipped


def _folder_files(folder: Path) -> tuple[list[Path], list[str]]:
    found: list[Path] = []
    skipped: list[str] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(dirs):
            if (here / name).is_symlink():
                skipped.append(f"{here / name} (a link to a folder: not followed)")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(names):
            child = here / name
            if name.startswith(("~$", ".")):
                continue  # Word lock files and hidden files
            try:
                mode = child.lstat().st_mode
            except OSError as exc:
                skipped.append(f"{child} (cannot be read: {exc.strerror or exc})")
                continue
            if stat.S_ISLNK(mode):
                skipped.append(f"{child} (a link: not followed)")
            elif not stat.S_ISREG(mode):
                skipped.append(f"{child} (not a regular file)")
            elif child.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(child)
            else:
                skipped.append(f"{child} (not a .docx, .pdf, .txt or .md file)")
    return sorted(found), skipped


def read_paths(
    files: list[Path], progress: Progress | None = None, cancelled: Cancelled | None = None, strict: bool = True
) -> tuple[list[ReadResult], list[InputError]]:
    results: list[ReadResult] = []
    failures: list[InputError] = []
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise ImportCancelled("the import was cancelled; nothing was stored")
        if progress is not None:
            progress(n, len(files), str(path))
        try:
            results.append(read_file(path, cancelled))
        except ReadCancelled:
            raise ImportCancelled("the import was cancelled; nothing was stored") from None
        except InputError as exc:
            if strict:
                raise
            failures.append(exc)
    if progress is not None:
        progress(len(files), len(files), "")
    return results, failures


def import_paths(
    store: Database | StoreWriter,
    paths: Iterable[str | os.PathLike[str]],
    *,
    strict: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Read the files here, then store them in one transaction: on this
    connection (the command line), or as a job of the app's writer thread,
    which takes it in turn with the window's own saves."""
    files, skipped = collect_paths(paths)
    results, failures = read_paths(files, progress, cancelled, strict)
    if cancelled is not None and cancelled():
        raise ImportCancelled("the import was cancelled; nothing was stored")
    items = [(r.path, r.data, r.document, r.original, r.warnings) for r in results]
    more = {r.path: r.more for r in results if r.more}
    if isinstance(store, StoreWriter):
        outcomes = store.submit(lambda db: import_documents(db, items, more), "import").result()
    else:
        outcomes = import_documents(store, items, more)
    return ImportReport(outcomes=outcomes, failures=failures, skipped=skipped)
