"""Positions sent out for comments in a workbook and taken back.

Export writes a row per resolution of the library (its position on the whole
text, or an empty one to fill in) and a row per provision with a position.
Import applies a colleague's edits in one transaction and says, row by row,
what became of each: updated, added, unchanged, conflict, or rejected with the
reason (a stance that is not one, a resolution the library does not hold, a
provision the text does not have, a key that was changed by hand, cells merged
across two columns). A rejected row changes nothing and does not stop the
other rows; ``dry_run`` changes nothing at all.

Each field of a row (stance, priority, rationale, talking points, owner, each
regional group's stance) is merged on its own: changed in the sheet alone, it
is applied; changed in the library alone, the library's stands; changed in
both, differently, it is a conflict, listed with both values, and the
library's is kept unless ``take`` says to take the sheet's ("theirs") for that
row and field. A conflict on one field never holds back another field's change.

The hidden key of a row holds the position's id, its time and a digest of each
field's value at the export, signed with a secret kept in the store: an
untouched field is told from an edited one without trusting the visible
columns, and a key edited by hand is refused rather than read as another
position. A key written before fields had digests of their own (one digest of
the whole row) is still read: then, when both sides changed the row, every
field they hold differently is a conflict.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.errors import DelegateError
from ..core.model import Position
from ..core.outline import outline
from ..core.positions import PRIORITIES, REGIONS, STANCES, parse_regions, problems, regions_text
from ..formats.positions_xlsx import HEADERS, SheetRow, as_cell, header, read_positions, write_positions
from ..store import library as store
from ..store.database import Database, writing
from ..store.positions import positions as stored_positions
from ..store.positions import save_position
from .files import check_output, write_atomically
from .library import as_store_errors

SECRET_KEY = "positions_sheet_secret"
FIELDS = ("stance", "priority", "rationale", "talking_points", "owner", *REGIONS)  # each merged on its own
TAKES = ("theirs", "mine")  # the sheet's value, the library's
_LEGACY = ("stance", "priority", "rationale", "talking_points", "regions", "owner")  # a key's whole-row digest
_FIELD_DIGEST = 8  # hex digits of each field's digest in a key


def _values(position: Position) -> dict[str, str]:
    """A position's values by field; a regional group without a stance is ""."""
    regions = parse_regions(position.regional_alignment)
    return {
        "stance": position.stance,
        "priority": position.priority,
        "rationale": position.rationale,
        "talking_points": position.talking_points,
        "owner": position.owner,
        **{region: regions.get(region, "") for region in REGIONS},
    }


def _read_back(text: str) -> str:
    """A value as the workbook gives it back: as a cell holds it (see as_cell), without the spaces
    around it (which reading drops)."""
    return as_cell(text).strip()


def _field_digests(values: dict[str, str]) -> str:
    return ".".join(hashlib.sha256(_read_back(values[k]).encode("utf-8")).hexdigest()[:_FIELD_DIGEST] for k in FIELDS)


def _legacy_digest(position: Position) -> str:
    """The whole row's digest a key held before fields had their own (read, never written)."""
    values = _values(position)
    values["regions"] = regions_text(parse_regions(position.regional_alignment))
    shown = [as_cell(values[k]) for k in _LEGACY]
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
    digest = _field_digests(_values(position))
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
                row.values.update({"updated": position.updated[:16].replace("T", " "), "key": _key(secret, position)})
            rows.append(row)
    write_atomically(out, write_positions(rows, language, "Delegation positions"))
    return len(rows)


@dataclass(frozen=True)
class FieldConflict:
    """A field both the sheet and the library changed since the export, differently."""

    field: str
    library: str
    sheet: str

    def text(self) -> str:
        return f"{self.field}: library {_short(self.library)!r}, sheet {_short(self.sheet)!r}"


@dataclass(frozen=True)
class RowOutcome:
    line: int
    outcome: str  # updated, added, unchanged, rejected, conflict
    what: str  # "WTDC 59 recalling a)"
    detail: str = ""
    conflicts: tuple[FieldConflict, ...] = ()  # the fields left as the library has them, the sheet's to be taken

    def text(self) -> str:
        return f"row {self.line}: {self.outcome:<9} {self.what}" + (f": {self.detail}" if self.detail else "")

    def takes(self) -> list[str]:
        """How each conflict is named to take the sheet's value (ROW:FIELD)."""
        return [f"{self.line}:{c.field}" for c in self.conflicts]


def read_sheet(path: str | os.PathLike[str]) -> list[SheetRow]:
    """The rows of a positions workbook (read before anything is stored)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DelegateError(f"cannot read it ({exc.strerror or exc})", name) from None
    return read_positions(data, name)


def parse_take(choice: str, where: str) -> tuple[tuple[int, str], str]:
    """``--take theirs 12:stance`` as ((12, "stance"), "theirs"); DelegateError when it names no field."""
    if choice not in TAKES:
        raise DelegateError(f"--take {choice!r}: say theirs (the sheet's value) or mine (the library's)")
    line, sep, name = where.partition(":")
    names = {k.casefold(): k for k in FIELDS}
    names.update({header(k, language).casefold(): k for language in HEADERS for k in FIELDS})
    field = names.get(name.strip().casefold().replace("-", "_")) or names.get(name.strip().casefold())
    if not sep or not line.strip().isdigit() or field is None:
        raise DelegateError(
            f"--take {choice} {where!r}: give ROW:FIELD, the row as the report numbers it and a field among "
            f"{', '.join(FIELDS)} (e.g. 12:stance)"
        )
    return (int(line), field), choice


@as_store_errors
def apply_sheet(
    db: Database, rows: list[SheetRow], dry_run: bool = False, take: Mapping[tuple[int, str], str] | None = None
) -> list[RowOutcome]:
    """Apply the rows in one transaction (see the module's docstring); the report, row by row.
    ``take``: for a (row, field) in conflict, "theirs" takes the sheet's value, "mine" keeps the
    library's; one that names no conflict is refused (DelegateError) and nothing is changed."""
    take = dict(take or {})
    secret = (store.get_meta(db, SECRET_KEY) or "").encode("ascii")
    report: list[RowOutcome] = []
    paths: dict[tuple[str, str], list[str] | None] = {}
    with contextlib.nullcontext(db) if dry_run else writing(db):  # a dry run reads, and writes nothing at all
        stored = {(p.body, p.number, p.provision): p for p in stored_positions(db)}
        by_uid = {p.uid: p for p in stored.values()}
        seen: dict[tuple[str, str, str], int] = {}
        settled: set[tuple[int, str]] = set()
        for row in rows:
            outcome, position = _judge(db, row, stored, by_uid, secret, paths, seen, take, settled)
            report.append(outcome)
            if position is not None and not dry_run:
                saved = save_position(db, position)
                stored[(saved.body, saved.number, saved.provision)] = saved
        unknown = [f"{line}:{field}" for line, field in take if (line, field) not in settled]
        if unknown:  # raised inside the transaction: nothing of this import is kept
            raise DelegateError(
                f"--take {', '.join(unknown)}: no such conflict in this workbook (the report lists the conflicts "
                "as ROW:FIELD); nothing was changed"
            )
    return report


def import_positions(
    db: Database,
    path: str | os.PathLike[str],
    dry_run: bool = False,
    take: Mapping[tuple[int, str], str] | None = None,
) -> list[RowOutcome]:
    """Read a positions workbook and apply it (the command line's door)."""
    return apply_sheet(db, read_sheet(path), dry_run, take)


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
    take: dict[tuple[int, str], str],
    settled: set[tuple[int, str]],
) -> tuple[RowOutcome, Position | None]:
    """What becomes of one row, and the position to save (None: nothing).

    Three versions of each field meet here: as exported (its digest in the
    row's key), as the sheet has it now, and as the library has it now (see
    the module's docstring). Values are compared as the workbook gives them
    back, so a text too long for a cell is no edit of the sheet's."""
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
    sent: str | None = None  # the digests of the values as exported
    if key:
        parts = key.split("|")
        if len(parts) != 4 or not hmac.compare_digest(parts[3], _sign(secret, *parts[:3], body, number, provision)):
            return rejected("its hidden key does not match the row (edited by hand, or from another library)")
        current = by_uid.get(parts[0]) if current is None else current
        if current is None:
            return rejected("its position was deleted from the library since the export")
        sent = parts[2]
    if current is None:
        return RowOutcome(row.line, "added", what, sheet.stance), sheet
    return _merge(row.line, what, sheet, current, sent, take, settled)


def _merge(
    line: int,
    what: str,
    sheet: Position,
    current: Position,
    sent: str | None,
    take: dict[tuple[int, str], str],
    settled: set[tuple[int, str]],
) -> tuple[RowOutcome, Position | None]:
    """The row's fields merged one by one into the library's position (see the module's docstring)."""
    theirs, library = _values(sheet), _values(current)
    # what the sheet holds of a value the library has whole is that value
    theirs = {k: library[k] if theirs[k] == _read_back(library[k]) else theirs[k] for k in FIELDS}
    differ = [k for k in FIELDS if theirs[k] != library[k]]
    if not differ:
        return RowOutcome(line, "unchanged", what), None
    digests = sent.split(".") if sent is not None else []
    if len(digests) == len(FIELDS):  # each field's value as exported
        was = dict(zip(FIELDS, digests))
        mine_now, sheet_now = _field_digests(library).split("."), _field_digests(theirs).split(".")
        by_library = {k for k, d in zip(FIELDS, mine_now) if d != was[k]}
        by_sheet = {k for k, d in zip(FIELDS, sheet_now) if d != was[k]}
    elif sent is not None:  # a key of one digest for the whole row: who changed the row, not which field
        by_library = set(FIELDS) if _legacy_digest(current) != sent else set()
        by_sheet = set(FIELDS) if _legacy_digest(sheet) != sent else set()
    else:  # no key: what changed cannot be told, so every difference is a conflict
        by_library = by_sheet = set(FIELDS)
    applied: dict[str, str] = {}
    notes: list[str] = []
    conflicts: list[FieldConflict] = []
    for k in differ:
        if k not in by_sheet:
            continue  # the library changed it since the export; the sheet did not: the library's stands
        if k not in by_library:
            applied[k] = theirs[k]
            continue
        choice = take.get((line, k))
        if choice is not None:
            settled.add((line, k))
        if choice == "theirs":
            applied[k] = theirs[k]
            notes.append(f"{k}: the sheet's taken, as asked")
        elif choice == "mine":
            notes.append(f"{k}: the library's kept, as asked")
        else:
            conflicts.append(FieldConflict(k, library[k], theirs[k]))
    changes = ", ".join(f"{k} {_short(library[k])!r} -> {_short(v)!r}" for k, v in applied.items())
    detail = "; ".join(filter(None, (changes, *notes)))
    position = _merged(sheet, current, applied) if applied else None
    if conflicts:
        why = "changed in the library since the export"
        if sent is None:
            why = "the row has no hidden key, so what changed cannot be told"
        both = "; ".join(c.text() for c in conflicts)
        detail = f"{why} ({both}); kept the library's" + (f"; updated {detail}" if detail else "")
        return RowOutcome(line, "conflict", what, detail, tuple(conflicts)), position
    if applied:
        return RowOutcome(line, "updated", what, detail), position
    return RowOutcome(line, "unchanged", what, detail or "changed in the library since the export; kept"), None


def _merged(sheet: Position, current: Position, applied: dict[str, str]) -> Position:
    """The library's position with the fields taken from the sheet."""
    regional = current.regional_alignment
    if any(k in REGIONS for k in applied):
        regions = parse_regions(current.regional_alignment)
        regions.update({k: v for k, v in applied.items() if k in REGIONS})
        regional = regions_text(regions)
    return replace(
        current,
        body=sheet.body,
        number=sheet.number,
        provision=sheet.provision,
        stance=applied.get("stance", current.stance),
        priority=applied.get("priority", current.priority),
        rationale=applied.get("rationale", current.rationale),
        talking_points=applied.get("talking_points", current.talking_points),
        owner=applied.get("owner", current.owner),
        regional_alignment=regional,
        updated="",
    )


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paths(db: Database, body: str, number: str, cache: dict[tuple[str, str], list[str] | None]) -> list[str] | None:
    """The provision paths of the resolution's texts in the library (any
    revision or language: a position outlives a revision), None when it has none."""
    if (body, number) not in cache:
        rid = store.resolution_id(db, body, number, create=False) if body and number else None
        versions = store.versions_of(db, rid) if rid is not None else []
        found = {r.path for v in versions for r in outline(store.version_text(db, v.id))}
        cache[(body, number)] = sorted(found) if versions else None
    return cache[(body, number)]
