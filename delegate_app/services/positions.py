"""The delegation's positions, as the window records them.

A position typed in the form is the delegation's at once: it is journaled,
shown, and written to the store in the background (edits.py), so a store that
another program holds, a full disk or a read-only store delays the save but
never loses it. ``list`` is the store's positions with the ones not saved yet
in their place.

An edit is written over the version of the position the form read (its
``rev``), or one this window wrote since. When the store holds another (a
workbook import, another window, the command line changed it meanwhile) nothing
of theirs is overwritten: the fields only the delegate changed are written, the
fields only they changed stay, and a field both changed, differently, keeps the
store's value with the typed one kept beside it (``kept``) until the delegate
chooses (``choose``); the window is told (``Clashed``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from ..core.errors import DelegateError
from ..core.model import Position, new_uid
from ..store.database import Database
from ..store.library import now
from ..store.positions import (
    check_position,
    drop_typed,
    keep_typed,
    save_position,
    stored_position,
    typed_beside,
)
from ..store.positions import positions as _positions
from .edits import Edits, Entry, Key, Writer, Written
from .library import as_store_errors

positions = as_store_errors(_positions)

FIELDS = ("stance", "priority", "rationale", "talking_points", "regional_alignment", "owner")


def values(position: Position) -> dict[str, str]:
    return {name: getattr(position, name) for name in FIELDS}


def with_values(position: Position, changed: dict[str, str]) -> Position:
    """A copy with these fields changed, and no time yet (the store stamps it)."""
    out = replace(position, updated="")
    for name, value in changed.items():
        setattr(out, name, value)
    return out


@dataclass(frozen=True)
class Pending:
    """A position as typed, not in the store yet, and what it was based on."""

    position: Position
    base: int | None  # the store's version of it when the form read it (None: not stored then)
    was: dict[str, str]  # its values then
    checked: bool = True  # False: written whatever the store holds (a journal of an older version)
    settles: tuple[str, ...] = ()  # fields whose text kept beside goes once this is written (the delegate chose)

    def entry(self) -> Entry:
        return {
            "op": "position",
            "position": asdict(self.position),
            "base": self.base,
            "was": self.was,
            "settles": list(self.settles),
        }


@dataclass(frozen=True)
class Clashed:
    """The store held a newer version of a position typed in the form."""

    body: str
    number: str
    provision: str
    uid: str
    conflicts: tuple[str, ...]  # fields typed that were kept beside the store's value, which stays
    merged: tuple[str, ...]  # fields typed that were written beside the others' changes


class _PositionKind:
    order = 70

    def __init__(self, owner: Positions):
        self.owner = owner

    def write(self, key: Key) -> Writer | None:
        pending = self.owner.pending.get(key.item)
        return self.owner.writer(pending) if pending is not None else None

    def entries(self, key: Key) -> list[Entry]:
        pending = self.owner.pending.get(key.item)
        return [pending.entry()] if pending is not None else []

    def settle(self, key: Key, conflict: Any) -> object | None:
        # nothing to change in memory: the store kept its values, the conflict the typed ones
        return conflict if isinstance(conflict, Clashed) else None


class Positions:
    def __init__(self, edits: Edits, reader: Database):
        self.edits, self.reader = edits, reader
        self.pending: dict[str, Pending] = {}  # uid -> a position not in the store yet
        edits.register("position", _PositionKind(self))
        edits.replayer("position", self._replay)
        edits.on_saved.append(self._saved)

    def list(self) -> list[Position]:
        with self.edits.lock:
            waiting = {
                (p.position.body, p.position.number, p.position.provision): p.position for p in self.pending.values()
            }
        stored = [waiting.pop((p.body, p.number, p.provision), p) for p in positions(self.reader)]
        return sorted(stored + list(waiting.values()), key=lambda p: (p.body, p.number, p.provision))

    def save(self, position: Position, was: Position | None = None) -> Position:
        """Record a position; it is shown at once and saved in the background.
        ``was`` is the position as the form read it (its version and values: what
        the edit is based on); without it, the store's as it is now."""
        check_position(position)
        key = (position.body, position.number, position.provision)
        with self.edits.lock:
            same = next(
                (p for p in self.pending.values() if (p.position.body, p.position.number, p.position.provision) == key),
                None,
            )
        stored = None
        if same is None or was is None:
            stored = next(
                (
                    p
                    for p in positions(self.reader, position.body, position.number)
                    if p.provision == position.provision
                ),
                None,
            )
        uid = position.uid or (same.position.uid if same else "") or (stored.uid if stored else "") or new_uid()
        saved = replace(position, uid=uid, updated=now())
        if was is None:
            base = stored if stored is not None else None
            pending = Pending(saved, base.rev if base else None, values(base or saved))
        else:
            pending = Pending(saved, was.rev if was.uid else None, values(was))
        self._record(pending)
        return saved

    def _record(self, pending: Pending) -> None:
        """A position typed (or chosen), journaled and saved; what an earlier one
        not saved yet was to settle, this one settles too."""
        with self.edits.lock:
            earlier = self.pending.get(pending.position.uid)
            if earlier is not None and earlier.settles:
                pending = replace(pending, settles=tuple(dict.fromkeys(earlier.settles + pending.settles)))
            self.pending[pending.position.uid] = pending
            self.edits.record([pending.entry()], [Key("position", "", pending.position.uid)])

    def writer(self, pending: Pending) -> Writer:
        """The write of a position typed, over the version it was based on (or one
        this window wrote since); else the fields merged and the clashes kept."""
        name = f"pos:{pending.position.uid}"
        own = self.edits.bases.get(name)  # [version, values] of this window's last write of it

        def write(db: Database) -> Written:
            mine = pending.position
            stored = stored_position(db, mine.body, mine.number, mine.provision)
            if (
                stored is None
                or not pending.checked
                or stored.rev == pending.base
                or (own is not None and stored.rev == own[0])
            ):
                saved = save_position(db, mine)
                for name in pending.settles:
                    drop_typed(db, mine.body, mine.number, mine.provision, name)
                return Written({f"pos:{saved.uid}": [saved.rev, values(saved)]})
            ref = own[1] if own is not None and own[0] > (pending.base or 0) else pending.was
            typed, theirs = values(mine), values(stored)
            merged = {
                f: typed[f] for f in FIELDS if typed[f] not in (theirs[f], ref.get(f)) and theirs[f] == ref.get(f)
            }
            clashes = [f for f in FIELDS if typed[f] not in (theirs[f], ref.get(f)) and theirs[f] != ref.get(f)]
            if merged:
                save_position(db, with_values(stored, merged))
            for name in set(pending.settles) & set(merged):
                drop_typed(db, mine.body, mine.number, mine.provision, name)
            for f in clashes:
                keep_typed(db, stored, f, typed[f])
            if not merged and not clashes:
                return Written()
            return Written(
                conflict=Clashed(mine.body, mine.number, mine.provision, stored.uid, tuple(clashes), tuple(merged))
            )

        return write

    @as_store_errors
    def kept(self) -> dict[tuple[str, str, str], dict[str, str]]:
        """The fields typed and kept beside a value changed meanwhile, by (body, number, provision)."""
        return typed_beside(self.reader)

    def choose(self, body: str, number: str, provision: str, typed: bool) -> Position:
        """The delegate chose for what was kept beside a position: what they typed
        (``typed``) or the store's value, over the position as the store has it now."""
        current = as_store_errors(stored_position)(self.reader, body, number, provision)
        if current is None:
            raise DelegateError("that position is no longer in the library")
        kept = self.kept().get((body, number, provision), {})
        chosen = with_values(current, kept) if typed else current
        saved = replace(chosen, updated=now())
        pending = Pending(saved, current.rev if current.uid else None, values(current), settles=tuple(kept))
        self._record(pending)
        return saved

    def rebase(self) -> None:
        """The store was replaced and the window chose: what is pending is written as it is."""
        with self.edits.lock:
            self.pending = {uid: replace(p, checked=False) for uid, p in self.pending.items()}

    def _saved(self, keys: set[Key]) -> None:
        for key in keys:
            if key.kind == "position":
                self.pending.pop(key.item, None)

    def _replay(self, entry: Entry) -> None:
        position = Position(**entry["position"])
        checked = "base" in entry
        was, settles = entry.get("was") or values(position), tuple(entry.get("settles", ()))
        self.pending[position.uid] = Pending(position, entry.get("base"), was, checked, settles)
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
    return as_store_errors(save_position)(db, with_values(current, {k: v for k, v in given.items() if v is not None}))


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
