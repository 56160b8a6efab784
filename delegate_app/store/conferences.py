"""Conferences, the delegation's documents for each, their agenda, and the
support regional common proposals gather (schema 13).

Each write is one transaction. A conference is known by its name ("PP-26"):
setting one that exists changes only the fields given, so a later
``conference set PP-26 --closes ...`` keeps the opening day and the place.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.conference import Conference
from .database import Database, writing
from .library import now

_FIELDS = ("body", "place", "opens", "closes", "deadline")


def save_conference(db: Database, conf: Conference, documents: Sequence[int] = ()) -> Conference:
    """Insert or update ``conf`` by name (the empty fields of an update keep the
    stored values) and link ``documents`` to it; the record as stored."""
    with writing(db):
        found = db.execute("SELECT id FROM conferences WHERE name = ?", [conf.name]).fetchone()
        values = {f: getattr(conf, f) for f in _FIELDS}
        if found is None:
            db.execute(
                f"INSERT INTO conferences (name, {', '.join(_FIELDS)}, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [conf.name, *values.values(), now()],
            )
            cid = int(db.execute("SELECT id FROM conferences WHERE name = ?", [conf.name]).fetchone()[0])
        else:
            cid = int(found[0])
            given = {f: v for f, v in values.items() if v}
            if given:
                db.execute(
                    f"UPDATE conferences SET {', '.join(f'{f} = ?' for f in given)}, updated = ? WHERE id = ?",
                    [*given.values(), now(), cid],
                )
        for contribution in documents:
            db.execute(
                "INSERT OR IGNORE INTO conference_documents (conference_id, contribution_id) VALUES (?, ?)",
                [cid, contribution],
            )
    stored = conference(db, conf.name)
    assert stored is not None
    return stored


def _row(db: Database, row: tuple[object, ...]) -> Conference:
    cid, name, body, place, opens, closes, deadline = row
    docs = [
        int(r[0])
        for r in db.execute(
            "SELECT contribution_id FROM conference_documents WHERE conference_id = ? ORDER BY contribution_id", [cid]
        )
    ]
    return Conference(str(name), str(body), str(opens), str(closes), str(place), str(deadline), docs, int(str(cid)))


_SELECT = "SELECT id, name, body, place, opens, closes, deadline FROM conferences"


def conference(db: Database, name: str) -> Conference | None:
    row = db.execute(f"{_SELECT} WHERE name = ?", [name]).fetchone()
    return _row(db, row) if row is not None else None


def conferences(db: Database) -> list[Conference]:
    """Every conference, the soonest opening first (undated last)."""
    rows = db.execute(f"{_SELECT} ORDER BY opens = '', opens, name").fetchall()
    return [_row(db, r) for r in rows]


def conferences_of(db: Database, contribution_id: int) -> list[Conference]:
    """The conferences a contribution is one of the documents for."""
    rows = db.execute(
        f"{_SELECT} WHERE id IN (SELECT conference_id FROM conference_documents WHERE contribution_id = ?) "
        "ORDER BY opens, name",
        [contribution_id],
    ).fetchall()
    return [_row(db, r) for r in rows]


# -- support for common proposals ----------------------------------------------------
@dataclass(frozen=True)
class SupportRow:
    contribution_id: int
    member: str
    stance: str
    day: str


def save_support(db: Database, rows: list[SupportRow]) -> None:
    """Record each member's stance on a contribution (one per member), in one transaction."""
    with writing(db):
        for r in rows:
            db.execute(
                "INSERT INTO support (contribution_id, member, stance, day, updated) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (contribution_id, member) DO UPDATE SET stance = excluded.stance, "
                "day = excluded.day, updated = excluded.updated",
                [r.contribution_id, r.member, r.stance, r.day, now()],
            )


def delete_support(db: Database, contribution_id: int, member: str) -> bool:
    """Whether that member's stance was recorded (and is now gone)."""
    with writing(db):
        found = db.execute("DELETE FROM support WHERE contribution_id = ? AND member = ?", [contribution_id, member])
        return found.rowcount > 0


def support(db: Database, contribution_id: int | None = None) -> list[SupportRow]:
    where, args = ("WHERE contribution_id = ?", [contribution_id]) if contribution_id is not None else ("", [])
    return [
        SupportRow(int(c), str(m), str(s), str(d))
        for c, m, s, d in db.execute(
            f"SELECT contribution_id, member, stance, day FROM support {where} ORDER BY contribution_id, member", args
        )
    ]


# -- the agenda ----------------------------------------------------------------------
@dataclass(frozen=True)
class AgendaRow:
    day: str
    meeting: str
    item: str
    documents: str
    id: int | None = None
    uid: str = ""  # the same in every store (the team exchange names the item by it)


def agenda_uid(conference: str, day: str, meeting: str, item: str, occurrence: int) -> str:
    """An agenda item's id from what it is: its conference's name, day, meeting and
    text, and its place among identical ones (1 for the first). Two colleagues who
    record the same item (each importing the workbook the coordinator circulates)
    record one record, which the team exchange then names alike in both stores."""
    key = "\x1f".join((conference, day, meeting, item, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


CONTENT_UID = re.compile(r"[0-9a-f]{32}")


def add_agenda(db: Database, conference_id: int, rows: list[AgendaRow]) -> None:
    """Add items after the day's last (an item's ``seq`` is its place among its
    day's); each is given its id from what it is (agenda_uid)."""
    with writing(db):
        content_uids(db)
        (name,) = db.execute("SELECT name FROM conferences WHERE id = ?", [conference_id]).fetchone()
        taken = {str(u) for (u,) in db.execute("SELECT uid FROM agenda")}
        last: dict[str, int] = {}
        for r in rows:
            if r.day not in last:
                found = db.execute(
                    "SELECT coalesce(max(seq), 0) FROM agenda WHERE conference_id = ? AND day = ?",
                    [conference_id, r.day],
                )
                last[r.day] = int(found.fetchone()[0])
            last[r.day] += 1
            uid = _free_uid(str(name), r, taken)
            db.execute(
                "INSERT INTO agenda (uid, conference_id, day, meeting, item, documents, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [uid, conference_id, r.day, r.meeting, r.item, r.documents, last[r.day]],
            )


def _free_uid(conference: str, r: AgendaRow, taken: set[str]) -> str:
    occurrence = 1
    while (uid := agenda_uid(conference, r.day, r.meeting, r.item, occurrence)) in taken:
        occurrence += 1
    taken.add(uid)
    return uid


def content_uids(db: Database) -> None:
    """Give the items that have none their id from what they are: those a store of
    schema 13 had (the upgrade gave each a random one) and those an older app typed
    since (its trigger does the same). Called inside the writes that add, and by the
    exchange's look at the tables, before either reads the ids."""
    if db.execute("SELECT 1 FROM agenda WHERE length(uid) != 32 OR uid GLOB '*[^0-9a-f]*' LIMIT 1").fetchone() is None:
        return
    with writing(db):
        rows = db.execute(
            "SELECT a.id, a.uid, f.name, a.day, a.meeting, a.item FROM agenda a "
            "JOIN conferences f ON f.id = a.conference_id ORDER BY f.name, a.day, a.seq, a.id"
        ).fetchall()
        taken = {str(r[1]) for r in rows if CONTENT_UID.fullmatch(str(r[1]))}
        for rid, uid, name, day, meeting, item in rows:
            if not CONTENT_UID.fullmatch(str(uid)):
                new = _free_uid(str(name), AgendaRow(str(day), str(meeting), str(item), ""), taken)
                db.execute("UPDATE agenda SET uid = ? WHERE id = ?", [new, rid])


def agenda(db: Database, conference_id: int) -> list[AgendaRow]:
    """A conference's items by day, in the order they were added; two colleagues
    who added items at once gave them the same place, which their ids then
    order the same in every store. (An item of a store just upgraded from schema
    13 shows its upgrade id until the next addition or exchange gives it its own.)"""
    return [
        AgendaRow(str(d), str(m), str(i), str(docs), int(n), str(uid))
        for n, d, m, i, docs, uid in db.execute(
            "SELECT id, day, meeting, item, documents, uid FROM agenda WHERE conference_id = ? ORDER BY day, seq, uid",
            [conference_id],
        )
    ]


def delete_conference(db: Database, name: str) -> int | None:
    """Delete a conference with its agenda and its documents' links (their
    foreign keys cascade); how many agenda items went, None when there is none
    of that name."""
    with writing(db):
        found = db.execute("SELECT id FROM conferences WHERE name = ?", [name]).fetchone()
        if found is None:
            return None
        items = int(db.execute("SELECT count(*) FROM agenda WHERE conference_id = ?", [found[0]]).fetchone()[0])
        db.execute("DELETE FROM conferences WHERE id = ?", [found[0]])
        return items


def unlink_document(db: Database, name: str, contribution_id: int) -> bool:
    """Whether the contribution was a document of the conference named, and is no longer."""
    with writing(db):
        return (
            db.execute(
                "DELETE FROM conference_documents WHERE contribution_id = ? "
                "AND conference_id = (SELECT id FROM conferences WHERE name = ?)",
                [contribution_id, name],
            ).rowcount
            > 0
        )


def delete_agenda_item(db: Database, uid: str) -> bool:
    """Whether there was an item of that id to delete."""
    with writing(db):
        return db.execute("DELETE FROM agenda WHERE uid = ?", [uid]).rowcount > 0
