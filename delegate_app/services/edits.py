"""Edits on their way to the store: journaled first, then saved in the background.

A service that lets a delegate change something (drafting, positions) records
each change here as journal entries (what to do again, should the app end
before the store has it) and as keys of the records it made unsaved. The
journal entry is on disk before ``record`` returns; the save runs on the
writer's thread after a pause (typing) or at once (a proposal added), writes
every unsaved record as it is *then* in memory, in one transaction, and only
into the store generation the window opened. Once the store holds everything,
the journal is emptied; when it cannot be written (locked, full, read-only), the
writer tries again and the journal keeps the work; when the store was replaced
under the window (a restore), nothing is written until the window has decided
what to keep.

Services plug in their kinds of record: how to read one from memory (``row``,
called under the lock, so the rows handed to the writer's thread are plain
values), how to write it, how to describe it in full for a journal rewritten
shorter (``entries``), and how to apply a journal entry again (``replay``).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..core.errors import StoreError
from ..store.database import Database, writing_to
from ..store.journal import Journal, JournalError, JournalFull
from .writer import StoreWriter, WriterState

log = logging.getLogger(__name__)

Key = tuple  # (kind, ...ids): ("proposal", contribution uid, proposal uid)
Entry = dict[str, Any]

TYPING_DELAY = 0.8  # seconds of quiet before a save of what was typed
SAVE_KEY = "edits"


class RecordKind(Protocol):
    order: int  # write order within a save: a contribution's row before its proposals

    def row(self, key: Key) -> Any: ...

    def write(self, db: Database, key: Key, row: Any) -> None: ...

    def entries(self, key: Key) -> list[Entry]: ...


@dataclass(frozen=True)
class SaveState:
    """What the window says about saving."""

    unsaved: bool = False  # edits not in the store yet
    error: StoreError | None = None  # why the store cannot be written now
    replaced: bool = False  # the store was replaced under the window: it must decide
    journal_error: str = ""  # why edits cannot be journaled (they are then in memory only)


class Edits:
    def __init__(self, store: Path, writer: StoreWriter, generation: str, journal: Journal | None,
                 journal_error: str = ""):
        self.store, self.writer, self.generation = store, writer, generation
        self.journal, self.journal_error = journal, journal_error
        self.lock = threading.RLock()
        self.kinds: dict[str, RecordKind] = {}
        self.replayers: dict[str, Callable[[Entry], None]] = {}
        self.unsaved: dict[Key, int] = {}
        self._version = 0
        self.replaced = False
        self._resync = False
        self.listeners: list[Callable[[SaveState], None]] = []
        self.on_replaced: list[Callable[[], None]] = []
        self.on_compact: list[Callable[[], None]] = []  # a new journal epoch: texts are journaled in full again
        self._writer_state = WriterState()
        self.state = SaveState(journal_error=journal_error)

    # -- plugging in ---------------------------------------------------------------
    def register(self, kind: str, handler: RecordKind) -> None:
        self.kinds[kind] = handler

    def replayer(self, op: str, fn: Callable[[Entry], None]) -> None:
        self.replayers[op] = fn

    # -- recording -----------------------------------------------------------------
    def record(self, entries: Iterable[Entry | Callable[[], Entry]], keys: Iterable[Key], delay: float = 0.0,
               forget: Iterable[Key] = ()) -> None:
        """Journal ``entries`` (on disk when this returns), mark ``keys`` unsaved,
        drop ``forget`` (records that no longer exist), and save after ``delay``."""
        keys = list(keys)
        with self.lock:
            for entry in entries:
                self._journal(entry)
            for key in forget:
                self.unsaved.pop(key, None)
            self.mark(keys)
        if keys:
            self._notify()
            self.save(delay)

    def mark(self, keys: Iterable[Key]) -> None:
        """Keys unsaved without a journal entry (a replay, whose entries are journaled after)."""
        with self.lock:
            for key in keys:
                self._version += 1
                self.unsaved[key] = self._version

    def _journal(self, entry: Entry | Callable[[], Entry]) -> None:
        """Append one entry. An entry may be a function giving it, called just
        before the append: a change described against what the journal holds (a
        text by its difference) is then described against the journal as it is
        after a rewrite."""
        if self.journal is None:
            return
        if self._resync:  # an append failed: the journal holds less than it should; rewrite it whole first
            self.compact()
            if self._resync:
                return
        try:
            self.journal.append(entry() if callable(entry) else entry)
        except JournalFull:
            # the rewrite holds every unsaved record in full, this change included
            # once made; a change described by difference is described again
            self.compact()
            if callable(entry) and not self._resync:
                try:
                    self.journal.append(entry())
                except JournalError as exc:
                    self._journal_failed(exc)
        except JournalError as exc:
            self._journal_failed(exc)

    def _journal_failed(self, exc: OSError) -> None:
        log.error("the journal cannot be written: %s", exc)
        self.journal_error = str(exc)
        self._resync = True

    def compact(self) -> None:
        """Rewrite the journal with the unsaved records in full, and nothing else."""
        if self.journal is None:
            return
        with self.lock:
            entries = self.full_entries()
            for hook in self.on_compact:
                hook()
            try:
                self.journal.rewrite(entries)
            except JournalError as exc:
                self._journal_failed(exc)
            else:
                self._resync, self.journal_error = False, ""

    def full_entries(self) -> list[Entry]:
        entries: list[Entry] = []
        for key in sorted(self.unsaved, key=self._order):
            entries.extend(self.kinds[key[0]].entries(key))
        return entries

    def _order(self, key: Key) -> int:
        return self.kinds[key[0]].order

    # -- saving --------------------------------------------------------------------
    def save(self, delay: float = 0.0) -> None:
        with self.lock:
            if self.replaced or not self.unsaved:
                return
        future = self.writer.schedule(SAVE_KEY, self._write, delay)
        future.add_done_callback(self._saved)

    def _write(self, db: Database) -> int:
        """The save, on the writer's thread: the unsaved records as they are now."""
        with self.lock:
            if self.replaced:
                return 0
            taken = dict(self.unsaved)
            rows = [(key, self.kinds[key[0]].row(key)) for key in sorted(taken, key=self._order)]
            generation = self.generation
        if not rows:
            return 0
        with writing_to(db, generation):
            for key, row in rows:
                self.kinds[key[0]].write(db, key, row)
        with self.lock:
            for key, version in taken.items():
                if self.unsaved.get(key) == version:
                    del self.unsaved[key]
            if not self.unsaved:
                self.compact()  # everything is in the store: the journal starts afresh, empty
        return len(rows)

    def _saved(self, future) -> None:
        if future.cancelled():
            return
        exc = future.exception()
        if isinstance(exc, StoreError) and exc.kind == "replaced":
            with self.lock:
                first = not self.replaced
                self.replaced = True
            if first:
                for callback in self.on_replaced:
                    callback()
        self._notify()
        with self.lock:
            more = bool(self.unsaved) and not self.replaced and exc is None
        if more:
            self.save(TYPING_DELAY)

    def adopt(self, generation: str) -> None:
        """The window has decided about a replaced store: write into this generation from now on."""
        with self.lock:
            self.generation, self.replaced = generation, False
        self._notify()
        self.save()

    def discard(self, keys: Iterable[Key]) -> None:
        """Forget that these records are unsaved (the user chose the store's copy)."""
        with self.lock:
            for key in list(keys):
                self.unsaved.pop(key, None)
            self.compact()
        self._notify()

    # -- what the window shows -------------------------------------------------------
    def writer_changed(self, state: WriterState) -> None:
        self._writer_state = state
        self._notify()

    def _notify(self) -> None:
        with self.lock:
            state = SaveState(unsaved=bool(self.unsaved), error=self._writer_state.error,
                              replaced=self.replaced, journal_error=self.journal_error)
        if state == self.state:
            return
        self.state = state
        for listener in list(self.listeners):
            try:
                listener(state)
            except Exception:
                log.exception("save-state listener failed")

    def all_saved(self) -> bool:
        with self.lock:
            return not self.unsaved

    def flush(self, timeout: float) -> bool:
        """Save now and wait up to ``timeout`` seconds; whether everything is in the store."""
        self.save()
        self.writer.wait_idle(timeout)
        return self.all_saved()

    # -- replaying what an earlier session left ---------------------------------------
    def replay(self, entries: Iterable[Entry]) -> int:
        """Apply journal entries again (their records become unsaved); how many applied."""
        applied = 0
        for entry in entries:
            fn = self.replayers.get(entry.get("op", ""))
            if fn is None:
                log.warning("journal entry of an unknown kind skipped: %s", entry.get("op"))
                continue
            try:
                with self.lock:
                    fn(entry)
                applied += 1
            except Exception:
                log.exception("journal entry %s could not be applied again", entry.get("seq"))
        return applied

    def close(self) -> bool:
        """End the session; whether the journal was kept for the next start."""
        keep = not self.all_saved()
        if self.journal is not None:
            if keep:
                self.compact()
            self.journal.close(keep=keep)
        return keep
