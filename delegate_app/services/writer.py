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
from ..store.database import Database, failure, open_database

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
    future: Future = field(default_factory=Future)


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
        self._wake = False
        self.state = WriterState()
        self._thread = threading.Thread(target=self._loop, name="delegate-store-writer", daemon=True)
        self._thread.start()

    # -- the caller's side ---------------------------------------------------------
    def submit(self, fn: Callable[[Database], Any], name: str = "write") -> Future:
        """Run ``fn`` after the jobs before it; its result or error in the future."""
        job = _Job(fn, name, due=time.monotonic())
        with self._cond:
            if self._closed:
                raise RuntimeError("the writer is closed")
            self._queue.append(job)
            self._changed()
            self._cond.notify_all()
        return job.future

    def schedule(self, key: str, fn: Callable[[Database], Any], delay: float, longest: float = 5.0) -> Future:
        """Run ``fn`` once ``delay`` seconds have passed without another call for the
        same ``key`` (typing), and at the latest ``longest`` seconds after the
        first: several calls, one write. A call with delay 0 runs it at once."""
        now = time.monotonic()
        with self._cond:
            if self._closed:
                raise RuntimeError("the writer is closed")
            job = next((j for j in self._queue if j.key == key), None)
            if job is None:
                job = _Job(fn, key, due=now + delay, deadline=now + longest, key=key)
                self._queue.append(job)
            else:
                job.fn = fn
                job.due = min(max(job.due, now + delay), job.deadline) if delay else now
            self._changed()
            self._cond.notify_all()
            return job.future

    def retry_now(self) -> None:
        """Try the failing job again without waiting for its pause (the user asked)."""
        with self._cond:
            self._wake = True
            for job in self._queue:
                job.due = min(job.due, time.monotonic())
            self._cond.notify_all()

    def idle(self) -> bool:
        with self._cond:
            return not self._queue and self._running is None

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
            for job in self._queue:
                job.future.cancel()
            self._queue.clear()
            self._cond.notify_all()
        self._thread.join(timeout=5)

    # -- the writer's side ---------------------------------------------------------
    def _changed(self, error: StoreError | None = None, keep_error: bool = False) -> None:
        state = WriterState(bool(self._queue) or self._running is not None,
                            self.state.error if keep_error else error)
        if state != self.state:
            self.state = state
            if self.listener is not None:
                try:
                    self.listener(state)
                except Exception:  # a listener's bug must not stop the writing
                    log.exception("writer listener failed")

    def _next(self) -> _Job | None:
        with self._cond:
            while not self._closed:
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
        if self._db is None:
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
            tries = 0
            while True:
                try:
                    result = job.fn(self._connection())
                except Exception as exc:
                    problem = _as_store_error(exc, self.path)
                    self._drop_connection()  # the file may have been replaced or repaired meanwhile
                    if problem is not None and problem.transient and not self._closed:
                        if tries == 0:
                            log.warning("%s: cannot write the store (%s); trying again", job.name, problem)
                        with self._cond:
                            self._changed(problem)
                        pause = RETRY_PAUSES[min(tries, len(RETRY_PAUSES) - 1)]
                        tries += 1
                        with self._cond:
                            self._cond.wait_for(lambda: self._wake or self._closed, pause)
                            self._wake = False
                            if self._closed:
                                job.future.cancel()
                                break
                        continue
                    if problem is None or problem.kind not in ("replaced",):
                        log.error("%s failed", job.name, exc_info=exc)
                    job.future.set_exception(problem or exc)
                    with self._cond:
                        self._running = None
                        self._changed(problem)
                        self._cond.notify_all()
                    break
                else:
                    if tries:
                        log.info("%s: written after %d tries", job.name, tries + 1)
                    job.future.set_result(result)
                    with self._cond:
                        self._running = None
                        self._changed(None)
                        self._cond.notify_all()
                    break


def _as_store_error(exc: Exception, path: Path) -> StoreError | None:
    """The store's own failures as a StoreError of a kind; None for anything else (a bug)."""
    import sqlite3

    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, (sqlite3.Error, OSError)):
        return failure(exc, path)
    return None
