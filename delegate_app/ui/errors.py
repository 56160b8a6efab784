"""A failure to read the store, said where it happened instead of escaping into
Qt: a view that cannot show what it was asked to says why, in the window's
status bar (and in the log), and the window goes on."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QMainWindow, QWidget

from ..core.errors import DelegateError

F = TypeVar("F", bound=Callable[..., Any])


def log(name: str) -> Any:
    """The logger of module ``name``, with logging loaded when there is first
    something to log, not while the window opens."""
    import logging

    return logging.getLogger(name)


def report(widget: QWidget, exc: DelegateError) -> None:
    """In the status bar; the store found damaged is also said once in a message (ui/safekeeping.py)."""
    log(__name__).warning("%s: %s", type(widget).__name__, exc)
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(str(exc), 20000)
        if getattr(exc, "kind", "") == "damaged" and hasattr(window, "safekeeping"):
            window.safekeeping.damage_found(exc)


def output_refused(parent: QWidget, path: str) -> bool:
    """Whether an export's target is refused (a pipe, a device, a folder, the
    store...): said at once, in the message the command line gives, before any
    work starts on another thread (a pipe opened there would wait for ever)."""
    from pathlib import Path

    from ..services.files import check_output

    try:
        check_output(Path(path))
    except DelegateError as exc:
        from .dialogs import tell

        tell(parent, str(exc))
        return True
    return False


def shows_errors(method: F) -> F:
    """A view's method whose DelegateError (a damaged record, a store that cannot
    be read) is reported instead of raised into Qt's event loop."""

    parameters = inspect.signature(method).parameters.values()
    if any(p.kind is p.VAR_POSITIONAL for p in parameters):
        takes = None
    else:  # a signal passes its arguments (a text, `checked`) to slots that take them, and only to those
        takes = sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)) - 1

    @functools.wraps(method)
    def guarded(self: QWidget, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *(args if takes is None else args[:takes]), **kwargs)
        except DelegateError as exc:
            report(self, exc)
            return None

    return guarded  # type: ignore[return-value]
