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
from . import autosave
from .database import Database, writing
from .library import now, resolution_id

_FIELDS = ("stance", "priority", "rationale", "talking_points", "regional_alignment", "owner")


def check_position(position: Position) -> None:
    """A position's values are the known ones (DelegateError otherwise): nothing else is stored."""
    check(position)


def save_position(db: Database, position: Position) -> Position:
    """Record a position (one per resolution and provision), keeping the id the
    stored one has; ``updated`` is the time given, or now. What is returned
    carries the version the store gave it."""
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
        uid, rev = db.execute(
            "SELECT uid, rev FROM positions WHERE resolution_id = ? AND provision = ?", [rid, position.provision]
        ).fetchone()
    return Position(**{**asdict(position), "updated": stamp, "uid": uid, "rev": rev})


def positions(db: Database, body: str | None = None, number: str | None = None) -> list[Position]:
    where, args = "", []
    if body is not None and number is not None:
        where, args = "WHERE r.body = ? AND r.number = ?", [body or "", number]
    rows = db.execute(
        f"SELECT r.body, r.number, p.provision, {', '.join('p.' + f for f in _FIELDS)}, p.updated, p.uid, p.rev "
        f"FROM positions p JOIN resolutions r ON r.id = p.resolution_id {where} "
        "ORDER BY r.body, r.number, p.provision",
        args,
    ).fetchall()
    return [Position(*row) for row in rows]


def stored_position(db: Database, body: str, number: str, provision: str) -> Position | None:
    """The position the store holds on a resolution (or provision), with its version."""
    return next((p for p in positions(db, body, number) if p.provision == provision), None)


TYPED = "position|"  # autosave keys of text typed in the Positions form beside a value changed meanwhile


def _typed_key(body: str, number: str, provision: str, field: str) -> str:
    return f"{TYPED}{body}|{number}|{provision}|{field}"


def keep_typed(db: Database, position: Position, field: str, typed: str) -> None:
    """A field typed in the Positions form over a value someone else changed
    meanwhile (an import, another window): the store keeps their value and the
    typed one is kept beside it (the autosave table, by resolution, provision
    and field) until the delegate chooses. A later keystroke replaces it."""
    autosave.put(db, _typed_key(position.body, position.number, position.provision, field), typed)


def drop_typed(db: Database, body: str, number: str, provision: str, field: str) -> None:
    autosave.clear(db, _typed_key(body, number, provision, field))


def typed_beside(db: Database) -> dict[tuple[str, str, str], dict[str, str]]:
    """The fields typed and kept beside a newer value, by (body, number, provision)."""
    found: dict[tuple[str, str, str], dict[str, str]] = {}
    for key, value in db.execute("SELECT key, value FROM autosave WHERE substr(key, 1, ?) = ?", [len(TYPED), TYPED]):
        rest, field = str(key)[len(TYPED) :].rsplit("|", 1)
        body, number, provision = rest.split("|", 2)
        found.setdefault((body, number, provision), {})[field] = str(value)
    return found
