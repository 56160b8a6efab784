"""Errors a user can act on.

Readers and the store raise these with a sentence meant for the person who
chose the file; the command line prints them without a traceback and exits 2,
and the app shows them in a dialog.
"""
from __future__ import annotations


class DelegateError(Exception):
    """Base: a problem the user can understand and fix."""

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(DelegateError):
    """A file that cannot be read: corrupt, empty, binary, too large, hostile."""


class NotITUText(InputError):
    """A readable file that holds no ITU resolution or contribution."""


class StoreError(DelegateError):
    """The store cannot be opened or written (newer schema, locked, corrupt)."""
