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


def check_paragraphs(count: int, name: str) -> None:
    """Refuse a document of more than MAX_PARAGRAPHS paragraphs."""
    if count > MAX_PARAGRAPHS:
        raise InputError(
            f"the document has more than {MAX_PARAGRAPHS:,} paragraphs; an ITU resolution has a few hundred "
            "(split the file, or remove what is not the resolution)",
            name,
        )


def check_lines(count: int, name: str) -> None:
    """Refuse a text file of more than MAX_LINES lines before its paragraphs are built."""
    if count > MAX_LINES:
        raise InputError(
            f"the file has more than {MAX_LINES:,} lines of text; an ITU resolution has a few hundred paragraphs "
            "(split the file, or remove what is not the resolution)",
            name,
        )


def check_provisions(count: int, name: str) -> None:
    """Refuse a document of more than MAX_PROVISIONS numbered provisions."""
    if count > MAX_PROVISIONS:
        raise InputError(
            f"the document has {count:,} provisions; the limit is {MAX_PROVISIONS:,} "
            "(an ITU resolution has a few hundred)",
            name,
        )


def check_table_depth(depth: int, name: str) -> None:
    """Refuse tables nested deeper than MAX_TABLE_DEPTH."""
    if depth > MAX_TABLE_DEPTH:
        raise InputError(
            f"the document has tables nested more than {MAX_TABLE_DEPTH} deep inside one another; "
            "this is not an ITU text (refused)",
            name,
        )
