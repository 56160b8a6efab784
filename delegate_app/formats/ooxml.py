"""WordprocessingML pieces that python-docx has no API for: tracked changes,
footnotes and bookmarks, built on its oxml (lxml) layer.

Kept small and literal, like python-docx's own oxml package: each function
makes one kind of element. The rules Word enforces are kept here in one place:
every w:id unique across the package (revisions, bookmarks and footnotes share
one counter), text elements with xml:space="preserve", deleted text in
w:delText, no empty and no nested revisions, a paragraph mark deletion only
together with the deletion of the paragraph's runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
Element = etree._Element  # python-docx's oxml elements are lxml elements (untyped: Any)
# the tags made for every run, spelled out once: qn() on each costs more than the element
W_R, W_RPR, W_T, W_DEL_TEXT, W_TAB = (qn(t) for t in ("w:r", "w:rPr", "w:t", "w:delText", "w:tab"))
_PRESERVE = {XML_SPACE: "preserve"}


@dataclass
class Ids:
    """One counter for every w:id in the package."""

    next: int = 1

    def take(self) -> str:
        value = self.next
        self.next += 1
        return str(value)


@dataclass
class RunStyle:
    """Direct run formatting, as few properties as the document needs."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: str = ""  # hex RRGGBB
    rtl: bool = False
    style: str = ""  # a character style id


# what XML 1.0 cannot hold: C0 controls but tab, newline and return, surrogates, U+FFFE/U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` as a Word file can hold it: characters XML forbids (a control
    character or a lone surrogate typed into a header field or carried by a
    file) are dropped rather than making the export fail."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def run(text: str, fmt: RunStyle | None = None, deleted: bool = False) -> Element:
    """A w:r holding ``text``; tabs become w:tab, deleted text goes in w:delText."""
    text = xml_text(text)
    r = etree.Element(W_R)
    if fmt is not None:
        _run_properties(r, fmt)
    tag = W_DEL_TEXT if deleted else W_T
    if "\t" not in text:
        if text:
            etree.SubElement(r, tag, _PRESERVE).text = text
        return r
    for i, chunk in enumerate(text.split("\t")):
        if i:
            etree.SubElement(r, W_TAB)
        if chunk:
            etree.SubElement(r, tag, _PRESERVE).text = chunk
    return r


def line_break() -> Element:
    r = etree.Element(W_R)
    etree.SubElement(r, qn("w:br"))
    return r


def _run_properties(r: Element, fmt: RunStyle) -> None:
    rpr = etree.SubElement(r, W_RPR)
    if fmt.style:
        etree.SubElement(rpr, qn("w:rStyle")).set(qn("w:val"), fmt.style)
    if fmt.bold:  # with its complex-script twin: Arabic takes its bold from w:bCs alone
        etree.SubElement(rpr, qn("w:b"))
        etree.SubElement(rpr, qn("w:bCs"))
    if fmt.italic:
        etree.SubElement(rpr, qn("w:i"))
        etree.SubElement(rpr, qn("w:iCs"))
    if fmt.strike:
        etree.SubElement(rpr, qn("w:strike"))
    if fmt.color:
        etree.SubElement(rpr, qn("w:color")).set(qn("w:val"), fmt.color)
    if fmt.underline:
        etree.SubElement(rpr, qn("w:u")).set(qn("w:val"), "single")
    if fmt.rtl:
        etree.SubElement(rpr, qn("w:rtl"))
    if len(rpr) == 0:
        r.remove(rpr)


def revision(kind: str, ids: Ids, author: str, date: str) -> Element:
    """An empty w:ins or w:del carrying id, author and date."""
    el = etree.Element(qn(f"w:{kind}"))
    el.set(qn("w:id"), ids.take())
    el.set(qn("w:author"), xml_text(author))
    el.set(qn("w:date"), date)
    return el


def mark_paragraph(p: Any, kind: str, ids: Ids, author: str, date: str) -> None:
    """Record the paragraph mark itself as inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    ppr = p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:  # w:rPr comes after the other paragraph properties, before sectPr/pPrChange
        rpr = insert_in_order(ppr, etree.Element(qn("w:rPr")), ("w:sectPr", "w:pPrChange"))
    rpr.insert(0, revision(kind, ids, author, date))


def insert_in_order(parent: Element, element: Element, successors: Sequence[str]) -> Element:
    """Put ``element`` where the schema wants it: before the first of ``successors``
    that ``parent`` has, else at the end. Word rejects children out of order."""
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(element)
            return element
    parent.append(element)
    return element


def clear_empty_rpr(p: Element) -> None:
    """Drop a paragraph mark's w:rPr left empty after its revision was moved."""
    rpr = p.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
    parent = rpr.getparent() if rpr is not None else None
    if rpr is not None and parent is not None and len(rpr) == 0:
        parent.remove(rpr)


_REFERENCE = RunStyle(style="FootnoteReference")


def footnote_reference(number: int, mark: str = "") -> Element:
    """The reference mark in the text, pointing at footnote ``number``; with a
    ``mark`` ("1bis", "*"), Word's custom mark (customMarkFollows, the mark typed
    after it), which Word does not renumber."""
    r = etree.Element(qn("w:r"))
    _run_properties(r, _REFERENCE)
    ref = etree.SubElement(r, qn("w:footnoteReference"))
    if mark:
        ref.set(qn("w:customMarkFollows"), "1")
    ref.set(qn("w:id"), str(number))
    if mark:
        t = etree.SubElement(r, qn("w:t"))
        t.text = mark
    return r


def bookmark(p: Element, name: str, ids: Ids) -> None:
    """Wrap the paragraph's content in a bookmark, as ITU templates mark header cells."""
    bid = ids.take()
    start = etree.Element(qn("w:bookmarkStart"))
    start.set(qn("w:id"), bid)
    start.set(qn("w:name"), name)
    end = etree.Element(qn("w:bookmarkEnd"))
    end.set(qn("w:id"), bid)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def set_bidi(ppr: Element) -> None:
    """A right-to-left paragraph: w:bidi in its schema place inside w:pPr."""
    if ppr.find(qn("w:bidi")) is None:
        insert_in_order(ppr, etree.Element(qn("w:bidi")), _AFTER_BIDI)


def track_revisions(settings_element: Element) -> None:
    """Ask Word to keep tracking changes (w:trackRevisions, in schema order)."""
    if settings_element.find(qn("w:trackRevisions")) is None:
        # CT_Settings order: ... w:revisionView, w:trackRevisions, w:doNotTrackMoves ...
        insert_in_order(
            settings_element,
            etree.Element(qn("w:trackRevisions")),
            (
                "w:doNotTrackMoves",
                "w:doNotTrackFormatting",
                "w:documentProtection",
                "w:autoFormatOverride",
                "w:styleLockTheme",
                "w:styleLockQFSet",
                "w:defaultTabStop",
            ),
        )


@dataclass
class Footnotes:
    """The footnotes part, created on first use."""

    document: Any  # a python-docx Document
    ids: Ids
    part: Part | None = None
    root: Element | None = None

    def add(self, text: str, rtl: bool = False, mark: str = "") -> int:
        root = self.root if self.root is not None else self._create()
        fid = int(self.ids.take())
        fn = etree.SubElement(root, qn("w:footnote"))
        fn.set(qn("w:id"), str(fid))
        p = etree.SubElement(fn, qn("w:p"))
        ppr = etree.SubElement(p, qn("w:pPr"))
        etree.SubElement(ppr, qn("w:pStyle")).set(qn("w:val"), "FootnoteText")
        if rtl:
            set_bidi(ppr)
        ref = etree.SubElement(p, qn("w:r"))
        _run_properties(ref, _REFERENCE)
        if mark:  # the custom mark, as the reference in the text shows it
            t = etree.SubElement(ref, qn("w:t"))
            t.text = mark
        else:
            etree.SubElement(ref, qn("w:footnoteRef"))
        p.append(run("\t" + text, RunStyle(rtl=rtl)))
        return fid

    def _create(self) -> Element:
        root: Element = parse_xml(
            f"<w:footnotes {nsdecls('w')}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
            "</w:p></w:footnote></w:footnotes>"
        )
        doc_part = self.document.part
        self.root, self.part = (
            root,
            _XmlBlobPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, root, doc_part.package),
        )
        doc_part.relate_to(self.part, RT.FOOTNOTES)
        return root


class _XmlBlobPart(Part):
    """A part whose XML we keep as an element and serialise on save."""

    def __init__(self, partname: PackURI, content_type: str, element: Element, package: Any) -> None:
        super().__init__(partname, content_type, package=package)
        self._element = element

    @property
    def blob(self) -> bytes:
        return etree.tostring(self._element, xml_declaration=True, encoding="UTF-8", standalone=True)


def repeat_header(tr: Element) -> None:
    """A table row repeated at the top of every page the table runs onto."""
    trpr = tr.find(qn("w:trPr"))
    if trpr is None:
        trpr = etree.Element(qn("w:trPr"))
        tr.insert(0, trpr)
    etree.SubElement(trpr, qn("w:tblHeader"))


def table_borders(tbl: Element) -> None:
    """Single lines around and between every cell, as ITU's compilation tables have."""
    tblpr = tbl.find(qn("w:tblPr"))
    if tblpr is None:
        tblpr = etree.Element(qn("w:tblPr"))
        tbl.insert(0, tblpr)
    borders = etree.Element(qn("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = etree.SubElement(borders, qn(f"w:{side}"))
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "auto")
    # CT_TblPr order: tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize,
    # tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, ...
    insert_in_order(tblpr, borders, ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"))


def field_char(kind: str) -> Element:
    """A run holding a complex field's mark: "begin", "separate" or "end"."""
    r = etree.Element(qn("w:r"))
    etree.SubElement(r, qn("w:fldChar")).set(qn("w:fldCharType"), kind)
    return r


def field_code(code: str) -> Element:
    """A run holding a complex field's instruction (" TOC \\o "1-1" \\h ")."""
    r = etree.Element(qn("w:r"))
    instr = etree.SubElement(r, qn("w:instrText"))
    instr.set(XML_SPACE, "preserve")
    instr.text = code
    return r
