"""Drafting contributions: the open contribution and every edit made to it.

The window's views (Contribution, Draft) call this service and nothing else to
change a contribution; it holds the contributions in memory, records each edit
(journal first, then the unsaved records, see edits.py) and does the work of a
pause in typing: the text as typed is journaled, parsed, made the proposal's
text when it reads as a resolution (or kept as typed when it does not yet), and
redlined against the MOD's base. No Qt here: the command line and the tests
drive it directly, and ``ui/session.py`` adapts it to signals.

Records are named by their stable ids (contribution and proposal uids), never
by their places, so moving or deleting proposals cannot make one proposal's
text turn up in another, and a save writes only the records that changed.
"""
from __future__ import annotations

import copy
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..core.drafting import move as move_proposal
from ..core.drafting import number_new, refresh_numbers, renumber
from ..core.errors import DelegateError
from ..core.model import Contribution, ContributionHeader, Proposal, Resolution, new_uid
from ..core.redline import Redline, Redliner
from ..core.rules import Finding, check
from ..store import contributions as records
from ..store.database import Database
from ..store.library import list_contributions
from .edits import TYPING_DELAY, Edits, Entry, Key

log = logging.getLogger(__name__)

FRONT_FIELDS = ("abstract", "introduction")  # besides header.<field>
PROPOSAL_FIELDS = ("reasons", "status", "action", "number", "auto_number", "name")


def parse_typed(text: str) -> Resolution:
    """The editor's text as a resolution; DelegateError while it does not read as one."""
    from ..core.parse import parse_source
    from ..formats.text_reader import read_text

    doc = parse_source(read_text(text.encode("utf-8"), "draft.txt", markdown=False))
    if not isinstance(doc, Resolution):
        raise DelegateError("the text reads as a contribution, not one resolution")
    return doc


@dataclass
class Draft:
    """A contribution in memory, with what was typed in its proposals that does
    not read as a resolution yet (kept as typed)."""

    contribution: Contribution
    typed: dict[str, str | None] = field(default_factory=dict)
    preview: bool = False  # shown, never journaled nor saved (the screenshot's demo)

    @property
    def uid(self) -> str:
        return self.contribution.uid

    def find(self, puid: str) -> tuple[int, Proposal] | None:
        for index, proposal in enumerate(self.contribution.proposals):
            if proposal.uid == puid:
                return index, proposal
        return None


@dataclass(frozen=True)
class Typed:
    """What a pause in typing gave: the text read (or why not), and its marks."""

    resolution: Resolution | None
    error: str = ""
    redline: Redline | None = None


@dataclass(frozen=True)
class ContributionItem:
    uid: str
    label: str
    proposals: int


class _Kind:
    """One kind of record for edits.py: how it is read, written and journaled."""

    def __init__(self, order: int, row, write, entries):
        self.order, self.row, self._write, self.entries = order, row, write, entries

    def write(self, db: Database, key: Key, row: Any) -> None:
        if row is not None:
            self._write(db, row)


class Drafting:
    def __init__(self, edits: Edits, reader: Database):
        self.edits = edits
        self.reader = reader
        self.source = "ABC"  # the delegation's code in proposal numbers (a setting)
        self.drafts: dict[str, Draft] = {}
        self.current: Draft | None = None
        self._journaled: dict[str, str] = {}  # puid -> the text the journal last holds in full or by delta
        self._redliners: dict[str, Redliner] = {}
        self._register()

    # -- records -------------------------------------------------------------------
    def _register(self) -> None:
        e = self.edits
        e.register("front", _Kind(10, self._front_row, lambda db, row: records.write_front(db, row),
                                  self._front_entries))
        e.register("proposal", _Kind(20, self._proposal_row,
                                     lambda db, row: records.write_proposal(db, row[0], row[2], row[1]),
                                     self._proposal_entries))
        e.register("drop", _Kind(30, lambda key: key[2], records.delete_proposal,
                                 lambda key: [{"op": "drop", "c": key[1], "p": key[2]}]))
        e.register("order", _Kind(40, self._order_row, lambda db, row: records.write_order(db, *row),
                                  self._order_entries))
        e.register("prune", _Kind(45, self._order_row, lambda db, row: _prune(db, *row),
                                  lambda key: [{"op": "prune", "c": key[1], "keep": self._order_row(key)[1]}]
                                  if self._order_row(key) else []))
        e.register("typed", _Kind(50, self._typed_row, lambda db, row: records.write_typed(db, *row),
                                  self._typed_entries))
        e.register("delete", _Kind(60, lambda key: key[1], records.delete_contribution,
                                   lambda key: [{"op": "delete", "c": key[1]}]))
        for op, fn in (("front", self._replay_front), ("set", self._replay_set), ("add", self._replay_add),
                       ("fields", self._replay_fields), ("text", self._replay_text),
                       ("order", self._replay_order), ("drop", self._replay_drop),
                       ("prune", self._replay_prune), ("delete", self._replay_delete)):
            e.replayer(op, fn)
        e.on_compact.append(self._journaled.clear)

    def _front_row(self, key: Key):
        draft = self.drafts.get(key[1])
        return records.front_row(draft.contribution) if draft is not None else None

    def _front_entries(self, key: Key) -> list[Entry]:
        draft = self.drafts.get(key[1])
        return [{"op": "front", "c": key[1], "front": _front(draft.contribution)}] if draft is not None else []

    def _proposal(self, key: Key) -> tuple[int, Proposal] | None:
        draft = self.drafts.get(key[1])
        return draft.find(key[2]) if draft is not None else None

    def _proposal_row(self, key: Key):
        found = self._proposal(key)
        return (key[1], found[0] + 1, records.proposal_row(found[1])) if found is not None else None

    def _proposal_entries(self, key: Key) -> list[Entry]:
        found = self._proposal(key)
        if found is None:
            return []
        return [{"op": "add", "c": key[1], "at": found[0], "proposal": found[1].to_dict()}]

    def _order_row(self, key: Key):
        draft = self.drafts.get(key[1])
        return (key[1], [p.uid for p in draft.contribution.proposals]) if draft is not None else None

    def _order_entries(self, key: Key) -> list[Entry]:
        row = self._order_row(key)
        return [{"op": "order", "c": key[1], "order": row[1]}] if row is not None else []

    def _typed_row(self, key: Key):
        draft = self.drafts.get(key[1])
        return (key[2], draft.typed.get(key[2])) if draft is not None and draft.find(key[2]) else None

    def _typed_entries(self, key: Key) -> list[Entry]:
        row = self._typed_row(key)
        return [{"op": "text", "c": key[1], "p": key[2], "text": row[1], "kept": True}] if row else []

    # -- opening -------------------------------------------------------------------
    def _load(self, uid: str) -> Draft | None:
        if uid in self.drafts:
            return self.drafts[uid]
        contrib = records.load_contribution(self.reader, uid)
        if contrib is None:
            return None
        _link_bases(self.reader, contrib)
        draft = Draft(contrib, {p.uid: records.read_typed(self.reader, p.uid) for p in contrib.proposals})
        draft.typed = {k: v for k, v in draft.typed.items() if v is not None}
        self.drafts[uid] = draft
        return draft

    def open(self, uid: str) -> bool:
        """Make a stored (or still unsaved) contribution the open one."""
        with self.edits.lock:
            draft = self._load(uid)
            if draft is None:
                return False
            self._leave()
            self.current = draft
        return True

    def close(self) -> None:
        with self.edits.lock:
            self._leave()
            self.current = None

    def _leave(self) -> None:
        """The open contribution stops being open; in memory only while it has unsaved records."""
        old = self.current
        if old is not None and not any(key[1] == old.uid for key in self.edits.unsaved):
            self.drafts.pop(old.uid, None)
            for p in old.contribution.proposals:
                self._redliners.pop(p.uid, None)

    def new(self, header: ContributionHeader | None = None, language: str = "en") -> str:
        contrib = Contribution(header=header or ContributionHeader(), uid=new_uid(), language=language)
        with self.edits.lock:
            self._leave()
            self.current = self.drafts[contrib.uid] = Draft(contrib)
        self._record(self.current, [{"op": "front", "c": contrib.uid, "front": _front(contrib)}],
                     [("front", contrib.uid)])
        return contrib.uid

    def preview(self, contrib: Contribution) -> None:
        """Show a contribution that is never journaled nor saved (the screenshot's demo)."""
        with self.edits.lock:
            self._leave()
            self.current = Draft(contrib, preview=True)

    def _record(self, draft: Draft, entries, keys, delay: float = 0.0, forget=()) -> None:
        if not draft.preview:
            self.edits.record(entries, keys, delay, forget)

    def delete(self) -> None:
        """Delete the open contribution, its proposals and what was typed in them."""
        draft = self.current
        if draft is None:
            return
        with self.edits.lock:
            self.current = None
            self.drafts.pop(draft.uid, None)
            forget = [k for k in self.edits.unsaved if len(k) > 1 and k[1] == draft.uid]
        self._record(draft, [{"op": "delete", "c": draft.uid}], [("delete", draft.uid)], forget=forget)

    @property
    def contribution(self) -> Contribution | None:
        return self.current.contribution if self.current is not None else None

    def contributions(self) -> list[ContributionItem]:
        """The stored contributions and those not saved yet, the unsaved state winning."""
        items: dict[str, ContributionItem] = {}
        for row in list_contributions(self.reader):
            items[row["uid"]] = ContributionItem(row["uid"], row["document"] or row["title"], row["proposals"])
        with self.edits.lock:
            deleted = {k[1] for k in self.edits.unsaved if k[0] == "delete"}
            for uid, draft in self.drafts.items():
                h = draft.contribution.header
                items[uid] = ContributionItem(uid, h.document or h.title, len(draft.contribution.proposals))
        return [item for uid, item in items.items() if uid not in deleted]

    # -- edits of the open contribution -----------------------------------------------
    def _open(self) -> Draft:
        if self.current is None:
            raise DelegateError("no contribution is open")
        return self.current

    def set_header(self, **fields: str) -> None:
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            for name, value in fields.items():
                setattr(draft.contribution.header, name, value)
            refresh_numbers(draft.contribution, self.source)
            entries = [{"op": "set", "c": draft.uid, "fields": {f"header.{k}": v for k, v in fields.items()}}]
            entries += self._number_entries(draft, before)
        self._record(draft, entries, [("front", draft.uid), *self._proposal_keys(draft, entries)], TYPING_DELAY)

    def set_text(self, name: str, value: str) -> None:
        """The abstract or the introduction."""
        if name not in FRONT_FIELDS:
            raise ValueError(name)
        draft = self._open()
        with self.edits.lock:
            setattr(draft.contribution, name, value)
        self._record(draft, [{"op": "set", "c": draft.uid, "fields": {name: value}}], [("front", draft.uid)],
                     TYPING_DELAY)

    def add(self, proposal: Proposal) -> int:
        """Add a proposal at the end, with the next free number if it is the delegation's."""
        draft = self._open()
        proposal.uid = proposal.uid or new_uid()
        with self.edits.lock:
            draft.contribution.proposals.append(proposal)
            if proposal.auto_number:
                number_new(draft.contribution, proposal, self.source)
            index = len(draft.contribution.proposals) - 1
            entry = {"op": "add", "c": draft.uid, "at": index, "proposal": proposal.to_dict()}
        self._record(draft, [entry], [("proposal", draft.uid, proposal.uid), ("order", draft.uid)])
        return index

    def remove(self, index: int) -> None:
        """Delete a proposal; the others keep their numbers (they may be cited already)."""
        draft = self._open()
        with self.edits.lock:
            proposal = draft.contribution.proposals.pop(index)
            draft.typed.pop(proposal.uid, None)
            self._redliners.pop(proposal.uid, None)
            self._journaled.pop(proposal.uid, None)
            forget = [("proposal", draft.uid, proposal.uid), ("typed", draft.uid, proposal.uid)]
        self._record(draft, [{"op": "drop", "c": draft.uid, "p": proposal.uid}],
                     [("drop", draft.uid, proposal.uid), ("order", draft.uid)], forget=forget)

    def move(self, index: int, to: int) -> None:
        """Move a proposal; the delegation's proposals are numbered by their new places."""
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            move_proposal(draft.contribution, index, to, self.source)
            entries = [{"op": "order", "c": draft.uid, "order": [p.uid for p in draft.contribution.proposals]}]
            entries += self._number_entries(draft, before)
        self._record(draft, entries, [("order", draft.uid), *self._proposal_keys(draft, entries)])

    def renumber(self) -> None:
        """Number the delegation's proposals by their places (asked for); imported numbers stay."""
        draft = self._open()
        with self.edits.lock:
            before = _numbers(draft.contribution)
            renumber(draft.contribution, self.source)
            entries = self._number_entries(draft, before)
        if entries:
            self._record(draft, entries, self._proposal_keys(draft, entries))

    def update_proposal(self, index: int, **fields: Any) -> None:
        """Reasons, status, action, number of one proposal."""
        draft = self._open()
        unknown = set(fields) - set(PROPOSAL_FIELDS)
        if unknown:
            raise ValueError(f"not a proposal field: {', '.join(sorted(unknown))}")
        with self.edits.lock:
            proposal = draft.contribution.proposals[index]
            _set_fields(proposal, fields)
        self._record(draft, [{"op": "fields", "c": draft.uid, "p": proposal.uid, "fields": fields}],
                     [("proposal", draft.uid, proposal.uid)], TYPING_DELAY)

    def _number_entries(self, draft: Draft, before: dict[str, tuple[str, str]]) -> list[Entry]:
        after = _numbers(draft.contribution)
        return [{"op": "fields", "c": draft.uid, "p": uid, "fields": {"number": number, "name": name}}
                for uid, (number, name) in after.items() if before.get(uid) != (number, name)]

    @staticmethod
    def _proposal_keys(draft: Draft, entries: list[Entry]) -> list[Key]:
        return [("proposal", draft.uid, e["p"]) for e in entries if e["op"] == "fields"]

    # -- typing ----------------------------------------------------------------------
    def typed_text(self, index: int) -> str | None:
        """Text typed in the proposal that did not read as a resolution when last seen."""
        draft = self._open()
        return draft.typed.get(draft.contribution.proposals[index].uid)

    def typing(self, index: int, text: str) -> Typed:
        """A pause in typing in proposal ``index``: journal the text, read it, keep
        it, and redline it against the base."""
        draft = self._open()
        proposal = draft.contribution.proposals[index]
        self._record(draft, [lambda: self._text_entry(draft.uid, proposal.uid, text)], [])
        try:
            res = parse_typed(text)
        except DelegateError as exc:
            with self.edits.lock:
                changed = draft.typed.get(proposal.uid) != text
                draft.typed[proposal.uid] = text
            if changed:
                self._record(draft, [], [("typed", draft.uid, proposal.uid)], TYPING_DELAY)
            return Typed(None, exc.message)
        with self.edits.lock:
            keys: list[Key] = []
            if draft.typed.pop(proposal.uid, None) is not None:
                keys.append(("typed", draft.uid, proposal.uid))
            if res != proposal.resolution:
                proposal.resolution = res
                keys.append(("proposal", draft.uid, proposal.uid))
        if keys:
            self._record(draft, [], keys, TYPING_DELAY)
        return Typed(res, "", self.marks(index))

    def _text_entry(self, cuid: str, puid: str, text: str) -> Entry:
        """The text for the journal: in full the first time, then only what changed."""
        with self.edits.lock:
            old = self._journaled.get(puid)
            self._journaled[puid] = text
        if old is None:
            return {"op": "text", "c": cuid, "p": puid, "text": text}
        start = 0
        limit = min(len(old), len(text))
        while start < limit and old[start] == text[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == text[-1 - end]:
            end += 1
        return {"op": "text", "c": cuid, "p": puid, "at": start, "cut": len(old) - start - end,
                "put": text[start:len(text) - end]}

    def marks(self, index: int) -> Redline | None:
        """The proposal's revision marks against its base (MODs with a base)."""
        draft = self._open()
        proposal = draft.contribution.proposals[index]
        if proposal.action not in ("MOD", "(MOD)") or proposal.base is None or proposal.resolution is None:
            return None
        redliner = self._redliners.get(proposal.uid)
        if redliner is None or redliner.base is not proposal.base:
            redliner = self._redliners[proposal.uid] = Redliner(proposal.base)  # the base is read once
        return redliner(proposal.resolution)

    def findings(self) -> list[Finding]:
        return check(self.current.contribution) if self.current is not None else []

    def snapshot(self) -> Contribution | None:
        """A copy of the open contribution for an export: the export may fill it
        in (bases from the library) without touching the draft."""
        with self.edits.lock:
            return copy.deepcopy(self.current.contribution) if self.current is not None else None

    # -- the store replaced under the window ----------------------------------------------
    def differs_from_store(self) -> bool:
        """Whether the open contribution as shown is not what the (restored) store holds."""
        draft = self.current
        if draft is None:
            return False
        stored = records.load_contribution(self.reader, draft.uid)
        if stored is None:
            return True
        with self.edits.lock:
            return records.front_row(stored) != records.front_row(draft.contribution) or \
                [records.proposal_row(p) for p in stored.proposals] != \
                [records.proposal_row(p) for p in draft.contribution.proposals]

    def keep_mine(self) -> None:
        """Write the open contribution as shown into the restored store (nothing
        else of the restore is undone)."""
        draft = self.current
        if draft is None:
            return
        with self.edits.lock:
            keys: list[Key] = [("front", draft.uid), ("order", draft.uid), ("prune", draft.uid)]
            keys += [("proposal", draft.uid, p.uid) for p in draft.contribution.proposals]
            keys += [("typed", draft.uid, uid) for uid in draft.typed]
            self.edits.mark(keys)
        self.edits.compact()

    def take_restored(self) -> None:
        """Show the open contribution as the restored store has it. The delegate's
        version is not thrown away: it becomes a contribution of its own (a copy
        with new ids), so nothing typed is lost whichever copy is chosen."""
        draft = self.current
        if draft is None:
            return
        mine = copy.deepcopy(draft.contribution)
        mine.uid = new_uid()
        for proposal in mine.proposals:
            proposal.uid = new_uid()
        typed = {new.uid: draft.typed[old.uid] for old, new in zip(draft.contribution.proposals, mine.proposals)
                 if draft.typed.get(old.uid) is not None}
        with self.edits.lock:
            self.edits.discard([k for k in self.edits.unsaved if len(k) > 1 and k[1] == draft.uid])
            self.drafts[mine.uid] = Draft(mine, typed)
            keys: list[Key] = [("front", mine.uid), ("order", mine.uid)]
            keys += [("proposal", mine.uid, p.uid) for p in mine.proposals]
            keys += [("typed", mine.uid, uid) for uid in typed]
            self.edits.mark(keys)
            self.drafts.pop(draft.uid, None)
            self.current = None
            for p in draft.contribution.proposals:
                self._redliners.pop(p.uid, None)
            self.open(draft.uid)

    # -- replaying the journal of an earlier session -------------------------------------
    def _replay_draft(self, cuid: str, create: bool = False) -> Draft | None:
        draft = self._load(cuid)
        if draft is None and create:
            draft = self.drafts[cuid] = Draft(Contribution(uid=cuid))
        return draft

    def _replay_front(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"], create=True)
        front = Contribution.from_dict({**e["front"], "proposals": []})
        front.uid, front.proposals = draft.uid, draft.contribution.proposals
        draft.contribution = front
        self.edits.mark([("front", draft.uid)])

    def _replay_set(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"], create=True)
        for name, value in e["fields"].items():
            if name.startswith("header."):
                setattr(draft.contribution.header, name[len("header."):], value)
            elif name in FRONT_FIELDS:
                setattr(draft.contribution, name, value)
        self.edits.mark([("front", draft.uid)])

    def _replay_add(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"], create=True)
        proposal = Proposal.from_dict(e["proposal"])
        found = draft.find(proposal.uid)
        if found is not None:
            draft.contribution.proposals[found[0]] = proposal
        else:
            draft.contribution.proposals.insert(min(e.get("at", 10**6), len(draft.contribution.proposals)),
                                                proposal)
        self.edits.mark([("proposal", draft.uid, proposal.uid), ("order", draft.uid)])

    def _replay_fields(self, e: Entry) -> None:
        found = self._replay_proposal(e)
        if found is not None:
            _set_fields(found[1], e["fields"])
            self.edits.mark([("proposal", e["c"], e["p"])])

    def _replay_proposal(self, e: Entry) -> tuple[int, Proposal] | None:
        draft = self._replay_draft(e["c"])
        return draft.find(e["p"]) if draft is not None else None

    def _replay_text(self, e: Entry) -> None:
        found = self._replay_proposal(e)
        if found is None:
            return
        draft, proposal = self.drafts[e["c"]], found[1]
        if "text" in e:
            text = e["text"]
        else:
            old = self._journaled.get(proposal.uid)
            if old is None:
                raise ValueError("a change to a text the journal does not hold")
            text = old[:e["at"]] + e["put"] + old[e["at"] + e["cut"]:]
        self._journaled[proposal.uid] = text
        if text is None:
            draft.typed.pop(proposal.uid, None)
        else:
            try:
                proposal.resolution = parse_typed(text)
                draft.typed.pop(proposal.uid, None)
                self.edits.mark([("proposal", draft.uid, proposal.uid)])
            except DelegateError:
                draft.typed[proposal.uid] = text
        self.edits.mark([("typed", draft.uid, proposal.uid)])

    def _replay_order(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        if draft is not None:
            _reorder(draft, e["order"])
            self.edits.mark([("order", draft.uid)])

    def _replay_drop(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        if draft is not None:
            found = draft.find(e["p"])
            if found is not None:
                del draft.contribution.proposals[found[0]]
            draft.typed.pop(e["p"], None)
            for key in (("proposal", draft.uid, e["p"]), ("typed", draft.uid, e["p"])):
                self.edits.unsaved.pop(key, None)
        self.edits.mark([("drop", e["c"], e["p"])])

    def _replay_prune(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        if draft is not None:
            self.edits.mark([("prune", draft.uid)])

    def _replay_delete(self, e: Entry) -> None:
        self.drafts.pop(e["c"], None)
        for key in [k for k in self.edits.unsaved if len(k) > 1 and k[1] == e["c"]]:
            del self.edits.unsaved[key]
        self.edits.mark([("delete", e["c"])])

    def recovered(self) -> list[str]:
        """What the replay brought back, for the window to say: contribution labels."""
        with self.edits.lock:
            uids = {k[1] for k in self.edits.unsaved if k[0] != "position" and k[0] != "delete"}
            return [(self.drafts[u].contribution.header.document or self.drafts[u].contribution.header.title
                     or "untitled contribution") for u in uids if u in self.drafts]


def _front(contrib: Contribution) -> dict[str, Any]:
    front = contrib.to_dict()
    front["proposals"] = []
    front.pop("uid", None)
    return front


def _numbers(contrib: Contribution) -> dict[str, tuple[str, str]]:
    return {p.uid: (p.number, p.resolution.number if p.resolution is not None else "") for p in contrib.proposals}


def _set_fields(proposal: Proposal, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name == "name":  # a draft new resolution's name, "[RCC-1]"
            if proposal.resolution is not None and value:
                proposal.resolution.number = value
        elif name in PROPOSAL_FIELDS:
            setattr(proposal, name, value)


def _reorder(draft: Draft, uids: Iterable[str]) -> None:
    by_uid = {p.uid: p for p in draft.contribution.proposals}
    ordered = [by_uid.pop(uid) for uid in uids if uid in by_uid]
    draft.contribution.proposals = ordered + list(by_uid.values())


def _prune(db: Database, contribution_uid: str, keep: list[str]) -> None:
    """Delete the contribution's stored proposals that the window does not show."""
    rows = db.execute("SELECT p.uid FROM proposals p JOIN contributions c ON c.id = p.contribution_id "
                      "WHERE c.uid = ?", [contribution_uid]).fetchall()
    for (uid,) in rows:
        if uid not in keep:
            records.delete_proposal(db, uid)


def _link_bases(db: Database, contrib: Contribution) -> None:
    """A proposal stored with only its base's library id gets the text back."""
    from ..store.library import get_version

    for proposal in contrib.proposals:
        if proposal.base is None and proposal.base_version is not None:
            found = get_version(db, proposal.base_version)
            if found is not None:
                proposal.base = found[1]
