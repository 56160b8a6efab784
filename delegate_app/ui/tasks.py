"""One background task runner for the whole app.

Database and file work (imports, exports, comparisons) runs on a single worker
thread, so the window never freezes and tasks never race each other for the
store; results and errors come back to the main thread through queued signals,
the way Picard's run_task and Anki's task manager do. Each task opens its own
store connection (WAL lets the window keep reading meanwhile), reports progress
through a callback and checks a cancel flag between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .errors import log


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], token: CancelToken, signals: _Signals):
        super().__init__()
        self.fn, self.token, self.signals = fn, token, signals
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(progress=self.signals.progress.emit, cancelled=self.token.cancelled)
        except BaseException as exc:  # logged with its traceback, then handed to the main thread
            from ..core.errors import DelegateError

            if isinstance(exc, DelegateError):
                log(__name__).warning("background task: %s", exc)
            else:
                log(__name__).error("background task failed", exc_info=exc)
            import traceback

            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Run ``fn(progress=..., cancelled=...)`` off the UI thread, one task at a time."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals: set[_Signals] = set()
        self._tokens: set[CancelToken] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None],
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> CancelToken:
        token = CancelToken()
        signals = _Signals()
        self._signals.add(signals)  # kept alive until the task reports back
        self._tokens.add(token)

        def finished(*_):
            self._signals.discard(signals)
            self._tokens.discard(token)

        signals.done.connect(self._guard(on_done))
        signals.failed.connect(self._guard(on_error))
        signals.done.connect(finished)
        signals.failed.connect(finished)
        if on_progress is not None:
            signals.progress.connect(self._guard(on_progress))
        self.pool.start(_Task(fn, token, signals))
        return token

    def _guard(self, callback: Callable[..., None]) -> Callable[..., None]:
        """A task can finish after the window that started it was closed; its result
        is then dropped instead of reaching widgets that no longer exist."""

        def call(*args) -> None:
            if shiboken6.isValid(self):
                callback(*args)

        return call

    def busy(self) -> bool:
        return bool(self._signals)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        """Ask every task to stop (the window is closing): those waiting to start
        are dropped, the running one stops at its next check, within a file."""
        self.pool.clear()
        for token in list(self._tokens):
            token.cancel()
