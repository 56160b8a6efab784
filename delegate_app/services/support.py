"""Support for regional common proposals (ECP, IAP, ACP, AfCP, ASMG, RCC):
which administrations support a common proposal, do not support it or signed
it, and when; the form regional organisations circulate (proposals as rows,
administrations as columns) written and taken back; the signatories the Word
export lists after the source.

A contribution stands for the common proposal (each is its own document or
addendum). A member is an administration by its ITU symbol ("F", "D", "RUS").
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date

from ..core.errors import DelegateError
from ..store import conferences as records
from ..store import library as store
from ..store.contributions import contribution_id
from ..store.database import Database
from .files import write_atomically
from .library import as_store_errors

STANCES = ("supports", "does-not-support", "signed")
GROUPS = ("ECP", "IAP", "ACP", "AfCP", "ASMG", "RCC")
_MEMBER = re.compile(r"^[A-Z]{1,4}$")


def member_code(text: str) -> str:
    code = text.strip().upper()
    if not _MEMBER.match(code):
        raise DelegateError(f"{text!r} is not an administration's ITU symbol (one to four letters: F, D, RUS, USA)")
    return code


def stance_named(text: str) -> str:
    value = text.strip().lower().replace(" ", "-")
    if value not in STANCES:
        raise DelegateError(f"{text!r} is not a stance; use one of: {', '.join(STANCES)}")
    return value


def day_named(text: str) -> str:
    """A day as YYYY-MM-DD, checked (today when none is given)."""
    return _day(text)


def _day(text: str) -> str:
    if not text:
        return date.today().isoformat()
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise DelegateError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _contributions(db: Database) -> dict[int, dict[str, object]]:
    return {int(str(c["id"])): c for c in store.list_contributions(db)}


@as_store_errors
def set_support(db: Database, contribution_id: int, member: str, stance: str, day: str = "") -> records.SupportRow:
    """Record one administration's stance on a common proposal; refused in one line, changing nothing."""
    if contribution_id not in _contributions(db):
        raise DelegateError(f"no contribution with id {contribution_id} (see: delegate-app list --contributions)")
    row = records.SupportRow(contribution_id, member_code(member), stance_named(stance), _day(day))
    records.save_support(db, [row])
    return row


@as_store_errors
def remove_support(db: Database, contribution_id: int, member: str) -> None:
    """Forget one administration's stance on a common proposal (the team
    exchange carries the removal); one never recorded is said so."""
    code = member_code(member)
    if not records.delete_support(db, contribution_id, code):
        raise DelegateError(f"no stance of {code} is recorded on contribution {contribution_id}")


@as_store_errors
def list_support(db: Database) -> list[dict[str, object]]:
    known = _contributions(db)
    return [
        {
            "contribution": r.contribution_id,
            "document": str(known.get(r.contribution_id, {}).get("document", "")),
            "member": r.member,
            "stance": r.stance,
            "date": r.day,
        }
        for r in records.support(db)
    ]


@as_store_errors
def counts(db: Database, contribution_id: int) -> dict[str, int]:
    """How many administrations support, do not support and signed a common proposal."""
    found = Counter(r.stance for r in records.support(db, contribution_id))
    return {s: found.get(s, 0) for s in STANCES}


@as_store_errors
def counts_for_uid(db: Database, uid: str) -> dict[str, int]:
    cid = contribution_id(db, uid)
    return counts(db, cid) if cid is not None else {}


@as_store_errors
def signatories(db: Database, uid: str) -> tuple[str, ...]:
    """The administrations that signed the contribution ``uid``, in order of their symbols."""
    cid = contribution_id(db, uid)
    if cid is None:
        return ()
    return tuple(r.member for r in records.support(db, cid) if r.stance == "signed")


@as_store_errors
def export_sheet(db: Database, output: str | os.PathLike[str]) -> int:
    """The form as a workbook: a row per contribution, a column per administration; how many rows."""
    from ..formats.support_xlsx import SheetRow, support_xlsx

    rows = records.support(db)
    members = sorted({r.member for r in rows})
    cells: dict[int, dict[str, tuple[str, str]]] = {}
    for r in rows:
        cells.setdefault(r.contribution_id, {})[r.member] = (r.stance, r.day)
    sheet = [
        SheetRow(cid, str(c.get("document", "")), str(c.get("title", "")), cells.get(cid, {}))
        for cid, c in sorted(_contributions(db).items())
    ]
    write_atomically(output, support_xlsx(members, sheet))
    return len(sheet)


@as_store_errors
def import_sheet(db: Database, path: str | os.PathLike[str]) -> int:
    """Take the form back in one transaction: every filled cell recorded; a row
    or cell that cannot be read refuses the whole sheet in one line, changing
    nothing. How many stances were recorded."""
    from ..formats.support_xlsx import read_support_xlsx

    known = _contributions(db)
    found: list[records.SupportRow] = []
    for line, cid, member, text in read_support_xlsx(path):
        where = f"row {line}, {member}"
        if cid not in known:
            raise DelegateError(f"{where}: no contribution with id {cid} in this library", str(path))
        words = text.split()
        day = words[-1] if words and re.match(r"^\d{4}-\d{2}-\d{2}$", words[-1]) else ""
        stance_text = " ".join(words[:-1] if day else words)
        try:
            found.append(records.SupportRow(cid, member_code(member), stance_named(stance_text), _day(day)))
        except DelegateError as exc:
            raise DelegateError(f"{where}: {exc.message}", str(path)) from None
    records.save_support(db, found)
    return len(found)
