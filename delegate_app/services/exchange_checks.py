"""What a bundle brings is checked as every other door checks it: a position
as ``positions set`` and the positions workbook check one (a text of the
resolution in the library, a provision that text has, a known stance, priority
and regional stances); a proposal as the drafting service does (a known action
and status, a place that is a number, a text and a base that read as
resolutions); a contribution's front and a library text as the store reads them;
a conference, an agenda item and a stance on a common proposal as ``conference
set``, ``agenda add`` and ``support set`` do (services/conference.py).

A record refused is named with the reason and not taken in; the rest is.
Every check looks at one field at a time (or the record's key): a version is
refused only for what it is alone, the same on every store. A combination only
a merge makes (closing before opening; "suppressed" for an action another
colleague changed) is taken, and shown where it is read, or the stores would
stay apart for ever.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.field_versions import DELETED
from ..core.model import Action, Contribution, Position, Proposal, Resolution, Status
from ..core.positions import problems
from ..store import exchange_conference as conference_records
from ..store import exchange_records as recs
from ..store.database import Database
from .conference import ORDER

FIELDS = {
    "position": {*recs.POSITION_FIELDS, DELETED},
    "contribution": {"data", DELETED},
    "proposal": {*recs.PROPOSAL_FIELDS, DELETED},
    "version": {"data"},
    **{kind: {*names, DELETED} for kind, names in conference_records.FIELDS.items()},
}
ACTIONS = {a.value for a in Action}
STATUSES = {s.value for s in Status}


class Checks:
    def __init__(self, db: Database):
        self.db = db
        self.paths: dict[tuple[str, str], set[str] | None] = {}

    def unknown(self, gid: str, fields: set[str]) -> str | None:
        kind = gid.split(":", 1)[0]
        if kind not in FIELDS:
            return f"{kind!r} is not a kind of record the exchange knows"
        extra = fields - FIELDS[kind]
        return f"not a field of a {kind}: {', '.join(sorted(extra))}" if extra else None

    def problem(self, gid: str, fields: recs.Fields) -> str | None:
        """Why the record as it would be shown cannot be kept (None: it can)."""
        kind, key = gid.split(":", 1)
        if fields.get(DELETED) == "1":
            return None
        try:
            if kind == "position":
                return self._position(key, fields)
            if kind == "proposal":
                return self._proposal(fields)
            if kind in conference_records.KINDS:
                from .conference import exchanged_problem

                return exchanged_problem(kind, key, fields)
            if kind == "contribution" and fields.get("data") is not None:
                Contribution.from_dict(_json(fields.get("data"), dict))
            elif kind == "version":
                res = recs.text_of(fields.get("data") or "")  # read once: the same as it is then written
                if recs.version_gid(res.body or "", res.number, res.revision, res.language) != gid:
                    return "the text is not the one its name says"
        except (ValueError, TypeError, KeyError, AttributeError):
            return "it cannot be read"
        return None

    def _position(self, key: str, fields: recs.Fields) -> str | None:
        if key.count("|") < 2:
            return "it names no resolution"
        body, number, provision = key.split("|", 2)
        paths = self._paths(body, number)
        label = f"{body} Resolution {number}" if body else f"Resolution {number}"
        if paths is None:
            return f"the library has no text of {label}"
        if provision and provision not in paths:
            return f"{label} has no provision {provision!r}"
        position = Position(body=body, number=number, provision=provision)  # a field not come yet: its default
        for name in ("stance", "priority", "regional_alignment"):
            if fields.get(name) is not None:
                setattr(position, name, fields[name])
        found = problems(position)
        return "; ".join(found) or None

    def _paths(self, body: str, number: str) -> set[str] | None:
        """The provision paths of the resolution's texts in the library (None: it has none)."""
        if (body, number) not in self.paths:
            from ..core.outline import outline
            from ..store.library import get_version

            ids = [
                vid
                for (vid,) in self.db.execute(
                    "SELECT v.id FROM versions v JOIN resolutions r ON r.id = v.resolution_id "
                    "WHERE coalesce(r.body, '') = ? AND r.number = ? AND v.edition_of IS NULL",
                    [body, number],
                )
            ]
            paths: set[str] = set()
            for vid in ids:
                found = get_version(self.db, vid)
                if found is not None:
                    paths.update(row.path for row in outline(found[1]))
            self.paths[(body, number)] = paths if ids else None
        return self.paths[(body, number)]

    def _proposal(self, fields: recs.Fields) -> str | None:
        """The values it has (a field not come yet is checked when it comes)."""
        action, status = fields.get("action"), fields.get("status")
        if action is not None and action not in ACTIONS:
            return f"{action!r} is not an action ({', '.join(sorted(ACTIONS))})"
        if status is not None and status not in STATUSES:
            return f"{status!r} is not a status ({', '.join(sorted(STATUSES))})"
        # "suppressed" against a non-SUP is a pair of fields two colleagues can make by
        # editing one each: refusing it here would keep their stores apart for ever, so it
        # is taken like any merge (and the conflict list shows concurrent edits)
        if fields.get("contribution") == "":
            return "it belongs to no contribution"
        if not ORDER.fullmatch(fields.get("order") or "1"):  # what int() and SQLite take, complete or not
            return f"{fields.get('order')!r} is not a place in the contribution"  # cut where it is said
        if not recs.complete("proposal:", fields):
            return None
        for name in ("text", "base"):
            if fields.get(name):
                Resolution.from_dict(_json(fields.get(name), dict))
        Proposal.from_dict(recs.proposal_dict(fields))
        return None


def _json(text: str | None, kind: type) -> Any:
    value = json.loads(text or "null")
    if not isinstance(value, kind):
        raise ValueError("not the expected shape")
    return value
