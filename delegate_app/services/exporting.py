"""Exporting contributions to Word.

A MOD needs the text it modifies. When a proposal does not carry its base (a
contribution typed in the app, or imported from a text where the revision marks
were flattened), the base is taken from the library: the newest stored version
of the same resolution, in the proposal's language when there is one, other
than the proposed revision itself. The report says when that happened.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..core.model import Contribution
from ..formats.docx_writer import ExportOptions, ExportReport, contribution_docx
from ..store import library
from ..store.database import Database
from .files import write_atomically


def fill_bases(db: Database, contrib: Contribution) -> list[str]:
    notes = []
    for proposal in contrib.proposals:
        res = proposal.resolution
        if proposal.action not in ("MOD", "(MOD)") or proposal.base is not None or res is None:
            continue
        rid = library.resolution_id(db, res.body, res.number, create=False)
        candidates = [v for v in library.versions_of(db, rid) if v.revision != res.revision] if rid is not None else []
        same_language = [v for v in candidates if v.language == res.language]
        pool = same_language or candidates
        if not pool:
            continue
        chosen = pool[-1]
        proposal.base = library.version_text(db, chosen.id)
        notes.append(
            f"{proposal.action} {proposal.number}: revision marks are shown against {chosen.label} from the library"
        )
    return notes


def write_docx(
    contrib: Contribution,
    out: str | os.PathLike[str],
    options: ExportOptions,
    db: Database | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> ExportReport:
    """Write the contribution to ``out`` (never over the store or ``inputs``),
    with the bases of MODs filled from the library."""
    notes = fill_bases(db, contrib) if db is not None else []
    data, report = contribution_docx(contrib, options)
    report.warnings[:0] = notes
    write_atomically(out, data, ".docx", inputs)
    return report
