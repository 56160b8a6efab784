"""Exporting contributions to Word.

A MOD is marked against exactly the text it names, never a guess. Its base is,
in this order: the one the delegate chose for it (``bases``: the proposal's
place, 1 for the first, to a library version id); the base it carries (read
from the tracked changes of an imported document); the library version it was
drafted from; or the library version its heading names as the text in force
("RESOLUTION 191 (REV. BUCHAREST, 2022)" is PP Resolution 191 (Rev.
Bucharest, 2022)), case and spacing aside. When none is there, the export is
refused with the names of the missing texts and nothing is written: a MOD
marked against another revision is a wrong document, and a MOD without marks
is not a MOD.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..core.errors import DelegateError
from ..core.model import Contribution, Proposal
from ..core.revision import in_force_revision
from ..core.rules import Finding, check
from ..formats.docx_writer import MARKED, ExportOptions, ExportReport, contribution_docx
from ..store import library
from ..store.database import Database
from .files import check_output, write_atomically


class MissingBase(DelegateError):
    """A MOD whose base text is not in the library: import it, or choose one.

    ``missing`` lists (proposal's place from 1, the text it names, the
    resolution's id in the library or None) so that the window can offer the
    library's other versions of that resolution to choose from."""

    def __init__(self, message: str, missing: list[tuple[int, str, int | None]]):
        super().__init__(message)
        self.missing = missing


def resolve_bases(db: Database, contrib: Contribution, bases: Mapping[int, int] | None = None) -> None:
    """Give every MOD of ``contrib`` its base, or raise MissingBase naming what is missing."""
    bases = dict(bases or {})
    unknown = sorted(set(bases) - set(range(1, len(contrib.proposals) + 1)))
    if unknown:
        raise DelegateError(
            f"--base {unknown[0]}=…: the contribution has {len(contrib.proposals)} proposal(s); "
            "number them from 1 in their order"
        )
    missing = []
    for n, proposal in enumerate(contrib.proposals, 1):
        if n in bases and (proposal.action not in MARKED or proposal.resolution is None):
            raise DelegateError(
                f"--base {n}={bases[n]}: {_name(n, proposal)} is not a MOD; only a MOD is marked against a base"
            )
        if proposal.action not in MARKED or proposal.resolution is None:
            continue
        if n in bases:
            chosen = library.get_version(db, bases[n])
            if chosen is None:
                raise DelegateError(f"--base {n}={bases[n]}: there is no version {bases[n]} (see: delegate-app list)")
            res, row = proposal.resolution, chosen[0]
            if row.number != res.number or (res.body and row.body and row.body != res.body):
                raise DelegateError(
                    f"--base {n}={bases[n]}: version {bases[n]} is {row.label}, but {_name(n, proposal)} "
                    f"modifies {proposal.target}"
                )
            proposal.base, proposal.base_version = chosen[1], bases[n]
            continue
        if proposal.base is not None:
            continue
        if proposal.base_version is not None:
            drafted = library.get_version(db, proposal.base_version)
            if drafted is not None:
                proposal.base = drafted[1]
                continue
        found = library.named_version(db, proposal.resolution)
        if found is None:
            missing.append((n, proposal))
            continue
        proposal.base, proposal.base_version = library.version_text(db, found.id), found.id
    if missing:
        raise MissingBase(
            "; ".join(f"{_name(n, p)} modifies {named_text(p)}, which is not in the library" for n, p in missing)
            + ": import it, or choose the base (export docx … --base N=VERSION_ID); nothing was written",
            [(n, named_text(p), _resolution_id(db, p)) for n, p in missing],
        )


def named_text(proposal: Proposal) -> str:
    """ "PP Resolution 191 (Rev. Bucharest, 2022)": the text a proposal names as in force."""
    res = proposal.resolution
    if res is None:
        return "no text"
    revision = in_force_revision(res.revision)
    return proposal.target + (f" ({revision})" if revision else "")


def _resolution_id(db: Database, proposal: Proposal) -> int | None:
    res = proposal.resolution
    return library.resolution_id(db, res.body, res.number, create=False) if res is not None else None


def _name(n: int, proposal: Proposal) -> str:
    return f"proposal {n} ({proposal.action}{' ' + proposal.number if proposal.number else ''})"


def write_docx(
    contrib: Contribution,
    out: str | os.PathLike[str],
    options: ExportOptions,
    db: Database | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
    bases: Mapping[int, int] | None = None,
) -> ExportReport:
    """Write the contribution to ``out`` (never over the store or ``inputs``),
    each MOD marked against its base (see the module's docstring)."""
    inputs = tuple(inputs)
    check_output(Path(out), inputs)  # before the work: a pipe, a device, the store or an input is refused at once
    if db is not None:
        resolve_bases(db, contrib, bases)
        from .support import signatories

        signed = signatories(db, contrib.uid)
        if signed:  # a regional common proposal: its source line lists who signed it
            options = dataclasses.replace(options, signatories=signed)
    data, report = contribution_docx(contrib, options)
    write_atomically(out, data, inputs)
    report.warnings[:0] = [finding_line(f) for f in missing_before_export(contrib)]
    return report


# What a secretariat sends back: a proposal's missing parts (its Reasons, its
# number, its base) and a document number it cannot read; not the advice the
# check also gives (outdated citations, a later revision), nor the header's
# fields, which the Contribution view shows beside the document all along.
EXPORT_RULES = (
    "document-unreadable", "number-missing", "number-placeholder", "duplicate-number", "reasons-missing",
    "resolution-missing", "base-missing",
)  # fmt: skip


def missing_before_export(contrib: Contribution) -> list[Finding]:
    """The rules check's findings on what the exported document would lack
    (Reasons under a SUP or NOC, a bare MOD with no number, a header field...):
    the window asks before writing, the command line writes and warns."""
    return [f for f in check(contrib) if f.rule in EXPORT_RULES]


def finding_line(finding: Finding) -> str:
    """ "proposal 4 (SUP TST/25/4): The proposal gives no Reasons." """
    where = f"proposal {finding.index + 1} ({finding.where})" if finding.index is not None else finding.where
    return f"{where}: {finding.message}"
