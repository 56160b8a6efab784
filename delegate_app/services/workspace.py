"""The store as the desktop app holds it open: the one door from the window to it.

A workspace is the store's path, the connection the window reads with (set
query-only, so no write can ever happen on the window's thread), the writer
thread that makes every write, the journal of this session, and the services
that edit (drafting, positions). Opening one puts back what an earlier session
left unsaved in its journal (a crash, a store that could not be written) and
says what it recovered.

It also notices when the store is replaced under the window (a restore by the
command line or another window, the file swapped): ``replaced()`` compares the
file and the store's generation with those it opened, and the window then
reloads, or asks what to keep when the open contribution differs.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import StoreError
from ..store.database import Database, file_identity, generation, open_database
from ..store.journal import Journal, JournalError, leftovers
from .drafting import Drafting
from .edits import Edits
from .positions import Positions
from .writer import StoreWriter

log = logging.getLogger(__name__)

READER_BUSY_TIMEOUT_MS = 250  # reads in WAL mode do not wait for writers; this covers checkpoints


@dataclass
class Recovery:
    """What a workspace put back from the journals of earlier sessions."""

    entries: int = 0
    contributions: list[str] = field(default_factory=list)
    positions: int = 0


class Workspace:
    def __init__(self, path: str | Path, db: Database | None = None):
        self.path = Path(path)
        self.reader = db if db is not None else open_database(self.path)
        self.reader.execute("PRAGMA query_only = 1")
        self.reader.execute(f"PRAGMA busy_timeout = {READER_BUSY_TIMEOUT_MS}")
        self.generation = generation(self.reader)
        try:
            journal, problem = Journal.open(self.path), ""
        except JournalError as exc:
            journal, problem = None, str(exc)
            log.error("no journal for %s: %s", self.path, exc)
        self.writer = StoreWriter(self.path, listener=lambda state: self.edits.writer_changed(state))
        self.edits = Edits(self.path, self.writer, self.generation, journal, problem)
        self.drafting = Drafting(self.edits, self.reader)
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
        report.positions = sum(1 for key in self.edits.unsaved if key[0] == "position")
        self.edits.compact()  # what was recovered is in this session's journal before the old ones go
        if self.edits.journal is not None and not self.edits.journal_error:
            for leftover in found:
                leftover.remove()
        else:
            for leftover in found:
                leftover.release()
        log.info("recovered %d journal entries of %s", report.entries, self.path)
        self.edits.save()
        return report

    def replaced(self) -> bool:
        """Whether the store was restored or swapped since it was opened (then the
        reader sees the new store from now on)."""
        identity = file_identity(self.path)
        if identity is not None and identity != self.reader.identity:
            self._reopen_reader()
        try:
            found = generation(self.reader)
        except Exception as exc:  # a store that went away: not a replacement to decide about
            log.warning("cannot read the store's generation: %s", exc)
            return False
        return found != self.edits.generation

    def _reopen_reader(self) -> None:
        try:
            fresh = open_database(self.path)
        except StoreError as exc:
            log.warning("cannot open the replaced store: %s", exc)
            return
        old, self.reader = self.reader, fresh
        fresh.execute("PRAGMA query_only = 1")
        fresh.execute(f"PRAGMA busy_timeout = {READER_BUSY_TIMEOUT_MS}")
        self.drafting.reader = self.positions.reader = fresh
        old.close()

    def store_generation(self) -> str:
        return generation(self.reader)

    def close(self) -> bool:
        """End the session; whether unsaved edits were kept in the journal for the next start."""
        kept = self.edits.close()
        self.writer.close()
        self.reader.close()
        return kept
