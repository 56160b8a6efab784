"""The contribution being drafted, shared by the contribution and draft views.

Every change goes to the store shortly after it is made (an autosave timer,
each save one transaction), so closing, crashing or losing power costs at most
the last fraction of a second; editor text that does not parse yet is kept as
typed in the autosave table until it does.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ..core.drafting import move, renumber
from ..core.model import Contribution, ContributionHeader, Proposal
from ..core.rules import Finding, check
from ..store import autosave, library
from ..store.contributions import create_contribution, delete_contribution, save_contribution
from ..store.database import Database, writing
from . import shortcuts


class DraftSession(QObject):
    changed = Signal()  # the contribution (header, proposals, texts) changed
    opened = Signal()  # another contribution was opened

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.contribution_id: int | None = None
        self.contribution = Contribution()
        self.dirty = False
        self.timer = QTimer(self, singleShot=True, interval=shortcuts.AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

    # -- lifecycle ---------------------------------------------------------------
    @property
    def source(self) -> str:
        return str(self.settings.value("drafting/source", "") or "ABC")

    def new(self, header: ContributionHeader | None = None) -> int:
        self.save()
        contrib = Contribution(header=header or ContributionHeader(
            title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
            original_language=str(self.settings.value("drafting/original_language", "English")),
            source=str(self.settings.value("drafting/source_line", ""))))
        self.contribution_id = create_contribution(self.db, contrib)
        self.contribution = contrib
        self.dirty = False
        self._remember()
        return self.contribution_id

    def open(self, contribution_id: int) -> bool:
        self.save()
        contrib = library.get_contribution(self.db, contribution_id)
        if contrib is None:
            return False
        self.contribution_id, self.contribution, self.dirty = contribution_id, contrib, False
        self._remember()
        return True

    def _remember(self) -> None:
        self.settings.setValue("session/contribution", self.contribution_id)
        self.settings.sync()  # on disk now: a crash must find the open contribution again
        self.opened.emit()

    def delete(self) -> None:
        if self.contribution_id is not None:
            self._carry_typed([None] * len(self.contribution.proposals))
            delete_contribution(self.db, self.contribution_id)
        self.contribution_id, self.contribution, self.dirty = None, Contribution(), False
        self.opened.emit()

    def save(self) -> None:
        """Write the contribution now (the autosave timer calls this)."""
        self.timer.stop()
        if self.contribution_id is None or not self.dirty:
            return
        save_contribution(self.db, self.contribution_id, self.contribution)
        self.dirty = False

    def _touch(self, now: bool = False) -> None:
        """Mark changed; typing-level edits are saved after a pause, structural ones
        (a proposal added, removed, moved) at once."""
        self.dirty = True
        self.changed.emit()
        if now:
            self.save()
        else:
            self.timer.start()

    # -- edits -------------------------------------------------------------------
    def set_header(self, **fields) -> None:
        for name, value in fields.items():
            setattr(self.contribution.header, name, value)
        renumber(self.contribution, self.source)
        self._touch()

    def set_text(self, name: str, value: str) -> None:  # abstract, introduction
        setattr(self.contribution, name, value)
        self._touch()

    def add(self, proposal: Proposal) -> int:
        self.contribution.proposals.append(proposal)
        renumber(self.contribution, self.source)
        self._touch(now=True)
        return len(self.contribution.proposals) - 1

    def remove(self, index: int) -> None:
        count = len(self.contribution.proposals)
        del self.contribution.proposals[index]
        renumber(self.contribution, self.source)
        with writing(self.db):  # the new order and the typed texts' new places, together
            self._carry_typed([i if i < index else i - 1 if i > index else None for i in range(count)])
            self._touch(now=True)

    def move(self, index: int, to: int) -> None:
        order = list(range(len(self.contribution.proposals)))  # order[new place] = old place
        move(self.contribution, index, to, self.source)
        order.insert(max(0, min(to, len(order) - 1)), order.pop(index))
        with writing(self.db):
            self._carry_typed([order.index(i) for i in range(len(order))])
            self._touch(now=True)

    def update_proposal(self, index: int, **fields) -> None:
        proposal = self.contribution.proposals[index]
        for name, value in fields.items():
            setattr(proposal, name, value)
        self._touch()

    def findings(self) -> list[Finding]:
        return check(self.contribution)

    # -- text as typed -----------------------------------------------------------
    def autosave_key(self, index: int) -> str:
        return f"contribution:{self.contribution_id}:proposal:{index}"

    def _carry_typed(self, new_places: list[int | None]) -> None:
        """Text typed in proposal i (not yet a readable resolution) follows it to
        new_places[i], or goes with it (None). Keyed by place, so without this a
        move would show one proposal's unsaved text in another after a crash."""
        if self.contribution_id is None:
            return
        moves = {self.autosave_key(old): None if new is None else self.autosave_key(new)
                 for old, new in enumerate(new_places) if new != old}
        if moves:
            autosave.rekey(self.db, moves)

    def keep_typed(self, index: int, text: str) -> None:
        if self.contribution_id is not None:
            autosave.put(self.db, self.autosave_key(index), text)

    def typed(self, index: int) -> str | None:
        return autosave.get(self.db, self.autosave_key(index)) if self.contribution_id is not None else None

    def forget_typed(self, index: int) -> None:
        if self.contribution_id is not None:
            autosave.clear(self.db, self.autosave_key(index))
