"""The delegation's positions, as the window records them.

A position saved from the form is the delegation's at once: it is journaled,
shown, and written to the store in the background (edits.py), so a store that
another program holds, a full disk or a read-only store delays the save but
never loses it. ``list`` is the store's positions with the ones not saved yet
in their place.
"""
from __future__ import annotations

from dataclasses import asdict, replace

from ..core.model import Position, new_uid
from ..store.database import Database
from ..store.library import now
from ..store.positions import check_position, positions, save_position
from .edits import Edits, Entry, Key


class _PositionKind:
    order = 70

    def __init__(self, owner: Positions):
        self.owner = owner

    def row(self, key: Key) -> Position | None:
        return self.owner.pending.get(key[1])

    def write(self, db: Database, key: Key, row: Position | None) -> None:
        if row is not None:
            save_position(db, row)

    def entries(self, key: Key) -> list[Entry]:
        position = self.owner.pending.get(key[1])
        return [{"op": "position", "position": asdict(position)}] if position is not None else []


class Positions:
    def __init__(self, edits: Edits, reader: Database):
        self.edits, self.reader = edits, reader
        self.pending: dict[str, Position] = {}  # uid -> a position not in the store yet
        edits.register("position", _PositionKind(self))
        edits.replayer("position", self._replay)

    def list(self) -> list[Position]:
        with self.edits.lock:
            waiting = {(p.body, p.number, p.provision): p for p in self.pending.values()
                       if ("position", p.uid) in self.edits.unsaved}
        stored = [waiting.pop((p.body, p.number, p.provision), p) for p in positions(self.reader)]
        return sorted(stored + list(waiting.values()), key=lambda p: (p.body, p.number, p.provision))

    def save(self, position: Position) -> Position:
        """Record a position; it is shown at once and saved in the background."""
        check_position(position)
        same = next((p for p in self.list() if (p.body, p.number, p.provision) ==
                     (position.body, position.number, position.provision)), None)
        saved = replace(position, uid=position.uid or (same.uid if same else "") or new_uid(), updated=now())
        with self.edits.lock:
            self.pending[saved.uid] = saved
        self.edits.record([{"op": "position", "position": asdict(saved)}], [("position", saved.uid)])
        return saved

    def _replay(self, entry: Entry) -> None:
        position = Position(**entry["position"])
        self.pending[position.uid] = position
        self.edits.mark([("position", position.uid)])
