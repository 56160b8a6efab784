"""The delegation brief: the head of delegation's book, in Word.

A resolution a page, the most important first (priority, then body and
number): the delegation's stance and rationale on the whole text and on its
provisions, the talking points, the regional groups' stances, and the
proposals the library holds on that text, each with only the paragraphs it
changes, marked. A table of contents opens it. The French government's Zam
gives its ministers such a book for a bill; no ITU tool does.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ..core.consolidate import spread
from ..core.errors import DelegateError
from ..core.model import Position
from ..core.positions import PRIORITY_ORDER, parse_regions
from ..core.redline import RedlineParagraph
from ..formats.docx_reports import Account, BriefEntry, ProposalLabel, brief_docx
from ..formats.itu_wording import brief_words, colon, text_name
from ..store import library as store
from ..store.database import Database
from ..store.positions import positions as stored_positions
from .amending import proposals_on_version
from .files import check_output, write_atomically
from .library import as_store_errors


@as_store_errors
def brief_entries(
    db: Database, body: str | None = None, min_priority: str | None = None, language: str = "en"
) -> list[BriefEntry]:
    """The brief's resolutions: those with a position (of ``min_priority`` or higher), most important first."""
    by_resolution: dict[tuple[str, str], list[Position]] = {}
    for p in stored_positions(db):
        if body is None or p.body == body:
            by_resolution.setdefault((p.body, p.number), []).append(p)
    limit = PRIORITY_ORDER.get(min_priority or "low", len(PRIORITY_ORDER))
    entries: list[tuple[tuple[int, str, str], BriefEntry]] = []
    for (b, number), found in by_resolution.items():
        whole = next((p for p in found if not p.provision), None)
        priority = min((p.priority for p in found), key=lambda v: PRIORITY_ORDER.get(v, 99))
        if PRIORITY_ORDER.get(priority, 99) > limit:
            continue
        entry = BriefEntry(
            title=text_name(b, number, "", language),
            priority=priority,
            whole=whole,
            provisions=[p for p in found if p.provision],
            regions=parse_regions(whole.regional_alignment) if whole is not None else {},
        )
        version = _newest(db, b, number, language)
        if version is not None:
            name = text_name(b, number, version.revision, language)
            entry.title = f"{name}{colon(language)}{version.title}" if version.title else name
            entry.proposals = _proposals(db, version.id)
        entries.append(((PRIORITY_ORDER.get(priority, 99), b, number.zfill(8)), entry))
    entries.sort(key=lambda e: e[0])  # by body and number, not by the name, which differs by language
    return [entry for _, entry in entries]


def _newest(db: Database, body: str, number: str, language: str) -> store.VersionRow | None:
    rid = store.resolution_id(db, body, number, create=False)
    return store.newest_in(store.versions_of(db, rid) if rid is not None else [], language)


def _proposals(db: Database, version_id: int) -> list[tuple[ProposalLabel, list[RedlineParagraph]]]:
    """The proposals stored on the text, each with the paragraphs it changes (marked)."""
    on = proposals_on_version(db, version_id)
    if not on.proposals:
        return []
    laid = spread(on.text, on.proposals)
    out = []
    for n, label in enumerate(on.labels):
        paragraphs = [p for h in laid.hunks if h.proposal == n for p in h.paragraphs]
        out.append((label, paragraphs))
    return out


def write_brief(
    db: Database,
    out: str | os.PathLike[str],
    body: str | None = None,
    min_priority: str | None = None,
    language: str = "en",
) -> int:
    """Write the brief; how many resolutions it covers."""
    check_output(Path(out))  # before the work: a pipe, a device or the store is refused at once
    entries = brief_entries(db, body, min_priority, language)
    if not entries:
        raise DelegateError(
            "no position is recorded" + (f" on a {body} resolution" if body else "") + "; nothing was written"
        )
    words = brief_words(language)
    for entry in entries:  # statuses in the brief's language
        entry.proposals = [
            (replace(label, status=words.get(label.status, label.status)), p) for label, p in entry.proposals
        ]
    account = Account(words["Delegation brief"])
    write_atomically(out, brief_docx(account, entries, language))
    return len(entries)
