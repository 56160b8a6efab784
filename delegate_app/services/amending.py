"""A resolution and the stored proposals on it: the text as amended by those a
conference adopted, the compilation of them all, and how many touch each
provision.

The proposals "on" a version are the MODs, SUPs and NOCs of the library's
contributions that act on that very text: drafted from it, or naming its
revision as the text in force, in its language. A MOD of another revision is
left out and said so: its marks against this text would be wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import terms
from ..core.consolidate import Clash, Consolidated, Spread, acts_on, consolidate, spread
from ..core.errors import DelegateError
from ..core.model import ADOPTED_STATUSES, STATUS_NAMES, Proposal, Resolution, Status
from ..core.redline import Redline
from ..formats.report_parts import Account, ProposalLabel
from ..store import library as store
from ..store.database import Database
from .files import check_output, write_atomically
from .library import as_store_errors

if TYPE_CHECKING:  # python-docx loads with the first document written, not with the Library's view
    from ..formats.docx_writer import ExportOptions


@dataclass
class OnText:
    """A version and the stored proposals on it."""

    label: str  # "WTDC Resolution 59 (Rev. Kigali, 2022)"
    text: Resolution
    proposals: list[Proposal]
    labels: list[ProposalLabel]
    elsewhere: list[str] = field(default_factory=list)  # proposals on another revision or language, named


@as_store_errors
def proposals_on_version(db: Database, version_id: int, statuses: Iterable[str] | None = None) -> OnText:
    """The stored proposals on library version ``version_id`` (with one of
    ``statuses``, when given), in the order of their contributions."""
    found = store.get_version(db, version_id)
    if found is None:
        raise DelegateError(f"no resolution version with id {version_id} (see: delegate-app list)")
    row, text = found
    wanted = set(statuses) if statuses is not None else None
    sources = {c["id"]: c["source"] for c in store.list_contributions(db)}
    out = OnText(row.label, text, [], [])
    for cid, proposal in store.proposals_on(db, row.resolution_id):
        if wanted is not None and proposal.status not in wanted:
            continue
        name = f"{proposal.action} {proposal.number}".strip()
        if not acts_on(proposal, row.revision, row.language, version_id):
            out.elsewhere.append(name)
            continue
        out.proposals.append(proposal)
        out.labels.append(
            ProposalLabel(
                proposal.action,
                proposal.number,
                sources.get(cid, ""),
                STATUS_NAMES.get(proposal.status, proposal.status),
                proposal.reasons,
            )
        )
    return out


def parse_statuses(text: str) -> list[str]:
    """ "adopted,adopted-modified" as statuses; an unknown one is refused."""
    known = [s.value for s in Status]
    statuses = [s.strip() for s in text.split(",") if s.strip()]
    wrong = [s for s in statuses if s not in known]
    if wrong or not statuses:
        raise DelegateError(f"{', '.join(wrong) or repr(text)}: give statuses among {', '.join(known)}")
    return statuses


@dataclass(frozen=True)
class AmendedText:
    on: OnText
    result: Consolidated

    def clash_lines(self) -> list[str]:
        return [clash_line(c, self.on.labels) for c in self.result.clashes]

    def unapplied_lines(self) -> list[str]:
        return [not_applied_line(n, self.on) for n in self.result.not_applied]


def clash_line(clash: Clash, labels: list[ProposalLabel]) -> str:
    """ "MOD A/1/1 and MOD C/3/1 change recalling f) differently: neither is applied"."""

    def name(n: int) -> str:
        return f"{labels[n].action} {labels[n].number}".strip()

    groups = clash.groups or tuple((n,) for n in clash.proposals)
    named = [" and ".join(name(n) for n in g) + (" (alike)" if len(g) > 1 else "") for g in groups]
    who = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else named[0]
    outcome = "neither is applied" if len(named) == 2 else "none of them is applied"
    if clash.inserting:
        return f"{who} insert different text before {clash.where}: {outcome}"
    return f"{who} change {clash.where} differently: {outcome}"


def not_applied_line(n: int, on: OnText) -> str:
    """Why a proposal with the statuses asked for changed nothing in the text as amended."""
    label, proposal = on.labels[n], on.proposals[n]
    name = f"{label.action} {label.number}".strip()
    if proposal.action in terms.SUPS:
        return f"{name} suppresses the resolution: the text is shown as it stands"
    if proposal.action == "NOC":
        return f"{name} keeps the text unchanged"
    return f"{name} changes nothing in this text"


@as_store_errors
def amended_text(db: Database, version_id: int, statuses: Iterable[str] = ADOPTED_STATUSES) -> AmendedText:
    """The version as amended by its stored proposals with one of ``statuses``."""
    on = proposals_on_version(db, version_id, statuses)
    return AmendedText(on, consolidate(on.text, on.proposals))


def redline_amended(found: AmendedText) -> Redline:
    """The text as amended, marked against the text in force."""
    from ..core.redline import redline

    return redline(found.on.text, found.result.text)


def write_amended(
    db: Database,
    version_id: int,
    out: str | os.PathLike[str],
    statuses: Iterable[str] = ADOPTED_STATUSES,
    marks: bool = False,
    options: ExportOptions | None = None,
) -> AmendedText:
    """Write the text as amended to Word (with tracked changes against the
    version when ``marks``); what was applied and what clashed."""
    check_output(Path(out))  # before the work: a pipe, a device or the store is refused at once
    found = amended_text(db, version_id, list(statuses))
    on, result = found.on, found.result
    applied = ", ".join(on.labels[n].line().replace("\t", " ") for n in result.applied) or "none"
    account = Account(f"{on.label}, as amended", [f"Proposals applied: {applied}."])
    account.lines += [f"Competing proposals: {line}." for line in found.clash_lines()]
    account.lines += [f"Not applied: {line}." for line in found.unapplied_lines()]
    from ..formats.docx_reports import amended_docx

    data = amended_docx(account, result.text, on.text if marks else None, options)
    write_atomically(out, data)
    return found


@as_store_errors
def spread_on(db: Database, version_id: int) -> tuple[OnText, Spread]:
    """Every stored proposal on the version, laid on its paragraphs."""
    on = proposals_on_version(db, version_id)
    return on, spread(on.text, on.proposals)


def write_compilation(
    db: Database, version_id: int, out: str | os.PathLike[str], options: ExportOptions | None = None
) -> OnText:
    check_output(Path(out))  # before the work: a pipe, a device or the store is refused at once
    on, laid = spread_on(db, version_id)
    if not on.proposals:
        raise DelegateError(f"no stored proposal acts on {on.label}; nothing was written")
    lines = [f"{len(on.proposals)} proposal(s): " + "; ".join(label.line().replace("\t", " ") for label in on.labels)]
    if on.elsewhere:
        lines.append("On another revision or language, not compiled here: " + ", ".join(on.elsewhere))
    from ..formats.docx_reports import compilation_docx

    write_atomically(
        out, compilation_docx(Account(f"Compilation of proposals on {on.label}", lines), laid, on.labels, options)
    )
    return on
