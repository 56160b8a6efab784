"""The conference record as the team exchange sees it (schema 13 and 14): read
from its tables and written back, by global ids the same in every store.

- "conference:<name>": a conference is known by its name everywhere ("PP-26");
  fields body, place, opens, closes, deadline.
- "conference_document:<name>|<contribution uid>": a contribution linked to a
  conference as one of the delegation's documents for it; no field but
  ``deleted`` (the link is there or not).
- "agenda:<uid>": an agenda item (its uid, schema 14: 32 hex digits made from
  its conference's name, day, meeting, text and place among identical ones, so
  two colleagues recording one item record one record); fields conference (its
  name), day, meeting, item, documents and order (its place among the day's).
- "support:<contribution uid>|<member>": one administration's stance on a
  common proposal; fields stance and day.

A record whose parent is not in the store yet (support for a contribution, an
agenda item of a conference, that has not arrived) is kept in the exchange
only, and written when the parent comes (``waiting``). Values are text.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..core.field_versions import DELETED
from .conferences import content_uids
from .database import Database
from .library import now

Fields = dict[str, str | None]
ABSENT: Fields = {DELETED: "1"}
CONFERENCE_FIELDS = ("body", "place", "opens", "closes", "deadline")
AGENDA_FIELDS = ("conference", "day", "meeting", "item", "documents", "order")
SUPPORT_FIELDS = ("stance", "day")
FIELDS = {
    "conference": CONFERENCE_FIELDS,
    "conference_document": (),
    "agenda": AGENDA_FIELDS,
    "support": SUPPORT_FIELDS,
}
KINDS = frozenset(FIELDS)
# what a record needs before it can be written (a bundle can bring a later edit first)
REQUIRED = {"conference": ("body",), "agenda": ("conference", "day", "item"), "support": ("stance",)}
KIND_ORDER = {"conference": 4, "conference_document": 5, "agenda": 5, "support": 5}  # after contributions


def document_gid(conference: str, contribution_uid: str) -> str:
    return f"conference_document:{conference}|{contribution_uid}"


def support_gid(contribution_uid: str, member: str) -> str:
    return f"support:{contribution_uid}|{member}"


def split_key(key: str) -> tuple[str, str] | None:
    """The two names a document's or a support's key joins (a contribution's uid
    has no "|"; a conference's name may); None when it joins none."""
    if "|" not in key:
        return None
    first, last = key.rsplit("|", 1)
    return first, last


def _alive(values: dict[str, str]) -> Fields:
    """A record's fields as versions: a field left empty (a place ``conference set``
    was not given, an item's documents) is not given, so it never competes with a
    colleague's value, which is then shown (no door clears a field once set)."""
    return {**{f: v for f, v in values.items() if v != ""}, DELETED: ""}


def current(db: Database) -> Iterator[tuple[str, Fields]]:
    """Every conference record of the store, as its fields are now (an agenda item
    without its id from what it is is given it first: store/conferences.py)."""
    content_uids(db)
    for name, *values in db.execute(f"SELECT name, {', '.join(CONFERENCE_FIELDS)} FROM conferences"):
        yield f"conference:{name}", _alive(dict(zip(CONFERENCE_FIELDS, map(str, values))))
    for name, uid in db.execute(
        "SELECT f.name, c.uid FROM conference_documents d JOIN conferences f ON f.id = d.conference_id "
        "JOIN contributions c ON c.id = d.contribution_id"
    ):
        yield document_gid(name, uid), {DELETED: ""}
    for uid, *values in db.execute(f"{_AGENDA} ORDER BY a.uid"):
        yield f"agenda:{uid}", _alive(dict(zip(AGENDA_FIELDS, map(str, values))))
    for uid, member, stance, day in db.execute(
        "SELECT c.uid, s.member, s.stance, s.day FROM support s JOIN contributions c ON c.id = s.contribution_id"
    ):
        yield support_gid(uid, member), _alive({"stance": str(stance), "day": str(day)})


_AGENDA = (
    "SELECT a.uid, f.name, a.day, a.meeting, a.item, a.documents, a.seq FROM agenda a "
    "JOIN conferences f ON f.id = a.conference_id"
)


def read(db: Database, kind: str, key: str) -> Fields:
    """One record's fields as the tables hold them now (ABSENT when they do not)."""
    if kind == "conference":
        row = db.execute(f"SELECT {', '.join(CONFERENCE_FIELDS)} FROM conferences WHERE name = ?", [key]).fetchone()
        return ABSENT if row is None else _alive(dict(zip(CONFERENCE_FIELDS, map(str, row))))
    if kind == "agenda":
        row = db.execute(f"{_AGENDA} WHERE a.uid = ?", [key]).fetchone()
        return ABSENT if row is None else _alive(dict(zip(AGENDA_FIELDS, map(str, row[1:]))))
    names = split_key(key)
    if names is None:
        return ABSENT
    if kind == "conference_document":
        row = db.execute(
            "SELECT 1 FROM conference_documents d JOIN conferences f ON f.id = d.conference_id "
            "JOIN contributions c ON c.id = d.contribution_id WHERE f.name = ? AND c.uid = ?",
            list(names),
        ).fetchone()
        return ABSENT if row is None else {DELETED: ""}
    row = db.execute(
        "SELECT s.stance, s.day FROM support s JOIN contributions c ON c.id = s.contribution_id "
        "WHERE c.uid = ? AND s.member = ?",
        list(names),
    ).fetchone()
    return ABSENT if row is None else _alive({"stance": str(row[0]), "day": str(row[1])})


def write(db: Database, kind: str, key: str, fields: Fields) -> None:
    """Make the tables hold a record as the exchange shows it (the caller's
    transaction); a record whose parent is not here is not written."""
    gone = fields.get(DELETED) == "1"
    if kind == "conference":
        if gone:  # its documents and agenda go with it (ON DELETE CASCADE)
            db.execute("DELETE FROM conferences WHERE name = ?", [key])
            return
        values = [fields.get(f) or "" for f in CONFERENCE_FIELDS]
        db.execute(
            f"INSERT INTO conferences (name, {', '.join(CONFERENCE_FIELDS)}, updated) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET "
            + ", ".join(f"{f} = excluded.{f}" for f in CONFERENCE_FIELDS)
            + ", updated = excluded.updated",
            [key, *values, now()],
        )
    elif kind == "agenda":
        _write_agenda(db, key, None if gone else fields)
    else:
        names = split_key(key)
        if names is not None:
            (_write_document if kind == "conference_document" else _write_support)(db, *names, None if gone else fields)


def _id(db: Database, table: str, column: str, value: str) -> int | None:
    found = db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [value]).fetchone()
    return None if found is None else int(found[0])


def _write_agenda(db: Database, uid: str, fields: Fields | None) -> None:
    conference = None if fields is None else _id(db, "conferences", "name", fields.get("conference") or "")
    if fields is None or conference is None:  # deleted, or its conference not here (yet): not in the tables
        db.execute("DELETE FROM agenda WHERE uid = ?", [uid])
        return
    order = fields.get("order") or ""
    values = [fields.get(f) or "" for f in ("day", "meeting", "item", "documents")]
    db.execute(
        "INSERT INTO agenda (uid, conference_id, day, meeting, item, documents, seq) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uid) DO UPDATE SET conference_id = excluded.conference_id, day = excluded.day, "
        "meeting = excluded.meeting, item = excluded.item, documents = excluded.documents, seq = excluded.seq",
        [uid, conference, *values, int(order) if _number(order) else 0],
    )


def _number(text: str) -> bool:
    """Whether int() and SQLite take it: "²" is a digit to isdigit, 10**20 overflows."""
    return text.isascii() and text.isdigit() and len(text) <= 9


def _write_document(db: Database, name: str, contribution: str, fields: Fields | None) -> None:
    conference, owner = _id(db, "conferences", "name", name), _id(db, "contributions", "uid", contribution)
    if conference is None or owner is None:
        return  # one of the two is not here: the link waits for it
    if fields is None:
        db.execute(
            "DELETE FROM conference_documents WHERE conference_id = ? AND contribution_id = ?", [conference, owner]
        )
    else:
        db.execute(
            "INSERT OR IGNORE INTO conference_documents (conference_id, contribution_id) VALUES (?, ?)",
            [conference, owner],
        )


def _write_support(db: Database, contribution: str, member: str, fields: Fields | None) -> None:
    owner = _id(db, "contributions", "uid", contribution)
    if owner is None:
        return  # its common proposal is not here (yet): kept in the exchange only
    if fields is None:
        db.execute("DELETE FROM support WHERE contribution_id = ? AND member = ?", [owner, member])
        return
    db.execute(
        "INSERT INTO support (contribution_id, member, stance, day, updated) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (contribution_id, member) DO UPDATE SET stance = excluded.stance, day = excluded.day, "
        "updated = excluded.updated",
        [owner, member, fields.get("stance") or "", fields.get("day") or "", now()],
    )


def _held_gids(db: Database, prefix: str) -> list[str]:
    """The records the exchange holds whose global id begins with ``prefix`` (a range of its key)."""
    return [
        str(gid)
        for (gid,) in db.execute(
            "SELECT DISTINCT gid FROM exchange_versions WHERE gid >= ? AND gid < ?", [prefix, prefix + "\U0010ffff"]
        )
    ]


def dependents(db: Database, kind: str, key: str) -> list[str]:
    """The conference records that hang on this record (a conference, or a
    contribution): those the tables drop with it, or write once it is there."""
    if kind == "contribution":
        return [
            *_held_gids(db, f"support:{key}|"),
            *(g for g in _held_gids(db, "conference_document:") if g.endswith(f"|{key}")),
        ]
    if kind == "conference":
        agenda = db.execute(
            "SELECT DISTINCT gid FROM exchange_versions WHERE field = 'conference' AND value = ? "
            "AND gid >= 'agenda:' AND gid < 'agenda;'",
            [key],
        )
        return [*(str(g) for (g,) in agenda), *_held_gids(db, f"conference_document:{key}|")]
    return []
