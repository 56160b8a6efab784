"""Word (.docx) documents, tracked changes included.

python-docx has no API for revisions and its ``paragraph.text`` skips both
``w:ins`` and ``w:del``, so this reader walks the oxml (lxml) tree itself and
produces two paragraph lists: the original (deletions kept, insertions dropped:
what "reject all" gives) and the revised (what "accept all" gives). Inserted and
deleted paragraph marks join paragraphs the way Word does. Styles are passed on
folded ("Call", "enumlev1", "ResNo"), bookmarks as anchors, footnote references
as markers.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.oxml.ns import qn
from lxml import etree

from ..core.errors import InputError, ReadCancelled
from ..core.limits import check_paragraphs, check_table_depth
from ..core.model import Footnote
from ..core.paragraphs import Para, Source, note_marker
from .ooxml import Element
from .package_guard import check_docx

W_P, W_R, W_TBL, W_SDT = qn("w:p"), qn("w:r"), qn("w:tbl"), qn("w:sdt")
W_TR, W_TC = qn("w:tr"), qn("w:tc")
W_INS, W_DEL = qn("w:ins"), qn("w:del")
W_MOVE_TO, W_MOVE_FROM = qn("w:moveTo"), qn("w:moveFrom")
_INSERTED = {W_INS, W_MOVE_TO}
_DELETED = {W_DEL, W_MOVE_FROM}
_SKIP = {
    qn("w:txbxContent"),
    qn("w:pict"),
    qn("w:drawing"),
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}
# what holds paragraphs between the body and them: rows and cells of tables,
# content controls, custom XML, and paragraphs wrapped in a tracked change
_CONTAINERS = {
    qn("w:tr"),
    qn("w:tc"),
    W_SDT,
    qn("w:sdtContent"),
    W_INS,
    W_DEL,
    qn("w:customXml"),
}
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


Cancelled = Callable[[], bool]


@dataclass
class DocxRead:
    revised: Source
    original: Source | None  # None when the document has no tracked changes
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Para:
    original: str
    revised: str
    style: str
    anchors: tuple[str, ...]
    italic: bool
    mark_inserted: bool
    mark_deleted: bool
    cell: tuple[int, int, int] | None = None  # where in a top-level table


def fold_style(name: str) -> str:
    return name.replace(" ", "").replace("_", "").lower()


def read_docx(data: bytes, name: str, cancelled: Cancelled | None = None) -> DocxRead:
    report = check_docx(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises bare KeyError/ValueError on odd packages
        raise InputError(f"the Word file cannot be read ({type(exc).__name__}: {exc})", name) from None
    styles = _style_names(document)
    footnotes = _footnotes(document, name)
    walk = _Walk(styles, name, cancelled)
    walk.container(document.element.body)
    paras = walk.out
    check_paragraphs(len(paras), name)
    changed = any(p.original != p.revised or p.mark_inserted or p.mark_deleted for p in paras)
    revised = Source(_joined(paras, "revised"), footnotes, name)
    original = Source(_joined(paras, "original"), footnotes, name) if changed else None
    return DocxRead(revised=revised, original=original, warnings=report.warnings)


def _style_names(document: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        style_id = style.get(qn("w:styleId")) or ""
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else style_id
        names[style_id] = fold_style(name or style_id)
    return names


class _Walk:
    """The body's paragraphs in reading order, each read once.

    A table is walked row by row and cell by cell, so a table inside a cell is
    read where it stands and only there (``iter`` over every descendant cell
    would visit it once for each table around it: 2^depth times). Tables
    nested deeper than any document needs, and more paragraphs than any ITU
    text has, are refused as they are met, so memory stays bounded; and the
    delegate's Cancel is asked every few hundred paragraphs.
    """

    def __init__(self, styles: dict[str, str], name: str, cancelled: Cancelled | None) -> None:
        self.styles, self.name, self.cancelled = styles, name, cancelled
        self.out: list[_Para] = []
        self.table = -1  # the top-level table being read, and the row and cell in it
        self.row = self.column = 0

    def container(self, element: Element, tables: int = 0) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == W_P:
                para = _paragraph(child, self.styles)
                if tables:
                    para.cell = (self.table, self.row, self.column)
                self.out.append(para)
                if len(self.out) % 256 == 0:
                    check_paragraphs(len(self.out), self.name)
                    if self.cancelled is not None and self.cancelled():
                        raise ReadCancelled("reading was cancelled", self.name)
            elif tag == W_TBL:
                check_table_depth(tables + 1, self.name)
                if tables == 0:
                    self.table, self.row = self.table + 1, -1
                self.container(child, tables + 1)
            elif tag == W_TR and tables == 1:
                self.row, self.column = self.row + 1, -1
                self.container(child, tables)
            elif tag == W_TC and tables == 1:
                self.column += 1
                self.container(child, tables)
            elif tag in _CONTAINERS:
                self.container(child, tables)


def _paragraph(p: Element, styles: dict[str, str]) -> _Para:
    ppr = p.find(qn("w:pPr"))
    style, mark_ins, mark_del = "", False, False
    if ppr is not None:
        ps = ppr.find(qn("w:pStyle"))
        if ps is not None:
            style_id = ps.get(qn("w:val")) or ""
            style = styles.get(style_id, fold_style(style_id))
        rpr = ppr.find(qn("w:rPr"))
        if rpr is not None:
            mark_ins = rpr.find(W_INS) is not None or rpr.find(W_MOVE_TO) is not None
            mark_del = rpr.find(W_DEL) is not None or rpr.find(W_MOVE_FROM) is not None
    original: list[str] = []
    revised: list[str] = []
    italic_chars = chars = 0
    for run in _runs(p):
        state = _revision_state(run, p)
        text = _run_text(run)
        if not text:
            continue
        if state != "inserted":
            original.append(text)
        if state != "deleted":
            revised.append(text)
            chars += len(text)
            rpr = run.find(qn("w:rPr"))
            italic = rpr.find(qn("w:i")) if rpr is not None else None
            if italic is not None and italic.get(qn("w:val"), "true") not in ("0", "false"):
                italic_chars += len(text)
    anchors = tuple(b.get(qn("w:name")) or "" for b in p.iter(qn("w:bookmarkStart")))
    return _Para(
        "".join(original), "".join(revised), style, anchors, chars > 0 and italic_chars == chars, mark_ins, mark_del
    )


def _runs(p: Element) -> Iterator[Element]:
    """The runs of this paragraph, not those of text boxes or drawings inside it."""
    stack = list(p)
    stack.reverse()
    while stack:
        el = stack.pop()
        if el.tag in _SKIP or el.tag == W_P:
            continue
        if el.tag == W_R:
            yield el
            continue
        if el.tag == qn("w:pPr"):
            continue
        children = list(el)
        children.reverse()
        stack.extend(children)


def _revision_state(run: Element, p: Element) -> str:
    el = run.getparent()
    while el is not None and el is not p:
        if el.tag in _INSERTED:
            return "inserted"
        if el.tag in _DELETED:
            return "deleted"
        el = el.getparent()
    return ""


def _run_text(run: Element) -> str:
    parts: list[str] = []
    custom_mark = False  # the text after a reference with customMarkFollows is its mark ("1bis"), not text
    for el in run.iterchildren():
        tag = el.tag
        if tag in (qn("w:t"), qn("w:delText")):
            if custom_mark:
                custom_mark = False
                continue
            parts.append(el.text or "")
        elif tag == qn("w:tab") or tag == qn("w:ptab"):
            parts.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            # a manual line break: a space to everything that reads the text, but kept for
            # what is laid out by line (a contribution's title); page breaks are spaces
            parts.append(" " if el.get(qn("w:type")) in ("page", "column") else "\n")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("\u2011")  # kept: ITU writes "ITU-R" with one
        elif tag == qn("w:footnoteReference"):
            custom_mark = el.get(qn("w:customMarkFollows")) in ("1", "true", "on")
            try:
                parts.append(note_marker(int(el.get(qn("w:id")) or "")))
            except (TypeError, ValueError):
                pass
    return "".join(parts)


def _joined(paras: list[_Para], side: str) -> list[Para]:
    """One side's paragraphs. A paragraph whose mark is absent on this side
    (deleted in the revised text, inserted in the original) runs on into the
    next one; a paragraph that exists only on the other side disappears."""
    out: list[Para] = []
    carry = ""
    for p in paras:
        text = p.revised if side == "revised" else p.original
        absent_mark = p.mark_deleted if side == "revised" else p.mark_inserted
        if absent_mark:
            carry += text
            continue
        out.append(Para(text=carry + text, style=p.style, anchors=p.anchors, italic=p.italic, cell=p.cell))
        carry = ""
    if carry:
        out.append(Para(text=carry))
    return out


def _footnotes(document: Any, name: str) -> dict[int, Footnote]:
    part = None
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            part = rel.target_part
            break
    if part is None:
        return {}
    try:
        root = etree.fromstring(part.blob, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the footnotes of the Word file are damaged ({exc})", name) from None
    notes: dict[int, Footnote] = {}
    for fn in root.iterchildren(qn("w:footnote")):
        if fn.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        try:
            number = int(fn.get(qn("w:id")) or "")
        except (TypeError, ValueError):
            continue
        texts: list[str] = []
        for p in fn.iter(W_P):
            texts.append("".join(_run_text(r) for r in _runs(p) if _revision_state(r, p) != "deleted"))
        text = " ".join(" ".join(t.split()) for t in texts).strip()
        mark = ""
        if fn.find(f".//{qn('w:footnoteRef')}") is None and text:  # a custom mark, typed as text: "1bis"
            first, _, rest = text.partition(" ")
            if len(first) <= 5:
                mark, text = first, rest.strip()
        notes[number] = Footnote(number=number, text=text, mark=mark)
    return notes
