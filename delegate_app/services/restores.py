"""The open contribution when the store was replaced under it (a backup
restored, another copy synced into the file's place): whether it differs from
the store's copy, and keeping the delegate's or taking the store's, so that
nothing typed is lost either way. Part of the drafting service (Drafting takes
these from here), kept apart because it is a moment of its own."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from ..core.model import new_uid
from ..store import contributions as records
from ..store.contributions import front_key, proposal_key
from .drafts import Draft
from .edits import Key

if TYPE_CHECKING:
    from ..core.redline import Redliner
    from ..store.database import Database
    from .drafts import Drafts
    from .edits import Edits


class SettlesRestores:
    """What Drafting does when the store was replaced; it holds the state used here."""

    edits: Edits
    drafts: Drafts
    current: Draft | None
    _redliners: dict[str, Redliner]
    reader: Database

    if TYPE_CHECKING:

        def open(self, uid: str) -> bool: ...  # Drafting's

    def differs_from_store(self) -> bool:
        """Whether the open contribution as shown is not what the (restored) store
        holds, apart from the records not saved yet (those are the delegate's
        latest and will be written whatever the store holds)."""
        draft = self.current
        if draft is None or draft.preview:
            return False
        stored = records.load_contribution(self.reader, draft.uid)
        if stored is None:
            return True
        with self.edits.lock:
            unsaved = set(self.edits.keys_of(draft.uid))
            if Key("front", draft.uid) not in unsaved and records.front_row(stored) != records.front_row(
                draft.contribution
            ):
                return True
            if not unsaved & {Key("order", draft.uid), Key("prune", draft.uid)} and [
                p.uid for p in stored.proposals
            ] != [p.uid for p in draft.contribution.proposals]:
                return True
            mine = {p.uid: p for p in draft.contribution.proposals}
            return any(
                Key("proposal", draft.uid, p.uid) not in unsaved
                and p.uid in mine
                and records.proposal_row(p) != records.proposal_row(mine[p.uid])
                for p in stored.proposals
            )

    def keep_mine(self) -> None:
        """Write the open contribution as shown into the restored store (nothing
        else of the restore is undone)."""
        draft = self.current
        if draft is None or draft.preview:
            return
        with self.edits.lock:
            keys = [Key("front", draft.uid), Key("order", draft.uid), Key("prune", draft.uid)]
            keys += [Key("proposal", draft.uid, p.uid) for p in draft.contribution.proposals]
            keys += [Key("typed", draft.uid, uid) for uid in draft.typed]
            self.edits.mark(keys)
            self.edits.compact()

    def take_restored(self) -> str | None:
        """Show the open contribution as the restored store has it. The delegate's
        version is not thrown away: it becomes a contribution of its own (a copy
        with new ids), so nothing typed is lost whichever copy is chosen. The
        copy's id."""
        draft = self.current
        if draft is None or draft.preview:
            return None
        mine = copy.deepcopy(draft.contribution)
        mine.uid = new_uid()
        for proposal in mine.proposals:
            proposal.uid = new_uid()
        typed = {
            new.uid: draft.typed[old.uid]
            for old, new in zip(draft.contribution.proposals, mine.proposals)
            if old.uid in draft.typed
        }
        with self.edits.lock:
            self.drafts.by_uid[mine.uid] = Draft(mine, typed)
            keys = [Key("front", mine.uid), Key("order", mine.uid)]
            keys += [Key("proposal", mine.uid, p.uid) for p in mine.proposals]
            keys += [Key("typed", mine.uid, uid) for uid in typed]
            self.edits.mark(keys)  # the copy is unsaved before the journal is rewritten without the original
            self.edits.discard(self.edits.keys_of(draft.uid))
            self.drafts.by_uid.pop(draft.uid, None)
            self.current = None
            for p in draft.contribution.proposals:
                self._redliners.pop(p.uid, None)
            self.open(draft.uid)
        return mine.uid

    def rebase(self) -> None:
        """The window has settled a replaced store: what it holds in memory is
        written over what the new store has (the versions it is based on are
        the new store's)."""
        with self.edits.lock:
            for uid, draft in self.drafts.by_uid.items():
                self.edits.bases[front_key(uid)] = records.contribution_rev(self.reader, uid)
                revs = records.proposal_revs(self.reader, uid)
                for proposal in draft.contribution.proposals:
                    self.edits.bases[proposal_key(proposal.uid)] = revs.get(proposal.uid)
