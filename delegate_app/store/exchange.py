"""A store's records as the team exchange sees them, and what an exchange
brings back into the store.

Every record a delegation makes has one global id, the same in every store:
positions, contributions and proposals by their UUIDs, library texts by body,
number, revision and language. The exchange works on the records' fields, one
row a field: ("position:<uid>", "stance") -> "oppose". Two delegates who change
different fields of one record change different rows, which merge; the same
field changed on both sides is the one conflict there is.

The rows are written to a scratch SQLite file that the exchange worker (a
process of its own, with APSW's session extension) compares and changes; what
it changed is put back into the store here, with plain sqlite3, in the
caller's transaction. The store itself is never opened by the worker.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .database import Database
from .library import now, resolution_id

FIELDS_TABLE = (
    "CREATE TABLE IF NOT EXISTS fields (gid TEXT NOT NULL, field TEXT NOT NULL, value TEXT, "
    "PRIMARY KEY (gid, field)) WITHOUT ROWID"
)
POSITION_FIELDS = (
    "body",
    "number",
    "provision",
    "stance",
    "priority",
    "rationale",
    "talking_points",
    "regional_alignment",
    "owner",
)
PROPOSAL_FIELDS = ("contribution", "seq", "action", "number", "status", "reasons", "data")

Row = tuple[str, str, str | None]


def version_gid(body: str, number: str, revision: str, language: str) -> str:
    from ..core.revision import revision_key

    return f"version:{body}|{number}|{revision_key(revision)}|{language}"


def current_fields(db: Database) -> Iterator[Row]:
    """Every exchanged field of the store, as it is now."""
    for row in db.execute(
        "SELECT p.uid, r.body, r.number, p.provision, p.stance, p.priority, p.rationale, p.talking_points, "
        "p.regional_alignment, p.owner FROM positions p JOIN resolutions r ON r.id = p.resolution_id"
    ):
        gid = f"position:{row[0]}"
        for field, value in zip(POSITION_FIELDS, row[1:]):
            yield gid, field, value
    for uid, data in db.execute("SELECT uid, data FROM contributions"):
        yield f"contribution:{uid}", "data", data
    for row in db.execute(
        "SELECT p.uid, c.uid, p.seq, p.action, p.number, p.status, p.reasons, p.data FROM proposals p "
        "JOIN contributions c ON c.id = p.contribution_id"
    ):
        gid = f"proposal:{row[0]}"
        for field, value in zip(PROPOSAL_FIELDS, row[1:]):
            yield gid, field, None if value is None else str(value)
    for body, number, revision, language, data in db.execute(
        "SELECT r.body, r.number, v.revision, v.language, v.data FROM versions v "
        "JOIN resolutions r ON r.id = v.resolution_id WHERE v.edition_of IS NULL"
    ):
        yield version_gid(body, number, revision, language), "data", data


def write_fields(path: Path, rows: Iterable[Row]) -> None:
    """The rows, into a new scratch file for the worker."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute(FIELDS_TABLE)
        conn.executemany("INSERT OR REPLACE INTO fields VALUES (?, ?, ?)", rows)
        conn.commit()
    finally:
        conn.close()


def read_fields(path: Path, gids: Iterable[str]) -> dict[str, dict[str, str | None]]:
    """The fields of these records in a scratch file, by record."""
    out: dict[str, dict[str, str | None]] = {}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for gid in gids:
            out[gid] = {f: v for f, v in conn.execute("SELECT field, value FROM fields WHERE gid = ?", [gid])}
    finally:
        conn.close()
    return out


def materialize(
    db: Database, records: dict[str, dict[str, str | None]]
) -> tuple[list[str], list[tuple[str, str, str | None, str | None]]]:
    """Write records as an exchange left them into the store (the caller's
    transaction): library texts first, then contributions, their proposals,
    and positions. What was written ("kind id"), and the fields of positions
    the store already holds under another id (the same resolution and
    provision, made on both sides): (local gid, field, mine, theirs), kept as mine."""
    from ..core.model import Contribution, Proposal, Resolution
    from . import contributions as records_store

    order = {"version": 0, "contribution": 1, "proposal": 2, "position": 3}
    written: list[str] = []
    clashes: list[tuple[str, str, str | None, str | None]] = []
    for gid in sorted(records, key=lambda g: (order.get(g.split(":", 1)[0], 9), g)):
        kind, key = gid.split(":", 1)
        fields = records[gid]
        if kind == "version" and fields.get("data"):
            from .editions import take_text

            take_text(db, Resolution.from_dict(json.loads(fields["data"] or "{}")))
        elif kind == "contribution" and fields.get("data"):
            contrib = Contribution.from_dict(json.loads(fields["data"] or "{}"))
            contrib.uid = key
            records_store.write_front(db, records_store.front_row(contrib))
        elif kind == "proposal" and fields.get("data") and fields.get("contribution"):
            proposal = Proposal.from_dict(json.loads(fields["data"] or "{}"))
            proposal.uid = key
            owner = str(fields["contribution"])
            if not records_store.contribution_exists(db, owner):
                records_store.write_front(db, records_store.front_row(Contribution(uid=owner)))
            seq_text = fields.get("seq") or ""
            seq = int(seq_text) if seq_text.isdigit() else None
            records_store.write_proposal(db, owner, records_store.proposal_row(proposal), seq)
        elif kind == "position" and fields.get("body") and fields.get("stance"):
            found = _write_position(db, key, fields)
            if found:
                clashes.extend(found)
                continue
        else:
            continue
        written.append(f"{kind} {key}")
    return written, clashes


def _write_position(
    db: Database, uid: str, fields: dict[str, str | None]
) -> list[tuple[str, str, str | None, str | None]]:
    rid = resolution_id(db, fields["body"] or "", fields["number"] or "")
    values = {f: fields.get(f) or "" for f in POSITION_FIELDS[2:]}
    other = db.execute(
        "SELECT uid, stance, priority, rationale, talking_points, regional_alignment, owner FROM positions "
        "WHERE resolution_id = ? AND provision = ? AND uid <> ?",
        [rid, values["provision"], uid],
    ).fetchone()
    if other is not None:  # recorded on both sides under two ids: the fields that differ are conflicts
        mine = dict(zip(POSITION_FIELDS[3:], other[1:]))
        return [(f"position:{other[0]}", f, mine[f], values[f]) for f in POSITION_FIELDS[3:] if mine[f] != values[f]]
    db.execute(
        "INSERT INTO positions (uid, resolution_id, provision, stance, priority, rationale, talking_points, "
        "regional_alignment, owner, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
        "resolution_id = excluded.resolution_id, provision = excluded.provision, stance = excluded.stance, "
        "priority = excluded.priority, rationale = excluded.rationale, talking_points = excluded.talking_points, "
        "regional_alignment = excluded.regional_alignment, owner = excluded.owner, updated = excluded.updated",
        [uid, rid, *values.values(), now()],
    )
    return []


# -- conflicts and bundles received, kept in the store ---------------------------------------
def add_conflict(
    db: Database, gid: str, field: str, mine: str | None, theirs: str | None, author: str, at: str, bundle: str
) -> None:
    db.execute(
        "INSERT INTO exchange_conflicts (gid, field, mine, theirs, author, at, bundle, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [gid, field, mine, theirs, author, at, bundle, now()],
    )


def conflicts(db: Database, open_only: bool = True) -> list[dict[str, object]]:
    """The conflicts kept (the open ones); none in a store opened read-only before it had the table."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'exchange_conflicts'").fetchone() is None:
        return []
    rows = db.execute(
        "SELECT id, gid, field, mine, theirs, author, at, bundle, created, resolved FROM exchange_conflicts "
        + ("WHERE resolved = '' " if open_only else "")
        + "ORDER BY id"
    ).fetchall()
    keys = ("id", "record", "field", "mine", "theirs", "author", "at", "bundle", "created", "resolved")
    return [dict(zip(keys, row)) for row in rows]


def received(db: Database, bundle: str) -> bool:
    return db.execute("SELECT 1 FROM exchange_received WHERE bundle = ?", [bundle]).fetchone() is not None


def mark_received(db: Database, bundle: str, store: str, author: str, created: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO exchange_received (bundle, store, author, created, received) VALUES (?, ?, ?, ?, ?)",
        [bundle, store, author, created, now()],
    )
