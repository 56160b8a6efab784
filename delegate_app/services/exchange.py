"""Team exchange, offline: a delegate's changes sent to a colleague as a file,
merged on arrival, with nothing lost.

A bundle is the changes since the last bundle sent to that peer (everything,
the first time): the store's fields compared with a snapshot of what that peer
was last sent, by SQLite's session extension (store/exchange_worker.py, run as
its own process). The file is one header line of JSON (where it comes from:
store, author, time; the schema; the changeset's SHA-256) and the changeset.

Taking a bundle in applies its changeset to the store's fields: a field only
the sender changed takes the sender's value; a field both sides changed
differently keeps the receiver's and is kept as a conflict with both values,
who and when, until a delegate settles it. The records changed are written to
the store in one transaction with the conflicts and the bundle's id, so a
bundle taken twice changes nothing. A damaged, foreign or newer-schema bundle
is refused before anything is read into the store.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import DelegateError
from ..store import exchange as records
from ..store.database import SCHEMA_VERSION, Database, writing
from ..store.library import get_meta, now, set_meta
from .files import check_output, write_atomically
from .library import as_store_errors

MAGIC = b"DELEGATE-BUNDLE 1\n"
STORE_ID = "store_id"
MAX_HEADER = 64 * 1024


def _folder(store: Path) -> Path:
    """Where a store keeps what it sent each peer (beside it, as its journal is)."""
    return store.with_name(store.name + ".exchange")


def _store_id(db: Database) -> str:
    found = get_meta(db, STORE_ID)
    if found is None:
        found = str(uuid.uuid4())
        with writing(db):
            set_meta(db, STORE_ID, found)
    return found


def _worker(*args: str | os.PathLike[str]) -> str:
    """Run the worker (its own process: see store/exchange_worker.py); what it printed."""
    if getattr(sys, "frozen", False):  # a self-contained build: its own program is the worker
        command = [sys.executable, "--exchange-worker"]
    else:
        command = [sys.executable, "-m", "delegate_app.store.exchange_worker"]
    result = subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise DelegateError(f"the exchange failed ({result.stderr.strip() or result.returncode})")
    return result.stdout.strip()


def _peer_name(peer: str) -> str:
    """A colleague as the snapshot kept for them is named: "Bob" and "bob" are one."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", peer.strip().casefold())[:60].strip("._")
    if not name:
        raise DelegateError(f"{peer!r} cannot name a peer: use letters, digits, dots or dashes")
    return name


@dataclass(frozen=True)
class Sent:
    path: str
    changes: int
    bytes: int


@as_store_errors
def export_bundle(
    db: Database, store: Path, out: str | os.PathLike[str], peer: str = "everyone", author: str = ""
) -> Sent:
    """Write the changes this peer has not been sent yet into a bundle."""
    check_output(Path(out))  # before the work: a pipe, a device or the store is refused at once
    folder = _folder(store) / "peers"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=_folder(store)) as scratch:
        current = Path(scratch) / "current.sqlite3"
        records.write_fields(current, records.current_fields(db))
        changeset = Path(scratch) / "changeset"
        snapshot = folder / f"{_peer_name(peer)}.sqlite3"  # by the colleague's name, as their bundles sign it
        pending = Path(scratch) / "snapshot.sqlite3"  # the peer's snapshot moves on only once the bundle is written
        if snapshot.exists():
            pending.write_bytes(snapshot.read_bytes())
        counted = _worker("diff", current, pending, changeset)
        data = changeset.read_bytes()
        header = {
            "format": "delegate-bundle",
            "id": str(uuid.uuid4()),
            "store": _store_id(db),
            "author": author or os.environ.get("USER", ""),
            "created": now(),
            "schema": SCHEMA_VERSION,
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        write_atomically(out, MAGIC + json.dumps(header).encode("utf-8") + b"\n" + data)
        os.replace(pending, snapshot)
    return Sent(str(out), int(counted) if counted.isdigit() else 0, len(data))


def read_bundle(path: str | os.PathLike[str]) -> tuple[dict[str, object], bytes]:
    """The bundle's header and changeset; refused in one sentence when it is not one."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise DelegateError(f"cannot read it ({exc.strerror or exc})", name) from None
    if not raw.startswith(MAGIC):
        raise DelegateError("this is not a Delegate bundle of changes", name)
    head, sep, data = raw[len(MAGIC) :].partition(b"\n")
    try:
        if not sep or len(head) > MAX_HEADER:
            raise ValueError("no header")
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("format") != "delegate-bundle":
            raise ValueError("not a bundle")
    except ValueError:
        raise DelegateError("the bundle is damaged (its header cannot be read)", name) from None
    if hashlib.sha256(data).hexdigest() != header.get("sha256"):
        raise DelegateError("the bundle is damaged or incomplete (its checksum does not match)", name)
    schema = header.get("schema")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise DelegateError("the bundle comes from a newer version of Delegate; update this one to take it in", name)
    return header, data


@dataclass(frozen=True)
class Received:
    author: str
    created: str
    written: list[str]
    conflicts: int
    already: bool = False


@as_store_errors
def import_bundle(db: Database, store: Path, path: str | os.PathLike[str]) -> Received:
    """Take a colleague's bundle in (see the module's docstring)."""
    header, data = read_bundle(path)
    bundle, author, created = str(header["id"]), str(header.get("author", "")), str(header.get("created", ""))
    if records.received(db, bundle):
        return Received(author, created, [], 0, already=True)
    if str(header.get("store")) == get_meta(db, STORE_ID):
        raise DelegateError("this bundle was written by this library; give it to a colleague", str(path))
    _folder(store).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=_folder(store)) as scratch:
        current = Path(scratch) / "current.sqlite3"
        with writing(db):  # the fields read and the records written in one transaction
            records.write_fields(current, records.current_fields(db))
            changeset = Path(scratch) / "changeset"
            changeset.write_bytes(data)
            outcome = Path(scratch) / "outcome.json"
            _worker("apply", current, changeset, outcome)
            result = json.loads(outcome.read_text(encoding="utf-8"))
            fields = records.read_fields(current, result["changed"])
            written, clashes = records.materialize(db, fields)
            for c in result["conflicts"]:
                records.add_conflict(
                    db, str(c["gid"]), str(c["field"]), c["mine"], c["theirs"], author, created, bundle
                )
            for gid, field, mine, theirs in clashes:
                records.add_conflict(db, gid, field, mine, theirs, author, created, bundle)
            records.mark_received(db, bundle, str(header.get("store", "")), author, created)
            peers = _folder(store) / "peers"
            peers.mkdir(parents=True, exist_ok=True)
            _worker("absorb", peers / f"{_peer_name(author or str(header.get('store')))}.sqlite3", changeset)
    return Received(author, created, written, len(result["conflicts"]) + len(clashes))


@as_store_errors
def list_conflicts(db: Database) -> list[dict[str, object]]:
    return records.conflicts(db)


@as_store_errors
def conflicted(db: Database) -> set[str]:
    """The records with an open conflict ("position:<id>", "proposal:<id>"), for the views' badges."""
    return {str(c["record"]) for c in records.conflicts(db)}


@as_store_errors
def resolve(db: Database, conflict_id: int, take: str, value: str | None = None) -> dict[str, object]:
    """Settle a conflict: keep mine, take theirs, or ("edit") write ``value``
    into the record's field."""
    if take not in ("mine", "theirs", "edit"):
        raise DelegateError("take 'mine' or 'theirs', or edit the value")
    with writing(db):
        found = next((c for c in records.conflicts(db) if c["id"] == conflict_id), None)
        if found is None:
            raise DelegateError(f"there is no open conflict {conflict_id} (see: delegate-app exchange conflicts)")
        if take != "mine":
            gid, field = str(found["record"]), str(found["field"])
            fields = {f: v for g, f, v in records.current_fields(db) if g == gid}
            fields[field] = str(found["theirs"]) if take == "theirs" else value
            records.materialize(db, {gid: fields})
        db.execute("UPDATE exchange_conflicts SET resolved = ? WHERE id = ?", [f"{take} {now()}", conflict_id])
    return found
