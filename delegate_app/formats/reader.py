"""Open any file a delegate hands us and return the document it holds.

The kind is decided from the bytes, not only the name: a .txt that is really a
ZIP, or a .docx that is really a renamed .doc, gets the right message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..core.errors import InputError, NotITUText
from ..core.model import Contribution, Resolution
from ..core.parse import parse_source
from .docx_reader import read_docx
from .package_guard import OLE_MAGIC
from .text_reader import read_text

MAX_FILE_SIZE = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DOCX_SUFFIXES = (".docx", ".docm", ".dotx")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + (".docx",)


@dataclass
class ReadResult:
    """A document as read; ``original`` is the text before tracked changes."""

    document: Resolution | Contribution
    original: Resolution | Contribution | None = None
    warnings: list[str] = field(default_factory=list)
    path: str = ""
    data: bytes = b""  # the bytes read, kept for the store's duplicate check


def read_file(path: str | os.PathLike[str]) -> ReadResult:
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_FILE_SIZE:
            raise InputError(
                f"the file is {size // (1024 * 1024):,} MB; the limit is {MAX_FILE_SIZE // (1024 * 1024)} MB", name
            )
        with open(name, "rb") as fh:
            data = fh.read(MAX_FILE_SIZE + 1)
    except IsADirectoryError:
        raise InputError("this is a folder, not a file", name) from None
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> ReadResult:
    try:
        if data.startswith(b"PK") or data.startswith(OLE_MAGIC) or name.lower().endswith(DOCX_SUFFIXES):
            read = read_docx(data, name)
            document = parse_source(read.revised)
            original = None
            warnings = list(read.warnings)
            if read.original is not None:
                try:
                    original = parse_source(read.original)
                except NotITUText as exc:
                    warnings.append(f"the text before tracked changes could not be read: {exc.message}")
            if isinstance(document, Contribution) and isinstance(original, Contribution):
                for proposal, before in zip(document.proposals, original.proposals):
                    proposal.base = before.resolution
            return ReadResult(document, original, warnings, name, data)
        return ReadResult(parse_source(read_text(data, name)), path=name, data=data)
    except NotITUText as exc:
        raise NotITUText(f"this is not an ITU resolution or contribution: {exc.message}", name) from None
    except InputError as exc:
        exc.path = exc.path or name
        raise
    except RecursionError:
        raise InputError("the document is nested too deeply to read", name) from None
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, LookupError) as exc:
        # a malformed part that the libraries below us reject in their own words
        raise InputError(f"the file could not be read ({type(exc).__name__}: {exc})", name) from None
