"""A conflict of the team exchange as a delegate reads it: where the record is
(the resolution and provision of a position; the contribution, action and
target of a proposal; the conference, the agenda item's day, meeting and item,
the common proposal and member of a stance), the field by its name, every value
with who and when, texts as text (never JSON), and between two texts the
redline from mine to theirs.

The place comes twice: as English words (``where``, what ``exchange
conflicts`` prints) and as its parts (``place``: the record's kind and its
values), so the window can say it in the interface's language with its own
templates; the values typed by people (a place, an item) stay as typed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..core.worddiff import Segment, diff_words
from ..store import exchange as records
from ..store.database import Database
from .library import as_store_errors

LABELS = {
    "stance": "Stance",
    "priority": "Priority",
    "rationale": "Rationale",
    "talking_points": "Talking points",
    "regional_alignment": "Regional alignment",
    "owner": "Owner",
    "contribution": "Contribution",
    "order": "Place in the contribution",
    "action": "Action",
    "number": "ITU number",
    "auto_number": "Numbered by Delegate",
    "status": "Status",
    "status_date": "Status date",
    "status_note": "Status note",
    "reasons": "Reasons",
    "text": "Text",
    "base": "Base text",
    "data": "Front matter",
    "deleted": "Deleted or kept",
    "body": "Body",
    "place": "Place",
    "opens": "Opens",
    "closes": "Closes",
    "deadline": "Deadline (Council)",
    "conference": "Conference",
    "day": "Day",
    "meeting": "Meeting",
    "item": "Agenda item",
    "documents": "Documents",
}
KIND_LABELS = {  # a field whose name means another thing in this kind of record
    "agenda": {"order": "Place among the day's items"},
}
TEXTS = ("text", "base")


def label(kind: str, name: str) -> str:
    """A field's English name in a record of ``kind``."""
    return KIND_LABELS.get(kind, {}).get(name) or LABELS.get(name, name)


@dataclass(frozen=True)
class Place:
    """Where a record is, in parts: its kind ("position", "proposal",
    "contribution", "conference", "conference_document", "agenda", "support",
    or another, whose ``key`` is its id) and its values by name:

    - position: body, number, provision ("" for the whole resolution)
    - proposal: contribution (its document), action, target ("WTSA Resolution 18",
      or a draft's title)
    - contribution: contribution (its document or title)
    - conference: conference (its name)
    - conference_document: conference, contribution
    - agenda: conference, day, meeting, item
    - support: contribution, member
    """

    kind: str
    values: tuple[tuple[str, str], ...]

    def get(self, name: str) -> str:
        return next((v for k, v in self.values if k == name), "")


@dataclass(frozen=True)
class Shown:
    text: str
    author: str
    at: str
    mine: bool
    value: str = ""  # as the record holds it ("1" for deleted, "signed"): the window names known values


@dataclass(frozen=True)
class Readable:
    id: int
    where: str  # "WTSA Resolution 18, noting ¶1"; "ABC/12: MOD WTSA Resolution 18"
    number: str  # the proposal's ITU number ("" for a position)
    field: str  # "Status"
    values: list[Shown]  # the value the store shows first
    texts: bool = False  # the field holds a text: its two values are compared word by word
    place: Place = Place("", ())  # where, in parts (the window words it in its language)
    name: str = ""  # the field as the record names it ("stance", "closes")

    @property
    def mine(self) -> str:
        return next((v.text for v in self.values if v.mine), self.values[0].text if self.values else "")

    @property
    def theirs(self) -> Shown | None:
        return next((v for v in self.values if not v.mine), None)

    @property
    def marks(self) -> list[Segment] | None:
        """Mine to theirs, word by word, for two texts; made when shown (the list of
        conflicts is read whole, and only the selected one's marks are drawn)."""
        theirs = self.theirs
        if not self.texts or theirs is None:
            return None
        return diff_words(next((v.text for v in self.values if v.mine), ""), theirs.text)


@as_store_errors
def readable_conflicts(db: Database) -> list[Readable]:
    return [readable(db, c) for c in records.conflicts(db)]


def readable(db: Database, conflict: dict[str, Any]) -> Readable:
    gid, name = str(conflict["record"]), str(conflict["field"])
    place, number = _place(db, gid)
    where = english(place)
    found = conflict.get("values") or [
        {"value": conflict["mine"], "author": "", "at": ""},
        {"value": conflict["theirs"], "author": conflict["author"], "at": conflict["at"]},
    ]
    mine = conflict["mine"]
    values = [
        Shown(
            _text(name, v["value"]),
            str(v["author"]),
            str(v["at"])[:16].replace("T", " "),
            v["value"] == mine,
            str(v["value"] or ""),
        )
        for v in found
    ]
    texts = name in TEXTS or name in ("rationale", "talking_points", "reasons", "status_note")
    return Readable(int(conflict["id"]), where, number, label(place.kind, name), values, texts, place, name)


FRONT = {  # a contribution's front matter, in the order its form shows it
    "meeting": "Meeting",
    "agenda_item": "Committee or agenda item",
    "document": "Document number",
    "date": "Date",
    "original_language": "Original language",
    "source": "Source",
    "title": "Title",
}


def front_matter(value: str) -> list[tuple[str, str]] | None:
    """A contribution's front matter as (field, value) pairs, those filled in
    (the header's, then "abstract" and "introduction"); None when it is no JSON
    of one (shown then as it is)."""
    try:
        data = json.loads(value)
        header = data.get("document") or {}
        pairs = [(k, str(header.get(k) or "")) for k in FRONT]
        pairs += [(k, str(data.get(k) or "")) for k in ("abstract", "introduction")]
    except (ValueError, TypeError, AttributeError):
        return None
    return [(k, v) for k, v in pairs if v]


def _text(name: str, value: str | None) -> str:
    if name == "data" and value:
        pairs = front_matter(value)
        if pairs is not None:
            words = {**FRONT, "abstract": "Abstract", "introduction": "Introduction"}
            return "\n".join(f"{words[k]}: {v}" for k, v in pairs)
    if name == "deleted":
        return "deleted" if value == "1" else "kept"
    if name == "auto_number":
        return "yes" if value == "1" else "no"
    if name in TEXTS and value:
        from ..core.model import Resolution
        from ..formats.text_writer import resolution_text

        try:
            return resolution_text(Resolution.from_dict(json.loads(value)))
        except (ValueError, TypeError, KeyError):
            return value
    return value or ""


def _place(db: Database, gid: str) -> tuple[Place, str]:
    """The record's place in parts, and a proposal's ITU number ("" for others)."""
    kind, _, key = gid.partition(":")
    if kind == "position":
        body, number, provision = (key.split("|", 2) + ["", ""])[:3]
        return Place(kind, (("body", body), ("number", number), ("provision", provision))), ""
    if kind == "contribution":
        return Place(kind, (("contribution", _contribution(db, key) or key[:8]),)), ""
    if kind in ("conference_document", "support"):
        first, _, last = key.rpartition("|")
        if kind == "support":
            return Place(kind, (("contribution", _contribution(db, first) or first[:8]), ("member", last))), ""
        return Place(kind, (("conference", first), ("contribution", _contribution(db, last) or last[:8]))), ""
    if kind == "conference":
        return Place(kind, (("conference", key),)), ""
    fields = records.held(records.record_versions(db, gid))
    if kind == "agenda":
        names = ("conference", "day", "meeting", "item")
        return Place(kind, tuple((n, fields.get(n) or "") for n in names)), ""
    if kind == "proposal":
        target = ""
        if fields.get("text"):
            try:
                res = json.loads(fields["text"] or "{}")
                target = (
                    res.get("title", "") if res.get("draft") else f"{res.get('body') or ''} Resolution {res['number']}"
                )
            except (ValueError, KeyError, AttributeError):
                target = ""
        owner = _contribution(db, fields.get("contribution") or "")
        values = (("contribution", owner), ("action", fields.get("action") or ""), ("target", target.strip()))
        return Place(kind, values), fields.get("number") or ""
    return Place(kind, (("key", key),)), ""


def english(place: Place) -> str:
    """The place in English words: what the command line prints."""
    get, kind = place.get, place.kind
    if kind == "position":
        number = f"{get('body')} Resolution {get('number')}" if get("body") else f"Resolution {get('number')}"
        return f"{number}, {get('provision') or 'whole resolution'}"
    if kind == "proposal":
        what = " ".join(p for p in (get("action"), get("target")) if p)
        return f"{get('contribution')}: {what}" if get("contribution") else what
    if kind == "contribution":
        return f"Contribution {get('contribution')}"
    if kind == "conference":
        return f"Conference {get('conference')}"
    if kind == "conference_document":
        return f"Conference {get('conference')}, document {get('contribution')}"
    if kind == "agenda":
        meeting = f", {get('meeting')}" if get("meeting") else ""
        return f"{get('conference')} agenda, {get('day')}{meeting}: {get('item')}"
    if kind == "support":
        return f"Support of {get('contribution')} by {get('member')}"
    return get("key")


def _contribution(db: Database, uid: str) -> str:
    row = db.execute("SELECT document, title FROM contributions WHERE uid = ?", [uid]).fetchone()
    if row is None:
        return ""
    return str(row[0] or row[1] or "")
