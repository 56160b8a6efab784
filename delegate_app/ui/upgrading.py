"""Opening a store that an older version of Delegate made.

The migration, and the backup copy taken before it, run on a thread of their
own while a small window says what is happening: a library of 25,000 versions
takes about ten seconds to upgrade, which with nothing on screen looks like a
program that failed to start. The window's thread keeps painting meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog

from .. import APP_NAME

T = TypeVar("T")
POLL_MS = 30


class _Busy(QProgressDialog):
    """Stays up until the work is done: Esc (reject) and the window's close button
    would hide it while the store is still being upgraded, the app seemingly gone."""

    def reject(self) -> None:
        pass

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.ignore()


def message() -> str:
    """What the window says while the store is upgraded, in the user's language."""
    return QCoreApplication.translate(
        "app",
        "Bringing the library up to date for this version of {0}…\n\nA copy of it as it was is kept beside it.",
    ).format(APP_NAME)


def open_upgrading(open_store: Callable[[str], T], db_path: str) -> T:
    """``open_store(db_path)`` run off this thread, with a busy window shown until
    it returns; what it raises is raised here."""
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["store"] = open_store(db_path)
        except BaseException as exc:  # handed to the caller on its own thread
            outcome["error"] = exc

    dialog = _Busy(message(), "", 0, 0)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)  # each step is a transaction: stopped halfway, the next start takes it up again
    dialog.setMinimumDuration(0)
    dialog.show()
    worker = threading.Thread(target=work, name="store-upgrade")
    loop = QEventLoop()
    poll = QTimer(interval=POLL_MS)

    def finished() -> None:
        if not worker.is_alive():
            loop.quit()

    poll.timeout.connect(finished)
    worker.start()
    poll.start()
    loop.exec()
    poll.stop()
    worker.join()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["store"]  # type: ignore[return-value]
