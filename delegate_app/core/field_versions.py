"""The team exchange's merge rules, as values: every exchanged field is a
multi-value register whose versions carry version vectors (docs/team.md).

A version is one write of a field: its value, its *dot* (the store that wrote
it and that store's counter at the time) and its version vector (store id ->
counter: the writes it has seen, its own dot included), with who and when. A
store keeps, per field, the versions no other version it holds descends from.
Two of them with different values are a conflict; the value shown is chosen by
a rule that is the same on every store.

The merge is a union followed by "keep the maximal ones", so it is
commutative, associative and idempotent: stores that took in the same versions
hold the same ones, whatever the order, the repeats and the routes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

Vector = Mapping[str, int]
DELETED = "deleted"  # a record's field: "1" deleted, "" alive


@dataclass(frozen=True)
class Version:
    value: str | None
    vv: Mapping[str, int] = field(hash=False, compare=False)
    store: str = ""
    counter: int = 0
    author: str = ""
    at: str = ""

    @property
    def dot(self) -> tuple[str, int]:
        return self.store, self.counter


def covers(big: Vector, small: Vector) -> bool:
    """Whether ``big`` has seen every write ``small`` has (entry-wise >=)."""
    return all(big.get(store, 0) >= n for store, n in small.items())


def descends(a: Version, b: Version) -> bool:
    """Whether version ``a`` was written having seen ``b`` (``b`` is older).

    The vectors are per field and a store's writes of one field form a chain
    (each is written having seen the one before), so ``a`` has seen ``b`` as soon
    as its vector reaches ``b``'s dot: one look-up, not a comparison of two
    vectors as long as the team (the dotted version vectors' rule)."""
    return a.vv.get(b.store, 0) >= b.counter and (a.counter != b.counter or a.store != b.store)


def join(vectors: Iterable[Vector]) -> dict[str, int]:
    """The entry-wise maximum: everything any of them has seen."""
    out: dict[str, int] = {}
    for vv in vectors:
        for store, n in vv.items():
            if n > out.get(store, 0):
                out[store] = n
    return out


def meet(vectors: Iterable[Vector]) -> dict[str, int]:
    """The entry-wise minimum: what all of them have seen (nothing, for none)."""
    found = list(vectors)
    if not found:
        return {}
    keys = set(found[0]).intersection(*found[1:])
    return {k: min(vv[k] for vv in found) for k in keys if min(vv[k] for vv in found) > 0}


def merge(held: Iterable[Version], incoming: Iterable[Version]) -> list[Version]:
    """The versions to keep: those of both that no other one descends from.

    ``held`` is what a store keeps for a field (none of it descends from another
    one of it), so only the incoming versions are compared, each with what is
    kept: a field of a large team holds a dozen concurrent versions and a sync
    brings a few, and comparing every pair again would cost the square."""
    kept = list(held)
    dots = {(v.store, v.counter) for v in kept}  # of every version kept or set aside: never taken again
    for v in incoming:
        store, counter = v.store, v.counter
        if (store, counter) in dots or any(w.vv.get(store, 0) >= counter for w in kept):
            continue  # held, or older than one held (descends(), written out: this runs for every version)
        vv = v.vv
        kept = [w for w in kept if vv.get(w.store, 0) < w.counter]
        kept.append(v)
        dots.add((store, counter))
    return sorted(kept, key=lambda v: (v.store, v.counter))


def write(held: Iterable[Version], value: str | None, store: str, counter: int, author: str, at: str) -> Version:
    """A new version of a field that has seen every version held: newer than all of them."""
    vv = join(v.vv for v in held)
    vv[store] = max(counter, vv.get(store, 0))
    return Version(value, vv, store, counter, author, at)


def ranked(versions: Iterable[Version], name: str = "") -> list[Version]:
    """The versions, the one a store shows first: the same order on every store.
    For a record's ``deleted`` field the record stays while an edit competes with
    its deletion; otherwise the latest by (time, store, counter)."""
    if name == DELETED:
        return sorted(versions, key=lambda v: (v.value != "1", v.at, v.store, v.counter), reverse=True)
    return sorted(versions, key=lambda v: (v.at, v.store, v.counter), reverse=True)


def shown(versions: Iterable[Version], name: str = "") -> Version | None:
    found = ranked(versions, name)
    return found[0] if found else None


def values(versions: Iterable[Version], name: str = "") -> list[Version]:
    """One version per distinct value, the shown one first: more than one is a conflict."""
    out: list[Version] = []
    seen: set[str | None] = set()
    for v in ranked(versions, name):
        if v.value not in seen:
            seen.add(v.value)
            out.append(v)
    return out


def in_conflict(versions: Iterable[Version], name: str = "") -> bool:
    return len(values(versions, name)) > 1
