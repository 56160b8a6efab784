"""The parts of an Office package, found the way Office finds them.

A .docx is a ZIP archive of parts tied together by relationships (the Open
Packaging Conventions): the package's ``_rels/.rels`` names the main document
part, and that part's own relationships name its styles, footnotes, headers.
Word writes ``word/document.xml``, but the standard does not require it, and
other producers use other names, another case or percent-encoded names; so a
part is looked up through the relationships, and its name is compared without
regard to case, as the standard says part names compare.

Only the parts asked for are decompressed, each once, and XML is parsed with
plain lxml elements (no python-docx custom element classes, which cost more
than the reading that needs them) by a parser that loads no DTD, resolves no
entity and never touches the network. A part that declares a DTD is refused
before and after it is parsed (see ``xml``).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import NoReturn
from urllib.parse import unquote

from lxml import etree

from ..core.errors import InputError

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",  # ISO strict
)
CONTENT_TYPES = "/[Content_Types].xml"


_SPACE = b" \t\r\n"
_UTF16 = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")


def declares_dtd(read: Callable[[int], bytes]) -> bool:
    """Whether the XML read by ``read(n)`` declares a DTD, and with it entities.

    A DTD can stand only in the prolog, before the root element: one anywhere
    later is no declaration to any XML parser (the document is not well
    formed), and "<!ENTITY" outside a DTD is text or an error. So the part is
    read through its XML declaration, processing instructions, comments and
    white space, however long a comment is, up to the first element, and no
    further: a 400 KB styles part costs one small read instead of all of it.
    Anything else there that starts with "<!" is taken as a declaration.
    """
    buf, pos = read(16 * 1024), 0
    eof = not buf
    if buf.startswith(_UTF16):  # Word never writes UTF-16; read it whole, as text
        buf = (buf + read(-1)).decode("utf-16", "replace").encode("utf-8")
        eof = True
    if buf.startswith(b"\xef\xbb\xbf"):
        pos = 3
    while True:
        while pos < len(buf) and buf[pos] in _SPACE:
            pos += 1
        if len(buf) - pos < 4 and not eof:
            chunk = read(1024 * 1024)
            buf, pos, eof = buf[pos:] + chunk, 0, not chunk
            continue
        if buf.startswith(b"<!--", pos):
            close, search = b"-->", pos + 4
        elif buf.startswith(b"<?", pos):
            close, search = b"?>", pos + 2
        else:
            return buf.startswith(b"<!", pos)  # else the root element, or no XML at all
        end = buf.find(close, search)
        while end < 0:  # a long comment: read on, keeping only what a split "-->" needs
            if eof:
                return False  # never closed: no parser reads past it
            chunk = read(1024 * 1024)
            buf, search, eof = buf[max(search, len(buf) - 2) :] + chunk, 0, not chunk
            end = buf.find(close, search)
        pos = end + len(close)


def refuse_entities(member: str, name: str, what: str) -> NoReturn:
    raise InputError(f"the part {member!r} declares XML entities; {what} never writes that (refused as hostile)", name)


@dataclass(frozen=True)
class Relationship:
    type: str
    target: str  # a part name ("/word/styles.xml"), or the address of an external resource
    external: bool


class Package:
    """A checked ZIP archive read as parts. ``what`` names the kind of file
    ("Word") in messages. The members are those the package guard checked:
    parts are read through their ZipInfo, never by name again, so a member
    name given twice cannot make the reader see bytes the guard did not."""

    def __init__(self, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str, what: str) -> None:
        self.archive, self.name, self.what = archive, name, what
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self._members.setdefault(info.filename.lower(), info)
        self._types: tuple[dict[str, str], dict[str, str]] | None = None
        self._relationships: dict[str, list[Relationship]] = {}

    # -- parts ------------------------------------------------------------------
    def member(self, partname: str) -> zipfile.ZipInfo | None:
        """The archive member holding ``partname`` ("/word/document.xml"), if any."""
        key = partname.lstrip("/").lower()
        return self._members.get(key) or self._members.get(unquote(key))

    def read(self, partname: str) -> bytes | None:
        info = self.member(partname)
        if info is None:
            return None
        try:
            return self.archive.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            raise InputError(f"the {self.what} file is damaged or truncated ({exc})", self.name) from None

    def xml(self, partname: str, data: bytes | None = None, damaged: str = "") -> etree._Element | None:
        """The part parsed (``data``: its bytes, when already read), or None when
        the package has no such part; ``damaged`` says what a syntax error means
        to the reader. A DTD in it is refused: the bytes are checked before
        parsing and the parsed tree after, whatever its encoding."""
        if data is None:
            data = self.read(partname)
            if data is None:
                return None
        if declares_dtd(io.BytesIO(data).read):
            refuse_entities(partname.lstrip("/"), self.name, self.what)
        try:
            root = etree.fromstring(data, SAFE_PARSER)
        except etree.XMLSyntaxError as exc:
            message = (
                f"{damaged} ({exc})" if damaged else f"the {self.what} file cannot be read (XMLSyntaxError: {exc})"
            )
            raise InputError(message, self.name) from None
        if root.getroottree().docinfo.internalDTD is not None:
            refuse_entities(partname.lstrip("/"), self.name, self.what)
        return root

    # -- content types and relationships ------------------------------------------
    def content_type(self, partname: str) -> str:
        """The part's content type: its Override in [Content_Types].xml, else the
        Default of its extension, else ""."""
        if self._types is None:
            overrides: dict[str, str] = {}
            defaults: dict[str, str] = {}
            root = self.xml(CONTENT_TYPES)
            if root is not None:
                for el in root.iterchildren(_TYPES + "Override"):
                    overrides.setdefault(unquote(el.get("PartName") or "").lower(), el.get("ContentType") or "")
                for el in root.iterchildren(_TYPES + "Default"):
                    defaults.setdefault((el.get("Extension") or "").lower(), el.get("ContentType") or "")
            self._types = (overrides, defaults)
        overrides, defaults = self._types
        found = overrides.get(unquote(partname).lower())
        if found is not None:
            return found
        return defaults.get(posixpath.splitext(partname)[1].lstrip(".").lower(), "")

    def overrides(self) -> dict[str, str]:
        """Part name (lower case) to content type, as [Content_Types].xml lists them."""
        self.content_type("/")
        assert self._types is not None
        return self._types[0]

    def relationships(self, source: str) -> list[Relationship]:
        """The relationships of part ``source`` ("/" for the package's own), in
        document order; internal targets resolved to part names."""
        if source in self._relationships:
            return self._relationships[source]
        folder, base = posixpath.split(source)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: list[Relationship] = []
        self._relationships[source] = out
        if root is None:
            return out
        for el in root.iterchildren(_RELS):
            target = el.get("Target") or ""
            external = el.get("TargetMode") == "External"
            if not external:
                target = target.partition("#")[0]
                if not target.startswith("/"):
                    target = posixpath.join(folder, target)
                target = posixpath.normpath(target)
            out.append(Relationship(el.get("Type") or "", target, external))
        return out

    def related(self, source: str, suffix: str) -> str | None:
        """The first internal part that ``source`` relates to with a type ending
        in ``suffix`` ("/styles", "/footnotes") and that the package holds."""
        for rel in self.relationships(source):
            if rel.type.endswith(suffix) and not rel.external and self.member(rel.target) is not None:
                return rel.target
        return None

    def main_part(self) -> str | None:
        """The main part named by the package relationships (Office's way)."""
        for rel in self.relationships("/"):
            if rel.type in OFFICE_DOCUMENT and not rel.external and self.member(rel.target) is not None:
                return rel.target
        return None
