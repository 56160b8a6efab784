"""The exchange's worker: SQLite's session extension, through APSW, in a
process of its own.

Python's sqlite3 module does not expose the session extension; APSW does,
with its own copy of SQLite. Two copies of SQLite in one process can break
each other's POSIX locks on a file both have open, so this worker opens only
scratch files (the fields of a store, written by the caller; a peer's
snapshot), never the store, and the caller runs it as a separate process:

    python -m delegate_app.store.exchange_worker diff CURRENT SNAPSHOT OUT
        the changeset that turns SNAPSHOT's fields into CURRENT's (what the peer
        has not been sent yet), written to OUT; SNAPSHOT becomes CURRENT
    python -m delegate_app.store.exchange_worker apply CURRENT CHANGESET OUT.json
        apply the changeset to CURRENT's fields; a field changed on both sides
        (the current value is neither the changeset's old nor its new one) is
        left as it is and reported; OUT.json lists the records changed and the
        conflicts
    python -m delegate_app.store.exchange_worker absorb SNAPSHOT CHANGESET
        the sender's snapshot takes the sender's values (see absorb)

It prints nothing on success and one line on failure (exit 2).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

FIELDS_TABLE = (
    "CREATE TABLE IF NOT EXISTS fields (gid TEXT NOT NULL, field TEXT NOT NULL, value TEXT, "
    "PRIMARY KEY (gid, field)) WITHOUT ROWID"
)


def diff(current: Path, snapshot: Path, out: Path) -> int:
    import apsw

    if not snapshot.exists():
        empty = apsw.Connection(str(snapshot))
        empty.execute(FIELDS_TABLE)
        empty.close()
    conn = apsw.Connection(str(current))
    conn.execute("ATTACH DATABASE ? AS snapshot", (str(snapshot),))
    session = apsw.Session(conn, "main")
    session.attach("fields")
    session.diff("snapshot", "fields")  # the changes that turn the snapshot into the current fields
    changeset = session.changeset()
    session.close()
    conn.execute("DETACH DATABASE snapshot")
    conn.close()
    out.write_bytes(changeset)
    shutil.copyfile(current, snapshot)  # what the peer has been sent, from now on
    return sum(1 for _ in apsw.Changeset.iter(changeset)) if changeset else 0


def apply(current: Path, changeset: Path, out: Path) -> None:
    import apsw

    conn = apsw.Connection(str(current))
    changed: set[str] = set()
    conflicts: list[dict[str, object]] = []
    missing: list[tuple[object, object, object]] = []  # written after the apply: a handler may not write

    def value(change: apsw.TableChange, column: int) -> object:
        """A column of the change: its new value, else (unchanged, or a deletion) its old one."""
        new, old = change.new, change.old
        if new is not None and new[column] is not apsw.no_change:
            return new[column]
        return old[column] if old is not None else None

    def handler(reason: int, change: apsw.TableChange) -> int:
        gid, field, new = value(change, 0), value(change, 1), value(change, 2)
        here = change.conflict[2] if change.conflict is not None else None
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND and change.op == "UPDATE":
            missing.append((gid, field, new))  # the peer had a field this store never got: taken as new
            return apsw.SQLITE_CHANGESET_OMIT
        if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT) and here != new:
            conflicts.append({"gid": gid, "field": field, "mine": here, "theirs": new})
        return apsw.SQLITE_CHANGESET_OMIT  # the store's value stays (a conflict, or already the same)

    data = changeset.read_bytes()
    for change in apsw.Changeset.iter(data):
        if change.op in ("INSERT", "UPDATE"):
            changed.add(str(value(change, 0)))
    with conn:
        apsw.Changeset.apply(data, conn, conflict=handler)
        for row in missing:
            conn.execute("INSERT OR REPLACE INTO fields VALUES (?, ?, ?)", row)
    conn.close()
    clashing = {str(c["gid"]) for c in conflicts}
    out.write_text(
        json.dumps({"changed": sorted(changed), "conflicts": conflicts, "clashing": sorted(clashing)}),
        encoding="utf-8",
    )


def absorb(snapshot: Path, changeset: Path) -> None:
    """What a peer sent becomes what that peer is known to have: its bundle
    applied to the snapshot kept for it, its values winning. The next bundle
    for it then carries this store's own changes only, never the peer's own
    values sent back (which would read there as conflicts)."""
    import apsw

    conn = apsw.Connection(str(snapshot))
    conn.execute(FIELDS_TABLE)
    missing: list[tuple[object, ...]] = []

    def handler(reason: int, change: apsw.TableChange) -> int:
        if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
            return apsw.SQLITE_CHANGESET_REPLACE
        if change.op == "UPDATE":
            new, old = change.new, change.old
            assert new is not None and old is not None
            missing.append(tuple(n if n is not apsw.no_change else o for n, o in zip(new, old)))
        return apsw.SQLITE_CHANGESET_OMIT

    with conn:
        apsw.Changeset.apply(changeset.read_bytes(), conn, conflict=handler)
        for row in missing:
            conn.execute("INSERT OR REPLACE INTO fields VALUES (?, ?, ?)", row)
    conn.close()


def main(argv: list[str]) -> int:
    try:
        if len(argv) == 4 and argv[0] == "diff":
            print(diff(Path(argv[1]), Path(argv[2]), Path(argv[3])))  # how many changes
            return 0
        if len(argv) == 4 and argv[0] == "apply":
            apply(Path(argv[1]), Path(argv[2]), Path(argv[3]))
            return 0
        if len(argv) == 3 and argv[0] == "absorb":
            absorb(Path(argv[1]), Path(argv[2]))
            return 0
        print("usage: exchange_worker diff|apply ...", file=sys.stderr)
        return 2
    except Exception as exc:  # one line for the caller to say
        print(f"{type(exc).__name__}: {exc}".replace("\n", " "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
