"""Stored proposals through the conference: their status to the final
disposition, their action and base, the rules check against the library, and
bringing their citations up to date.

The command line changes a stored contribution here, each change in one
transaction that reads the proposal and writes it back (BEGIN IMMEDIATE: a
window saving at the same moment waits its turn, and neither overwrites the
other's record with a stale copy). The window makes the same changes through
the drafting service, which journals them first; both call the same core
functions, so a status, an action or a citation is changed the same way
whichever door it came through.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date

from ..core import drafting as core
from ..core import terms
from ..core.errors import DelegateError
from ..core.model import Contribution, ContributionHeader, Proposal
from ..core.references import Newest, Update, update_references
from ..core.rules import Finding, check
from ..store import contributions as records
from ..store import library as store
from ..store.database import Database, writing
from .library import as_store_errors


@as_store_errors
def newest_revisions(db: Database) -> Newest:
    """What the library holds, as the rules check asks for it: (body, number,
    language) -> the newest (revision, year), in that language when it has one
    ("" for any language)."""
    known = store.revisions(db)

    def newest(body: str, number: str, language: str) -> tuple[str, int] | None:
        found = [
            (year, revision)
            for revision, year, lang in known.get((body, number), ())
            if not language or lang == language
        ]
        if not found:
            return None
        year, revision = max(found)
        return revision, year

    return newest


def _contribution(db: Database, contribution_id: int) -> Contribution:
    contrib = store.get_contribution(db, contribution_id)
    if contrib is None:
        raise DelegateError(f"no contribution with id {contribution_id} (see: delegate-app list --contributions)")
    return contrib


def find_proposal(contrib: Contribution, which: str) -> tuple[int, Proposal]:
    """A proposal by its number ("RCC/47A4/1") or its place ("2", from 1)."""
    for index, proposal in enumerate(contrib.proposals):
        if proposal.number and proposal.number == which.strip():
            return index, proposal
    if which.strip().isdigit() and 1 <= int(which) <= len(contrib.proposals):
        return int(which) - 1, contrib.proposals[int(which) - 1]
    numbers = ", ".join(p.number or f"#{n}" for n, p in enumerate(contrib.proposals, 1)) or "none"
    raise DelegateError(f"the contribution has no proposal {which!r} (its proposals: {numbers})")


def _save(db: Database, contrib: Contribution, proposal: Proposal) -> None:
    records.write_proposal(db, contrib.uid, records.proposal_row(proposal))


def _with_bases(db: Database, contrib: Contribution) -> Contribution:
    """Each proposal with the text it acts on, as the Word export finds it:
    stored with it, by its library id, or (link_bases) the library version its
    heading names."""
    for proposal in contrib.proposals:
        if proposal.base is None and proposal.base_version is not None:
            found = store.get_version(db, proposal.base_version)
            proposal.base = found[1] if found is not None else None
    store.link_bases(db, contrib)
    return contrib


@as_store_errors
def check_contribution(db: Database, contribution_id: int) -> list[Finding]:
    """The rules check of a stored contribution, against what the library holds."""
    from .conference import conference_for

    contrib = _with_bases(db, _contribution(db, contribution_id))
    return check(contrib, newest_revisions(db), conference_for(db, contribution_id, contrib.header.meeting))


@as_store_errors
def set_status(db: Database, contribution_id: int, which: str, status: str, note: str = "", on: str = "") -> Proposal:
    """Record a proposal's status (with the day, today unless given, and a note)."""
    with writing(db):
        contrib = _contribution(db, contribution_id)
        _, proposal = find_proposal(contrib, which)
        core.set_status(proposal, status, note, on or _date.today().isoformat())
        _save(db, contrib, proposal)
    return proposal


@as_store_errors
def set_action(
    db: Database, contribution_id: int, which: str, action: str, confirmed: bool = False
) -> tuple[Proposal, str]:
    """Give a proposal another action; refused, changing nothing, when that would
    throw away drafted text and it was not confirmed. The proposal, and its
    status before when the change set it back (a suppressed SUP made a MOD)."""
    with writing(db):
        contrib = _with_bases(db, _contribution(db, contribution_id))
        _, proposal = find_proposal(contrib, which)
        if core.loses_text(proposal, action) and not confirmed:
            raise DelegateError(
                f"making {proposal.action} {proposal.number} a {action} drops the changes drafted in it; "
                "give --yes to do it"
            )
        before = proposal.status
        core.change_action(proposal, action)
        _save(db, contrib, proposal)
    return proposal, before if before != proposal.status else ""


@dataclass(frozen=True)
class BaseChange:
    proposal: Proposal
    base_label: str
    newer: str  # the library's newest revision when the base is not it, else ""


@as_store_errors
def set_base(db: Database, contribution_id: int, which: str, version_id: int) -> BaseChange:
    """Mark a proposal against another library version of its resolution."""
    with writing(db):
        contrib = _with_bases(db, _contribution(db, contribution_id))
        _, proposal = find_proposal(contrib, which)
        found = store.get_version(db, version_id)
        if found is None:
            raise DelegateError(f"there is no version {version_id} (see: delegate-app list)")
        row, base = found
        core.change_base(proposal, base, version_id)
        _save(db, contrib, proposal)
    return BaseChange(proposal, row.label, newer_than(db, row))


def newer_than(db: Database, row: store.VersionRow) -> str:
    """The newest revision the library holds of ``row``'s resolution, when it is newer than ``row``."""
    newest = newest_revisions(db)
    latest = newest(row.body, row.number, row.language) or newest(row.body, row.number, "")
    return latest[0] if latest is not None and latest[1] > (row.year or 0) else ""


@as_store_errors
def update_contribution_references(db: Database, contribution_id: int) -> list[tuple[Proposal, Update]]:
    """Every MOD's outdated citations rewritten to the newest revision in the
    library, in one transaction; what was changed, proposal by proposal."""
    changed: list[tuple[Proposal, Update]] = []
    with writing(db):
        contrib = _contribution(db, contribution_id)
        newest = newest_revisions(db)
        for proposal in contrib.proposals:
            updates = references_updated(proposal, newest)
            if updates:
                _save(db, contrib, proposal)
                changed.extend((proposal, u) for u in updates)
    return changed


def references_updated(proposal: Proposal, newest: Newest) -> list[Update]:
    """Bring a MOD's citations up to date in place; what changed (nothing for other actions)."""
    if proposal.action not in terms.MARKED or proposal.resolution is None:
        return []
    proposal.resolution, updates = update_references(proposal.resolution, newest)
    return updates


@as_store_errors
def new_proposal(db: Database, action: str, version_id: int | None, contrib: Contribution) -> Proposal:
    """The proposal the Contribution view's buttons make (MOD…, (MOD)…, ADD, SUP…,
    NOC…), for the window and the command line alike: a MOD or (MOD) starts from
    the library text it modifies (its base), a SUP or NOC is that text's heading
    and title, an ADD is a draft new resolution of the body of the contribution's
    first proposal (PP when it has none)."""
    if action not in terms.ACTIONS:
        raise DelegateError(f"{action!r} is not an action; use one of: {', '.join(terms.ACTIONS)}")
    if action == terms.ADD:
        if version_id is not None:
            raise DelegateError("an ADD is a draft new resolution: it modifies no library text (leave out --base)")
        first = contrib.proposals[0].resolution if contrib.proposals else None
        return core.new_add((first.body if first is not None else "") or "PP", language=contrib.language)
    if version_id is None:
        raise DelegateError(f"a {action} acts on a library text: name it (--base VERSION, see: delegate-app list)")
    found = store.get_version(db, version_id)
    if found is None:
        raise DelegateError(f"there is no version {version_id} (see: delegate-app list)")
    if action in terms.TITLE_ONLY:
        return core.new_title_only(action, found[1], version_id)
    proposal = core.new_mod(found[1], version_id)
    if action != terms.MOD:
        core.change_action(proposal, action)
    return proposal


def new_header(language: str, original_setting: str = "", source_line: str = "") -> ContributionHeader:
    """A new contribution's header, the same from the window and the command line:
    the title in its language, the source line from Settings, and "Original:" from
    Settings unless they keep their untouched default (English, or nothing), which
    names no choice: then the contribution's language named in itself ("français")."""
    from ..formats.itu_wording import wording

    original = original_setting
    if original in ("", "English"):
        original = wording(language).language_name(language)
    return ContributionHeader(title=wording(language).work_title, original_language=original, source=source_line)
