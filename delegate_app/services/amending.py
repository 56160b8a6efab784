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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import terms
from ..core.consolidate import Clash, Consolidated, Spread, acts_on, consolidate, spread
from ..core.errors import DelegateError
from ..core.model import ADOPTED_STATUSES, STATUS_NAMES, Proposal, Resolution, Status
from ..core.redline import Redline
from ..formats.itu_wording import ReportWords, brief_words, report_words, text_name
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
            out.elsewhere.append(f"{name} ({_acts_on(proposal)})")  # named with the text it acts on
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


def _acts_on(proposal: Proposal) -> str:
    """ "Rév. Kigali, 2022, fr": the revision and language of the text a proposal acts on."""
    text = proposal.base or proposal.resolution
    if text is None:
        return "?"
    return ", ".join(part for part in (text.revision, text.language) if part)


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

    def clash_lines(self, language: str = "en") -> list[str]:
        return [clash_line(c, self.on.labels, language) for c in self.result.clashes]

    def unapplied_lines(self, language: str = "en") -> list[str]:
        return [not_applied_line(n, self.on, language) for n in self.result.not_applied]


def clash_line(clash: Clash, labels: list[ProposalLabel], language: str = "en") -> str:
    """ "MOD A/1/1 and MOD C/3/1 change recalling f) differently: neither is applied"
    (in ``language``: the words of the document it goes in)."""
    words = report_words(language)

    def name(n: int) -> str:
        return f"{labels[n].action} {labels[n].number}".strip()

    groups = clash.groups or tuple((n,) for n in clash.proposals)
    named = [words.joined.join(name(n) for n in g) + (words.alike if len(g) > 1 else "") for g in groups]
    who = words.comma.join(named[:-1]) + words.joined + named[-1] if len(named) > 1 else named[0]
    outcome = words.outcome[0] if len(named) == 2 else words.outcome[1]
    where = words.parts.get(clash.where, clash.where)
    return (words.inserting if clash.inserting else words.changing).format(who=who, where=where, outcome=outcome)


def not_applied_line(n: int, on: OnText, language: str = "en") -> str:
    """Why a proposal with the statuses asked for changed nothing in the text as amended."""
    label, proposal = on.labels[n], on.proposals[n]
    name, words = f"{label.action} {label.number}".strip(), report_words(language)
    if proposal.action in terms.SUPS:
        return words.suppresses.format(name)
    if proposal.action == "NOC":
        return words.keeps.format(name)
    return words.nothing.format(name)


def _in_language(on: OnText) -> tuple[str, ReportWords, list[ProposalLabel]]:
    """The text's name, the report's words and the proposals' statuses in the
    text's own language: a French text's compilation is a French document."""
    text, language = on.text, on.text.language
    statuses = brief_words(language)
    labels = [replace(label, status=statuses.get(label.status, label.status)) for label in on.labels]
    return text_name(text.body, text.number, text.revision, language), report_words(language), labels


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
    on, result, language = found.on, found.result, found.on.text.language
    name, words, labels = _in_language(on)
    applied = words.comma.join(labels[n].line().replace("\t", " ") for n in result.applied) or words.none
    account = Account(words.amended.format(name), [words.applied.format(applied)])
    account.lines += [words.competing.format(line) for line in found.clash_lines(language)]
    account.lines += [words.not_applied.format(line) for line in found.unapplied_lines(language)]
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
    name, words, labels = _in_language(on)
    listed = words.separator.join(label.line().replace("\t", " ") for label in labels)
    lines = [words.proposals.format(len(on.proposals), listed)]
    if on.elsewhere:
        lines.append(words.elsewhere.format(words.comma.join(on.elsewhere)))
    from ..formats.docx_reports import compilation_docx

    write_atomically(out, compilation_docx(Account(words.compilation.format(name), lines), laid, labels, options))
    return on
