"""The one thread that writes the store for the app.

Every write the window makes (a pause in typing saved, a proposal added, a
position recorded) is a job run here, in order, on this thread's own
connection, so the window's thread never waits on SQLite's lock. A job that
meets a lock held by another program, a full disk or a read-only store is tried
again, with growing pauses, until it succeeds; jobs read what they write when
they run, so a retried save writes the latest text, not the text of its first
try. A job whose failure is not passing (the store was replaced under the
window, a bug) ends with that error, for its caller to decide.

What the writer is doing (idle, writing, failing and why) goes to ``listener``
from this thread; a Qt window turns it into a signal. Qt-free: the command line
and the tests drive it directly.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import StoreError
from ..store.database import Database, failure, file_identity, open_database


class _Keep:
    """_changed(): the error stays what it was."""


_KEEP = _Keep()

log = logging.getLogger(__name__)

RETRY_PAUSES = (0.25, 0.5, 1.0, 2.0, 3.0)  # seconds between tries of a failing job; the last repeats
BUSY_TIMEOUT_MS = 1000  # a lock held briefly (another window saving) is waited out, not reported


@dataclass(frozen=True)
class WriterState:
    busy: bool = False  # a job is queued or running
    error: StoreError | None = None  # why the job at the head fails, while it does


@dataclass
class _Job:
    fn: Callable[[Database], Any]
    name: str
    due: float = 0.0
    deadline: float = 0.0
    key: str | None = None
    future: Future[Any] = field(default_factory=Future)


class StoreWriter:
    """Run ``fn(db)`` jobs off the caller's thread, one at a time, in order."""

    def __init__(self, path: str | Path, listener: Callable[[WriterState], None] | None = None):
        self.path = Path(path)
        self.listener = listener
        self._cond = threading.Condition()
        self._queue: list[_Job] = []
        self._running: _Job | None = None
        self._closed = False
        self._db: Database | None = None
        self._release = False
        self._blocked: StoreError | None = None
        self._wake = False
        self.state = WriterState()
        self._thread = threading.Thread(target=self._loop, name="delegate-store-writer", daemon=True)
        self._thread.start()

    # -- the caller's side ---------------------------------------------------------
    def submit(self, fn: Callable[[Database], Any], name: str = "write") -> Future[Any]:
        """Run ``fn`` after the jobs before it (an import's storing step); its result
        or error in the future."""
        job = _Job(fn, name, due=time.monotonic())
        with self._cond:
            if self._closed:
                raise RuntimeError("the writer is closed")
            self._queue.append(job)
            state = self._changed(_KEEP)
            self._cond.notify_all()
        self._tell(state)
        return job.future

    def schedule(
        self, key: str, fn: Callable[[Database], Any], delay: float, longest: float = 5.0
    ) -> tuple[Future[Any], bool]:
        """Run ``fn`` once ``delay`` seconds have passed without another call for the
        same ``key`` (typing), and at the latest ``longest`` seconds after the
        first: several calls, one write. A call with delay 0 runs it at once.
        The future, and whether this call made a new job (or joined a queued one)."""
        now = time.monotonic()
        with self._cond:
            if self._closed:
                raise RuntimeError("the writer is closed")
            job = next((j for j in self._queue if j.key == key), None)
            created = job is None
            if job is None:
                job = _Job(fn, key, due=now + delay, deadline=now + longest, key=key)
                self._queue.append(job)
            else:
                job.fn = fn
                job.due = min(max(job.due, now + delay), job.deadline) if delay else now
            state = self._changed(_KEEP)
            self._cond.notify_all()
        self._tell(state)
        return job.future, created

    def block(self, error: StoreError) -> None:
        """Write nothing more into this store (it was found damaged): every job ends
        with ``error`` until the window is closed; whoever queued it keeps it."""
        with self._cond:
            self._blocked = error
            state = self._changed(error)
            self._wake = True
            self._cond.notify_all()
        self._tell(state)

    def release(self, timeout: float = 5.0) -> bool:
        """Close the writer's connection (another file was put in the store's
        place: nothing may keep the old one open while the new one is opened);
        waits for a running job to end. True when it is closed."""
        with self._cond:
            self._release = self._wake = True
            self._cond.notify_all()
            return self._cond.wait_for(lambda: self._db is None or self._closed, timeout)

    def retry_now(self) -> None:
        """Try the failing job again without waiting for its pause (the user asked)."""
        with self._cond:
            self._wake = True
            for job in self._queue:
                job.due = min(job.due, time.monotonic())
            self._cond.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Whether everything queued was written within ``timeout`` seconds; jobs
        that are scheduled for later are started now."""
        end = time.monotonic() + timeout
        with self._cond:
            for job in self._queue:
                job.due = min(job.due, time.monotonic())
            self._wake = True
            self._cond.notify_all()
            while self._queue or self._running is not None:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return True

    def close(self, timeout: float = 0.0) -> None:
        """Stop; what is still queued is dropped (whoever queued it keeps it in the journal)."""
        if timeout:
            self.wait_idle(timeout)
        with self._cond:
            self._closed = True
            dropped, self._queue = self._queue, []
            self._cond.notify_all()
        for job in dropped:
            job.future.cancel()
        self._thread.join(timeout=5)

    # -- the writer's side ---------------------------------------------------------
    def _changed(self, error: StoreError | None | _Keep = _KEEP) -> WriterState | None:
        """The new state, under the condition's lock; None when it did not change.
        ``_tell`` hands it to the listener after the lock is released, so that a
        listener may take locks of its own (the edits' lock) without an order
        to keep with this one."""
        state = WriterState(
            bool(self._queue) or self._running is not None, self.state.error if isinstance(error, _Keep) else error
        )
        if state == self.state:
            return None
        self.state = state
        return state

    def _tell(self, state: WriterState | None) -> None:
        if state is not None and self.listener is not None:
            try:
                self.listener(state)
            except Exception:  # a listener's bug must not stop the writing
                log.exception("writer listener failed")

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._closed:
                if self._release:
                    self._release = False
                    self._drop_connection()
                    self._cond.notify_all()
                now = time.monotonic()
                ready = [j for j in self._queue if j.due <= now]
                if ready:
                    job = ready[0]
                    self._queue.remove(job)
                    self._running = job
                    return job
                wait = min((j.due for j in self._queue), default=now + 3600) - now
                self._wake = False
                self._cond.wait(max(0.01, wait))
            return None

    def _connection(self) -> Database:
        if self._db is not None and self._db.identity != file_identity(self.path):
            self._drop_connection()  # another file is in its place: see store.database._OPEN
        if self._db is None:
            if not self.path.exists():  # moved or deleted: never create an empty store in its place
                raise StoreError("the store file is no longer there (moved or deleted)", str(self.path), "missing")
            db = open_database(self.path)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db = db
        return self._db

    def _drop_connection(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except Exception:
                pass
            self._db = None

    def _loop(self) -> None:
        while True:
            job = self._next()
            if job is None:
                self._drop_connection()
                return
            self._run(job)

    def _run(self, job: _Job) -> None:
        """One job, tried again while the store refuses it for a passing reason."""
        tries = 0
        while True:
            if self._blocked is not None:
                job.future.set_exception(self._blocked)
                self._finish(self._blocked)
                return
            try:
                result = job.fn(self._connection())
            except Exception as exc:
                problem = _as_store_error(exc, self.path)
                self._drop_connection()  # the file may have been replaced or repaired meanwhile
                if problem is not None and problem.transient and not self._closed:
                    if tries == 0:
                        log.warning("%s: cannot write the store (%s); trying again", job.name, problem)
                    with self._cond:
                        state = self._changed(problem)
                    self._tell(state)
                    pause = RETRY_PAUSES[min(tries, len(RETRY_PAUSES) - 1)]
                    tries += 1
                    with self._cond:
                        self._cond.wait_for(lambda: self._wake or self._closed, pause)
                        self._wake = False
                        if not self._closed:
                            continue
                    job.future.cancel()
                    self._finish(_KEEP)
                    return
                if problem is None or problem.kind != "replaced":
                    log.error("%s failed", job.name, exc_info=exc)
                job.future.set_exception(problem or exc)
                self._finish(problem if problem is not None else _KEEP)
                return
            if tries:
                log.info("%s: written after %d tries", job.name, tries + 1)
            job.future.set_result(result)
            self._finish(None)
            return

    def _finish(self, error: StoreError | None | _Keep) -> None:
        with self._cond:
            self._running = None
            state = self._changed(error)
            self._cond.notify_all()
        self._tell(state)


def is_store_failure(exc: BaseException) -> bool:
    """Whether an exception is the store's own (SQLite, the disk), not a defect."""
    import sqlite3

    return isinstance(exc, (sqlite3.Error, OSError)) or isinstance(exc, StoreError)


def _as_store_error(exc: Exception, path: Path) -> StoreError | None:
    """The store's own failures as a StoreError of a kind; None for anything else (a bug)."""
    if isinstance(exc, StoreError):
        return exc
    if is_store_failure(exc):
        return failure(exc, path)
    return None
