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
from ..core.positions import PRIORITIES, REGIONS, STANCES, parse_regions, problems, regions_text
from ..formats.positions_xlsx import SheetRow, as_cell, read_positions, write_positions
from ..store import library as store
from ..store.database import Database, writing
from ..store.positions import positions as stored_positions
from ..store.positions import save_position
from .files import check_output, write_atomically
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


def _digest(values: dict[str, str], cells: bool = True) -> str:
    """The values as the workbook holds them (``cells``), in a few characters."""
    shown = [as_cell(values[k]) if cells else values[k] for k in VALUES]
    return hashlib.sha256("\x1f".join(shown).encode("utf-8")).hexdigest()[:16]


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
    check_output(Path(out))  # before anything, even the secret kept on the first export
    if body is not None:
        bodies = {b for b, _ in store.body_counts(db)}
        body = next((b for b in bodies if b.casefold() == body.casefold()), None) or body
        if body not in bodies:
            raise DelegateError(f"the library has no {body} resolution (it has: {', '.join(sorted(bodies))})")
    secret = _secret(db)
    by_resolution: dict[tuple[str, str], list[Position]] = {}
    for p in stored_positions(db):
        by_resolution.setdefault((p.body, p.number), []).append(p)
    by_text: dict[tuple[str, str], list[store.VersionRow]] = {}
    for v in store.list_versions(db, body):
        by_text.setdefault((v.body, v.number), []).append(v)
    newest: dict[tuple[str, str], store.VersionRow] = {}
    for key, listed in by_text.items():
        best = store.newest_in(listed, language)
        if best is not None:
            newest[key] = best
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
        seen: dict[tuple[str, str, str], int] = {}
        for row in rows:
            outcome, position = _judge(db, row, stored, by_uid, secret, paths, seen)
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


def _canonical(value: str, allowed: tuple[str, ...]) -> str:
    """A stance or priority as typed ("Oppose", "HIGH") as its value; as typed when it is none."""
    return next((a for a in allowed if a.casefold() == value.strip().casefold()), value.strip())


def _judge(
    db: Database,
    row: SheetRow,
    stored: dict[tuple[str, str, str], Position],
    by_uid: dict[str, Position],
    secret: bytes,
    paths: dict[tuple[str, str], list[str] | None],
    seen: dict[tuple[str, str, str], int],
) -> tuple[RowOutcome, Position | None]:
    """What becomes of one row, and the position to save (None: nothing).

    Three versions of a position meet here: as exported (the digest in the
    row's key), as the sheet has it now, and as the library has it now. Only
    the sheet changed: updated. Only the library changed, or neither: the
    library's stands. Both changed, differently: a conflict, the library's
    kept. Values are compared as a cell holds them (without the characters a
    workbook cannot hold, cut at its length), so a text too long for a cell is
    no edit of the sheet's."""
    body, number, provision = row.get("body"), row.get("number"), row.get("provision")
    what = " ".join(filter(None, (body, number, provision or "(whole resolution)")))

    def rejected(reason: str) -> tuple[RowOutcome, None]:
        return RowOutcome(row.line, "rejected", what, reason), None

    if row.problem:
        return rejected(row.problem)
    key = row.get("key")
    details = [k for k in ("rationale", "talking_points", "owner", *REGIONS) if row.get(k)]
    if not key and not row.get("stance"):
        if details:
            return rejected("it gives no stance (a position needs one)")
        return RowOutcome(row.line, "unchanged", what, "no position"), None
    known = _paths(db, body, number, paths)
    if known is None:
        return rejected(f"the library holds no {body} Resolution {number}".replace("  ", " "))
    if provision and provision not in known:
        return rejected(f"the text has no provision {provision!r}")
    if (body, number, provision) in seen:
        return rejected(f"the same position is on row {seen[(body, number, provision)]}; only that row is read")
    seen[(body, number, provision)] = row.line
    regions = {r: _canonical(row.get(r), STANCES) for r in REGIONS if row.get(r)}
    wrong = [f"{r}: {v!r} is not a stance ({', '.join(STANCES)})" for r, v in regions.items() if v not in STANCES]
    sheet = Position(
        body=body,
        number=number,
        provision=provision,
        stance=_canonical(row.get("stance"), STANCES),
        priority=_canonical(row.get("priority") or "medium", PRIORITIES),
        rationale=row.get("rationale"),
        talking_points=row.get("talking_points"),
        regional_alignment=regions_text(regions),
        owner=row.get("owner"),
    )
    wrong = problems(sheet) + wrong
    if wrong:
        return rejected("; ".join(dict.fromkeys(wrong)))
    current = stored.get((body, number, provision))
    if key:
        parts = key.split("|")
        if len(parts) != 4 or not hmac.compare_digest(parts[3], _sign(secret, *parts[:3], body, number, provision)):
            return rejected("its hidden key does not match the row (edited by hand, or from another library)")
        current = by_uid.get(parts[0]) if current is None else current
        if current is None:
            return rejected("its position was deleted from the library since the export")
    mine = _values(sheet)
    if current is not None:  # what the sheet holds of a value the library has whole is that value
        theirs = _values(current)
        mine = {k: theirs[k] if mine[k] == as_cell(theirs[k]) else mine[k] for k in VALUES}
        if mine == theirs:
            return RowOutcome(row.line, "unchanged", what), None
    if not key:
        if current is None:
            return RowOutcome(row.line, "added", what, sheet.stance), sheet
        return _conflict(row.line, what, current, mine, "the row has no hidden key, so what changed cannot be told")
    assert current is not None
    exported = parts[2]
    if _digest(_values(sheet), cells=True) == exported:  # the sheet kept what was exported
        return RowOutcome(row.line, "unchanged", what, "changed in the library since the export; kept"), None
    if _digest(_values(current), cells=True) != exported:  # both changed it, differently
        return _conflict(row.line, what, current, mine, "changed in the library since the export")
    changed = ", ".join(
        f"{k} {_short(_values(current)[k])!r} -> {_short(mine[k])!r}" for k in VALUES if _values(current)[k] != mine[k]
    )
    return RowOutcome(row.line, "updated", what, changed), replace(sheet, uid=current.uid, **_fields(mine))


def _fields(values: dict[str, str]) -> dict[str, str]:
    """A position's fields from its compared values."""
    out = {k: values[k] for k in VALUES if k != "regions"}
    out["regional_alignment"] = values["regions"]
    return out


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _conflict(line: int, what: str, current: Position, mine: dict[str, str], why: str) -> tuple[RowOutcome, None]:
    theirs = _values(current)
    both = "; ".join(
        f"{k}: library {_short(theirs[k])!r}, sheet {_short(mine[k])!r}" for k in VALUES if theirs[k] != mine[k]
    )
    return RowOutcome(line, "conflict", what, f"{why} ({both}); kept the library's"), None


def _paths(db: Database, body: str, number: str, cache: dict[tuple[str, str], list[str] | None]) -> list[str] | None:
    """The provision paths of the resolution's texts in the library (any
    revision or language: a position outlives a revision), None when it has none."""
    if (body, number) not in cache:
        rid = store.resolution_id(db, body, number, create=False) if body and number else None
        versions = store.versions_of(db, rid) if rid is not None else []
        found = {r.path for v in versions for r in outline(store.version_text(db, v.id))}
        cache[(body, number)] = sorted(found) if versions else None
    return cache[(body, number)]
