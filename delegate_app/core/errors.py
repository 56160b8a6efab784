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


class ReadCancelled(DelegateError):
    """The delegate cancelled while a file was being read: nothing was stored."""


class StoreError(DelegateError):
    """The store cannot be opened or written (newer schema, locked, corrupt).

    ``kind`` names the cause, because each asks something else of the user:
    "locked" (another program is using it: wait), "full" (free some space),
    "read-only" (a read-only file, folder or disk), "damaged" (restore a
    backup), "missing" (the file was moved or deleted), "replaced" (restored or
    swapped while open), "schema" (made by another version), "io" (the disk
    failed), "other"."""

    TRANSIENT = frozenset({"locked", "full", "read-only", "missing", "io"})

    def __init__(self, message: str, path: str | None = None, kind: str = "other"):
        super().__init__(message, path)
        self.kind = kind

    @property
    def transient(self) -> bool:
        """Whether trying again later can succeed without the user choosing anything."""
        return self.kind in self.TRANSIENT
