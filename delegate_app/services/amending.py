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

from ..core.consolidate import Clash, Consolidated, Spread, consolidate, spread
from ..core.errors import DelegateError
from ..core.model import ADOPTED_STATUSES, STATUS_NAMES, Proposal, Resolution, Status
from ..core.redline import Redline
from ..core.revision import in_force_revision, revision_key
from ..formats.docx_reports import Account, ProposalLabel, amended_docx, compilation_docx
from ..formats.docx_writer import ExportOptions
from ..store import library as store
from ..store.database import Database
from .files import write_atomically
from .library import as_store_errors


@dataclass
class OnText:
    """A version and the stored proposals on it."""

    label: str  # "WTDC Resolution 59 (Rev. Kigali, 2022)"
    text: Resolution
    proposals: list[Proposal]
    labels: list[ProposalLabel]
    elsewhere: list[str] = field(default_factory=list)  # proposals on another revision or language, named


def _on_this_text(proposal: Proposal, version_id: int, row: store.VersionRow) -> bool:
    if proposal.base_version is not None:
        return proposal.base_version == version_id
    res = proposal.resolution
    if res is None or res.draft:
        return False
    named = revision_key(in_force_revision(res.revision))
    return named == revision_key(row.revision) and res.language == row.language


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
        if not _on_this_text(proposal, version_id, row):
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


def clash_line(clash: Clash, labels: list[ProposalLabel]) -> str:
    names = [f"{labels[n].action} {labels[n].number}".strip() for n in clash.proposals]
    who = ", ".join(names[:-1]) + " and " + names[-1]
    if clash.inserting:
        return f"{who} insert different text before {clash.where}: neither is applied"
    return f"{who} change {clash.where} differently: neither is applied"


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
    found = amended_text(db, version_id, list(statuses))
    on, result = found.on, found.result
    applied = ", ".join(on.labels[n].line().replace("\t", " ") for n in result.applied) or "none"
    account = Account(f"{on.label}, as amended", [f"Proposals applied: {applied}."])
    account.lines += [f"Competing proposals: {line}." for line in found.clash_lines()]
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
    on, laid = spread_on(db, version_id)
    if not on.proposals:
        raise DelegateError(f"no stored proposal acts on {on.label}; nothing was written")
    lines = [f"{len(on.proposals)} proposal(s): " + "; ".join(label.line().replace("\t", " ") for label in on.labels)]
    if on.elsewhere:
        lines.append("On another revision or language, not compiled here: " + ", ".join(on.elsewhere))
    write_atomically(
        out, compilation_docx(Account(f"Compilation of proposals on {on.label}", lines), laid, on.labels, options)
    )
    return on
