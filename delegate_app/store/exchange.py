"""The team exchange's bookkeeping in the store: every exchanged field's
versions with their version vectors, what the tables held at the end of the
last exchange, what each colleague has acknowledged, the conflicts and the
bundles taken in (the model: docs/team.md; its rules: core/field_versions.py).

The exchange's own tables are made on a store's first exchange (a store that
never exchanges is never changed by it). Everything here runs in the caller's
transaction.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from ..core.field_versions import DELETED, Version, covers, in_conflict, join, meet, merge, shown, values, write
from . import exchange_records as recs
from .database import Database
from .library import get_meta, now, set_meta

Fields = recs.Fields
COUNTER, KNOWLEDGE = "exchange_counter", "exchange_knowledge"
EVERYONE = "everyone"  # a bundle for no one in particular: everything the store has
TABLES = (
    "CREATE TABLE IF NOT EXISTS exchange_versions (gid TEXT NOT NULL, field TEXT NOT NULL, store TEXT NOT NULL, "
    "counter INTEGER NOT NULL, value TEXT, vv TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', "
    "at TEXT NOT NULL DEFAULT '', PRIMARY KEY (gid, field, store, counter)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS exchange_local (gid TEXT PRIMARY KEY, fields TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS exchange_peers (store TEXT PRIMARY KEY, author TEXT NOT NULL DEFAULT '', "
    "knowledge TEXT NOT NULL DEFAULT '{}', sent TEXT NOT NULL DEFAULT '{}', seen TEXT NOT NULL DEFAULT '')",
)


def has_tables(db: Database) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'exchange_versions'").fetchone() is not None


def ensure_tables(db: Database) -> None:
    """The exchange's tables, made on the first exchange; conflicts an earlier
    Delegate kept under its old rules are closed then (the fields' versions
    start from what the store holds)."""
    if has_tables(db):
        return
    for statement in TABLES:
        db.execute(statement)
    db.execute("UPDATE exchange_conflicts SET resolved = ? WHERE resolved = ''", [f"superseded {now()}"])


# -- the store's counter and what it has seen ----------------------------------------------------
def knowledge(db: Database) -> dict[str, int]:
    return {str(k): int(v) for k, v in json.loads(get_meta(db, KNOWLEDGE) or "{}").items()}


def learn(db: Database, seen: dict[str, int]) -> None:
    set_meta(db, KNOWLEDGE, json.dumps(join([knowledge(db), seen]), sort_keys=True))


def next_counter(db: Database, me: str) -> int:
    n = max(int(get_meta(db, COUNTER) or "0"), knowledge(db).get(me, 0)) + 1
    set_meta(db, COUNTER, str(n))
    learn(db, {me: n})
    return n


# -- versions ---------------------------------------------------------------------------------------
class TextVector(dict[str, int]):
    """A version vector read from its JSON text, which it keeps: written back
    (into the store, into a bundle) as it was read, never dumped again."""

    text = ""


def _entries(pairs: list[tuple[str, int]]) -> dict[str, int]:
    return {sys.intern(k): int(n) for k, n in pairs}  # a team's store ids, one copy each


@lru_cache(maxsize=16384)
def vector(text: str) -> TextVector:
    """A stored version vector, parsed once: a field's versions are read again by
    every sync that touches the record, and a vector has an entry per colleague
    (a team of 50: parsing them was most of what reading a version cost). Shared
    between the versions that carry it: never changed."""
    found = TextVector(json.loads(text, object_pairs_hook=_entries))
    found.text = text
    return found


def vector_text(vv: Mapping[str, int]) -> str:
    return vv.text if isinstance(vv, TextVector) else json.dumps(dict(vv), sort_keys=True, separators=(",", ":"))


def _version(row: tuple[object, ...]) -> Version:
    store, counter, value, vv, author, at = row
    return Version(
        None if value is None else str(value), vector(str(vv)), str(store), int(str(counter)), str(author), str(at)
    )


def versions(db: Database, gid: str, field: str) -> list[Version]:
    return [
        _version(row)
        for row in db.execute(
            "SELECT store, counter, value, vv, author, at FROM exchange_versions WHERE gid = ? AND field = ?",
            [gid, field],
        )
    ]


def record_versions(db: Database, gid: str) -> dict[str, list[Version]]:
    out: dict[str, list[Version]] = {}
    for field, *row in db.execute(
        "SELECT field, store, counter, value, vv, author, at FROM exchange_versions WHERE gid = ?", [gid]
    ):
        out.setdefault(str(field), []).append(_version(tuple(row)))
    return out


def put_versions(
    db: Database, gid: str, field: str, kept: Iterable[Version], was: Iterable[Version] | None = None
) -> None:
    """Make a field's versions ``kept``. Given what it held (``was``), only the
    versions that leave or come are written: a field of a team of 50 can hold
    a dozen concurrent versions, and a bundle usually adds one."""
    new = list(kept)
    if was is None:
        db.execute("DELETE FROM exchange_versions WHERE gid = ? AND field = ?", [gid, field])
        old: set[tuple[str, int]] = set()
    else:
        old = {v.dot for v in was}
        gone = old - {v.dot for v in new}
        db.conn.executemany(
            "DELETE FROM exchange_versions WHERE gid = ? AND field = ? AND store = ? AND counter = ?",
            [(gid, field, store, counter) for store, counter in gone],
        )
    db.conn.executemany(
        "INSERT INTO exchange_versions (gid, field, store, counter, value, vv, author, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(gid, field, v.store, v.counter, v.value, vector_text(v.vv), v.author, v.at) for v in new if v.dot not in old],
    )


def held(by_field: dict[str, list[Version]]) -> Fields:
    """A record's fields as the store shows them: each field's shown version."""
    out: Fields = {}
    for field, found in by_field.items():
        first = shown(found, field)
        if first is not None:
            out[field] = first.value
    return out


def outgoing(db: Database, known: dict[str, int]) -> Iterator[tuple[str, str, Version]]:
    """The versions a colleague who has seen ``known`` may lack, record by record
    (library texts first, then contributions, proposals and positions: the order
    in which a receiver checks them). Chosen by SQLite, not by reading every
    version the store holds into Python."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS exchange_known (store TEXT PRIMARY KEY, counter INTEGER NOT NULL)")
    db.execute("DELETE FROM exchange_known")
    db.conn.executemany("INSERT INTO exchange_known VALUES (?, ?)", list(known.items()))
    rows = db.execute(
        "SELECT v.gid, v.field, v.store, v.counter, v.value, v.vv, v.author, v.at FROM exchange_versions v "
        "LEFT JOIN exchange_known k ON k.store = v.store WHERE v.counter > coalesce(k.counter, 0) "
        "ORDER BY CASE substr(v.gid, 1, 4) WHEN 'vers' THEN 0 WHEN 'cont' THEN 1 WHEN 'prop' THEN 2 ELSE 3 END, "
        "v.gid, v.field"
    ).fetchall()
    for gid, field, *row in rows:
        yield str(gid), str(field), _version(tuple(row))


# -- what the tables held at the last exchange, and the store's own edits since ---------------
def _locals(db: Database) -> dict[str, str]:
    """What the tables held at the last exchange, each record's fields as the JSON
    set_local wrote, read when compared (a library text's never is: only whether
    it was named)."""
    return {str(gid): str(fields) for gid, fields in db.execute("SELECT gid, fields FROM exchange_local")}


def set_local(db: Database, gid: str, fields: Fields) -> None:
    db.execute(
        "INSERT INTO exchange_local (gid, fields) VALUES (?, ?) "
        "ON CONFLICT (gid) DO UPDATE SET fields = excluded.fields",
        [gid, json.dumps(fields, sort_keys=True, ensure_ascii=False)],
    )


def scan(db: Database, me: str, author: str) -> int:
    """The store's own edits since the last exchange, as new versions: every
    field whose value in the tables changed (an edit also marks its record
    alive; a record gone is one version of ``deleted``). How many fields."""
    before = _locals(db)
    counter: int | None = None
    at = now()
    changed = 0
    now_held = list(recs.current(db))
    named = {gid for gid, _ in now_held}
    for gid, fields in now_held + [(g, recs.ABSENT) for g in before if g not in named]:
        held = before.pop(gid, None)
        if gid.startswith("version:"):
            if held is None:  # a text this store has and never named: sent once, never replaced
                counter = counter or next_counter(db, me)
                if not versions(db, gid, "data"):
                    put_versions(db, gid, "data", [Version(None, {me: counter}, me, counter, author, at)])
                set_local(db, gid, fields)
            continue
        was: Fields = json.loads(held) if held is not None else recs.ABSENT
        if fields == was or (fields == recs.ABSENT and was.get(DELETED) == "1"):
            continue
        if fields.get(DELETED) == "1":
            names = [DELETED]
        elif was.get(DELETED) == "1":
            names = list(fields)
        else:
            names = [f for f in fields if fields.get(f) != was.get(f)] + [DELETED]
        counter = counter or next_counter(db, me)
        for name in dict.fromkeys(names):
            prior = versions(db, gid, name)
            version = write(prior, fields.get(name), me, counter, author, at)
            put_versions(db, gid, name, [version], prior)
            settle(db, gid, name, [version], me)
            changed += 1
        set_local(db, gid, fields)
        if was.get(DELETED) == "1" and fields.get(DELETED) == "":  # a conference typed here by the name of one
            for child in recs.waiting(db, gid):  # whose agenda came first: the agenda is written now
                reshow(db, child)
    return changed


Changes = dict[str, tuple[list[Version], list[Version]]]  # field: (the versions it held, the ones it keeps)


def merged(db: Database, gid: str, incoming: dict[str, list[Version]]) -> tuple[Changes, Fields]:
    """What taking these versions of a record in would keep (the fields whose
    versions change) and the record's fields as the store would then show them;
    nothing is written. A library text the store names already is kept as it is;
    one that several colleagues send at once (a newcomer filling from a shared
    folder) is taken once, the one shown by the rule every store follows."""
    have = record_versions(db, gid)
    if gid.startswith("version:"):
        if have:
            return {}, held(have)
        incoming = {f: [v] for f, found in incoming.items() if (v := shown(found, f)) is not None}
    changes: Changes = {}
    for field, found in incoming.items():
        was = have.get(field, [])
        kept = merge(was, found)
        if {v.dot for v in kept} != {v.dot for v in was}:
            changes[field] = (was, kept)
    return changes, held({**have, **{f: kept for f, (_, kept) in changes.items()}})


def commit(db: Database, gid: str, changes: Changes, fields: Fields, me: str, bundle: str) -> bool:
    """Keep a record's merged versions and write the record as the store now
    shows it; whether the tables changed."""
    if not changes:
        return False
    rows = open_rows(db, gid)
    gone: list[tuple[str, str, str, int]] = []
    new: list[tuple[object, ...]] = []
    text = gid[:8] == "version:"  # a library text's versions keep its name only
    for field, (was, kept) in changes.items():  # the record's versions that leave and come, written at once
        old = {v.dot for v in was}
        gone += [(gid, field, store, n) for store, n in old - {v.dot for v in kept}]
        new += [
            (gid, field, v.store, v.counter, None if text else v.value, vector_text(v.vv), v.author, v.at)
            for v in kept
            if v.dot not in old
        ]
        settle(db, gid, field, kept, me, bundle, rows)
    db.conn.executemany("DELETE FROM exchange_versions WHERE gid = ? AND field = ? AND store = ? AND counter = ?", gone)
    db.conn.executemany(
        "INSERT INTO exchange_versions (gid, field, store, counter, value, vv, author, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        new,
    )
    if not recs.complete(gid, fields):
        return False  # kept in the exchange until the rest of the record comes
    kind, key = gid.split(":", 1)
    if kind == "version":  # a text is stored once, or is there already: no need to read it before
        stored = recs.write_text(db, gid, fields)
        set_local(db, gid, {"data": None} if stored else recs.read(db, gid))
        return stored
    cascade = recs.dependents(db, gid) if fields.get(DELETED) == "1" else []
    before = recs.read(db, gid)
    after = recs.write(db, gid, fields)
    set_local(db, gid, after)
    for child in cascade:
        set_local(db, child, recs.read(db, child))
    if before.get(DELETED) == "1" and after.get(DELETED) == "":  # come now: what waited for it is written
        for child in recs.waiting(db, gid):
            reshow(db, child)
    return after != before


def reshow(db: Database, gid: str) -> None:
    """Write a record as its versions show it (after a new version of one field)."""
    fields = held(record_versions(db, gid))
    if recs.complete(gid, fields):
        set_local(db, gid, recs.write(db, gid, fields))


# -- colleagues ----------------------------------------------------------------------------------
def note_peer(db: Database, store: str, author: str, seen: dict[str, int]) -> None:
    """A colleague's bundle says what they have seen (their acknowledgement);
    what was sent them since and is not acknowledged is sent again next time."""
    row = db.execute("SELECT knowledge FROM exchange_peers WHERE store = ?", [store]).fetchone()
    known = json.dumps(join([json.loads(row[0]) if row else {}, seen]), sort_keys=True)
    db.execute(
        "INSERT INTO exchange_peers (store, author, knowledge, sent, seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT (store) "
        "DO UPDATE SET author = excluded.author, knowledge = excluded.knowledge, sent = excluded.sent, "
        "seen = excluded.seen",
        [store, author, known, known, now()],
    )


def _peers(db: Database, name: str) -> list[str]:
    folded = name.strip().casefold()
    return [
        str(store)
        for store, author in db.execute("SELECT store, author FROM exchange_peers")
        if store == name or (folded and str(author).strip().casefold() == folded)
    ]


def peer_knowledge(db: Database, name: str) -> dict[str, int]:
    """What the colleague so named (or store so identified) has, as far as this
    store knows: what they acknowledged and what was sent them since; for
    several stores of one name, what all of them have; nothing for a stranger."""
    if name.strip().casefold() == EVERYONE:
        return {}
    found = [
        join([json.loads(k), json.loads(s)])
        for store in _peers(db, name)
        for k, s in db.execute("SELECT knowledge, sent FROM exchange_peers WHERE store = ?", [store])
    ]
    return meet(found) if found else {}


def note_sent(db: Database, name: str, sent: dict[str, int]) -> None:
    """What a bundle for this colleague carried; a colleague never heard from is
    kept by name until their own bundle names their store."""
    if name.strip().casefold() == EVERYONE:
        return
    found = _peers(db, name)
    if not found and name.strip():
        found = [f"name:{name.strip().casefold()}"]
        db.execute("INSERT INTO exchange_peers (store, author) VALUES (?, ?)", [found[0], name.strip()])
    for store in found:
        db.execute("UPDATE exchange_peers SET sent = ? WHERE store = ?", [json.dumps(sent, sort_keys=True), store])


def note_hub(db: Database, name: str, seen: dict[str, int]) -> None:
    """What a bundle read from the hub says its writer had seen: the hub holds
    all of it (every writer's bundles together carry what it had seen)."""
    store = f"name:{name.casefold()}"
    db.execute("INSERT OR IGNORE INTO exchange_peers (store, author) VALUES (?, ?)", [store, name])
    row = db.execute("SELECT knowledge FROM exchange_peers WHERE store = ?", [store]).fetchone()
    known = join([json.loads(row[0]), seen])
    db.execute("UPDATE exchange_peers SET knowledge = ? WHERE store = ?", [json.dumps(known, sort_keys=True), store])


def may_adopt(db: Database, base: dict[str, int]) -> bool:
    """A bundle carries everything its sender had that ``base`` did not cover:
    the receiver then knows what the sender knew, if it had seen ``base``."""
    return covers(knowledge(db), base)


# -- conflicts and bundles received ---------------------------------------------------------------
def open_rows(db: Database, gid: str) -> dict[str, tuple[object, ...]]:
    """A record's open conflict rows by field: (id, mine, theirs, author, at)."""
    return {
        str(f): tuple(row)
        for f, *row in db.execute(
            "SELECT field, id, mine, theirs, author, at FROM exchange_conflicts WHERE gid = ? AND resolved = ''", [gid]
        )
    }


def settle(
    db: Database,
    gid: str,
    field: str,
    kept: list[Version],
    me: str,
    bundle: str = "",
    rows: dict[str, tuple[object, ...]] | None = None,
) -> None:
    """Open, update or close the conflict row of a field after its versions
    changed (``rows``: the record's open rows, read once for all its fields)."""
    row = (open_rows(db, gid) if rows is None else rows).get(field)
    if field in recs.SILENT or not in_conflict(kept, field):
        if row is not None:
            db.execute("UPDATE exchange_conflicts SET resolved = ? WHERE id = ?", [f"settled {now()}", row[0]])
        return
    distinct = values(kept, field)
    mine = next((v for v in distinct if any(k.store == me and k.value == v.value for k in kept)), distinct[0])
    theirs = next(v for v in distinct if v.value != mine.value)
    cells = [mine.value, theirs.value, theirs.author, theirs.at]
    if row is None:
        db.execute(
            "INSERT INTO exchange_conflicts (gid, field, mine, theirs, author, at, bundle, created) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [gid, field, *cells, bundle, now()],
        )
    elif list(row[1:]) != cells:
        db.execute(
            "UPDATE exchange_conflicts SET mine = ?, theirs = ?, author = ?, at = ? WHERE id = ?", [*cells, row[0]]
        )


def open_conflicts(db: Database) -> set[tuple[str, str]]:
    """The (record, field) of every open conflict."""
    return {(str(g), str(f)) for g, f in db.execute("SELECT gid, field FROM exchange_conflicts WHERE resolved = ''")}


def conflicts(db: Database, open_only: bool = True) -> list[dict[str, object]]:
    """The conflicts kept (the open ones), each with every value, who and when;
    none in a store opened read-only before it had the tables."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'exchange_conflicts'").fetchone() is None:
        return []
    rows = db.execute(
        "SELECT id, gid, field, mine, theirs, author, at, bundle, created, resolved FROM exchange_conflicts "
        + ("WHERE resolved = '' " if open_only else "")
        + "ORDER BY id"
    ).fetchall()
    keys = ("id", "record", "field", "mine", "theirs", "author", "at", "bundle", "created", "resolved")
    out = [dict(zip(keys, row)) for row in rows]
    if has_tables(db):
        for c in out:
            found = values(versions(db, str(c["record"]), str(c["field"])), str(c["field"]))
            c["values"] = [{"value": v.value, "author": v.author, "store": v.store, "at": v.at} for v in found]
    return out


def received(db: Database, bundle: str) -> bool:
    return db.execute("SELECT 1 FROM exchange_received WHERE bundle = ?", [bundle]).fetchone() is not None


def received_ids(db: Database) -> set[str]:
    return {str(b) for (b,) in db.execute("SELECT bundle FROM exchange_received")}


def mark_received(db: Database, bundle: str, store: str, author: str, created: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO exchange_received (bundle, store, author, created, received) VALUES (?, ?, ?, ?, ?)",
        [bundle, store, author, created, now()],
    )
