"""Open any file a delegate hands us and return the document it holds.

The kind is decided from the bytes, not only the name: a .txt that is really a
ZIP, or a .docx that is really a renamed .doc, gets the right message.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field

from ..core.errors import InputError, NotITUText, ReadCancelled
from ..core.model import Contribution, Resolution
from ..core.parse import parse_source, split_resolutions
from . import figures
from .docx_reader import Cancelled, read_docx
from .package_guard import OLE_MAGIC
from .text_reader import read_text

MAX_FILE_SIZE = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
DOCX_SUFFIXES = (".docx", ".docm", ".dotx")
PDF_SUFFIXES = (".pdf",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + (".docx",) + PDF_SUFFIXES


@dataclass
class ReadResult:
    """A document as read; ``original`` is the text before tracked changes."""

    document: Resolution | Contribution
    original: Resolution | Contribution | None = None
    warnings: list[str] = field(default_factory=list)
    path: str = ""
    data: bytes = b""  # the bytes read, kept for the store's duplicate check
    more: list[Resolution] = field(default_factory=list)  # the file's further resolutions (the Final Acts)


def read_file(path: str | os.PathLike[str], cancelled: Cancelled | None = None) -> ReadResult:
    """The document in the file at ``path``, which must be a regular file: it is
    opened without waiting (a FIFO or a device named ``.txt`` would block the
    read for ever) and checked on the open descriptor, not by name first."""
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise InputError("this is not a regular file (a pipe, a device or a socket); nothing was read", name)
            if info.st_size > MAX_FILE_SIZE:
                raise InputError(
                    f"the file is {info.st_size // (1024 * 1024):,} MB; the limit is "
                    f"{MAX_FILE_SIZE // (1024 * 1024)} MB",
                    name,
                )
            data = fh.read(MAX_FILE_SIZE + 1)
    except IsADirectoryError:
        raise InputError("this is a folder, not a file", name) from None
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None
    if len(data) > MAX_FILE_SIZE:  # it grew while it was read
        raise InputError(f"the file is larger than {MAX_FILE_SIZE // (1024 * 1024)} MB", name)
    return read_bytes(data, name, cancelled)


def read_bytes(data: bytes, name: str, cancelled: Cancelled | None = None) -> ReadResult:
    """The document in these bytes; ``cancelled`` is asked while a large
    document is read and between its stages (read, parse, parse the original)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReadCancelled("reading was cancelled", name)

    try:
        if data.startswith(b"PK") or data.startswith(OLE_MAGIC) or name.lower().endswith(DOCX_SUFFIXES):
            read = read_docx(data, name, cancelled)
            check()
            document = parse_source(read.revised.without_soft_hyphens())
            check()
            original = None
            warnings = list(read.warnings) + read.revised.warnings
            if read.original is not None:
                try:
                    original = parse_source(read.original.without_soft_hyphens())
                except NotITUText as exc:
                    warnings.append(f"the text before tracked changes could not be read: {exc.message}")
            if isinstance(document, Contribution) and isinstance(original, Contribution):
                for proposal, before in zip(document.proposals, original.proposals):
                    proposal.base = before.resolution
            # the figures' markers out of the text, onto their provisions (each side its own)
            warnings += figures.attach(document, read.figures)
            if original is not None:
                figures.attach(original, read.figures)
            return ReadResult(document, original, warnings, name, data)
        if data.startswith(b"%PDF") or name.lower().endswith(PDF_SUFFIXES):
            from .pdf_reader import read_pdf  # pdfminer loads only when a PDF is read

            source = read_pdf(data, name, cancelled)
        else:
            source = read_text(data, name)
        check()
        first, *rest = split_resolutions(source.without_soft_hyphens())
        document = parse_source(first)
        more = []
        for part in rest:  # each read like a file of its own; the file's text is read once
            check()
            res = parse_source(part)
            assert isinstance(res, Resolution)  # split_resolutions leaves contributions whole
            more.append(res)
        return ReadResult(document, path=name, data=data, warnings=list(source.warnings), more=more)
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
