"""The store as the desktop app holds it open: the one door from the window to it.

A workspace is the store's path, the connection the window reads with (set
query-only, so no write can ever happen on the window's thread), the writer
thread that makes every write, the journal of this session, and the services
that edit (drafting, positions). Opening one puts back what an earlier session
left unsaved in its journal (a crash, a store that could not be written) and
says what it recovered.

It also notices when the store is replaced under the window (a restore by the
command line or another window, the file swapped): ``replaced()`` compares the
file and the store's generation with those the edits write into, and
``settle_replaced`` makes the window show the new store, asking what to keep
when the open contribution differs from the restored copy. Unsaved edits of
other contributions and positions are the delegate's latest work and are
written into the new store as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import StoreError
from ..store.database import Database, file_identity, generation, open_database, stale_connections
from ..store.journal import Journal, JournalError, Leftover, leftovers
from .drafting import Drafting
from .edits import Edits
from .library import as_reader
from .positions import Positions
from .writer import StoreWriter

log = logging.getLogger(__name__)


@dataclass
class Recovery:
    """What a workspace put back from the journals of earlier sessions."""

    entries: int = 0
    contributions: list[str] = field(default_factory=list)
    positions: int = 0
    copies: list[object] = field(default_factory=list)  # copies.Kept: what was kept beside a newer version


class Workspace:
    def __init__(self, path: str | Path, db: Database | None = None, source: Callable[[], str] = lambda: "ABC"):
        self.path = Path(path)
        self.reader = as_reader(db if db is not None else open_database(self.path))
        self._owned: list[Database] = [] if db is not None else [self.reader]  # what close() closes
        try:
            journal, problem = Journal.open(self.path), ""
        except JournalError as exc:
            journal, problem = None, exc.strerror or str(exc)
            log.error("no journal for %s: %s", self.path, exc)
        self.writer = StoreWriter(self.path, listener=lambda state: self.edits.writer_changed(state))
        self.edits = Edits(self.writer, generation(self.reader), journal, problem)
        self.drafting = Drafting(self.edits, self.reader, source)
        self.positions = Positions(self.edits, self.reader)
        self.recovery = self._recover()

    @property
    def read_only(self) -> bool:
        return self.reader.read_only

    def _recover(self) -> Recovery:
        found = leftovers(self.path)
        report = Recovery()
        if not found:
            return report
        for leftover in found:
            for hook in self.edits.on_compact:  # each journal describes its texts from its own start
                hook()
            report.entries += self.edits.replay(leftover.entries)
        report.contributions = self.drafting.recovered()
        report.positions = sum(1 for key in self.edits.unsaved if key.kind == "position")
        report.copies = list(self.edits.copies)
        self.edits.compact()  # what was recovered is in this session's journal before the old ones go
        if self.edits.journal is not None and not self.edits.journal_error:
            for leftover in found:
                leftover.remove()
        else:  # no journal of our own: the old ones stay (locked) until the store has what they hold
            self._leftovers = found
            self.edits.on_saved.append(self._drop_leftovers)
        log.info("recovered %d journal entries of %s", report.entries, self.path)
        self.edits.save()
        return report

    _leftovers: list[Leftover] = []

    def _drop_leftovers(self, _saved: object) -> None:
        if self._leftovers and self.edits.all_saved():
            for leftover in self._leftovers:
                leftover.remove()
            self._leftovers = []

    def replaced(self) -> bool:
        """Whether the store was restored or swapped since the edits' generation
        was taken (then the reader follows the new file)."""
        identity = file_identity(self.path)
        if identity is not None and identity != self.reader.identity:
            if not self._follow():
                return False
            # another file, even one of the same generation (an older copy of this very
            # store put back by a sync tool): the views and the open text must be settled
            self._swapped = True
        if self._swapped:
            return True
        try:
            found = generation(self.reader)
        except Exception as exc:  # a store that went away: not a replacement to decide about
            log.warning("cannot read the store's generation: %s", exc)
            return False
        return found != self.edits.generation

    _swapped = False  # the reader follows another file, not yet settled

    def _follow(self) -> bool:
        """Another file is in the store's place: the reader reads it, once no
        connection of this process has the old one open (the writer lets go of
        its own; a background task's ends soon, and the next check follows)."""
        if not self.writer.release():
            log.info("the writer is still busy with the replaced store")
            return False
        others = [db for db in stale_connections(self.path) if db is not self.reader]
        if others:
            log.info("%d connections to the replaced store are still open", len(others))
            return False
        try:
            self.reader.follow()
        except StoreError as exc:
            log.warning("cannot open the store that replaced %s: %s", self.path, exc)
            return False
        as_reader(self.reader)
        return True

    def settle_replaced(self, keep_mine: Callable[[], bool]) -> bool:
        """The store was replaced: write into its generation from now on. When the
        open contribution differs from its restored copy, ``keep_mine()`` (the
        window asks) says which to keep; the other is kept as a copy or written
        over the restored one. False when there was nothing to settle."""
        if not self.replaced() and not self.edits.replaced:
            return False
        new_generation = generation(self.reader)
        if self.drafting.differs_from_store():
            if keep_mine():
                self.drafting.keep_mine()
            else:
                self.drafting.take_restored()
        self.drafting.rebase()
        self.positions.rebase()
        self.edits.adopt(new_generation)
        self._swapped = False
        return True

    def close(self) -> bool:
        """End the session; whether unsaved edits were kept in the journal for the next start."""
        self.writer.close()  # first: no save may run while the journal closes
        kept = self.edits.close()
        for leftover in self._leftovers:
            leftover.release()
        for db in self._owned:
            db.close()
        return kept
