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

Services plug in their kinds of record (``RecordKind``): ``write(key)`` reads
the record from memory, under the lock, and gives the function that writes it
(plain values only, safe on the writer's thread), or None when there is
nothing to write; ``entries(key)`` describes it in full for a journal rewritten
shorter; replayers apply a journal entry again.

A record that cannot be written for a reason other than the store (a defect)
is set aside, logged and shown, and kept in the journal; it never stops the
others from being saved.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from ..core.errors import StoreError
from ..store.database import Database, writing, writing_to
from ..store.journal import Journal, JournalError
from .writer import StoreWriter, WriterState, is_store_failure

log = logging.getLogger(__name__)

Entry = dict[str, Any]
Writer = Callable[[Database], object]  # writes one record (what it returns is not used)

TYPING_DELAY = 0.8  # seconds of quiet before a save of what was typed
SAVE_KEY = "edits"


class Key(NamedTuple):
    """One record that is not in the store yet: its kind and the ids naming it
    (``owner`` is the contribution a proposal belongs to; "" for a position)."""

    kind: str
    owner: str
    item: str = ""


class RecordKind(Protocol):
    order: int  # write order within a save: a contribution's row before its proposals

    def write(self, key: Key) -> Writer | None: ...

    def entries(self, key: Key) -> list[Entry]: ...


@dataclass(frozen=True)
class SaveState:
    """What the window says about saving."""

    unsaved: bool = False  # edits not in the store yet
    error: StoreError | None = None  # why the store cannot be written now
    replaced: bool = False  # the store was replaced under the window: it must decide
    journal_error: str = ""  # why edits cannot be journaled (they are then in memory only)


class Edits:
    def __init__(self, writer: StoreWriter, generation: str, journal: Journal | None, journal_error: str = ""):
        self.writer, self.generation = writer, generation
        self.journal, self.journal_error = journal, journal_error
        self.lock = threading.RLock()
        self.kinds: dict[str, RecordKind] = {}
        self.replayers: dict[str, Callable[[Entry], None]] = {}
        self.unsaved: dict[Key, int] = {}  # key -> the version of its last change
        self.defects: dict[Key, int] = {}  # keys whose write failed with a defect, at that version
        self._version = 0
        self.replaced = False
        self._resync = False
        self._empty_journal_seq: int | None = 0  # the journal's seq when it was last emptied
        self.listeners: list[Callable[[SaveState], None]] = []
        self.on_replaced: list[Callable[[], None]] = []
        self.on_compact: list[Callable[[], None]] = []  # a new journal epoch: texts are journaled in full again
        self.on_replayed: list[Callable[[], None]] = []  # a replay ended: work left for the end (parsing)
        self.on_saved: list[Callable[[set[Key]], None]] = []  # records now in the store
        self.state = SaveState(journal_error=journal_error)

    # -- plugging in ---------------------------------------------------------------
    def register(self, kind: str, handler: RecordKind) -> None:
        self.kinds[kind] = handler

    def replayer(self, op: str, fn: Callable[[Entry], None]) -> None:
        self.replayers[op] = fn

    # -- recording -----------------------------------------------------------------
    def record(
        self,
        entries: Iterable[Entry | Callable[[], Entry]],
        keys: Iterable[Key],
        delay: float = 0.0,
        forget: Iterable[Key] = (),
    ) -> None:
        """Journal ``entries`` (on disk when this returns), mark ``keys`` unsaved,
        drop ``forget`` (records that no longer exist), and save after ``delay``.
        A caller that changes memory holds ``lock`` around the change and this
        call, so that no save comes between them."""
        keys = list(keys)
        with self.lock:
            for key in forget:
                self.unsaved.pop(key, None)
                self.defects.pop(key, None)
            self.mark(keys)  # first: a journal rewritten because it is full then holds these records in full
            for entry in entries:
                self._journal(entry)
            self._notify()
        if keys:
            self.save(delay)

    def mark(self, keys: Iterable[Key]) -> None:
        """Keys unsaved without a journal entry (a replay, whose entries are journaled after)."""
        with self.lock:
            for key in keys:
                self._version += 1
                self.unsaved[key] = self._version

    def keys_of(self, owner: str) -> list[Key]:
        """The unsaved keys of one contribution (or other owner)."""
        with self.lock:
            return [key for key in self.unsaved if key.owner == owner]

    def forget(self, keys: Iterable[Key]) -> None:
        with self.lock:
            for key in list(keys):
                self.unsaved.pop(key, None)
                self.defects.pop(key, None)

    def _journal(self, entry: Entry | Callable[[], Entry]) -> None:
        """Append one entry. An entry may be a function giving it, called just
        before the append: a change described against what the journal holds (a
        text by its difference) is then described against the journal as it is
        after a rewrite.

        When the append fails (the file is full and cannot grow, or was deleted),
        the journal is rewritten at once with every unsaved record in full; the
        records of this change are marked already, so the rewrite holds it."""
        if self.journal is None:
            return
        if self._resync:  # an earlier failure: rewrite it whole first
            self.compact()
            if self._resync:
                return
        try:
            self.journal.append(entry() if callable(entry) else entry)
        except JournalError:
            self.compact()
            if callable(entry) and not self._resync:
                try:
                    self.journal.append(entry())
                except JournalError as exc:
                    self._journal_failed(exc)

    def _journal_failed(self, exc: OSError) -> None:
        log.error("the journal cannot be written: %s", exc)
        self.journal_error = exc.strerror or str(exc)
        self._resync = True

    def compact(self) -> None:
        """Rewrite the journal with the unsaved records in full, and nothing else."""
        if self.journal is None:
            return
        with self.lock:
            entries: list[Entry] = []
            for key in sorted(self.unsaved, key=self._order):
                entries.extend(self.kinds[key.kind].entries(key))
            if not entries and self._empty_journal_seq == self.journal.seq:
                return  # empty already: no write, no sync
            for hook in self.on_compact:
                hook()
            try:
                self.journal.rewrite(entries)
            except JournalError as exc:
                self._journal_failed(exc)
            else:
                self._resync, self.journal_error = False, ""
                self._empty_journal_seq = None if entries else self.journal.seq

    def _order(self, key: Key) -> int:
        return self.kinds[key.kind].order

    # -- saving --------------------------------------------------------------------
    def save(self, delay: float = 0.0) -> None:
        with self.lock:
            if self.replaced or not self.unsaved:
                return
        future, created = self.writer.schedule(SAVE_KEY, self._write, delay)
        if created:
            future.add_done_callback(self._saved)

    def _write(self, db: Database) -> int:
        """The save, on the writer's thread: the unsaved records as they are now,
        in one transaction; a record that fails with a defect is set aside."""
        with self.lock:
            if self.replaced:
                return 0
            taken = {key: version for key, version in self.unsaved.items() if self.defects.get(key) != version}
            writes = [(key, self.kinds[key.kind].write(key)) for key in sorted(taken, key=self._order)]
            generation = self.generation
            seq = self.journal.seq if self.journal is not None else 0
        failed: dict[Key, int] = {}
        with writing_to(db, generation):
            for key, write in writes:
                if write is None:
                    continue
                try:
                    with writing(db):  # a savepoint: one record's defect undoes that record only
                        write(db)
                except Exception as exc:
                    if is_store_failure(exc):
                        raise  # the store itself: the whole save waits and is tried again
                    log.error("a change could not be saved (%s %s)", key.kind, key.item or key.owner, exc_info=exc)
                    failed[key] = taken[key]
        with self.lock:
            done = set()
            for key, version in taken.items():
                if key in failed:
                    self.defects[key] = version
                    continue
                self.defects.pop(key, None)
                if self.unsaved.get(key) == version:
                    del self.unsaved[key]
                    done.add(key)
            if not self.unsaved and (self.journal is None or self.journal.seq == seq):
                self.compact()  # everything is in the store, nothing journaled meanwhile: start afresh
            for hook in self.on_saved:
                hook(done)
        return len(writes)

    def _saved(self, future: Future[int]) -> None:
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
            more = (
                exc is None
                and not self.replaced
                and any(self.defects.get(key) != version for key, version in self.unsaved.items())
            )
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
            self.forget(keys)
            self.compact()
            self._notify()

    # -- what the window shows -------------------------------------------------------
    def writer_changed(self, state: WriterState) -> None:
        with self.lock:
            self._notify()

    def _notify(self) -> None:
        with self.lock:
            error = self.writer.state.error
            if error is None and self.defects:
                error = StoreError("one change could not be saved; the log has the details", None, "other")
            state = SaveState(
                unsaved=bool(self.unsaved), error=error, replaced=self.replaced, journal_error=self.journal_error
            )
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
        with self.lock:
            for entry in entries:
                try:
                    fn = self.replayers.get(entry.get("op", "")) if isinstance(entry, dict) else None
                    if fn is None:
                        log.warning("journal entry of an unknown kind skipped: %.80r", entry)
                        continue
                    fn(entry)
                    applied += 1
                except Exception:
                    log.exception("journal entry %.80r could not be applied again", entry)
            for hook in self.on_replayed:
                hook()
        return applied

    def close(self) -> bool:
        """End the session (the writer has stopped); whether the journal was kept for the next start."""
        keep = not self.all_saved()
        if self.journal is not None:
            if keep:
                self.compact()
            self.journal.close(keep=keep)
        return keep
