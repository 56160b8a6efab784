"""The day's board: a conference's agenda by day and meeting, and for each
agenda item the proposals on it (the delegation's and others'), the
delegation's position, its talking points and the regional groups' stances.

An agenda item is typed (``agenda add``) or imported from the workbook a
secretariat or coordinator circulates (date, meeting, agenda item, document
numbers). The proposals on an item are found two ways: by the documents it
lists (a contribution's document number, "47" or "47A4" for its addendum 4,
as proposal numbers write it), and by the resolutions it names ("Resolution
59", "Res. 191"), whose stored proposals and positions it brings in.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ..core.errors import DelegateError, InputError
from ..core.model import Position
from ..core.numbering import parse_proposal_number
from ..store import conferences as records
from ..store import library as store
from ..store.database import Database
from ..store.positions import positions as stored_positions
from .conference import named
from .library import as_store_errors

_RESOLUTION = re.compile(r"\bRes(?:olution|\.)?\s+((?:ITU-R\s+)?\d+)\b", re.I)
_TOKENS = re.compile(r"[,;\s]+")


@dataclass
class BoardProposal:
    contribution: int
    contribution_uid: str
    place: int  # in its contribution, from 1
    action: str
    number: str
    source: str
    target: str  # "WTDC Resolution 59"
    status: str
    status_date: str
    ours: bool


@dataclass
class BoardItem:
    id: int | None
    day: str
    meeting: str
    item: str
    documents: str
    proposals: list[BoardProposal] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    uid: str = ""  # the same in every store: what ``agenda remove`` and the board's Remove name

    def to_dict(self) -> dict[str, object]:
        return {
            "uid": self.uid,
            "day": self.day,
            "meeting": self.meeting,
            "item": self.item,
            "documents": self.documents,
            "proposals": [vars(p) for p in self.proposals],
            "positions": [
                {
                    "resolution": f"{p.body} {p.number}".strip(),
                    "provision": p.provision,
                    "stance": p.stance,
                    "talking_points": p.talking_points,
                    "regions": p.regional_alignment,
                }
                for p in self.positions
            ],
        }


def _day(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        from ..core.conference import written_day

        found = written_day(text)
        if found is None:
            raise DelegateError(f"{text!r} is not a day (YYYY-MM-DD, or 10 November 2026)") from None
        return found.isoformat()


@as_store_errors
def add_item(db: Database, conference: str, day: str, meeting: str, item: str, documents: str = "") -> BoardItem:
    conf = named(db, conference)
    if not item.strip():
        raise DelegateError("an agenda item needs its text (--item)")
    row = records.AgendaRow(_day(day), meeting.strip(), item.strip(), documents.strip())
    assert conf.id is not None
    records.add_agenda(db, conf.id, [row])
    return BoardItem(None, row.day, row.meeting, row.item, row.documents)


@as_store_errors
def warnings(db: Database, conference: str) -> list[str]:
    """What the board says of its conference's record (closing before it opens, as
    a merge of two colleagues' dates can leave it)."""
    from ..core.conference import warnings as said

    return said(named(db, conference))


@as_store_errors
def import_agenda(db: Database, conference: str, path: str | os.PathLike[str]) -> int:
    """The agenda workbook (a header row with Date, Meeting, Agenda item, Documents)
    in one transaction; a row that cannot be read refuses the whole sheet."""
    from ..formats.workbooks import first_sheet_rows

    conf = named(db, conference)
    rows = first_sheet_rows(path)
    if not rows:
        raise InputError("the workbook is empty", str(path))
    header = [str(v or "").strip().lower() for v in rows[0]]
    wanted = {"date": ("date", "day"), "meeting": ("meeting",), "item": ("agenda item", "item"), "docs": ("documents",)}
    cols: dict[str, int] = {}
    for key, names in wanted.items():
        found = next((header.index(n) for n in names if n in header), None)
        if found is None and key != "docs":
            raise InputError(f"no column {names[0].title()!r} in the first row", str(path))
        if found is not None:
            cols[key] = found
    out = []
    for line, values in enumerate(rows[1:], 2):
        if not any(v not in (None, "") for v in values):
            continue

        def cell(key: str, values: tuple[object, ...] = values) -> object:
            return values[cols[key]] if key in cols and cols[key] < len(values) else None

        try:
            day = _day(cell("date"))
        except DelegateError as exc:
            raise InputError(f"row {line}: {exc.message}", str(path)) from None
        item = str(cell("item") or "").strip()
        if not item:
            raise InputError(f"row {line}: no agenda item", str(path))
        out.append(records.AgendaRow(day, str(cell("meeting") or "").strip(), item, str(cell("docs") or "").strip()))
    assert conf.id is not None
    records.add_agenda(db, conf.id, out)
    return len(out)


@as_store_errors
def days(db: Database, conference: str) -> list[str]:
    conf = named(db, conference)
    assert conf.id is not None
    return sorted({r.day for r in records.agenda(db, conf.id)})


@as_store_errors
def board(db: Database, conference: str, day: str | None = None, our_source: str = "") -> list[BoardItem]:
    """The agenda of ``day`` (every day when None), each item with what is on it."""
    conf = named(db, conference)
    assert conf.id is not None
    rows = [r for r in records.agenda(db, conf.id) if day is None or r.day == day]
    if not rows:
        return []
    contributions = {int(str(c["id"])): c for c in store.list_contributions(db)}
    loaded = {cid: store.get_contribution(db, cid) for cid in contributions}
    all_positions = stored_positions(db)
    # each stored proposal read once: its document's keys and its resolution, then matched to every item
    candidates = []
    for cid, contrib in loaded.items():
        if contrib is None:
            continue
        doc = contrib.header.document_number.upper()
        for place, p in enumerate(contrib.proposals, 1):
            parsed = parse_proposal_number(p.number)
            keys = {doc} if doc else set()
            if parsed is not None:
                short = f"{parsed.document}A{parsed.addendum}" if parsed.addendum else parsed.document
                keys |= {short.upper(), parsed.document.upper()}
            source = parsed.source if parsed else str(contributions[cid].get("source", ""))
            on = p.resolution.number.upper() if p.resolution is not None else None
            mine = bool(our_source) and source.upper() == our_source.upper()
            proposal = BoardProposal(cid, contrib.uid, place, p.action, p.number, source, p.target, p.status,
                                     p.status_date, mine)  # fmt: skip
            candidates.append((keys, on, proposal))
    out = []
    for r in rows:
        item = BoardItem(r.id, r.day, r.meeting, r.item, r.documents, uid=r.uid)
        tokens = {t.upper() for t in _TOKENS.split(r.documents) if t}
        resolutions = {m.upper() for m in _RESOLUTION.findall(r.item)}
        item.proposals = [bp for keys, on, bp in candidates if keys & tokens or (on is not None and on in resolutions)]
        targets = {(bp.target.split(" Resolution ")[0], bp.target.rsplit(" ", 1)[-1]) for bp in item.proposals}
        item.positions = [
            pos for pos in all_positions if pos.number.upper() in resolutions or (pos.body, pos.number) in targets
        ]
        item.proposals.sort(key=lambda bp: (not bp.ours, bp.number))
        out.append(item)
    return out
