"""The delegation's positions, as the window records them.

A position saved from the form is the delegation's at once: it is journaled,
shown, and written to the store in the background (edits.py), so a store that
another program holds, a full disk or a read-only store delays the save but
never loses it. ``list`` is the store's positions with the ones not saved yet
in their place.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from ..core.errors import DelegateError
from ..core.model import Position, new_uid
from ..store.database import Database
from ..store.library import now
from ..store.positions import check_position, save_position
from ..store.positions import positions as _positions
from .edits import Edits, Entry, Key, Writer
from .library import as_store_errors

positions = as_store_errors(_positions)


class _PositionKind:
    order = 70

    def __init__(self, owner: Positions):
        self.owner = owner

    def write(self, key: Key) -> Writer | None:
        position = self.owner.pending.get(key.item)
        return (lambda db: save_position(db, position)) if position is not None else None

    def entries(self, key: Key) -> list[Entry]:
        position = self.owner.pending.get(key.item)
        return [{"op": "position", "position": asdict(position)}] if position is not None else []


class Positions:
    def __init__(self, edits: Edits, reader: Database):
        self.edits, self.reader = edits, reader
        self.pending: dict[str, Position] = {}  # uid -> a position not in the store yet
        edits.register("position", _PositionKind(self))
        edits.replayer("position", self._replay)
        edits.on_saved.append(self._saved)

    def list(self) -> list[Position]:
        with self.edits.lock:
            waiting = {(p.body, p.number, p.provision): p for p in self.pending.values()}
        stored = [waiting.pop((p.body, p.number, p.provision), p) for p in positions(self.reader)]
        return sorted(stored + list(waiting.values()), key=lambda p: (p.body, p.number, p.provision))

    def save(self, position: Position) -> Position:
        """Record a position; it is shown at once and saved in the background."""
        check_position(position)
        key = (position.body, position.number, position.provision)
        with self.edits.lock:
            same = next((p for p in self.pending.values() if (p.body, p.number, p.provision) == key), None)
        if same is None:
            same = next(
                (
                    p
                    for p in positions(self.reader, position.body, position.number)
                    if p.provision == position.provision
                ),
                None,
            )
        saved = replace(position, uid=position.uid or (same.uid if same else "") or new_uid(), updated=now())
        with self.edits.lock:
            self.pending[saved.uid] = saved
            self.edits.record([{"op": "position", "position": asdict(saved)}], [Key("position", "", saved.uid)])
        return saved

    def _saved(self, keys: set[Key]) -> None:
        for key in keys:
            if key.kind == "position":
                self.pending.pop(key.item, None)

    def _replay(self, entry: Entry) -> None:
        position = Position(**entry["position"])
        self.pending[position.uid] = position
        self.edits.mark([Key("position", "", position.uid)])


# -- the command line's door: one position at a time, each in its own transaction -------------
def provision_paths_of(db: Database, version_id: int) -> tuple[str, str, list[str]]:
    """(body, number, the provision paths the app shows) of a library version."""
    from ..core.outline import outline
    from ..store.library import get_version

    found = as_store_errors(get_version)(db, version_id)
    if found is None:
        raise DelegateError(f"no resolution version with id {version_id} (see: delegate-app list)")
    row, res = found
    return row.body, row.number, [r.path for r in outline(res)]


def set_position(
    db: Database,
    version_id: int,
    provision: str = "",
    regions: dict[str, str] | None = None,
    **fields: str | None,
) -> Position:
    """Record the delegation's position on a version's resolution (or one of
    its provisions, by the path the app shows); the values not given keep the
    stored ones (or the defaults, for a new position)."""
    from ..core.positions import check_provision, parse_regions, regions_text

    body, number, paths = provision_paths_of(db, version_id)
    check_provision(provision, paths)
    stored = next((p for p in positions(db, body, number) if p.provision == provision), None)
    current = stored or Position(body=body, number=number, provision=provision)
    given = {k: v for k, v in fields.items() if v is not None}
    unknown = set(given) - {"stance", "priority", "rationale", "talking_points", "owner"}
    if unknown:
        raise ValueError(f"not a position field: {', '.join(sorted(unknown))}")
    if regions:
        merged = {**parse_regions(current.regional_alignment), **regions}
        given["regional_alignment"] = regions_text({k: v for k, v in merged.items() if v})
    return as_store_errors(save_position)(db, replace(current, updated="", **given))


def position_dict(position: Position) -> dict[str, Any]:
    """A position as ``positions list --json`` gives it."""
    from ..core.positions import parse_regions

    return {
        "id": position.uid,
        "body": position.body,
        "number": position.number,
        "resolution": f"{position.body} Resolution {position.number}",
        "provision": position.provision,
        "stance": position.stance,
        "priority": position.priority,
        "rationale": position.rationale,
        "talking_points": position.talking_points,
        "regions": parse_regions(position.regional_alignment),
        "owner": position.owner,
        "updated": position.updated,
    }
