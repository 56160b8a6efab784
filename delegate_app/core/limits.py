"""How much one document may hold, and the check every reader makes.

A resolution is a few hundred paragraphs; the longest real text we know (a
Council contribution compiling four sister resolutions) has about 900. A file
with a million paragraphs is not an ITU text, and reading it would take
minutes and gigabytes before saying so; these caps refuse it early, with
memory bounded, and the numbers are a comfortable margin above real texts so
that no real publication meets them.
"""

from __future__ import annotations

from .errors import InputError

MAX_PARAGRAPHS = 10_000  # about ten times the longest real text
MAX_PROVISIONS = 5_000  # numbered items and paragraphs of one document
MAX_LINES = 4 * MAX_PARAGRAPHS  # lines of a text file; a PDF conversion wraps a paragraph over a few
MAX_TABLE_DEPTH = 8  # tables inside tables; ITU's own go two deep at most


_SPLIT = "(split the file, or remove what is not the resolution)"


def _refuse_over(count: int, limit: int, message: str, name: str) -> None:
    if count > limit:
        raise InputError(message.format(count=count, limit=limit), name)


def check_paragraphs(count: int, name: str) -> None:
    """Refuse a document of more than MAX_PARAGRAPHS paragraphs."""
    message = "the document has more than {limit:,} paragraphs; an ITU resolution has a few hundred " + _SPLIT
    _refuse_over(count, MAX_PARAGRAPHS, message, name)


def check_lines(count: int, name: str) -> None:
    """Refuse a text file of more than MAX_LINES lines before its paragraphs are built."""
    message = "the file has more than {limit:,} lines of text; an ITU resolution has a few hundred paragraphs " + _SPLIT
    _refuse_over(count, MAX_LINES, message, name)


def check_provisions(count: int, name: str) -> None:
    """Refuse a document of more than MAX_PROVISIONS numbered provisions."""
    message = "the document has {count:,} provisions; the limit is {limit:,} (an ITU resolution has a few hundred)"
    _refuse_over(count, MAX_PROVISIONS, message, name)


def check_table_depth(depth: int, name: str) -> None:
    """Refuse tables nested deeper than MAX_TABLE_DEPTH."""
    message = "the document has tables nested more than {limit} deep inside one another; this is not an ITU text"
    _refuse_over(depth, MAX_TABLE_DEPTH, message, name)
