"""Drafting contributions: the open contribution and every edit made to it.

The window's views (Contribution, Draft) call this service and nothing else to
change a contribution. Each edit changes the contribution in memory and is
recorded (edits.py: journaled before the call returns, then saved in the
background by record) while the edits' lock is held, so that no save comes
between the change and its record. A pause in typing is read here: the text as
typed is journaled, made the proposal's text when it reads as a resolution (or
kept as typed while it does not), and redlined against the MOD's base. No Qt:
the command line and the tests drive it directly; ``ui/session.py`` adapts it
to signals.

Records are named by their stable ids (contribution and proposal uids), never
by their places, so moving or deleting proposals cannot make one proposal's
text turn up in another, and a save writes only the records that changed.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core import terms
from ..core.conference import Conference
from ..core.drafting import change_action, change_base, loses_text, number_new, refresh_numbers, renumber, set_status
from ..core.drafting import move as move_proposal
from ..core.errors import DelegateError
from ..core.model import Contribution, ContributionHeader, Proposal, Resolution, new_uid
from ..core.redline import Redline, Redliner
from ..core.references import Newest, Update
from ..core.rules import Finding, check
from ..formats.itu_wording import switch_language
from ..store import contributions as records
from ..store.contributions import proposal_key
from ..store.database import Database
from .drafts import (
    FRONT_FIELDS,
    PROPOSAL_FIELDS,
    Draft,
    Drafts,
    label,
    parse_typed,
    set_front_fields,
    set_proposal_fields,
)
from .edits import TYPING_DELAY, Edits, Entry, Key
from .library import get_version, list_contributions
from .proposals import newer_than, newest_revisions, references_updated
from .restores import SettlesRestores

__all__ = ["ContributionItem", "Draft", "Drafting", "Typed", "parse_typed"]


@dataclass(frozen=True)
class Typed:
    """What a pause in typing gave: the text read (or why not), its marks, and
    whether the proposal's text changed."""

    resolution: Resolution | None
    error: str = ""
    redline: Redline | None = None
    changed: bool = False


@dataclass(frozen=True)
class ContributionItem:
    uid: str
    label: str
    proposals: int


def _edit(method: Callable[..., Any]) -> Callable[..., Any]:
    """An edit of the open contribution: its listeners (the window's views) are
    told once it is made, after the edits' lock is let go."""

    @functools.wraps(method)
    def edit(self: Drafting, *args: Any, **kwargs: Any) -> Any:
        result = method(self, *args, **kwargs)
        self._notify()
        return result

    return edit


class Drafting(SettlesRestores):
    def __init__(self, edits: Edits, reader: Database, source: Callable[[], str] = lambda: "ABC"):
        self.edits = edits
        self.drafts = Drafts(edits, reader)
        self.source = source  # the delegation's code in proposal numbers (a setting)
        self.current: Draft | None = None
        self.on_changed: list[Callable[[], None]] = []  # told after every edit of the open contribution
        self._redliners: dict[str, Redliner] = {}
        self._library: tuple[tuple[int, int], Newest] | None = None
        self._conference: tuple[tuple[Any, ...], Conference | None] | None = None  # the open one's, and when read
        edits.on_saved.append(self._forget_saved)

    def _notify(self) -> None:
        for listener in list(self.on_changed):
            listener()

    def _forget_saved(self, _saved: set[Key]) -> None:
        """Contributions no longer open are kept in memory only while they have
        unsaved records: once saved, the store's copy is the one to read (another
        window may change it), never a stale one from here."""
        for uid, draft in list(self.drafts.by_uid.items()):
            if draft is not self.current and not self.edits.keys_of(uid):
                self.drafts.by_uid.pop(uid, None)
                for p in draft.contribution.proposals:
                    self._redliners.pop(p.uid, None)

    @property
    def reader(self) -> Database:
        return self.drafts.reader

    @reader.setter
    def reader(self, db: Database) -> None:
        self.drafts.reader = db

    # -- opening -------------------------------------------------------------------
    def open(self, uid: str) -> bool:
        """Make a stored (or still unsaved) contribution the open one."""
        with self.edits.lock:
            draft = self.drafts.load(uid)
            if draft is None:
                return False
            self._leave(draft)
            self.current = draft
        return True

    def open_remembered(self, remembered: object) -> bool:
        """Open the contribution a setting remembered: its uid, or the row id older versions kept."""
        text = str(remembered)
        uid = records.contribution_uid(self.reader, int(text)) if text.isdigit() else text
        return uid is not None and bool(uid) and self.open(uid)

    def close(self) -> None:
        with self.edits.lock:
            self._leave(None)
            self.current = None

    def _leave(self, coming: Draft | None) -> None:
        """The open contribution stops being open (for ``coming``); it stays in
        memory only while it has unsaved records."""
        old = self.current
        if old is None or old is coming or old.preview:
            return
        if not self.edits.keys_of(old.uid):
            self.drafts.by_uid.pop(old.uid, None)
            for p in old.contribution.proposals:
                self._redliners.pop(p.uid, None)

    def new(self, header: ContributionHeader | None = None, language: str = "en") -> str:
        contrib = Contribution(header=header or ContributionHeader(), uid=new_uid(), language=language)
        draft = Draft(contrib)
        with self.edits.lock:
            self._leave(draft)
            self.current = self.drafts.by_uid[contrib.uid] = draft
            self.edits.record(
                [{"op": "front", "c": contrib.uid, "front": records.front_dict(contrib)}], [Key("front", contrib.uid)]
            )
        return contrib.uid

    def preview(self, contrib: Contribution) -> None:
        """Show a contribution that is never journaled nor saved (the screenshot's demo)."""
        with self.edits.lock:
            self._leave(None)
            self.current = Draft(contrib, preview=True)

    def delete(self) -> None:
        """Delete the open contribution, its proposals and what was typed in them."""
        draft = self.current
        if draft is None:
            return
        with self.edits.lock:
            self.current = None
            self.drafts.by_uid.pop(draft.uid, None)
            if not draft.preview:  # deleted over the versions of its proposals the window knows, and no others
                known = {p.uid: self.edits.bases.get(proposal_key(p.uid)) for p in draft.contribution.proposals}
                self.drafts.deleted[draft.uid] = known
                self.edits.record(
                    [{"op": "delete", "c": draft.uid, "proposals": known}],
                    [Key("delete", draft.uid)],
                    forget=self.edits.keys_of(draft.uid),
                )

    @property
    def contribution(self) -> Contribution | None:
        return self.current.contribution if self.current is not None else None

    def contributions(self) -> list[ContributionItem]:
        """The stored contributions and those not saved yet, the unsaved state winning."""
        items: dict[str, ContributionItem] = {}
        for row in list_contributions(self.reader):
            items[row["uid"]] = ContributionItem(row["uid"], row["document"] or row["title"], row["proposals"])
        with self.edits.lock:
            deleted = {k.owner for k in self.edits.unsaved if k.kind == "delete"}
            shown = list(self.drafts.by_uid.values())
            if self.current is not None and self.current.preview:
                shown.append(self.current)
            for draft in shown:
                items[draft.uid] = ContributionItem(
                    draft.uid, label(draft.contribution), len(draft.contribution.proposals)
                )
        return [item for uid, item in items.items() if uid not in deleted]

    # -- edits of the open contribution -----------------------------------------------
    def _open(self) -> Draft:
        if self.current is None:
            raise DelegateError("no contribution is open")
        return self.current

    def _record(
        self,
        draft: Draft,
        entries: Sequence[Entry | Callable[[], Entry]],
        keys: list[Key],
        delay: float = 0.0,
        forget: Iterable[Key] = (),
    ) -> None:
        """Record an edit of ``draft`` (the caller holds the lock); a preview records nothing."""
        if not draft.preview:
            self.edits.record(entries, keys, delay, forget)

    @_edit
    def set_header(self, **fields: str) -> None:
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            set_front_fields(draft.contribution, {f"header.{k}": v for k, v in fields.items()})
            refresh_numbers(draft.contribution, self.source())
            entries = [{"op": "set", "c": draft.uid, "fields": {f"header.{k}": v for k, v in fields.items()}}]
            entries += _number_entries(draft, before)
            self._record(draft, entries, [Key("front", draft.uid), *_proposal_keys(draft, entries)], TYPING_DELAY)

    @_edit
    def set_text(self, name: str, value: str) -> None:
        """The abstract or the introduction."""
        if name not in FRONT_FIELDS:
            raise ValueError(name)
        draft = self._open()
        with self.edits.lock:
            setattr(draft.contribution, name, value)
            self._record(
                draft, [{"op": "set", "c": draft.uid, "fields": {name: value}}], [Key("front", draft.uid)], TYPING_DELAY
            )

    @_edit
    def set_language(self, language: str) -> None:
        """The contribution's language: every word its exports write is in it (itu_wording.switch_language)."""
        draft = self._open()
        with self.edits.lock:
            switch_language(draft.contribution, language)
            front = records.front_dict(draft.contribution)
            self._record(draft, [{"op": "front", "c": draft.uid, "front": front}], [Key("front", draft.uid)])

    @_edit
    def add(self, proposal: Proposal) -> int:
        """Add a proposal at the end, with the next free number if it is the delegation's."""
        draft = self._open()
        proposal.uid = proposal.uid or new_uid()
        with self.edits.lock:
            draft.contribution.proposals.append(proposal)
            if proposal.auto_number:
                number_new(draft.contribution, proposal, self.source())
            index = len(draft.contribution.proposals) - 1
            self._record(
                draft,
                [{"op": "add", "c": draft.uid, "at": index, "proposal": proposal.to_dict()}],
                [Key("proposal", draft.uid, proposal.uid), Key("order", draft.uid)],
            )
        return index

    @_edit
    def remove(self, index: int) -> None:
        """Delete a proposal; the others keep their numbers (they may be cited already)."""
        draft = self._open()
        with self.edits.lock:
            proposal = draft.contribution.proposals.pop(index)
            draft.typed.pop(proposal.uid, None)
            self._redliners.pop(proposal.uid, None)
            self.drafts.journaled.pop(proposal.uid, None)
            self._record(
                draft,
                [{"op": "drop", "c": draft.uid, "p": proposal.uid}],
                [Key("drop", draft.uid, proposal.uid), Key("order", draft.uid)],
                forget=[Key("proposal", draft.uid, proposal.uid), Key("typed", draft.uid, proposal.uid)],
            )

    @_edit
    def move(self, index: int, to: int) -> None:
        """Move a proposal; the delegation's proposals are numbered by their new places."""
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            move_proposal(draft.contribution, index, to, self.source())
            entries = [{"op": "order", "c": draft.uid, "order": [p.uid for p in draft.contribution.proposals]}]
            entries += _number_entries(draft, before)
            self._record(draft, entries, [Key("order", draft.uid), *_proposal_keys(draft, entries)])

    @_edit
    def renumber(self) -> None:
        """Number the delegation's proposals by their places (asked for); imported numbers stay."""
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            renumber(draft.contribution, self.source())
            entries = _number_entries(draft, before)
            if entries:
                self._record(draft, entries, _proposal_keys(draft, entries))

    @_edit
    def update_proposal(self, index: int, **fields: Any) -> None:
        """Reasons, status, action, number of one proposal."""
        draft = self._open()
        unknown = set(fields) - set(PROPOSAL_FIELDS)
        if unknown:
            raise ValueError(f"not a proposal field: {', '.join(sorted(unknown))}")
        with self.edits.lock:
            proposal = draft.contribution.proposals[index]
            set_proposal_fields(proposal, fields)
            self._record(
                draft,
                [{"op": "fields", "c": draft.uid, "p": proposal.uid, "fields": fields}],
                [Key("proposal", draft.uid, proposal.uid)],
                TYPING_DELAY,
            )

    # -- typing ----------------------------------------------------------------------
    def typed_text(self, index: int) -> str | None:
        """Text typed in the proposal that did not read as a resolution when last seen."""
        draft = self._open()
        return draft.typed.get(draft.contribution.proposals[index].uid)

    def typing(self, index: int, text: str) -> Typed:
        """A pause in typing in proposal ``index``: read the text, then journal it
        and keep it (as the proposal's text, or as typed), and redline it."""
        draft = self._open()
        proposal = draft.contribution.proposals[index]
        try:
            res, error = parse_typed(text, proposal.resolution), ""
        except DelegateError as exc:
            res, error = None, exc.message
        with self.edits.lock:
            keys: list[Key] = []
            if res is None:
                if draft.typed.get(proposal.uid) != text:
                    draft.typed[proposal.uid] = text
                    keys.append(Key("typed", draft.uid, proposal.uid))
            else:
                if draft.typed.pop(proposal.uid, None) is not None:
                    keys.append(Key("typed", draft.uid, proposal.uid))
                if res != proposal.resolution:
                    proposal.resolution = res
                    keys.append(Key("proposal", draft.uid, proposal.uid))
            if keys:  # a text that changes nothing is not journaled: a journal holds only what the store may lack
                self._record(draft, [lambda: self.drafts.text_entry(draft.uid, proposal.uid, text)], keys, TYPING_DELAY)
        changed = Key("proposal", draft.uid, proposal.uid) in keys
        if changed:
            self._notify()
        return Typed(res, error, self.marks(index) if res is not None else None, changed)

    def marks(self, index: int) -> Redline | None:
        """The proposal's revision marks against its base (MODs with a base)."""
        draft = self._open()
        proposal = draft.contribution.proposals[index]
        if proposal.action not in terms.MARKED or proposal.base is None or proposal.resolution is None:
            return None
        redliner = self._redliners.get(proposal.uid)
        if redliner is None or redliner.base is not proposal.base:
            redliner = self._redliners[proposal.uid] = Redliner(proposal.base)  # the base is read once
        return redliner(proposal.resolution)

    def findings(self) -> list[Finding]:
        """The rules check of the open contribution, against what the library holds now."""
        if self.current is None:
            return []
        from .conference import conference_for_uid

        contrib = self.current.contribution
        newest, read_at = self._newest()
        key = (read_at, self.current.uid, contrib.header.meeting)
        if self._conference is None or self._conference[0] != key:  # read again only when something changed
            self._conference = (key, conference_for_uid(self.reader, self.current.uid, contrib.header.meeting))
        return check(contrib, newest, self._conference[1])

    def _newest(self) -> tuple[Newest, tuple[int, int]]:
        """The library's newest revisions, read again only when the store changed
        (an import, another window): the check runs after every edit. With them,
        the store's state they were read at."""
        version = self.reader.execute("PRAGMA data_version").fetchone()[0]
        if self._library is None or self._library[0] != (id(self.reader), version):
            self._library = ((id(self.reader), version), newest_revisions(self.reader))
        return self._library[1], self._library[0]

    # -- status, action, base and citations of one proposal ---------------------------------
    def _replace(self, draft: Draft, index: int, proposal: Proposal) -> None:
        """Record a proposal changed as a whole (its text, action or base) in
        place ``index``: the journal holds it whole (replayed as an "add" of the
        same id, which replaces it)."""
        draft.contribution.proposals[index] = proposal
        draft.typed.pop(proposal.uid, None)
        self.drafts.journaled.pop(proposal.uid, None)
        self._redliners.pop(proposal.uid, None)
        self._record(
            draft,
            [{"op": "add", "c": draft.uid, "at": index, "proposal": proposal.to_dict()}],
            [Key("proposal", draft.uid, proposal.uid), Key("typed", draft.uid, proposal.uid)],
        )

    def set_status(self, index: int, status: str, note: str = "", on: str = "") -> None:
        """Where proposal ``index`` stands (today unless ``on`` says)."""
        draft = self._open()
        with self.edits.lock:
            proposal = copy.copy(draft.contribution.proposals[index])
        set_status(proposal, status, note, on or date.today().isoformat())
        self.update_proposal(
            index, status=proposal.status, status_note=proposal.status_note, status_date=proposal.status_date
        )

    def loses_text(self, index: int, action: str) -> bool:
        return loses_text(self._open().contribution.proposals[index], action)

    @_edit
    def change_action(self, index: int, action: str) -> None:
        """Give proposal ``index`` another action (ask first when ``loses_text``)."""
        draft = self._open()
        with self.edits.lock:
            proposal = copy.deepcopy(draft.contribution.proposals[index])
            change_action(proposal, action)
            self._replace(draft, index, proposal)

    @_edit
    def change_base(self, index: int, version_id: int) -> str:
        """Mark proposal ``index`` against another library version; the newer
        revision the library holds, when it holds one ("" when this is the newest)."""
        draft = self._open()
        found = get_version(self.reader, version_id)
        if found is None:
            raise DelegateError("that version is no longer in the library")
        with self.edits.lock:
            proposal = copy.deepcopy(draft.contribution.proposals[index])
            change_base(proposal, found[1], version_id)
            self._replace(draft, index, proposal)
        return newer_than(self.reader, found[0])

    def update_references(self, index: int | None = None) -> list[tuple[Proposal, Update]]:
        """Bring the MODs' citations (of proposal ``index``, or all) up to the
        newest revisions in the library; what was changed."""
        draft = self._open()
        newest, _ = self._newest()
        changed: list[tuple[Proposal, Update]] = []
        with self.edits.lock:
            for n, original in enumerate(draft.contribution.proposals):
                if index is not None and n != index:
                    continue
                proposal = copy.deepcopy(original)
                updates = references_updated(proposal, newest)
                if updates:
                    self._replace(draft, n, proposal)
                    changed.extend((proposal, u) for u in updates)
        if changed:
            self._notify()
        return changed

    def snapshot(self) -> Contribution | None:
        """A copy of the open contribution for an export: the export may fill it
        in (bases from the library) without touching the draft."""
        with self.edits.lock:
            return copy.deepcopy(self.current.contribution) if self.current is not None else None

    def recovered(self) -> list[str]:
        """What a replay brought back, for the window to say: contribution labels."""
        with self.edits.lock:
            owners = {k.owner for k in self.edits.unsaved if k.kind not in ("position", "delete")}
            return [
                label(self.drafts.by_uid[u].contribution) or "untitled contribution"
                for u in owners
                if u in self.drafts.by_uid
            ]


def _numbers(contrib: Contribution) -> dict[str, tuple[str, str]]:
    return {p.uid: (p.number, p.resolution.number if p.resolution is not None else "") for p in contrib.proposals}


def _number_entries(draft: Draft, before: dict[str, tuple[str, str]]) -> list[Entry]:
    after = _numbers(draft.contribution)
    return [
        {"op": "fields", "c": draft.uid, "p": uid, "fields": {"number": number, "name": name}}
        for uid, (number, name) in after.items()
        if before.get(uid) != (number, name)
    ]


def _proposal_keys(draft: Draft, entries: list[Entry]) -> list[Key]:
    return [Key("proposal", draft.uid, e["p"]) for e in entries if e["op"] == "fields"]
