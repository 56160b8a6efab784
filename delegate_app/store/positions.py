"""The delegation's positions: on a whole resolution or on one provision.

Positions are keyed by (resolution, provision path), not by a version, so a
position recorded on "resolves 3" of Resolution 59 still applies after a newer
revision of the text is imported. Saving is an upsert in one transaction with
the time of the change.
"""
from __future__ import annotations

from dataclasses import asdict

from ..core.model import Position, Priority, Stance
from .library import now, resolution_id
from .database import Database, writing

_FIELDS = ("stance", "priority", "rationale", "talking_points", "regional_alignment", "owner")


def save_position(db: Database, position: Position) -> Position:
    if position.stance not in {s.value for s in Stance}:
        raise ValueError(f"unknown stance {position.stance!r}")
    if position.priority not in {p.value for p in Priority}:
        raise ValueError(f"unknown priority {position.priority!r}")
    with writing(db):
        rid = resolution_id(db, position.body, position.number)
        stamp = now()
        values = [getattr(position, f) for f in _FIELDS]
        db.execute(
            f"INSERT INTO positions (resolution_id, provision, {', '.join(_FIELDS)}, updated) "
            f"VALUES (?, ?, {', '.join('?' for _ in _FIELDS)}, ?) "
            f"ON CONFLICT (resolution_id, provision) DO UPDATE SET "
            + ", ".join(f"{f} = excluded.{f}" for f in _FIELDS) + ", updated = excluded.updated",
            [rid, position.provision, *values, stamp])
    return Position(**{**asdict(position), "updated": stamp})


def positions(db: Database, body: str | None = None, number: str | None = None) -> list[Position]:
    where, args = "", []
    if body is not None and number is not None:
        where, args = "WHERE r.body = ? AND r.number = ?", [body or "", number]
    rows = db.execute(
        f"SELECT r.body, r.number, p.provision, {', '.join('p.' + f for f in _FIELDS)}, p.updated "
        f"FROM positions p JOIN resolutions r ON r.id = p.resolution_id {where} "
        "ORDER BY r.body, r.number, p.provision", args).fetchall()
    return [Position(*row) for row in rows]
