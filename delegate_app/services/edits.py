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

Nothing is written over a version of a record that the window has not seen.
The window keeps, by row (``bases``), the store's version of each record it
holds (schema 12: read with the record, or left by its own last save); every
journal entry says the version it was based on, and after a save that leaves
the journal as it was, a "saved" entry says the versions that save left. A
write finds the store still at that version and writes, or finds a newer one
(another window, an import, the command line wrote it meanwhile) and writes
nothing: its kind settles it (``settle``: a copy beside the newer one, a
conflict kept) and the window is told (``on_conflict``). A journal replayed
after a crash is held to the same rule: a row whose stated version is no
longer the store's, or that an earlier journal replayed here changed already,
is not changed; the kinds copy it (``copiers``) and its entries go to the copy.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from ..core.errors import StoreError
from ..store.database import Database, writing, writing_to
from ..store.journal import Journal, JournalError
from .writer import StoreWriter, WriterState, is_store_failure

log = logging.getLogger(__name__)

Entry = dict[str, Any]


@dataclass
class Written:
    """What writing one record did: the versions it left in the store, by row
    (what later edits of those rows are based on), and, when the store held
    another version than the one the record was based on, what it held
    (``conflict``, plain values, for the record's kind to settle)."""

    bases: dict[str, Any] = field(default_factory=dict)
    conflict: Any = None


Writer = Callable[[Database], "Written | None"]  # writes one record, on the writer's thread
# rows moved on -> how an entry goes to a copy (None: it is not applied)
Copier = Callable[[set[str]], Callable[[Entry], "Entry | None"]]

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

    def settle(self, key: Key, conflict: Any) -> object | None:
        """The store held a newer version than the record was based on: keep the
        delegate's as a copy beside it (memory only, under the lock; the copy's
        records are marked unsaved); what to tell the delegate, or None."""
        ...


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
        self.on_conflict: list[Callable[[object], None]] = []  # a write found a newer version: what was kept
        self.state = SaveState(journal_error=journal_error)
        self.bases: dict[str, Any] = {}  # row -> the store's version the window's copy of it is based on
        self.fresh: dict[str, Any] = {}  # row -> the version the save running now wrote (writer's thread)
        self.rows: dict[str, Callable[[Entry], str | None]] = {}  # op -> the row an entry of it changes
        self.readers: dict[str, Callable[[str], Any]] = {}  # row prefix -> its version in the store now
        self.copiers: list[Copier] = []
        self.copies: list[object] = []  # what replays kept as copies, for the window to say
        self._replayed: set[str] = set()  # rows an earlier journal replayed here changed
        self._copied = False  # the last save met newer versions and made copies

    # -- plugging in ---------------------------------------------------------------
    def register(self, kind: str, handler: RecordKind) -> None:
        self.kinds[kind] = handler

    def replayer(self, op: str, fn: Callable[[Entry], None], row: Callable[[Entry], str | None] | None = None) -> None:
        """How an entry of ``op`` is applied again, and which row it changes (its "base" is that row's)."""
        self.replayers[op] = fn
        if row is not None:
            self.rows[op] = row

    def based(self, row: str, base: Any, stored: Any) -> bool:
        """Whether the store's version of ``row`` (read in the save's transaction,
        on the writer's thread) is ``base``, the one the window's copy was based
        on when the save took it, or one this save wrote."""
        return stored == base or (row in self.fresh and stored == self.fresh[row])

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
            self.journal.append(self._with_base(entry() if callable(entry) else entry))
        except JournalError:
            self.compact()
            if callable(entry) and not self._resync:
                try:
                    self.journal.append(self._with_base(entry()))
                except JournalError as exc:
                    self._journal_failed(exc)

    def _with_base(self, entry: Entry) -> Entry:
        """The entry with the version of its row it is based on (unless it says one)."""
        op = entry.get("op", "")
        if op in self.rows and "base" not in entry:
            row = self.rows[op](entry)
            if row is not None:
                return {**entry, "base": self.bases.get(row)}
        return entry

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
                entries.extend(self._with_base(entry) for entry in self.kinds[key.kind].entries(key))
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
        results: dict[Key, Written] = {}
        self.fresh = {}
        with writing_to(db, generation):
            for key, write in writes:
                if write is None:
                    continue
                try:
                    with writing(db):  # a savepoint: one record's defect undoes that record only
                        result = write(db)
                except Exception as exc:
                    if is_store_failure(exc):
                        raise  # the store itself: the whole save waits and is tried again
                    log.error("a change could not be saved (%s %s)", key.kind, key.item or key.owner, exc_info=exc)
                    failed[key] = taken[key]
                    continue
                if result is not None:
                    results[key] = result
                    self.fresh.update(result.bases)
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
            self.bases.update(self.fresh)
            notices = [
                self.kinds[key.kind].settle(key, result.conflict)
                for key, result in results.items()
                if result.conflict is not None
            ]
            self._copied = bool(notices)  # the copies are saved at once, not after a pause
            if notices or (not self.unsaved and (self.journal is None or self.journal.seq == seq)):
                self.compact()  # all in the store and nothing journaled meanwhile, or copies made: afresh
            elif self.fresh:  # what is journaled and unsaved is now based on the versions this save left
                self._journal({"op": "saved", "bases": dict(self.fresh), "upto": seq})
            for hook in self.on_saved:
                hook(done)
        for notice in notices:
            if notice is not None:
                for listener in list(self.on_conflict):
                    try:
                        listener(notice)
                    except Exception:
                        log.exception("conflict listener failed")
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
            self.save(0.0 if self._copied else TYPING_DELAY)

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
        """Apply the entries of one journal again (their records become unsaved);
        how many applied. A row whose last stated version is not the store's, or
        that an earlier journal replayed here changed, is not changed: its
        entries are applied to a copy the kinds make (``copiers``)."""
        applied = 0
        with self.lock:
            entries = self._unsaved_entries([entry for entry in entries if isinstance(entry, dict)])
            stated = self._stated(entries)
            moved = {row for row, base in stated.items() if row in self._replayed or self._moved_on(row, base)}
            to_copies = [copier(moved) for copier in self.copiers] if moved else []
            for original in entries:
                try:
                    entry: Entry | None = original
                    for copy_of in to_copies:
                        entry = copy_of(entry) if entry is not None else None
                    if entry is None:
                        continue
                    op = entry.get("op", "")
                    if op == "saved":
                        bases = entry.get("bases", {}).items()
                        self.bases.update({r: b for r, b in bases if r in stated and r not in moved})
                        continue
                    fn = self.replayers.get(op)
                    if fn is None:
                        log.warning("journal entry of an unknown kind skipped: %.80r", entry)
                        continue
                    fn(entry)
                    row = self._row(entry)
                    if row is not None and "base" in entry:
                        self.bases[row] = entry["base"]
                    applied += 1
                except Exception:
                    log.exception("journal entry %.80r could not be applied again", entry)
            self._replayed |= set(stated)
            for hook in self.on_replayed:
                hook()
        return applied

    def _row(self, entry: Entry) -> str | None:
        op = entry.get("op", "")
        try:
            return self.rows[op](entry) if op in self.rows else None
        except (KeyError, TypeError, AttributeError):
            return None

    def _unsaved_entries(self, entries: list[Entry]) -> list[Entry]:
        """The entries of rows that have one the store lacks: a "saved" entry says
        up to which journal entry (``upto``, by seq) a row's are in the store.
        All of such a row's entries stay (a text is journaled by its differences
        from the one before); a row whose entries are all in the store has none."""
        upto: dict[str, int] = {}
        for entry in entries:
            if entry.get("op") == "saved":
                for row in entry.get("bases", {}):
                    upto[row] = max(upto.get(row, -1), int(entry.get("upto", -1)))
        live = {
            row
            for entry in entries
            if (row := self._row(entry)) is not None and int(entry.get("seq", 1 << 62)) > upto.get(row, -1)
        }
        return [entry for entry in entries if (row := self._row(entry)) is None or row in live]

    def _stated(self, entries: list[Entry]) -> dict[str, Any]:
        """The version each row's entries (those left) were last said to be based on."""
        live = {row for entry in entries if (row := self._row(entry)) is not None}
        stated: dict[str, Any] = {}
        for entry in entries:
            if entry.get("op") == "saved":
                stated.update({r: b for r, b in entry.get("bases", {}).items() if r in live})
            elif "base" in entry and (row := self._row(entry)) is not None:
                stated[row] = entry["base"]
        return stated

    def _moved_on(self, row: str, base: Any) -> bool:
        """Whether the store holds another version of ``row`` than ``base`` (rows
        of a kind that settles at its write, positions, are left to it)."""
        reader = self.readers.get(row.split(":", 1)[0])
        if reader is None:
            return False
        try:
            return bool(reader(row) != base)
        except Exception:
            log.exception("the version of %s could not be read", row)
            return False

    def close(self) -> bool:
        """End the session (the writer has stopped); whether the journal was kept for the next start."""
        keep = not self.all_saved()
        if self.journal is not None:
            if keep:
                self.compact()
            self.journal.close(keep=keep)
        return keep
