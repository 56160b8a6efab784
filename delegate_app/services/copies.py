"""What the drafting service keeps when the store holds a newer version of a
record the window changed: a copy beside the newer one, never the older text
over it.

Two windows on one store, an import, the command line, or the journal of a
window that ended can each meet a record saved since the window's copy of it
was read (edits.py tells by the versions of rows, schema 12). Then:

- a proposal (its text, its fields, the text kept as typed in it): the
  delegate's becomes a proposal of its own (a new id), and the newer one comes
  back into the contribution, as the store has it, right after it; a window
  that was typing in it goes on typing in the copy, in the same place;
- a contribution's front (header, abstract, introduction): the delegate's whole
  contribution becomes a contribution of its own (new ids) beside the newer one;
- a proposal or a contribution deleted here but changed elsewhere meanwhile:
  kept, not deleted.

Each says what it kept (``Kept``), for the window to tell. When a save meets it
the kinds settle it (``settle``, on the writer's thread, under the edits' lock);
when a journal is replayed, its entries about such rows are pointed at copies
before they are applied (``ReplayCopies``). Part of the drafting service, kept
apart because it is a moment of its own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.model import Contribution, Proposal, new_uid
from ..store import contributions as records
from ..store.contributions import front_key, proposal_key
from .edits import Entry, Key

if TYPE_CHECKING:
    from .drafts import Draft, Drafts


@dataclass(frozen=True)
class Kept:
    """What was kept, for the window to say."""

    what: str  # "proposal" (a copy beside the newer one), "contribution" (a copy), "not deleted"
    contribution: str  # the contribution's name as lists show it
    proposal: str = ""  # the proposal's, for "proposal" and a proposal "not deleted"
    uid: str = ""  # the contribution the copy is in
    was: str = ""  # for "contribution": the id of the one it is a copy of


class Moved(NamedTuple):
    """A write found a newer version: of what ("front", "proposal", "drop",
    "delete") and what the store holds (plain values read on the writer's thread)."""

    kind: str
    stored: Any


def proposal_label(proposal: Proposal) -> str:
    return f"{proposal.action} {proposal.number} · {proposal.target}".strip()


def _label(contrib: Contribution) -> str:
    from .drafts import label

    return label(contrib)


def settle(drafts: Drafts, key: Key, moved: Moved) -> Kept | None:
    """A save met a newer version of ``key``'s record (edits.RecordKind.settle)."""
    if moved.kind == "proposal":
        return copy_proposal(drafts, key.owner, key.item, moved.stored)
    if moved.kind == "front":
        return copy_contribution(drafts, key.owner)
    if moved.kind == "drop":
        return _undropped(drafts, key, moved.stored)
    if moved.kind == "delete":
        return Kept("not deleted", str(moved.stored or ""))
    return None


def copy_proposal(drafts: Drafts, cuid: str, puid: str, stored: records.StoredProposal | None) -> Kept | None:
    """The delegate's proposal becomes a copy (a new id, in the same place, the
    same object: views showing it go on with it, by its place too); the store's
    newer one comes back right after it."""
    draft = drafts.by_uid.get(cuid)
    found = draft.find(puid) if draft is not None else None
    if draft is None or found is None:
        return None  # settled already (its text and its fields both met the newer version)
    edits = drafts.edits
    index, mine = found
    mine.uid = new_uid()
    typed = draft.typed.pop(puid, None)
    if typed is not None:
        draft.typed[mine.uid] = typed
    drafts.journaled.pop(puid, None)
    edits.forget([Key(kind, cuid, puid) for kind in ("proposal", "typed", "drop")])
    edits.bases[proposal_key(mine.uid)] = None
    if stored is not None:
        draft.contribution.proposals.insert(index + 1, records.as_proposal(puid, stored))
        if stored.typed is not None:
            draft.typed[puid] = stored.typed
        edits.bases[proposal_key(puid)] = stored.rev
    keys = [Key("proposal", cuid, mine.uid), Key("order", cuid)]
    edits.mark(keys + ([Key("typed", cuid, mine.uid)] if typed is not None else []))
    return Kept("proposal", _label(draft.contribution), proposal_label(mine), cuid)


def _new_ids(draft: Draft) -> dict[str, str]:
    """Give a contribution in memory new ids, in place; old proposal id -> new."""
    ids = {p.uid: new_uid() for p in draft.contribution.proposals}
    draft.contribution.uid = new_uid()
    for proposal in draft.contribution.proposals:
        proposal.uid = ids[proposal.uid]
    draft.typed = {ids.get(uid, uid): text for uid, text in draft.typed.items()}
    return ids


def _mark_whole(drafts: Drafts, draft: Draft) -> None:
    """Every record of a contribution that is not in the store yet (a copy) is unsaved."""
    uid = draft.uid
    drafts.edits.bases[front_key(uid)] = None
    drafts.edits.bases.update({proposal_key(p.uid): None for p in draft.contribution.proposals})
    keys = [Key("front", uid), Key("order", uid)]
    keys += [Key("proposal", uid, p.uid) for p in draft.contribution.proposals]
    keys += [Key("typed", uid, p) for p in draft.typed]
    drafts.edits.mark(keys)


def copy_contribution(drafts: Drafts, cuid: str) -> Kept | None:
    """The delegate's contribution becomes a copy (new ids, the same objects: the
    window goes on with it); the store's newer one is read again when opened."""
    draft = drafts.by_uid.pop(cuid, None)
    if draft is None:
        return None
    edits = drafts.edits
    edits.forget(edits.keys_of(cuid))
    for old in _new_ids(draft):
        drafts.journaled.pop(old, None)
    drafts.by_uid[draft.uid] = draft
    _mark_whole(drafts, draft)
    return Kept("contribution", _label(draft.contribution), uid=draft.uid, was=cuid)


def _undropped(drafts: Drafts, key: Key, stored: records.StoredProposal | None) -> Kept | None:
    """A proposal deleted here was changed elsewhere meanwhile: it stays, and comes back into the window."""
    draft = drafts.by_uid.get(key.owner)
    if stored is None:
        return None
    proposal = records.as_proposal(key.item, stored)
    if draft is not None and draft.find(key.item) is None:
        draft.contribution.proposals.append(proposal)
        if stored.typed is not None:
            draft.typed[key.item] = stored.typed
        drafts.edits.bases[proposal_key(key.item)] = stored.rev
        drafts.edits.mark([Key("order", key.owner)])
    return Kept("not deleted", _label(draft.contribution) if draft else "", proposal_label(proposal), key.owner)


class ReplayCopies:
    """For one journal being replayed (edits.Copier): the entries about rows the
    store has moved on from go to copies, made as the first such entry comes;
    a deletion of such a row is not made. Called for every entry, in order."""

    def __init__(self, drafts: Drafts, moved: set[str]):
        self.drafts, self.moved = drafts, moved
        self.contributions: dict[str, str] = {}  # original id -> the copy's
        self.proposals: dict[str, str] = {}

    def __call__(self, e: Entry | None) -> Entry | None:
        if e is None or "c" not in e:
            return e
        op, cuid = e.get("op"), e["c"]
        puid = e.get("p") or (e.get("proposal") or {}).get("uid")
        if op == "delete" and front_key(cuid) in self.moved:
            self._kept(Kept("not deleted", self._name(cuid)))
            return None
        if op == "drop" and puid and cuid not in self.contributions and proposal_key(puid) in self.moved:
            self._kept(Kept("not deleted", self._name(cuid), uid=cuid))
            return None
        if front_key(cuid) in self.moved and cuid not in self.contributions:
            self._copy_contribution(cuid)
        elif puid and cuid not in self.contributions and proposal_key(puid) in self.moved:
            if puid not in self.proposals:
                self._copy_proposal(cuid, puid)
        return self._renamed(e)

    def _kept(self, kept: Kept) -> None:
        self.drafts.edits.copies.append(kept)

    def _name(self, cuid: str) -> str:
        draft = self.drafts.load(cuid)
        return _label(draft.contribution) if draft is not None else ""

    def _copy_contribution(self, cuid: str) -> None:
        from .drafts import Draft

        original = self.drafts.load(cuid)
        draft = copy.deepcopy(original) if original is not None else Draft(Contribution(uid=cuid))
        draft.preview = False
        self.proposals.update(_new_ids(draft))
        self.contributions[cuid] = draft.uid
        self.drafts.by_uid[draft.uid] = draft
        _mark_whole(self.drafts, draft)
        self._kept(Kept("contribution", _label(draft.contribution), uid=draft.uid, was=cuid))

    def _copy_proposal(self, cuid: str, puid: str) -> None:
        self.proposals[puid] = new = new_uid()
        edits, draft = self.drafts.edits, self.drafts.load(cuid)
        found = draft.find(puid) if draft is not None else None
        edits.bases[proposal_key(new)] = None
        if draft is None or found is None:  # gone from the store: the entries make it again, as a new one
            self._kept(Kept("proposal", self._name(cuid), uid=cuid))
            return
        mine = copy.deepcopy(found[1])
        mine.uid = new
        draft.contribution.proposals.insert(found[0] + 1, mine)
        keys = [Key("proposal", cuid, new), Key("order", cuid)]
        if puid in draft.typed:
            draft.typed[new] = draft.typed[puid]
            keys.append(Key("typed", cuid, new))
        edits.mark(keys)
        self._kept(Kept("proposal", _label(draft.contribution), proposal_label(mine), cuid))

    def _renamed(self, e: Entry) -> Entry:
        e = dict(e)
        op, copied = e.get("op"), e["c"] in self.contributions
        if copied:
            e["c"] = self.contributions[e["c"]]
            if op in ("front", "set"):
                e["base"] = None
        if e.get("p") in self.proposals:
            e["p"], e["base"] = self.proposals[e["p"]], None
        if op == "add" and e["proposal"].get("uid") in self.proposals:
            e["proposal"] = {**e["proposal"], "uid": self.proposals[e["proposal"]["uid"]]}
            e["base"] = None
        for name in ("order", "keep"):
            if name in e:  # in a copy, its own ids; beside the newer one, the copy right after it
                e[name] = _expand(e[name], self.proposals, copied)
        return e


def _expand(uids: list[str], renamed: dict[str, str], copied: bool) -> list[str]:
    out: list[str] = []
    for uid in uids:
        if uid not in renamed:
            out.append(uid)
        elif copied:
            out.append(renamed[uid])
        else:
            out += [uid, renamed[uid]]
    return out
