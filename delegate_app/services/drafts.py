"""Contributions in memory, as the drafting service holds them: how each of
their records is written to the store, described in the journal, and put back
from the journal of a session that ended before the store had it.

The records of a contribution are its front (header, abstract, attachments),
each proposal, the proposals' order, the text typed in a proposal that does
not read as a resolution yet, a proposal deleted, the proposals pruned to
those shown (after a restore), and the contribution deleted. Each is named by
a ``Key`` of its kind, the contribution's id and the proposal's id.

Journal entries ("ops") are what the delegate did, in the terms replay needs:
``front`` (the whole front), ``set`` (fields of it), ``add`` (a whole proposal
at a place), ``fields`` (fields of a proposal), ``text`` (the text typed in a
proposal, whole or as the difference from the last one), ``order``, ``drop``,
``prune``, ``delete``.

Each write is made only over the version of its row the window's copy is based
on (edits.py): a contribution's front over its row's version, a proposal and
the text typed in it over the proposal's. When the store holds a newer one the
delegate's is kept as a copy beside it (copies.py); a proposal or contribution
deleted here but changed elsewhere meanwhile is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import DelegateError
from ..core.model import Contribution, Proposal, Resolution
from ..store import contributions as records
from ..store.contributions import front_key, proposal_key
from ..store.database import Database
from .copies import Moved, ReplayCopies, settle
from .edits import Edits, Entry, Key, Writer, Written
from .library import as_store_errors

log = logging.getLogger(__name__)

FRONT_FIELDS = ("abstract", "introduction")  # besides header.<field>
PROPOSAL_FIELDS = ("reasons", "status", "status_date", "status_note", "action", "number", "auto_number", "name")


def parse_typed(text: str, shown: Resolution | None = None) -> Resolution:
    """The editor's text as a resolution; DelegateError while it does not read as one.
    ``shown`` is the text the editor was given: its figures, which the editor shows
    as "[Figure N]", are put back where those lines still stand (typing never
    deletes a figure nobody touched)."""
    from ..core.parse import parse_source
    from ..formats.text_reader import read_text
    from ..formats.text_writer import carry_figures

    doc = parse_source(read_text(text.encode("utf-8"), "draft.txt", markdown=False, repairs=False))
    if not isinstance(doc, Resolution):
        raise DelegateError("the text reads as a contribution, not one resolution")
    if shown is not None:
        carry_figures(doc, shown)
    return doc


def label(contrib: Contribution) -> str:
    """What a contribution is called in lists: its document, else its title."""
    return contrib.header.document or contrib.header.title


@dataclass
class Draft:
    """A contribution in memory, with what was typed in its proposals that does
    not read as a resolution yet (kept as typed)."""

    contribution: Contribution
    typed: dict[str, str] = field(default_factory=dict)
    preview: bool = False  # shown, never journaled nor saved (the screenshot's demo)

    @property
    def uid(self) -> str:
        return self.contribution.uid

    def find(self, puid: str) -> tuple[int, Proposal] | None:
        for index, proposal in enumerate(self.contribution.proposals):
            if proposal.uid == puid:
                return index, proposal
        return None


class _Kind:
    def __init__(
        self,
        order: int,
        write: Callable[[Key], Writer | None],
        entries: Callable[[Key], list[Entry]],
        settle: Callable[[Key, Any], object | None],
    ) -> None:
        self.order, self.write, self.entries, self.settle = order, write, entries, settle


class Drafts:
    """The contributions in memory, by id, and their records for edits.py."""

    def __init__(self, edits: Edits, reader: Database):
        self.edits, self.reader = edits, reader
        self.by_uid: dict[str, Draft] = {}
        self.journaled: dict[str, str] = {}  # proposal id -> the text the journal holds, whole or by difference
        self.deleted: dict[str, dict[str, int | None]] = {}  # contribution deleted -> its proposals' versions
        # replay: proposal id -> (contribution id, texts; None where what was kept as typed was cleared)
        self._texts: dict[str, tuple[str, list[str | None]]] = {}
        for kind, order, write, entries in (
            ("front", 10, self._write_front, self._front_entries),
            ("proposal", 20, self._write_proposal, self._proposal_entries),
            ("drop", 30, self._write_drop, lambda key: [{"op": "drop", "c": key.owner, "p": key.item}]),
            ("order", 40, self._write_order, self._order_entries),
            ("prune", 45, self._write_prune, self._prune_entries),
            ("typed", 50, self._write_typed, self._typed_entries),
            ("delete", 60, self._write_delete, self._delete_entries),
        ):
            edits.register(kind, _Kind(order, write, entries, lambda key, moved: settle(self, key, moved)))
        for op in ("front", "set", "add", "fields", "text", "order", "drop", "prune", "delete"):
            edits.replayer(op, getattr(self, f"_replay_{op}"), _ROWS.get(op))
        edits.readers["c"] = lambda row: records.contribution_rev(self.reader, row[2:])
        edits.readers["p"] = lambda row: records.proposal_rev(self.reader, row[2:])
        edits.copiers.append(lambda moved: ReplayCopies(self, moved))
        edits.on_compact.append(self.journaled.clear)
        edits.on_replayed.append(self._parse_replayed)

    # -- loading -------------------------------------------------------------------
    @as_store_errors
    def load(self, uid: str) -> Draft | None:
        """The contribution in memory (as edited), else as stored; None when it
        is not there, or its deletion is not saved yet."""
        if uid in self.by_uid:
            return self.by_uid[uid]
        if Key("delete", uid) in self.edits.unsaved:
            return None
        revs: dict[str, int | None] = {}
        with records.snapshot(self.reader):  # the rows, their versions and what was typed in them: one state
            contrib = records.load_contribution(self.reader, uid, revs)
            if contrib is None:
                return None
            for proposal in contrib.proposals:  # a proposal stored with only its base's library id
                if proposal.base is None and proposal.base_version is not None:
                    from .library import text_of

                    proposal.base = text_of(self.reader, proposal.base_version)
            typed = {p.uid: records.read_typed(self.reader, p.uid) for p in contrib.proposals}
        draft = self.by_uid[uid] = Draft(contrib, {k: v for k, v in typed.items() if v is not None})
        self.edits.bases.update(revs)
        return draft

    def _draft(self, key: Key) -> Draft | None:
        draft = self.by_uid.get(key.owner)
        if draft is None:
            log.warning("%s record of a contribution not in memory (%s): nothing written", key.kind, key.owner)
        return draft

    # -- writing (edits.RecordKind) --------------------------------------------------
    def _write_front(self, key: Key) -> Writer | None:
        draft = self._draft(key)
        if draft is None:
            return None
        row, name = records.front_row(draft.contribution), front_key(key.owner)
        base, edits = self.edits.bases.get(name), self.edits

        def write(db: Database) -> Written:
            stored = records.contribution_rev(db, key.owner)
            if not edits.based(name, base, stored):
                if records.stored_front(db, key.owner) == row.data:  # the store holds what we have already
                    return Written({name: stored})
                revs: dict[str, int | None] = {}
                theirs = records.load_contribution(db, key.owner, revs)
                typed = {p.uid: records.read_typed(db, p.uid) for p in theirs.proposals} if theirs else {}
                return Written(conflict=Moved("front", (theirs, revs, typed)))
            records.write_front(db, row)
            return Written({name: records.contribution_rev(db, key.owner)})

        return write

    def _write_proposal(self, key: Key) -> Writer | None:
        draft = self._draft(key)
        found = draft.find(key.item) if draft is not None else None
        if draft is None or found is None:
            return None
        row, seq, front = records.proposal_row(found[1]), found[0] + 1, records.front_row(draft.contribution)
        name, base, edits = proposal_key(key.item), self.edits.bases.get(proposal_key(key.item)), self.edits

        def write(db: Database) -> Written:
            stored = records.stored_proposal(db, key.item)
            if not edits.based(name, base, stored.rev if stored else None):
                if stored is not None and stored.data == row.data:
                    return Written({name: stored.rev})
                return Written(conflict=Moved("proposal", stored))
            bases: dict[str, int | None] = {}
            if not records.contribution_exists(db, key.owner):
                records.write_front(db, front)  # deleted meanwhile (another window): the proposal keeps it
                bases[front_key(key.owner)] = records.contribution_rev(db, key.owner)
            records.write_proposal(db, key.owner, row, seq)
            bases[name] = records.proposal_rev(db, key.item)
            return Written(bases)

        return write

    def _write_drop(self, key: Key) -> Writer:
        name, base, edits = proposal_key(key.item), self.edits.bases.get(proposal_key(key.item)), self.edits

        def write(db: Database) -> Written | None:
            stored = records.stored_proposal(db, key.item)
            if stored is None:
                return None
            if not edits.based(name, base, stored.rev):  # changed elsewhere since: not deleted
                return Written(conflict=Moved("drop", stored))
            records.delete_proposal(db, key.item)
            return Written({name: None})

        return write

    def _write_delete(self, key: Key) -> Writer:
        bases, edits = dict(self.edits.bases), self.edits

        def write(db: Database) -> Written | None:
            name = front_key(key.owner)
            stored = records.contribution_rev(db, key.owner)
            if stored is None:
                return None
            if not edits.based(name, bases.get(name), stored) or any(
                not edits.based(proposal_key(uid), bases.get(proposal_key(uid)), rev)
                for uid, rev in records.proposal_revs(db, key.owner).items()
            ):  # changed elsewhere since it was deleted here: kept
                return Written(conflict=Moved("delete", records.contribution_label(db, key.owner)))
            records.delete_contribution(db, key.owner)
            return Written({name: None})

        return write

    def _order_uids(self, key: Key) -> list[str] | None:
        draft = self._draft(key)
        return [p.uid for p in draft.contribution.proposals] if draft is not None else None

    def _write_order(self, key: Key) -> Writer | None:
        uids = self._order_uids(key)
        return (lambda db: records.write_order(db, key.owner, uids)) if uids is not None else None

    def _write_prune(self, key: Key) -> Writer | None:
        """The stored proposals not shown go, but only those the window knows as
        they are stored: one made or changed elsewhere meanwhile stays."""
        uids = self._order_uids(key)
        if uids is None:
            return None
        bases, edits = dict(self.edits.bases), self.edits

        def write(db: Database) -> None:
            known = [
                uid
                for uid, rev in records.proposal_revs(db, key.owner).items()
                if uid in uids or not edits.based(proposal_key(uid), bases.get(proposal_key(uid)), rev)
            ]
            records.prune_proposals(db, key.owner, known)

        return write

    def _write_typed(self, key: Key) -> Writer | None:
        draft = self._draft(key)
        if draft is None or draft.find(key.item) is None:
            return None
        text = draft.typed.get(key.item)
        name, base, edits = proposal_key(key.item), self.edits.bases.get(proposal_key(key.item)), self.edits

        def write(db: Database) -> Written:
            stored = records.stored_proposal(db, key.item)
            if not edits.based(name, base, stored.rev if stored else None):
                if stored is not None and stored.typed == text:
                    return Written({name: stored.rev})
                return Written(conflict=Moved("proposal", stored))
            records.write_typed(db, key.item, text)
            return Written({name: records.proposal_rev(db, key.item)} if stored is not None else {})

        return write

    # -- the journal in full (edits.RecordKind) ---------------------------------------
    def _front_entries(self, key: Key) -> list[Entry]:
        draft = self.by_uid.get(key.owner)
        return [{"op": "front", "c": key.owner, "front": records.front_dict(draft.contribution)}] if draft else []

    def _proposal_entries(self, key: Key) -> list[Entry]:
        draft = self.by_uid.get(key.owner)
        found = draft.find(key.item) if draft is not None else None
        return [{"op": "add", "c": key.owner, "at": found[0], "proposal": found[1].to_dict()}] if found else []

    def _order_entries(self, key: Key) -> list[Entry]:
        uids = self._order_uids(key)
        return [{"op": "order", "c": key.owner, "order": uids}] if uids is not None else []

    def _prune_entries(self, key: Key) -> list[Entry]:
        uids = self._order_uids(key)
        return [{"op": "prune", "c": key.owner, "keep": uids}] if uids is not None else []

    def _delete_entries(self, key: Key) -> list[Entry]:
        return [{"op": "delete", "c": key.owner, "proposals": self.deleted.get(key.owner, {})}]

    def _typed_entries(self, key: Key) -> list[Entry]:
        draft = self.by_uid.get(key.owner)
        if draft is None or draft.find(key.item) is None:
            return []
        return [{"op": "text", "c": key.owner, "p": key.item, "text": draft.typed.get(key.item), "kept": True}]

    def text_entry(self, cuid: str, puid: str, text: str) -> Entry:
        """A text for the journal: whole the first time in a journal, then what changed."""
        old = self.journaled.get(puid)
        self.journaled[puid] = text
        if old is None:
            return {"op": "text", "c": cuid, "p": puid, "text": text}
        start, limit = 0, min(len(old), len(text))
        while start < limit and old[start] == text[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == text[-1 - end]:
            end += 1
        return {
            "op": "text",
            "c": cuid,
            "p": puid,
            "at": start,
            "cut": len(old) - start - end,
            "put": text[start : len(text) - end],
        }

    # -- replaying an earlier session's journal -------------------------------------------
    def _replay_draft(self, cuid: str) -> Draft:
        """The contribution an entry is about: in memory or stored, else made again
        (another window deleted it meanwhile; the store needs a row for it)."""
        draft = self.load(cuid)
        if draft is None:
            draft = self.by_uid[cuid] = Draft(Contribution(uid=cuid))
            self.edits.mark([Key("front", cuid)])
        return draft

    def _replay_front(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        front = Contribution.from_dict({**e["front"], "proposals": []})
        front.uid, front.proposals = draft.uid, draft.contribution.proposals
        draft.contribution = front
        self.edits.mark([Key("front", draft.uid)])

    def _replay_set(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        set_front_fields(draft.contribution, e["fields"])
        self.edits.mark([Key("front", draft.uid)])

    def _replay_add(self, e: Entry) -> None:
        draft = self._replay_draft(e["c"])
        proposal = Proposal.from_dict(e["proposal"])
        found = draft.find(proposal.uid)
        if found is not None:
            draft.contribution.proposals[found[0]] = proposal
        else:
            draft.contribution.proposals.insert(min(e.get("at", 10**6), len(draft.contribution.proposals)), proposal)
        self._texts.pop(proposal.uid, None)  # the whole proposal: the texts typed before it are in it
        self.edits.mark([Key("proposal", draft.uid, proposal.uid), Key("order", draft.uid)])

    def _replay_proposal(self, e: Entry) -> tuple[Draft, Proposal]:
        """The draft and proposal an entry is about. A contribution another window
        deleted meanwhile is made again around what the entry holds (as a live
        save does): nothing the delegate typed is dropped."""
        draft = self._replay_draft(e["c"])
        found = draft.find(e["p"])
        if found is None:
            proposal = Proposal(action="MOD", uid=e["p"])
            draft.contribution.proposals.append(proposal)
            self.edits.mark([Key("proposal", draft.uid, proposal.uid), Key("order", draft.uid)])
            return draft, proposal
        return draft, found[1]

    def _replay_fields(self, e: Entry) -> None:
        draft, proposal = self._replay_proposal(e)
        set_proposal_fields(proposal, e["fields"])
        self.edits.mark([Key("proposal", draft.uid, proposal.uid)])

    def _replay_text(self, e: Entry) -> None:
        """A text as typed. Texts are read when the replay ends, not one by one (a
        session may have journaled hundreds of pauses of one text): the
        proposal's text is then the last of them that reads as a resolution, and
        the last, if it does not, is kept as typed."""
        draft, proposal = self._replay_proposal(e)
        if "text" in e:
            text = e["text"]
        else:
            old = self.journaled.get(proposal.uid)
            if old is None:
                raise ValueError("a change to a text the journal does not hold")
            text = old[: e["at"]] + e["put"] + old[e["at"] + e["cut"] :]
        if text is None:  # what was kept as typed was cleared
            self.journaled.pop(proposal.uid, None)
            draft.typed.pop(proposal.uid, None)
            if proposal.uid in self._texts:
                self._texts[proposal.uid][1].append(None)
            self.edits.mark([Key("typed", draft.uid, proposal.uid)])
            return
        self.journaled[proposal.uid] = text
        self._texts.setdefault(proposal.uid, (draft.uid, []))[1].append(text)

    def _parse_replayed(self) -> None:
        for puid, (cuid, texts) in self._texts.items():
            draft = self.by_uid.get(cuid)
            found = draft.find(puid) if draft is not None else None
            if draft is None or found is None:
                continue
            last = True
            for text in reversed(texts):
                if text is None:  # cleared: nothing kept as typed from here back
                    last = False
                    continue
                try:
                    found[1].resolution = parse_typed(text, found[1].resolution)
                except DelegateError:
                    if last:
                        draft.typed[puid] = text
                        self.edits.mark([Key("typed", cuid, puid)])
                    last = False
                    continue
                if last:
                    draft.typed.pop(puid, None)
                    self.edits.mark([Key("typed", cuid, puid)])
                self.edits.mark([Key("proposal", cuid, puid)])
                break
        self._texts.clear()

    def _replay_order(self, e: Entry) -> None:
        draft = self.load(e["c"])
        if draft is not None:
            reorder(draft, e["order"])
            self.edits.mark([Key("order", draft.uid)])

    def _replay_drop(self, e: Entry) -> None:
        draft = self.load(e["c"])
        if draft is not None:
            found = draft.find(e["p"])
            if found is not None:
                del draft.contribution.proposals[found[0]]
            draft.typed.pop(e["p"], None)
        self._texts.pop(e["p"], None)
        self.edits.forget([Key("proposal", e["c"], e["p"]), Key("typed", e["c"], e["p"])])
        self.edits.mark([Key("drop", e["c"], e["p"])])

    def _replay_prune(self, e: Entry) -> None:
        if self.load(e["c"]) is not None:
            self.edits.mark([Key("prune", e["c"])])

    def _replay_delete(self, e: Entry) -> None:
        self.by_uid.pop(e["c"], None)
        self.deleted[e["c"]] = e.get("proposals", {})
        self.edits.bases.update({proposal_key(uid): base for uid, base in self.deleted[e["c"]].items()})
        self.edits.forget(self.edits.keys_of(e["c"]))
        self.edits.mark([Key("delete", e["c"])])


_ROWS: dict[str, Callable[[Entry], str | None]] = {  # the row an entry changes, whose version it was based on
    "front": lambda e: front_key(e["c"]),
    "set": lambda e: front_key(e["c"]),
    "delete": lambda e: front_key(e["c"]),
    "add": lambda e: proposal_key(e["proposal"]["uid"]),
    "fields": lambda e: proposal_key(e["p"]),
    "text": lambda e: proposal_key(e["p"]),
    "drop": lambda e: proposal_key(e["p"]),
}


def set_front_fields(contrib: Contribution, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name.startswith("header."):
            setattr(contrib.header, name[len("header.") :], value)
        elif name in FRONT_FIELDS:
            setattr(contrib, name, value)


def set_proposal_fields(proposal: Proposal, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name == "name":  # a draft new resolution's name, "[RCC-1]"
            if proposal.resolution is not None and value:
                proposal.resolution.number = value
        elif name in PROPOSAL_FIELDS:
            setattr(proposal, name, value)


def reorder(draft: Draft, uids: Iterable[str]) -> None:
    by_uid = {p.uid: p for p in draft.contribution.proposals}
    ordered = [by_uid.pop(uid) for uid in uids if uid in by_uid]
    draft.contribution.proposals = ordered + list(by_uid.values())
