"""The delegation's positions: on a whole resolution or on one provision.

Positions are keyed by (resolution, provision path), not by a version, so a
position recorded on "resolves 3" of Resolution 59 still applies after a newer
revision of the text is imported. Saving is an upsert in one transaction with
the time of the change.
"""

from __future__ import annotations

from dataclasses import asdict

from ..core.model import Position
from ..core.positions import check
from .database import Database, writing
from .library import now, resolution_id

_FIELDS = ("stance", "priority", "rationale", "talking_points", "regional_alignment", "owner")


def check_position(position: Position) -> None:
    """A position's values are the known ones (DelegateError otherwise): nothing else is stored."""
    check(position)


def save_position(db: Database, position: Position) -> Position:
    """Record a position (one per resolution and provision), keeping the id the
    stored one has; ``updated`` is the time given, or now."""
    from ..core.model import new_uid

    check_position(position)
    with writing(db):
        rid = resolution_id(db, position.body, position.number)
        stamp = position.updated or now()
        values = [getattr(position, f) for f in _FIELDS]
        db.execute(
            f"INSERT INTO positions (uid, resolution_id, provision, {', '.join(_FIELDS)}, updated) "
            f"VALUES (?, ?, ?, {', '.join('?' for _ in _FIELDS)}, ?) "
            f"ON CONFLICT (resolution_id, provision) DO UPDATE SET "
            + ", ".join(f"{f} = excluded.{f}" for f in _FIELDS)
            + ", updated = excluded.updated",
            [position.uid or new_uid(), rid, position.provision, *values, stamp],
        )
        uid = db.execute(
            "SELECT uid FROM positions WHERE resolution_id = ? AND provision = ?", [rid, position.provision]
        ).fetchone()[0]
    return Position(**{**asdict(position), "updated": stamp, "uid": uid})


def positions(db: Database, body: str | None = None, number: str | None = None) -> list[Position]:
    where, args = "", []
    if body is not None and number is not None:
        where, args = "WHERE r.body = ? AND r.number = ?", [body or "", number]
    rows = db.execute(
        f"SELECT r.body, r.number, p.provision, {', '.join('p.' + f for f in _FIELDS)}, p.updated, p.uid "
        f"FROM positions p JOIN resolutions r ON r.id = p.resolution_id {where} "
        "ORDER BY r.body, r.number, p.provision",
        args,
    ).fetchall()
    return [Position(*row) for row in rows]
