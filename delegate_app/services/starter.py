"""The starter library: real resolutions bundled with the app, loaded once into
a new store so that a delegate's first look shows real content, not an empty
window. Loading is recorded in the store, so a user who deletes the starter
texts does not get them back on the next start.

The sample library is larger (the 54 resolutions of the PP-18 Final Acts) and
loaded only on request (File > Load sample library…, or ``import --samples``),
through the same importer as any file: loading it twice stores nothing twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..store.database import Database, writing
from ..store.library import get_meta, set_meta
from .resources import samples_dir, starter_dir

if TYPE_CHECKING:
    from .importing import ImportReport

_KEY = "starter_library_loaded"


def ensure_starter_library(db: Database) -> ImportReport | None:
    """Load the starter texts into a store that has never had them; None if done before.

    The importer (and with it python-docx and lxml) is loaded only when there is
    something to import, which keeps every later start of the app fast."""
    if get_meta(db, _KEY):
        return None
    from .importing import ImportReport, import_paths

    folder = starter_dir()
    with writing(db):  # the texts and the flag together, or neither
        report = import_paths(db, [folder], strict=True) if folder.is_dir() else ImportReport()
        set_meta(db, _KEY, "1")
    return report


def sample_paths() -> list[str]:
    """The sample collection's files, in name order; empty when the build has none."""
    folder = samples_dir()
    return sorted(str(p) for p in folder.glob("*.txt")) if folder.is_dir() else []
