"""Taking bundles in: one, or every new bundle of the shared folder at once.

The versions of all the bundles are read as streams into one scratch table,
then merged record by record in one pass and one transaction: a record that
thirty colleagues edited since the last sync is read, merged, checked and
written once, not thirty times (the cost that grew with the square of the team:
every store took every colleague's bundle in on its own, reading and writing
the same records again for each). The merge is order-free, so taking bundles
in together keeps exactly what taking them in one after the other keeps.

A bundle that cannot be read (damaged, malformed, foreign, newer, this store's
own) is refused alone and changes nothing; the others are taken in. A bundle
whose versions included a refused record does not raise what this store counts
as seen, so its sender sends them again (and they are refused again).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..core.errors import DelegateError
from ..core.field_versions import Version, join
from ..store import exchange as records
from ..store.database import Database, writing
from ..store.editions import BULK, indexed_once
from ..store.library import get_meta
from .exchange import STORE_ID, Received, _begin, _mark_identity, cut
from .exchange_bundle import Bundle
from .exchange_checks import Checks
from .library import as_store_errors

INCOMING = (
    "CREATE TEMP TABLE IF NOT EXISTS exchange_incoming (kind INTEGER NOT NULL, gid TEXT NOT NULL, "
    "field TEXT NOT NULL, store TEXT NOT NULL, counter INTEGER NOT NULL, value TEXT, vv TEXT NOT NULL, "
    "author TEXT NOT NULL, at TEXT NOT NULL, bundle INTEGER NOT NULL DEFAULT 0)"
)


@dataclass
class _Open:
    """A bundle being taken in: its header's facts, and what it brought."""

    path: str
    ident: str
    sender: str
    author: str
    created: str
    knowledge: dict[str, int]
    base: dict[str, int]
    written: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    records: set[str] = field(default_factory=set)
    conflicts: int = 0


Outcome = Received | DelegateError


class _NothingRead(Exception):
    """Every bundle was refused: the transaction is rolled back."""


@as_store_errors
def import_bundles(
    db: Database, paths: Sequence[str | os.PathLike[str]], author: str = "", hub: str = ""
) -> list[Outcome]:
    """Take these bundles in together: for each, what it brought, or why it was
    refused. From a shared folder (``hub``: the name it is known by among the
    colleagues), what each bundle's writer had seen is what the folder holds."""
    out: list[Outcome | None] = [None] * len(paths)
    me_now = get_meta(db, STORE_ID)
    pending: dict[int, _Open] = {}
    for n, path in enumerate(paths):  # headers first: a bundle taken in already is no exchange (no scan)
        try:
            with Bundle(path) as bundle:
                got = _opened(str(path), bundle.header)
        except DelegateError as exc:
            out[n] = exc
            continue
        if records.received(db, got.ident) or any(o.ident == got.ident for o in pending.values()):
            out[n] = Received(got.author, got.created, [], 0, already=True)
        elif got.sender == me_now:
            out[n] = DelegateError("this bundle was written by this library; give it to a colleague", str(path))
        else:
            pending[n] = got
    if not pending:
        return [o if o is not None else DelegateError("not read", "") for o in out]
    try:
        with writing(db), _roomy_scratch(db):  # every bundle's versions read, merged and written in one transaction
            me, _ = _begin(db, author)
            db.execute(INCOMING)
            db.execute("DELETE FROM exchange_incoming")
            for n, got in list(pending.items()):
                if records.received(db, got.ident):  # by another program since the headers were read
                    out[n] = Received(got.author, got.created, [], 0, already=True)
                else:
                    out[n] = _read(db, n, got)
                if out[n] is not None:
                    del pending[n]
            if not pending:
                raise _NothingRead  # none could be read: the store is left as it was, not even scanned
            texts = db.execute(  # the library texts it brings that this store does not name yet
                "SELECT count(DISTINCT i.gid) FROM exchange_incoming i WHERE i.kind = 0 "
                "AND NOT EXISTS (SELECT 1 FROM exchange_versions v WHERE v.gid = i.gid)"
            ).fetchone()[0]
            with indexed_once(db, texts >= BULK):  # a first fill: the library's index made once, not row by row
                _take_in(db, me, pending)
            db.execute("DELETE FROM exchange_incoming")
            _learn(db, me, pending)
            if hub:  # what the hub holds: all its bundles together, noted once
                records.note_hub(db, hub, join([got.knowledge for got in pending.values()]))
            for n, got in pending.items():
                records.note_peer(db, got.sender, got.author, got.knowledge)
                records.mark_received(db, got.ident, got.sender, got.author, got.created)
                out[n] = Received(
                    got.author,
                    got.created,
                    got.written,
                    got.conflicts,
                    refused=got.refused,
                    knowledge=got.knowledge,
                )
    except _NothingRead:
        return [o if o is not None else DelegateError("not read", "") for o in out]
    _mark_identity(db)
    return [o if o is not None else DelegateError("not read", "") for o in out]


@contextmanager
def _roomy_scratch(db: Database) -> Iterator[None]:
    """The scratch tables kept in memory while bundles are taken in, up to
    SCRATCH_KIB: a first fill carries the whole library (20 MB of texts for
    2,500 versions), which the scratch tables hold two or three times over, and
    the temporary store's default cache (2 MB) sent it to a file on disk and back
    (a tenth of the fill). Bounded, not ``temp_store = MEMORY``: a bundle of
    hundreds of MB still spills to disk rather than fill the memory, and the
    cache is given back when the bundles are in."""
    was = int(db.execute("PRAGMA temp.cache_size").fetchone()[0])
    db.execute(f"PRAGMA temp.cache_size = -{SCRATCH_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA temp.cache_size = {was}")


SCRATCH_KIB = 96 * 1024


def _opened(path: str, header: dict[str, object]) -> _Open:
    return _Open(
        path,
        str(header["id"]),
        str(header["store"]),
        str(header.get("author", "")),
        str(header.get("created", "")),
        dict(header["knowledge"]),  # type: ignore[call-overload]  # checked by Bundle: a vector
        dict(header["base"]),  # type: ignore[call-overload]
    )


def _read(db: Database, n: int, got: _Open) -> DelegateError | None:
    """A bundle's versions into the scratch table; a bundle that cannot be read leaves none there."""
    try:
        with Bundle(got.path) as bundle:
            bundle.load(db, n)
    except DelegateError as exc:
        db.execute("DELETE FROM exchange_incoming WHERE bundle = ?", [n])
        return exc
    return None


Incoming = dict[str, list[tuple[int, Version]]]  # field: (the bundle that carried it, the version)


def _incoming(db: Database) -> Iterator[tuple[str, Incoming]]:
    """Each record's incoming versions, of every bundle, with the bundle that carried each."""
    gid: str | None = None
    found: Incoming = {}
    for row in db.execute(  # a cursor: one record's versions in memory at a time
        "SELECT gid, field, store, counter, value, vv, author, at, bundle FROM exchange_incoming ORDER BY kind, gid"
    ):
        if row[0] != gid:
            if gid is not None:
                yield gid, found
            gid, found = row[0], {}
        version = Version(row[4], records.vector(row[5]), row[2], row[3], row[6], row[7])
        found.setdefault(row[1], []).append((row[8], version))
    if gid is not None:
        yield gid, found


def _take_in(db: Database, me: str, bundles: dict[int, _Open]) -> None:
    """Merge the incoming versions record by record; each bundle learns what it changed, refused and opened."""
    checks = Checks(db)
    before = records.open_conflicts(db)
    for gid, incoming in _incoming(db):
        carried = sorted({n for found in incoming.values() for n, _v in found})
        for n in carried:
            bundles[n].records.add(gid)
        if _take(db, checks, gid, incoming, carried, bundles, me) or len(carried) == 1:
            continue
        for n in carried:  # refused as they come together: one bundle after the other, as alone
            alone = {f: [(m, v) for m, v in found if m == n] for f, found in incoming.items()}
            _take(db, checks, gid, {f: found for f, found in alone.items() if found}, [n], bundles, me)
    opened = records.open_conflicts(db) - before
    for got in bundles.values():
        got.conflicts = sum(1 for gid, _field in opened if gid in got.records)


def _take(
    db: Database, checks: Checks, gid: str, incoming: Incoming, carried: list[int], bundles: dict[int, _Open], me: str
) -> bool:
    """One record's versions from these bundles merged, checked and written;
    False when refused (then nothing is written, and with one bundle it is
    listed as refused for it)."""
    found = {f: [v for _n, v in pairs] for f, pairs in incoming.items()}
    problem = checks.unknown(gid, set(found))
    changes, fields = ({}, {}) if problem else records.merged(db, gid, found)
    problem = problem or (checks.problem(gid, fields) if changes else None)
    if problem:
        if len(carried) == 1:
            bundles[carried[0]].refused.append(f"{cut(gid, 100)}: {cut(problem, 200)}")
        return False
    if records.commit(db, gid, changes, fields, me, bundles[carried[0]].ident):
        for n in carried:
            bundles[n].written.append(gid)
    return True


def _learn(db: Database, me: str, bundles: dict[int, _Open]) -> None:
    """What this store now counts as seen: a bundle carries everything its sender
    had beyond its base, so once the base is seen, so is the sender's knowledge.
    Repeated until nothing more is learnt: bundles taken in together may cover
    one another's bases in any order. A bundle with a refused record teaches nothing."""
    waiting = [got for got in bundles.values() if not got.refused]
    while waiting:
        ready = [got for got in waiting if records.may_adopt(db, got.base)]
        if not ready:
            return
        for got in ready:
            records.learn(db, {k: n for k, n in got.knowledge.items() if k != me})
        waiting = [got for got in waiting if got not in ready]
