"""The editions of a library text, and the delegate's choice of the one in force.

An import never changes a text in force: a wording that differs from it is kept
beside it as an edition (store/editions.py). Only the delegate puts another in
force, here: from the command line on its own connection, from the window as a
job of the workspace's writer, in turn with the window's own saves."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import DelegateError
from ..store import editions as _editions
from ..store import library as _library
from ..store.database import Database
from .library import as_store_errors
from .writer import StoreWriter


@dataclass(frozen=True)
class InForce:
    """What a choice of edition did, in a user's words."""

    label: str  # the text, as lists name it: "WTDC Resolution 59 (Rev. Kigali, 2022)"
    in_force: int  # the version in force now
    set_aside: int | None  # the version that was, now an edition beside it; None if nothing changed


@as_store_errors
def _choose(db: Database, version_id: int) -> InForce:
    found = _library.get_version(db, version_id)
    if found is None:
        raise DelegateError(f"no resolution version with id {version_id}")
    choice = _editions.use_edition(db, version_id)
    return InForce(found[0]._replace(replaced="", origin="").label, choice.in_force, choice.set_aside)


def use_edition(store: Database | StoreWriter, version_id: int) -> InForce:
    """Put the edition ``version_id`` in force in place of its text's wording in
    force, which is kept beside it as an edition (nothing is lost: the choice can
    be made again the other way). A version in force already changes nothing."""
    if isinstance(store, StoreWriter):
        result: InForce = store.submit(lambda db: _choose(db, version_id), "use edition").result()
        return result
    return _choose(store, version_id)
