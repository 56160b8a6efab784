"""The app's log: what went wrong, with its traceback, for whoever must find out
afterwards. A rotating file in the user data folder (never beside the store,
which may be on a shared or read-only disk); the user is shown one sentence and
where this file is."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from .. import APP_NAME

_handler: logging.Handler | None = None
LOG_ENV = "DELEGATE_LOG_DIR"  # where tests and portable installs put the log instead


def log_dir() -> Path:
    env = os.environ.get(LOG_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "logs"


def log_path() -> Path:
    return log_dir() / "delegate.log"


def setup(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (once); its path, or None
    when the folder cannot be written (the app runs on without a log)."""
    global _handler
    path = log_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger("delegate_app")
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path
