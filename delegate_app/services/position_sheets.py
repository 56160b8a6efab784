"""Positions sent out for comments in a workbook and taken back.

Export writes a row per resolution of the library (its position on the whole
text, or an empty one to fill in) and a row per provision with a position.
Import applies a colleague's edits in one transaction and says, row by row,
what became of each: updated, added, unchanged, or rejected with the reason
(a stance that is not one, a resolution the library does not hold, a provision
the text does not have, a key that was changed by hand). A row whose position
was changed in the store since the export, and in the sheet too, is a
conflict: both values are shown and the store's is kept. A rejected row or a
conflict changes nothing and does not stop the other rows; ``dry_run`` changes
nothing at all.

The hidden key of a row holds the position's id, its time and a digest of its
values at the export, signed with a secret kept in the store: an untouched row
is told from an edited one without trusting the visible columns, and a key
edited by hand is refused rather than read as another position.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.errors import DelegateError
from ..core.model import Position
from ..core.outline import outline
from ..core.positions import REGIONS, parse_regions, problems, regions_text
from ..formats.positions_xlsx import SheetRow, read_positions, write_positions
from ..store import library as store
from ..store.database import Database, writing
from ..store.positions import positions as stored_positions
from ..store.positions import save_position
from .files import write_atomically
from .library import as_store_errors

SECRET_KEY = "positions_sheet_secret"
VALUES = ("stance", "priority", "rationale", "talking_points", "regions", "owner")


def _values(position: Position) -> dict[str, str]:
    return {
        "stance": position.stance,
        "priority": position.priority,
        "rationale": position.rationale,
        "talking_points": position.talking_points,
        "regions": regions_text(parse_regions(position.regional_alignment)),
        "owner": position.owner,
    }


def _digest(values: dict[str, str]) -> str:
    return hashlib.sha256("\x1f".join(values[k] for k in VALUES).encode("utf-8")).hexdigest()[:16]


def _secret(db: Database) -> bytes:
    found = store.get_meta(db, SECRET_KEY)
    if found is None:
        found = secrets.token_hex(16)
        with writing(db):
            store.set_meta(db, SECRET_KEY, found)
    return found.encode("ascii")


def _sign(secret: bytes, *parts: str) -> str:
    return hmac.new(secret, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()[:16]


def _key(secret: bytes, position: Position) -> str:
    digest = _digest(_values(position))
    where = (position.body, position.number, position.provision)
    return "|".join(
        (position.uid, position.updated, digest, _sign(secret, position.uid, position.updated, digest, *where))
    )


@as_store_errors
def export_positions(db: Database, out: str | os.PathLike[str], body: str | None = None, language: str = "en") -> int:
    """Write the positions workbook; how many rows it has."""
    secret = _secret(db)
    by_resolution: dict[tuple[str, str], list[Position]] = {}
    for p in stored_positions(db):
        by_resolution.setdefault((p.body, p.number), []).append(p)
    newest: dict[tuple[str, str], store.VersionRow] = {}
    for v in store.list_versions(db, body):
        best = newest.get((v.body, v.number))
        if best is None or (v.language == language, v.year or 0) > (best.language == language, best.year or 0):
            newest[(v.body, v.number)] = v
    rows = []
    for (b, number), version in newest.items():
        found = {p.provision: p for p in by_resolution.pop((b, number), [])}
        order = [""] + [r.path for r in outline(store.version_text(db, version.id))]
        for path in order + sorted(set(found) - set(order)):
            position = found.get(path)
            if position is None and path:
                continue
            row = SheetRow({"body": b, "number": number, "revision": version.revision, "title": version.title})
            row.values.update({"provision": path, "version": str(version.id)})
            if position is not None:
                row.values.update(_values(position))
                row.values.update(parse_regions(position.regional_alignment))
                row.values.update({"updated": position.updated[:16].replace("T", " "), "key": _key(secret, position)})
            rows.append(row)
    write_atomically(out, write_positions(rows, language, "Delegation positions"))
    return len(rows)


@dataclass(frozen=True)
class RowOutcome:
    line: int
    outcome: str  # updated, added, unchanged, rejected, conflict
    what: str  # "WTDC 59 recalling a)"
    detail: str = ""

    def text(self) -> str:
        return f"row {self.line}: {self.outcome:<9} {self.what}" + (f": {self.detail}" if self.detail else "")


def read_sheet(path: str | os.PathLike[str]) -> list[SheetRow]:
    """The rows of a positions workbook (read before anything is stored)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DelegateError(f"cannot read it ({exc.strerror or exc})", name) from None
    return read_positions(data, name)


@as_store_errors
def apply_sheet(db: Database, rows: list[SheetRow], dry_run: bool = False) -> list[RowOutcome]:
    """Apply the rows in one transaction (see the module's docstring); the report, row by row."""
    secret = (store.get_meta(db, SECRET_KEY) or "").encode("ascii")
    report: list[RowOutcome] = []
    paths: dict[tuple[str, str], list[str] | None] = {}
    with contextlib.nullcontext(db) if dry_run else writing(db):  # a dry run reads, and writes nothing at all
        stored = {(p.body, p.number, p.provision): p for p in stored_positions(db)}
        by_uid = {p.uid: p for p in stored.values()}
        for row in rows:
            outcome, position = _judge(db, row, stored, by_uid, secret, paths)
            report.append(outcome)
            if position is not None and not dry_run:
                saved = save_position(db, position)
                stored[(saved.body, saved.number, saved.provision)] = saved
    return report


def import_positions(db: Database, path: str | os.PathLike[str], dry_run: bool = False) -> list[RowOutcome]:
    """Read a positions workbook and apply it (the command line's door)."""
    return apply_sheet(db, read_sheet(path), dry_run)


def summary(report: list[RowOutcome]) -> dict[str, int]:
    """How many rows came to each outcome, in the report's order of outcomes."""
    return {
        k: sum(1 for o in report if o.outcome == k) for k in ("updated", "added", "unchanged", "conflict", "rejected")
    }


def _judge(
    db: Database,
    row: SheetRow,
    stored: dict[tuple[str, str, str], Position],
    by_uid: dict[str, Position],
    secret: bytes,
    paths: dict[tuple[str, str], list[str] | None],
) -> tuple[RowOutcome, Position | None]:
    """What becomes of one row, and the position to save (None: nothing)."""
    body, number, provision = row.get("body"), row.get("number"), row.get("provision")
    what = " ".join(filter(None, (body, number, provision or "(whole resolution)")))

    def rejected(reason: str) -> tuple[RowOutcome, None]:
        return RowOutcome(row.line, "rejected", what, reason), None

    key = row.get("key")
    if not key and not row.get("stance"):
        return RowOutcome(row.line, "unchanged", what, "no position"), None
    known = _paths(db, body, number, paths)
    if known is None:
        return rejected(f"the library holds no {body} Resolution {number}".replace("  ", " "))
    if provision and provision not in known:
        return rejected(f"the text has no provision {provision!r}")
    regions = {r: row.get(r) for r in REGIONS if row.get(r)}
    sheet = Position(
        body=body,
        number=number,
        provision=provision,
        stance=row.get("stance"),
        priority=row.get("priority") or "medium",
        rationale=row.get("rationale"),
        talking_points=row.get("talking_points"),
        regional_alignment=regions_text(regions),
        owner=row.get("owner"),
    )
    wrong = problems(sheet)
    if wrong:
        return rejected("; ".join(wrong))
    mine = _values(sheet)
    current = stored.get((body, number, provision))
    if not key:
        if current is None:
            return RowOutcome(row.line, "added", what, sheet.stance), sheet
        if _values(current) == mine:
            return RowOutcome(row.line, "unchanged", what), None
        return _conflict(row.line, what, current, mine)
    parts = key.split("|")
    if len(parts) != 4 or not hmac.compare_digest(parts[3], _sign(secret, *parts[:3], body, number, provision)):
        return rejected("its hidden key does not match the row (edited by hand, or from another library)")
    uid, updated, digest = parts[:3]
    current = by_uid.get(uid) if current is None else current
    if current is None:
        return rejected("its position was deleted from the library since the export")
    if _values(current) == mine:
        return RowOutcome(row.line, "unchanged", what), None
    if _digest(mine) == digest:  # the sheet kept what was exported: the store's later change stands
        return RowOutcome(row.line, "unchanged", what, "changed in the library since the export; kept"), None
    if current.updated != updated:
        return _conflict(row.line, what, current, mine)
    changed = ", ".join(f"{k} {_values(current)[k]!r} -> {mine[k]!r}" for k in VALUES if _values(current)[k] != mine[k])
    return RowOutcome(row.line, "updated", what, changed), replace(sheet, uid=current.uid)


def _conflict(line: int, what: str, current: Position, mine: dict[str, str]) -> tuple[RowOutcome, None]:
    theirs = _values(current)
    both = "; ".join(f"{k}: library {theirs[k]!r}, sheet {mine[k]!r}" for k in VALUES if theirs[k] != mine[k])
    return RowOutcome(
        line, "conflict", what, f"changed in the library since the export ({both}); kept the library's"
    ), None


def _paths(db: Database, body: str, number: str, cache: dict[tuple[str, str], list[str] | None]) -> list[str] | None:
    """The provision paths of the resolution's texts in the library (any
    revision or language: a position outlives a revision), None when it has none."""
    if (body, number) not in cache:
        rid = store.resolution_id(db, body, number, create=False) if body and number else None
        versions = store.versions_of(db, rid) if rid is not None else []
        found = {r.path for v in versions for r in outline(store.version_text(db, v.id))}
        cache[(body, number)] = sorted(found) if versions else None
    return cache[(body, number)]
