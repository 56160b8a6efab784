"""Team exchange, offline: a delegate's changes sent to a colleague as a file,
merged on arrival, every store ending with the same values (docs/team.md).

Every exchanged field carries versions with version vectors
(core/field_versions.py). Sending or receiving first turns the store's own
edits since the last exchange into versions (store/exchange.py's ``scan``). A
bundle carries the versions the colleague has not acknowledged (their last
bundle says what they had seen); taking one in merges its versions field by
field: an edit only one side made applies, an older or repeated one changes
nothing, and concurrent edits keep one value by a rule the same everywhere and
open a conflict holding both. Each record is checked before it is kept
(services/exchange_checks.py): one refused is listed, the rest taken in. A
damaged, malformed, foreign or newer bundle is refused in one line and changes
nothing.
"""

from __future__ import annotations

import itertools
import os
import uuid
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DelegateError
from ..core.field_versions import Version, write
from ..store import exchange as records
from ..store import exchange_records as recs
from ..store.database import SCHEMA_VERSION, Database, writing
from ..store.library import get_meta, now, set_meta
from .exchange_bundle import Line, write_bundle
from .files import check_output
from .library import as_store_errors

STORE_ID = "store_id"
AUTHOR = "exchange_author"


def _store_id(db: Database) -> str:
    found = get_meta(db, STORE_ID)
    if found is None:
        found = str(uuid.uuid4())
        set_meta(db, STORE_ID, found)
    return found


def _author(db: Database, given: str = "") -> str:
    """Who signs this store's versions: the name given (and remembered), the last one given, or the user's."""
    if given:
        if get_meta(db, AUTHOR) != given:  # written only when it changes: a sync that brings nothing writes nothing
            set_meta(db, AUTHOR, given)
        return given
    return get_meta(db, AUTHOR) or os.environ.get("USER", "") or os.environ.get("USERNAME", "")


def _identity_file(db: Database) -> Path | None:
    """Beside the store, never inside it (a backup does not carry it): its id and counter at the last exchange."""
    return None if db.path is None else Path(db.path).with_name(Path(db.path).name + ".exchange") / "identity.json"


def _check_identity(db: Database) -> None:
    """A store restored from a backup (its counter behind the one it last
    exchanged with), or put in the place of another store, takes a new id: it would
    otherwise give new edits the ids of versions its colleagues already hold,
    and they would be ignored. Its colleagues then send it what it lacks."""
    import json

    found, counter, path = get_meta(db, STORE_ID), int(get_meta(db, records.COUNTER) or "0"), _identity_file(db)
    if found is None or counter == 0 or path is None:
        return
    try:
        mark = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        mark = None
    if not isinstance(mark, dict) or not isinstance(mark.get("counter"), int):
        return  # none yet (or unreadable): written at the end of this exchange
    if mark.get("store") == found and mark["counter"] <= counter:
        return
    set_meta(db, STORE_ID, str(uuid.uuid4()))
    set_meta(db, records.COUNTER, "0")


def _mark_identity(db: Database) -> None:
    """After an exchange's transaction: the id and counter it left (see
    _check_identity); and that the store's own edits were all found (_scanned)."""
    import json

    _scanned(db)

    path, found = _identity_file(db), get_meta(db, STORE_ID)
    if path is None or found is None:
        return
    try:
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
        tmp.write_text(json.dumps({"store": found, "counter": int(get_meta(db, records.COUNTER) or "0")}))
        os.replace(tmp, path)
    except OSError:
        pass  # a folder that cannot be written: the next exchange tries again


_SCANNED: weakref.WeakKeyDictionary[Database, tuple[int, int]] = weakref.WeakKeyDictionary()


def _mark(db: Database) -> tuple[int, int]:
    """What changed the store since: this connection's writes, and other connections' commits."""
    return db.conn.total_changes, int(db.execute("PRAGMA data_version").fetchone()[0])


def _begin(db: Database, author: str) -> tuple[str, str]:
    """The exchange's tables, the store's id and author, and its own edits as
    versions (the caller's transaction). A sync begins three times (before it
    reads, before it takes in, before it writes): the tables are read for edits
    again only when something wrote the store since the last look."""
    records.ensure_tables(db)
    _check_identity(db)
    me, who = _store_id(db), _author(db, author)
    if _SCANNED.get(db) != _mark(db):
        records.scan(db, me, who)
    return me, who


def _scanned(db: Database) -> None:
    """After an exchange's transaction committed (never inside it: a rollback
    would undo the scan): every record it wrote is as exchange_local holds it,
    so no edit of the store's own is left to find until something writes."""
    _SCANNED[db] = _mark(db)


@dataclass(frozen=True)
class Sent:
    path: str
    changes: int
    bytes: int


@as_store_errors
def export_bundle(
    db: Database,
    store: Path,
    out: str | os.PathLike[str],
    peer: str = "everyone",
    author: str = "",
    skip_empty: bool = False,
    ident: str = "",
) -> Sent:
    """Write the versions this colleague may lack into a bundle (with
    ``skip_empty``, none when there are none: Sent.path is then ""); ``ident``
    is the bundle's id when the caller names the file by it (the hub)."""
    check_output(Path(out))  # before the work: a pipe, a device or the store is refused at once
    with writing(db):
        me, who = _begin(db, author)
        base, seen = records.peer_knowledge(db, peer), records.knowledge(db)
        lines = records.outgoing(db, base)
        first = next(lines, None)
        if skip_empty and first is None:
            return Sent("", 0, 0)
        header = {
            "id": ident or str(uuid.uuid4()),
            "store": me,
            "author": who,
            "created": now(),
            "schema": SCHEMA_VERSION,
            "knowledge": seen,
            "base": base,
            "for": peer,
        }
        lines = itertools.chain([first], lines) if first is not None else lines  # the query run once
        count, size = write_bundle(out, header, _with_texts(db, lines))
        records.note_sent(db, peer, seen)
    _mark_identity(db)
    return Sent(str(out), count, size)


def _with_texts(db: Database, lines: Iterator[Line]) -> Iterator[Line]:
    """A library text's version carries the text itself (the store keeps only its name)."""
    for gid, name, v in lines:
        if gid.startswith("version:"):
            data = recs.text_data(db, gid)
            if data is None:
                continue
            v = Version(data, v.vv, v.store, v.counter, v.author, v.at)
        yield gid, name, v


@dataclass(frozen=True)
class Received:
    author: str
    created: str
    written: list[str]
    conflicts: int
    already: bool = False
    refused: list[str] = field(default_factory=list)
    knowledge: dict[str, int] = field(default_factory=dict)  # what its sender had seen


@as_store_errors
def import_bundle(db: Database, store: Path, path: str | os.PathLike[str], author: str = "") -> Received:
    """Take a colleague's bundle in (see the module's docstring and services/exchange_import.py)."""
    from .exchange_import import import_bundles

    got = import_bundles(db, [path], author)[0]
    if isinstance(got, DelegateError):
        raise got
    return got


@as_store_errors
def list_conflicts(db: Database) -> list[dict[str, object]]:
    return records.conflicts(db)


@as_store_errors
def conflicted(db: Database) -> set[str]:
    """The records with an open conflict ("proposal:<id>"; a position also as
    "position:<id>", its id in this store), for the views' badges."""
    found = {str(c["record"]) for c in records.conflicts(db)}
    for gid in [g for g in found if g.startswith("position:")]:
        uid = recs.read(db, gid).get("uid")
        if uid:
            found.add(f"position:{uid}")
    return found


@as_store_errors
def _check_settled(db: Database, gid: str, name: str, value: str | None) -> None:
    """Refuse a value typed to settle a conflict that the record cannot hold: it
    would be written here unchecked (a conference opening "next week" stopped its
    deadlines and the window), and every colleague's store would refuse it."""
    from .exchange_checks import Checks

    fields = {**records.held(records.record_versions(db, gid)), name: value}
    checks = Checks(db)
    problem = checks.unknown(gid, set(fields)) or checks.problem(gid, fields)
    if problem:
        shown = value if value is None else cut(value, 60)
        raise DelegateError(f"{shown!r} cannot settle it: {cut(problem, 200)}")


def cut(text: str, most: int) -> str:
    """``text`` in at most ``most`` characters, its start and end kept: what a
    refusal says of a value or a record can be as long as a hostile file made it,
    and each refusal is one line. More of the end is kept: a reason ends with
    what is wrong ("… is not a stance (support, …)")."""
    head = most * 2 // 5
    return text if len(text) <= most else text[:head] + "…" + text[len(text) - (most - head - 1) :]


def resolve(db: Database, conflict_id: int, take: str, value: str | None = None, author: str = "") -> dict[str, object]:
    """Settle a conflict: keep mine, take theirs, or ("edit") write ``value``.
    Settling is a new version newer than every value in the conflict, so it
    settles the conflict on every store it reaches."""
    if take not in ("mine", "theirs", "edit"):
        raise DelegateError("take 'mine' or 'theirs', or edit the value")
    with writing(db):
        me, who = _begin(db, author)
        found = next((c for c in records.conflicts(db) if c["id"] == conflict_id), None)
        if found is None:
            raise DelegateError(f"there is no open conflict {conflict_id} (see: delegate-app exchange conflicts)")
        gid, name = str(found["record"]), str(found["field"])
        chosen = found["mine"] if take == "mine" else found["theirs"] if take == "theirs" else value
        if take == "edit":  # a value typed here is checked as one a colleague's bundle brings
            _check_settled(db, gid, name, value)
        held = records.versions(db, gid, name)
        version = write(held, None if chosen is None else str(chosen), me, records.next_counter(db, me), who, now())
        records.put_versions(db, gid, name, [version], held)
        records.settle(db, gid, name, [version], me)
        records.reshow(db, gid)
    _mark_identity(db)
    return found
