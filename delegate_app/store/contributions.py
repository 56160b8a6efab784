"""Contributions being drafted, written record by record.

A contribution is one row (its header, abstract and attachments as JSON) and
one row per proposal, each named by its stable id (``uid``). A save writes only
the records that changed: the front, a proposal, the order, a proposal gone, the
text typed in one; each write is an upsert by id, so writing the same record
twice, or again after a crash, gives the same store. The caller wraps a save in
one transaction (``database.writing``).

The rows are built from the model by ``front_row`` and ``proposal_row`` (plain
tuples, safe to hand to another thread) and written by the ``write_*``
functions.

Each row carries the store's version of it (``rev``, schema 12), which every
write changes: what an edit was based on, read with the row in one snapshot.
"""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple

from . import autosave
from .database import Database, decoded
from .library import now, proposal_from_json, resolution_id

if TYPE_CHECKING:
    from ..core.model import Contribution, Proposal, Resolution


class FrontRow(NamedTuple):
    uid: str
    document: str
    meeting: str
    date: str
    original_language: str
    source: str
    title: str
    data: str  # the contribution as JSON, without its proposals


class ProposalRow(NamedTuple):
    uid: str
    action: str
    number: str
    body: str | None  # the resolution acted on (None: a draft new resolution)
    resolution_number: str
    base_version: int | None
    status: str
    reasons: str
    data: str  # the proposal as JSON


def front_dict(contrib: Contribution) -> dict[str, Any]:
    """The contribution as stored in its own row: everything but its proposals and id
    (not made and then dropped: a front is saved with every pause in typing)."""
    front = contrib.to_dict(proposals=False)
    front.pop("uid", None)
    return front


def front_row(contrib: Contribution) -> FrontRow:
    h = contrib.header
    return FrontRow(
        contrib.uid,
        h.document,
        h.meeting,
        h.date,
        h.original_language,
        h.source,
        h.title,
        json.dumps(front_dict(contrib), ensure_ascii=False),
    )


# A MOD's base is stored with it (its own copy: the library's text may be
# replaced or deleted later) and is written again with every save of the
# proposal; its JSON is made once per base object, not on every pause in typing.
_BASE_JSON: dict[int, tuple[weakref.ref[Resolution], str]] = {}


def _base_json(base: Resolution) -> str:
    found = _BASE_JSON.get(id(base))
    if found is not None and found[0]() is base:
        return found[1]
    text = json.dumps(base.to_dict(), ensure_ascii=False)
    key = id(base)

    def gone(_ref: weakref.ref[Resolution]) -> None:
        _BASE_JSON.pop(key, None)

    _BASE_JSON[key] = (weakref.ref(base, gone), text)
    return text


def proposal_row(proposal: Proposal) -> ProposalRow:
    res = proposal.resolution if proposal.resolution is not None and not proposal.resolution.draft else None
    data = proposal.to_dict() if proposal.base is None else proposal.to_dict_without_base()
    data.pop("uid", None)
    text = json.dumps(data, ensure_ascii=False)
    if proposal.base is not None:
        text = text[:-1] + ', "base": ' + _base_json(proposal.base) + "}"
    return ProposalRow(
        proposal.uid,
        proposal.action,
        proposal.number,
        (res.body or "") if res is not None else None,
        res.number if res is not None else "",
        proposal.base_version,
        proposal.status,
        proposal.reasons,
        text,
    )


def write_front(db: Database, row: FrontRow, document_id: int | None = None) -> int:
    """Insert or update a contribution's own row; its id."""
    stamp = now()
    db.execute(
        "INSERT INTO contributions (uid, document_id, document, meeting, date, original_language, source, title, "
        "data, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uid) DO UPDATE SET document = excluded.document, meeting = excluded.meeting, "
        "date = excluded.date, original_language = excluded.original_language, source = excluded.source, "
        "title = excluded.title, data = excluded.data, updated = excluded.updated",
        [row.uid, document_id, *row[1:], stamp, stamp],
    )
    return contribution_id(db, row.uid) or 0  # just written: always there


def write_proposal(db: Database, contribution_uid: str, row: ProposalRow, seq: int | None = None) -> None:
    """Insert or update one proposal; a new one goes last unless ``seq`` says where."""
    cid = contribution_id(db, contribution_uid)
    if cid is None:
        raise KeyError(f"no contribution {contribution_uid}")
    rid = resolution_id(db, row.body, row.resolution_number) if row.body is not None else None
    base = row.base_version
    if base is not None and db.execute("SELECT 1 FROM versions WHERE id = ?", [base]).fetchone() is None:
        base = None  # the library text is gone; the proposal keeps its own copy in data
    if seq is None:
        seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM proposals WHERE contribution_id = ?", [cid]).fetchone()[
            0
        ]
    db.execute(
        "INSERT INTO proposals (uid, contribution_id, seq, action, number, resolution_id, base_version_id, status, "
        "reasons, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uid) DO UPDATE SET contribution_id = excluded.contribution_id, action = excluded.action, "
        "number = excluded.number, resolution_id = excluded.resolution_id, "
        "base_version_id = excluded.base_version_id, status = excluded.status, reasons = excluded.reasons, "
        "data = excluded.data",
        [row.uid, cid, seq, row.action, row.number, rid, base, row.status, row.reasons, row.data],
    )


def write_order(db: Database, contribution_uid: str, uids: list[str]) -> None:
    """The proposals' order: seq follows ``uids``; any other proposal of the
    contribution (not known to the writer) goes after them, in its old order."""
    rows = db.execute(
        "SELECT p.uid FROM proposals p JOIN contributions c ON c.id = p.contribution_id WHERE c.uid = ? ORDER BY p.seq",
        [contribution_uid],
    ).fetchall()
    known = set(uids)
    order = list(uids) + [u for (u,) in rows if u not in known]
    for seq, uid in enumerate(order, 1):
        db.execute("UPDATE proposals SET seq = ? WHERE uid = ?", [seq, uid])


def delete_proposal(db: Database, uid: str) -> None:
    db.execute("DELETE FROM proposals WHERE uid = ?", [uid])
    autosave.clear(db, typed_key(uid))


def prune_proposals(db: Database, contribution_uid: str, keep: list[str]) -> None:
    """Delete the contribution's stored proposals that are not in ``keep``."""
    rows = db.execute(
        "SELECT p.uid FROM proposals p JOIN contributions c ON c.id = p.contribution_id WHERE c.uid = ?",
        [contribution_uid],
    ).fetchall()
    for (uid,) in rows:
        if uid not in keep:
            delete_proposal(db, uid)


def delete_contribution(db: Database, uid: str) -> None:
    for (puid,) in db.execute(
        "SELECT p.uid FROM proposals p JOIN contributions c ON c.id = p.contribution_id WHERE c.uid = ?", [uid]
    ).fetchall():
        delete_proposal(db, puid)
    db.execute("DELETE FROM contributions WHERE uid = ?", [uid])


def typed_key(proposal_uid: str) -> str:
    """The autosave key of text typed in a proposal that does not read as a resolution yet."""
    return f"proposal:{proposal_uid}"


def write_typed(db: Database, proposal_uid: str, text: str | None) -> None:
    if text is None:
        autosave.clear(db, typed_key(proposal_uid))
    else:
        autosave.put(db, typed_key(proposal_uid), text)


def read_typed(db: Database, proposal_uid: str) -> str | None:
    return autosave.get(db, typed_key(proposal_uid))


def store_contribution(db: Database, contrib: Contribution, document_id: int | None) -> int:
    """Insert a whole contribution (an import, a new draft): ids are given to its
    records that have none yet."""
    from ..core.model import new_uid

    contrib.uid = contrib.uid or new_uid()
    cid = write_front(db, front_row(contrib), document_id)
    for seq, proposal in enumerate(contrib.proposals, 1):
        proposal.uid = proposal.uid or new_uid()
        write_proposal(db, contrib.uid, proposal_row(proposal), seq)
    return cid


def contribution_exists(db: Database, uid: str) -> bool:
    return db.execute("SELECT 1 FROM contributions WHERE uid = ?", [uid]).fetchone() is not None


def contribution_id(db: Database, uid: str) -> int | None:
    """The store's id of the contribution ``uid``, None when it has none."""
    row = db.execute("SELECT id FROM contributions WHERE uid = ?", [uid]).fetchone() if uid else None
    return int(row[0]) if row else None


def contribution_uid(db: Database, contribution_id: int) -> str | None:
    row = db.execute("SELECT uid FROM contributions WHERE id = ?", [contribution_id]).fetchone()
    return row[0] if row else None


@contextmanager
def snapshot(db: Database) -> Iterator[Database]:
    """Reads that see one state of the store (a read transaction), so that rows
    and their versions read apart still belong together."""
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN")
    try:
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")


def front_key(uid: str) -> str:
    """How a contribution's row is named where versions are kept (edits' bases)."""
    return f"c:{uid}"


def proposal_key(uid: str) -> str:
    return f"p:{uid}"


def load_contribution(db: Database, uid: str, revs: dict[str, int | None] | None = None) -> Contribution | None:
    """A stored contribution with its proposals in order, each with its id; the
    versions of its rows go into ``revs`` (by ``front_key`` and ``proposal_key``)."""
    from ..core.model import Contribution

    with snapshot(db):
        row = db.execute("SELECT data, rev FROM contributions WHERE uid = ?", [uid]).fetchone()
        if row is None:
            return None
        contrib = decoded(f"contribution {uid}", lambda: Contribution.from_dict(json.loads(row[0])))
        contrib.uid = uid
        contrib.proposals = []
        if revs is not None:
            revs[front_key(uid)] = row[1]
        for puid, base_version, data, rev in db.execute(
            "SELECT p.uid, p.base_version_id, p.data, p.rev FROM proposals p JOIN contributions c "
            "ON c.id = p.contribution_id WHERE c.uid = ? ORDER BY p.seq",
            [uid],
        ):
            proposal = decoded(f"proposal {puid}", functools.partial(proposal_from_json, data))
            proposal.uid = puid
            proposal.base_version = base_version
            contrib.proposals.append(proposal)
            if revs is not None:
                revs[proposal_key(puid)] = rev
    return contrib


def contribution_rev(db: Database, uid: str) -> int | None:
    """The version of a contribution's own row; None when it is not stored."""
    row = db.execute("SELECT rev FROM contributions WHERE uid = ?", [uid]).fetchone()
    return None if row is None else int(row[0])


def proposal_rev(db: Database, uid: str) -> int | None:
    """The version of a proposal (its row and its text kept as typed); None when it is not stored."""
    row = db.execute("SELECT rev FROM proposals WHERE uid = ?", [uid]).fetchone()
    return None if row is None else int(row[0])


def proposal_revs(db: Database, contribution_uid: str) -> dict[str, int]:
    """The versions of a contribution's stored proposals, by id."""
    return {
        uid: rev
        for uid, rev in db.execute(
            "SELECT p.uid, p.rev FROM proposals p JOIN contributions c ON c.id = p.contribution_id WHERE c.uid = ?",
            [contribution_uid],
        )
    }


class StoredProposal(NamedTuple):
    """A proposal as the store holds it, with what was typed in it and its version (plain values)."""

    data: str
    base_version: int | None
    typed: str | None
    rev: int


def stored_proposal(db: Database, uid: str) -> StoredProposal | None:
    row = db.execute("SELECT data, base_version_id, rev FROM proposals WHERE uid = ?", [uid]).fetchone()
    return None if row is None else StoredProposal(row[0], row[1], read_typed(db, uid), int(row[2]))


def as_proposal(uid: str, stored: StoredProposal) -> Proposal:
    proposal = decoded(f"proposal {uid}", functools.partial(proposal_from_json, stored.data))
    proposal.uid, proposal.base_version = uid, stored.base_version
    return proposal


def contribution_label(db: Database, uid: str) -> str:
    """What lists call a stored contribution: its document, else its title."""
    row = db.execute("SELECT document, title FROM contributions WHERE uid = ?", [uid]).fetchone()
    return "" if row is None else str(row[0] or row[1])


def stored_front(db: Database, uid: str) -> str | None:
    """A contribution's own row as written (its ``front_row`` data), or None."""
    row = db.execute("SELECT data FROM contributions WHERE uid = ?", [uid]).fetchone()
    return None if row is None else str(row[0])
