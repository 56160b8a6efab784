"""Checks on a Word package before its document is parsed.

Delegates open documents that come from anyone. A .docx is a ZIP archive of XML
parts, so the dangers are those of archives (bombs, path traversal, encryption,
truncation) and of XML (entity declarations), plus remote relationships that
another program would fetch. Everything here reads the archive directory, the
prolog of each XML part (where alone a DTD can stand, see opc.declares_dtd),
the package's relationships and content types (small, and parsed only after
their prologs passed), and the main part as it is unpacked, with fixed limits.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO

from ..core.errors import InputError
from ..core.limits import check_paragraphs
from .opc import CONTENT_TYPES, Package, declares_dtd, refuse_entities

MAX_ENTRIES = 2_000
MAX_TOTAL_UNCOMPRESSED = 150 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_EXTERNAL = re.compile(rb'<Relationship\b[^>]*TargetMode="External"[^>]*>', re.I)
_TARGET = re.compile(rb'Target="([^"]*)"')
_TYPE = re.compile(rb'Type="[^"]*/([^"/]*)"')
_PARAGRAPH = re.compile(rb"<w:p[ >/]")
_MACRO_TYPES = (b"macroEnabled", b"vbaProject")


@dataclass
class PackageReport:
    """What the checks found that the user should know but that does not stop
    reading; for a Word file, also what was checked, for the reader to go on with."""

    warnings: list[str] = field(default_factory=list)
    package: Package | None = None
    main: str = ""  # the main document part's name ("/word/document.xml")
    document: bytes = b""  # its bytes


def _archive(data: bytes, name: str, what: str, extension: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The package as a ZIP archive, refused when it is not a safe one: a
    bomb, unsafe paths, encryption, damage. ``what`` names the kind of file
    ("Word", "Excel") in the messages."""
    article = "an" if what[0] in "AEIOU" else "a"
    if data.startswith(OLE_MAGIC):
        raise InputError(
            f"this is {article} {what} 97-2003 or password-protected file; "
            f"open it in {what} and save it as an unprotected {extension}",
            name,
        )
    if not data.startswith(b"PK"):
        raise InputError(f"this is not {article} {what} file ({extension}): it is not a ZIP package", name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise InputError(f"the {what} file is damaged or truncated ({exc})", name) from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(
            f"the {what} file has {len(infos):,} parts; a document has a few dozen (refused as a possible ZIP bomb)",
            name,
        )
    total = 0
    for info in infos:
        member = info.filename
        if (
            member.startswith(("/", "\\"))
            or ".." in member.replace("\\", "/").split("/")
            or re.match(r"^[A-Za-z]:", member)
        ):
            raise InputError(f"the {what} file has a part with an unsafe path ({member!r})", name)
        if info.flag_bits & 0x1:
            raise InputError(f"the {what} file is encrypted; remove the password in {what} first", name)
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(
                f"the part {member!r} expands {info.file_size // max(info.compress_size, 1):,} "
                "times (refused as a possible ZIP bomb)",
                name,
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise InputError(
            f"the {what} file expands to {total // (1024 * 1024):,} MB (refused as a possible ZIP bomb)", name
        )
    return archive, infos


def _no_entities(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, what: str) -> None:
    """No part declares a DTD or entities, anywhere in it: a declaration after a
    long comment is still read by a parser that expands entities."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        tail = b""
        with archive.open(info) as part:
            while chunk := part.read(1024 * 1024):
                if _DTD.search(tail + chunk):
                    raise InputError(
                        f"the part {info.filename!r} declares XML entities; {what} never writes that "
                        "(refused as hostile)",
                        name,
                    )
                tail = chunk[-16:]


def check_xlsx(data: bytes, name: str) -> None:
    """Refuse anything that is not a plain, well-formed Excel workbook."""
    archive, infos = _archive(data, name, "Excel", ".xlsx")
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise InputError("this ZIP file is not an Excel workbook (it has no xl/workbook.xml)", name)
    try:
        if "xl/vbaProject.bin" in names or any(t in archive.read("[Content_Types].xml") for t in _MACRO_TYPES):
            raise InputError("this is a macro-enabled workbook (.xlsm); save it as an .xlsx without macros first", name)
        _no_entities(archive, infos, name, "Excel")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise InputError(f"the Excel file is damaged or truncated ({exc})", name) from None


WORD_MAIN = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)


def check_docx(data: bytes, name: str) -> PackageReport:
    """Refuse anything that is not a plain, well-formed Word package.

    The report carries the package as checked, its main part (found through
    the package relationships, whatever its name) and that part's bytes, read
    once while its paragraphs were counted, so the reader reads nothing twice."""
    archive, infos = _archive(data, name, "Word", ".docx")
    package = Package(archive, infos, name, "Word")
    report = PackageReport(package=package)
    try:
        content_types = package.read(CONTENT_TYPES)
        if content_types is None:
            raise InputError("this ZIP file is not a Word document (it has no [Content_Types].xml)", name)
        if any(t in content_types for t in _MACRO_TYPES) or any(
            i.filename.lower().endswith("vbaproject.bin") for i in infos
        ):
            raise InputError("this is a macro-enabled document (.docm); save it as a .docx without macros first", name)
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                _check_part(archive, info, report, name)
        main = package.main_part() or next(
            (part for part, kind in package.overrides().items() if kind in WORD_MAIN and package.member(part)), None
        )
        if main is None:
            raise InputError("this ZIP file is not a Word document (it has no main document part)", name)
        kind = package.content_type(main)
        if kind not in WORD_MAIN:
            raise InputError(
                f"this ZIP file is not a Word document (its main part is {kind or 'of no known type'})", name
            )
        main_info = package.member(main)
        assert main_info is not None  # only parts the package holds are named main
        with archive.open(main_info) as part:
            report.main, report.document = main, _counted(part, name)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise InputError(f"the Word file is damaged or truncated ({exc})", name) from None
    return report


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, report: PackageReport, name: str) -> None:
    """No DTD in the part's prolog; a relationship to an external resource
    (not a hyperlink) is reported, since another program would fetch it."""
    with archive.open(info) as part:
        head = part.read(64 * 1024 if info.filename.lower().endswith(".rels") else 16 * 1024)
        first = [head]
        if declares_dtd(lambda n: first.pop() if first else part.read(n)):
            refuse_entities(info.filename, name, "Word")
    if not info.filename.lower().endswith(".rels"):
        return
    for rel in _EXTERNAL.findall(head):
        target = _TARGET.search(rel)
        kind = _TYPE.search(rel)
        if kind and kind.group(1) == b"hyperlink":
            continue
        report.warnings.append(
            "the document links to an external "
            f"{(kind.group(1).decode('ascii', 'replace') if kind else 'resource')} "
            f"({target.group(1).decode('utf-8', 'replace') if target else '?'}); "
            "it was not fetched"
        )


def _counted(part: IO[bytes], name: str) -> bytes:
    """The document part's bytes, its paragraphs counted as they are unpacked,
    so a document of a million paragraphs is refused before its XML is parsed
    into a tree of gigabytes (and before it is all unpacked)."""
    count = 0
    tail = b""
    chunks = []
    while chunk := part.read(1024 * 1024):
        chunks.append(chunk)
        block = tail + chunk
        count += len(_PARAGRAPH.findall(block))
        tail = block[-5:] if not _PARAGRAPH.search(block[-5:]) else b""
        check_paragraphs(count, name)
    return b"".join(chunks)
