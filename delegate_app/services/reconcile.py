"""Reconciling the stored proposals with the text a conference adopted: which
each of them the conference took (core/reconcile.py), and, when the delegate
says so, each status set with the conference's closing day.

Every stored proposal on the adopted text's resolution is held against it,
the delegation's and everyone else's, in the adopted text's language. One
drafted from the adopted text itself, or from a later one, or whose base text
the library does not hold, is listed as not reconciled, with why.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..core import drafting as core
from ..core import terms
from ..core.conference import Conference
from ..core.consolidate import Spread
from ..core.errors import DelegateError
from ..core.model import Contribution, Proposal, Resolution
from ..core.reconcile import Decided, Outcome, adopted_on, reconcile
from ..core.revision import revision_key, revision_year
from ..formats.reconcile_report import ReportRow
from ..store import conferences as conference_records
from ..store import contributions as records
from ..store import library as store
from ..store.database import Database, writing
from .files import write_atomically
from .library import as_store_errors


@dataclass
class Reconciled:
    contribution: int
    source: str  # the contribution as listed ("Document 12 (RCC)")
    uid: str
    action: str
    number: str
    before: str  # its status now
    outcome: Outcome

    @property
    def name(self) -> str:
        return f"{self.action} {self.number}".strip()

    def to_dict(self) -> dict[str, object]:
        return {
            "contribution": self.contribution,
            "source": self.source,
            "proposal": self.number,
            "action": self.action,
            "status_before": self.before,
            "status": self.outcome.status,
            "reason": self.outcome.reason,
            "provisions": [d.to_dict() for d in self.outcome.decided],
        }


SKIPPED = {  # why a proposal is not reconciled, in English (the window translates ui/conference_words.py)
    "adopted-itself": "drafted from the adopted text itself",
    "no-base": "the text it acts on is not in the library",
    "other-language": "in another language ({0})",
    "not-older": "drafted from {0}, not older than the adopted text",
}


@dataclass
class Reconciliation:
    version: int
    label: str  # "WTDC Resolution 59 (Rev. Baku, 2025)"
    day: str  # the day the statuses are dated (the conference's close)
    conference: str  # its name, "" when none was found
    items: list[Reconciled] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "MOD X/1/1: drafted from the adopted text itself"
    # the same, as (proposal, why, detail) for the window to say in its language: why is one of
    # "adopted-itself", "no-base", "other-language" (detail: the language), "not-older" (detail: the revision)
    skipped_why: list[tuple[str, str, str]] = field(default_factory=list)

    def skip(self, name: str, why: str, detail: str = "") -> None:
        self.skipped_why.append((name, why, detail))
        self.skipped.append(f"{name}: {SKIPPED[why].format(detail)}")

    applied: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "adopted": self.label,
            "conference": self.conference,
            "date": self.day,
            "applied": self.applied,
            "proposals": [i.to_dict() for i in self.items],
            "not_reconciled": self.skipped,
        }


def _conference(db: Database, name: str, body: str | None, year: int | None) -> Conference | None:
    """The conference named, or the one of the adopted text's body that closed in its year."""
    if name:
        found = conference_records.conference(db, name.strip())
        if found is None:
            raise DelegateError(f"no conference named {name!r} (see: delegate-app conference list)")
        return found
    for conf in conference_records.conferences(db):
        if conf.body == body and year is not None and conf.closes[:4] == str(year):
            return conf
    return None


def _base(db: Database, proposal: Proposal) -> Resolution | None:
    if proposal.base is not None:
        return proposal.base
    if proposal.base_version is not None:
        found = store.get_version(db, proposal.base_version)
        if found is not None:
            return found[1]
    res = proposal.resolution
    if res is not None and not res.draft:
        row = store.named_version(db, res)
        if row is not None:
            return store.version_text(db, row.id)
    return None


@as_store_errors
def reconcile_version(db: Database, version_id: int, conference: str = "", today: date | None = None) -> Reconciliation:
    """Every stored proposal on the resolution of ``version_id`` (the adopted text), classified."""
    found = store.get_version(db, version_id)
    if found is None:
        raise DelegateError(f"no resolution version with id {version_id} (see: delegate-app list)")
    row, adopted = found
    conf = _conference(db, conference, row.body, row.year)
    day = (conf.closes if conf and conf.closes else "") or (today or date.today()).isoformat()
    out = Reconciliation(version_id, row.label, day, conf.name if conf else "")
    labels = {c["id"]: c for c in store.list_contributions(db)}
    laid: dict[tuple[str, str], Spread] = {}
    for cid, proposal in store.proposals_on(db, row.resolution_id):
        name = f"{proposal.action} {proposal.number}".strip()
        if proposal.base_version == version_id:
            out.skip(name, "adopted-itself")
            continue
        base = _base(db, proposal)
        if base is None:
            if proposal.action in terms.ADDS and proposal.resolution is not None:
                base = Resolution(adopted.body, adopted.number, language=adopted.language)
            else:
                out.skip(name, "no-base")
                continue
        if base.language != adopted.language:
            out.skip(name, "other-language", base.language)
            continue
        base_year, adopted_year = revision_year(base.revision), revision_year(adopted.revision)
        same = revision_key(base.revision) == revision_key(adopted.revision) and base.revision
        if same or (base_year and adopted_year and base_year >= adopted_year):
            out.skip(name, "not-older", base.revision)
            continue
        key = (revision_key(base.revision), json.dumps(base.to_dict(), sort_keys=True))
        if key not in laid:  # the adopted text laid on each base once
            laid[key] = adopted_on(base, adopted)
        outcome = reconcile(proposal, base, adopted, laid[key])
        info = labels.get(cid, {})
        source = str(info.get("source") or info.get("document") or f"contribution {cid}")
        out.items.append(
            Reconciled(cid, source, proposal.uid, proposal.action, proposal.number, proposal.status, outcome)
        )
    return out


@as_store_errors
def offers(db: Database, version_ids: list[int]) -> list[Reconciliation]:
    """Of the versions an import just added, those a reconciliation would act
    on (a newer text than the one some stored proposals were drafted from),
    each with what it would find: what the window offers to reconcile after an
    import. A resolution no stored proposal acts on costs one count, not a
    reconciliation, so a hundred texts of the Final Acts are looked at quickly."""
    found = []
    for version_id in dict.fromkeys(version_ids):
        got = store.get_version(db, version_id)
        if got is None or not store.proposal_count(db, got[0].resolution_id):
            continue
        result = reconcile_version(db, version_id)
        if result.items:
            found.append(result)
    return found


@as_store_errors
def apply(db: Database, result: Reconciliation) -> int:
    """Set each reconciled proposal's status, dated ``result.day``, in one
    transaction; how many changed. A SUP adopted would be "suppressed"."""
    note = f"reconciled with {result.label}"
    changed = 0
    loaded: dict[int, Contribution | None] = {}  # each contribution read once, however many of its proposals
    with writing(db):
        for item in result.items:
            if item.contribution not in loaded:
                uid = records.contribution_uid(db, item.contribution)
                loaded[item.contribution] = records.load_contribution(db, uid) if uid else None
            contrib = loaded[item.contribution]
            if contrib is None:
                continue
            proposal = next((p for p in contrib.proposals if p.uid == item.uid), None)
            if proposal is None:
                continue
            status = item.outcome.status
            if proposal.status == status and proposal.status_date == result.day:
                continue
            core.set_status(proposal, status, note, result.day)
            records.write_proposal(db, contrib.uid, records.proposal_row(proposal))
            changed += 1
    result.applied = True
    return changed


def report_rows(result: Reconciliation) -> list[ReportRow]:
    rows = []
    for item in result.items:
        decided: list[Decided | None] = list(item.outcome.decided) or [None]
        for d in decided:
            rows.append(ReportRow(item.name, item.source, item.outcome.status, item.outcome.reason, d))
    return rows


def write_report(result: Reconciliation, output: str | os.PathLike[str]) -> None:
    """The report in Word (.docx) or Excel (.xlsx), by the file's name."""
    from ..formats.reconcile_report import report_docx, report_xlsx

    path = Path(output)
    title = f"Reconciliation with {result.label}"
    held = f"{result.conference}, " if result.conference else ""
    subtitle = f"{held}statuses dated {result.day}; {len(result.items)} proposal(s)"
    if path.suffix.lower() == ".docx":
        data = report_docx(title, subtitle, report_rows(result))
    elif path.suffix.lower() == ".xlsx":
        data = report_xlsx(title, report_rows(result))
    else:
        raise DelegateError("give a report name ending in .docx or .xlsx", str(output))
    write_atomically(path, data)
