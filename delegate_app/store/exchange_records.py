"""A store's records as the team exchange sees them: fields by global id, read
from the tables and written back into them.

The global ids are the same in every store: "position:<body>|<number>|<provision>"
(a position is one per resolution and provision, so two delegates who record one
on the same provision record the same record), "contribution:<uid>",
"proposal:<uid>" and "version:<body>|<number>|<revision>|<language>" (a library
text); the conference record's kinds (conference, conference_document, agenda,
support) are read and written in exchange_conference.py. Every record but a
library text also has the field ``deleted`` ("1" or ""); a record absent from the tables reads as ``{"deleted": "1"}``.

Values are text or None. A text's own fields are not read here (its wording can
be megabytes): a text is named, and read whole only when a bundle carries it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..core.field_versions import DELETED
from . import exchange_conference as conference
from .database import Database
from .library import now, resolution_id

if TYPE_CHECKING:
    from ..core.model import Resolution

Fields = dict[str, str | None]
POSITION_FIELDS = ("stance", "priority", "rationale", "talking_points", "regional_alignment", "owner", "uid")
PROPOSAL_FIELDS = (
    "contribution",
    "order",
    "action",
    "number",
    "auto_number",
    "status",
    "status_date",
    "status_note",
    "reasons",
    "text",
    "base",
)
SILENT = frozenset({"uid"})  # kept by the same rule everywhere, never shown as a conflict
ABSENT: Fields = {DELETED: "1"}
KIND_ORDER = {"version": 0, "contribution": 1, "proposal": 2, "position": 3, **conference.KIND_ORDER}


def position_gid(body: str, number: str, provision: str) -> str:
    return f"position:{body}|{number}|{provision}"


def version_gid(body: str, number: str, revision: str, language: str) -> str:
    from ..core.revision import revision_key

    return f"version:{body}|{number}|{revision_key(revision)}|{language}"


def _canon(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def proposal_fields(contribution: str, seq: int, data: str) -> Fields:
    d = json.loads(data)
    return {
        "contribution": contribution,
        "order": str(seq),
        "action": str(d.get("action", "")),
        "number": str(d.get("number", "")),
        "auto_number": "1" if d.get("auto_number") else "",
        "status": str(d.get("status", "")),
        "status_date": str(d.get("status_date", "")),
        "status_note": str(d.get("status_note", "")),
        "reasons": str(d.get("reasons", "")),
        "text": _canon(d.get("resolution")),
        "base": _canon(d.get("base")),
        DELETED: "",
    }


def current(db: Database) -> Iterator[tuple[str, Fields]]:
    """Every record of the store, as its fields are now."""
    for row in db.execute(
        f"SELECT r.body, r.number, p.provision, {', '.join('p.' + f for f in POSITION_FIELDS)} "
        "FROM positions p JOIN resolutions r ON r.id = p.resolution_id"
    ):
        yield position_gid(row[0] or "", row[1], row[2]), {**dict(zip(POSITION_FIELDS, row[3:])), DELETED: ""}
    for uid, data in db.execute("SELECT uid, data FROM contributions"):
        yield f"contribution:{uid}", {"data": data, DELETED: ""}
    for uid, contribution, seq, data in db.execute(
        "SELECT p.uid, c.uid, p.seq, p.data FROM proposals p JOIN contributions c ON c.id = p.contribution_id"
    ):
        yield f"proposal:{uid}", proposal_fields(contribution, seq, data)
    for body, number, revision, language in db.execute(
        "SELECT r.body, r.number, v.revision, v.language FROM versions v "
        "JOIN resolutions r ON r.id = v.resolution_id WHERE v.edition_of IS NULL"
    ):
        yield version_gid(body or "", number, revision, language), {"data": None}
    yield from conference.current(db)


def read(db: Database, gid: str) -> Fields:
    """One record's fields as the tables hold them now (ABSENT when they do not)."""
    kind, key = gid.split(":", 1)
    if kind == "position":
        body, number, provision = key.split("|", 2)
        row = db.execute(
            f"SELECT {', '.join('p.' + f for f in POSITION_FIELDS)} FROM positions p "
            "JOIN resolutions r ON r.id = p.resolution_id WHERE r.body = ? AND r.number = ? AND p.provision = ?",
            [body, number, provision],
        ).fetchone()
        return ABSENT if row is None else {**dict(zip(POSITION_FIELDS, row)), DELETED: ""}
    if kind == "contribution":
        found = db.execute("SELECT data FROM contributions WHERE uid = ?", [key]).fetchone()
        return ABSENT if found is None else {"data": found[0], DELETED: ""}
    if kind == "proposal":
        found = db.execute(
            "SELECT c.uid, p.seq, p.data FROM proposals p JOIN contributions c ON c.id = p.contribution_id "
            "WHERE p.uid = ?",
            [key],
        ).fetchone()
        return ABSENT if found is None else proposal_fields(*found)
    if kind in conference.KINDS:
        return conference.read(db, kind, key)
    return {"data": None} if text_id(db, gid) is not None else {}


def text_id(db: Database, gid: str) -> int | None:
    """The library version a text's global id names (the one in force), if the library has it."""
    from ..core.revision import revision_key

    body, number, revision, language = gid.split(":", 1)[1].split("|", 3)
    for vid, rev in db.execute(
        "SELECT v.id, v.revision FROM versions v JOIN resolutions r ON r.id = v.resolution_id "
        "WHERE r.body = ? AND r.number = ? AND v.language = ? AND v.edition_of IS NULL",
        [body, number, language],
    ):
        if revision_key(rev) == revision:
            return int(vid)
    return None


@lru_cache(maxsize=2)
def text_of(data: str) -> Resolution:
    """A library text a bundle carries, read once for its check and its writing
    (a first fill carries the whole library: reading each text twice was a tenth
    of it). Shared: never changed by those who read it."""
    from ..core.model import Resolution

    value = json.loads(data)
    if not isinstance(value, dict):
        raise ValueError("a text is a JSON object")
    return Resolution.from_dict(value)


def text_data(db: Database, gid: str) -> str | None:
    vid = text_id(db, gid)
    if vid is None:
        return None
    found = db.execute("SELECT data FROM versions WHERE id = ?", [vid]).fetchone()
    return None if found is None else str(found[0])


REQUIRED = {
    "position": ("stance", "priority"),
    "proposal": ("contribution", "action", "status"),
    "contribution": ("data",),
    "version": ("data",),
    **conference.REQUIRED,
}


def complete(gid: str, fields: Fields) -> bool:
    """Whether a record's fields are enough to write it (a deletion always is):
    a bundle can bring a later edit of a record before the record itself."""
    if fields.get(DELETED) == "1":
        return True
    return all(fields.get(name) is not None for name in REQUIRED.get(gid.split(":", 1)[0], ()))


def write(db: Database, gid: str, fields: Fields) -> Fields:
    """Make the tables hold a record as the exchange holds it (the caller's
    transaction); what they hold afterwards (ABSENT when the record cannot be
    written here: a proposal whose contribution is not here)."""
    kind, key = gid.split(":", 1)
    gone = fields.get(DELETED) == "1"
    if kind == "version":
        return {"data": None} if write_text(db, gid, fields) else read(db, gid)
    if kind == "position":
        _write_position(db, key, None if gone else fields)
    elif kind == "contribution":
        _write_contribution(db, key, None if gone else fields)
    elif kind == "proposal":
        _write_proposal(db, key, None if gone else fields)
    elif kind in conference.KINDS:
        conference.write(db, kind, key, fields)
    return read(db, gid)


def write_text(db: Database, gid: str, fields: Fields) -> bool:
    """A library text a bundle carries, stored if the library has none of that
    name (never replaced: the library changes only when the delegate asks);
    whether it was stored."""
    data = fields.get("data")
    if fields.get(DELETED) == "1" or not data or text_id(db, gid) is not None:
        return False
    from .editions import store_version

    store_version(db, text_of(data), None, as_sent=data)  # as it came: the sender's to_dict wrote it
    return True


def _write_position(db: Database, key: str, fields: Fields | None) -> None:
    body, number, provision = key.split("|", 2)
    rid = resolution_id(db, body, number)
    if fields is None:
        db.execute("DELETE FROM positions WHERE resolution_id = ? AND provision = ?", [rid, provision])
        return
    from ..core.model import new_uid

    values = [fields.get(f) or "" for f in POSITION_FIELDS[:-1]]
    db.execute(
        f"INSERT INTO positions (uid, resolution_id, provision, {', '.join(POSITION_FIELDS[:-1])}, updated) "
        f"VALUES (?, ?, ?, {', '.join('?' for _ in POSITION_FIELDS[:-1])}, ?) "
        "ON CONFLICT (resolution_id, provision) DO UPDATE SET "
        + ", ".join(f"{f} = excluded.{f}" for f in POSITION_FIELDS)  # its id too: the same on every store
        + ", updated = excluded.updated",
        [fields.get("uid") or new_uid(), rid, provision, *values, now()],
    )


def _write_contribution(db: Database, uid: str, fields: Fields | None) -> None:
    from . import contributions as records

    if fields is None:
        records.delete_contribution(db, uid)
        return
    from ..core.model import Contribution

    contrib = Contribution.from_dict(json.loads(fields.get("data") or "{}"))
    contrib.uid = uid
    records.write_front(db, records.front_row(contrib))


def proposal_dict(fields: Fields) -> dict[str, Any]:
    """A proposal's fields as the model reads a proposal (``Proposal.from_dict``)."""
    text, base = fields.get("text") or "", fields.get("base") or ""
    return {
        "action": fields.get("action") or "",
        "number": fields.get("number") or "",
        "resolution": json.loads(text) if text else None,
        "base": json.loads(base) if base else None,
        "reasons": fields.get("reasons") or "",
        "status": fields.get("status") or "draft",
        "status_date": fields.get("status_date") or "",
        "status_note": fields.get("status_note") or "",
        "auto_number": fields.get("auto_number") == "1",
    }


def _write_proposal(db: Database, uid: str, fields: Fields | None) -> None:
    from . import contributions as records

    if fields is None:
        records.delete_proposal(db, uid)
        return
    owner = fields.get("contribution") or ""
    if not records.contribution_exists(db, owner):
        return  # its contribution is not here (deleted, or not come yet): kept in the exchange only
    from ..core.model import Proposal

    proposal = Proposal.from_dict(proposal_dict(fields))
    proposal.uid = uid
    order = fields.get("order") or ""
    seq = int(order) if order.isascii() and order.isdigit() and len(order) <= 9 else None
    records.write_proposal(db, owner, records.proposal_row(proposal), seq)
    if seq is not None:
        db.execute("UPDATE proposals SET seq = ? WHERE uid = ?", [seq, uid])


def proposals_of(db: Database, contribution_uid: str) -> list[str]:
    return [
        f"proposal:{uid}"
        for (uid,) in db.execute(
            "SELECT p.uid FROM proposals p JOIN contributions c ON c.id = p.contribution_id WHERE c.uid = ?",
            [contribution_uid],
        )
    ]


def dependents(db: Database, gid: str) -> list[str]:
    """The records the tables drop with this one when it is deleted (a
    contribution's proposals, its support and conference links; a conference's
    agenda and documents)."""
    kind, key = gid.split(":", 1)
    return [*(proposals_of(db, key) if kind == "contribution" else []), *conference.dependents(db, kind, key)]


def waiting(db: Database, gid: str) -> list[str]:
    """The records that came before this one (their parent) and are written once
    it is in the tables: a contribution's proposals, stances and conference links
    (a bundle that overtook the one carrying the contribution brought them), a
    conference's agenda and documents."""
    kind, key = gid.split(":", 1)
    proposals = (
        db.execute(
            "SELECT DISTINCT gid FROM exchange_versions WHERE field = 'contribution' AND value = ? "
            "AND gid >= 'proposal:' AND gid < 'proposal;'",
            [key],
        ).fetchall()
        if kind == "contribution"
        else []
    )
    return [*(str(g) for (g,) in proposals), *conference.dependents(db, kind, key)]
