"""A conflict of the team exchange as a delegate reads it: the resolution and
provision (a position) or the contribution and the proposal's ITU number (a
proposal), the field by its name, every value with who and when, texts as
text (never JSON), and between two texts the redline from mine to theirs."""

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
}
TEXTS = ("text", "base")


@dataclass(frozen=True)
class Shown:
    text: str
    author: str
    at: str
    mine: bool


@dataclass(frozen=True)
class Readable:
    id: int
    where: str  # "WTSA Resolution 18, noting ¶1"; "ABC/12: MOD WTSA Resolution 18"
    number: str  # the proposal's ITU number ("" for a position)
    field: str  # "Status"
    values: list[Shown]  # the value the store shows first
    texts: bool = False  # the field holds a text: its two values are compared word by word

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
    where, number = _where(db, gid)
    found = conflict.get("values") or [
        {"value": conflict["mine"], "author": "", "at": ""},
        {"value": conflict["theirs"], "author": conflict["author"], "at": conflict["at"]},
    ]
    mine = conflict["mine"]
    values = [
        Shown(_text(name, v["value"]), str(v["author"]), str(v["at"])[:16].replace("T", " "), v["value"] == mine)
        for v in found
    ]
    texts = name in TEXTS or name in ("rationale", "talking_points", "reasons", "status_note")
    return Readable(int(conflict["id"]), where, number, LABELS.get(name, name), values, texts)


def _text(name: str, value: str | None) -> str:
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


def _where(db: Database, gid: str) -> tuple[str, str]:
    kind, key = gid.split(":", 1)
    if kind == "position":
        body, number, provision = key.split("|", 2)
        label = f"{body} Resolution {number}" if body else f"Resolution {number}"
        return f"{label}, {provision or 'whole resolution'}", ""
    fields = records.held(records.record_versions(db, gid))
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
        what = " ".join(p for p in (fields.get("action") or "", target.strip()) if p)
        return f"{owner}: {what}" if owner else what, fields.get("number") or ""
    if kind == "contribution":
        return f"Contribution {_contribution(db, key) or key[:8]}", ""
    return key, ""


def _contribution(db: Database, uid: str) -> str:
    row = db.execute("SELECT document, title FROM contributions WHERE uid = ?", [uid]).fetchone()
    if row is None:
        return ""
    return str(row[0] or row[1] or "")
