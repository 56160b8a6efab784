"""Word (.docx) documents, tracked changes included.

The package is opened as what it is, a ZIP of XML parts: the main document
part found through the package relationships, its styles and footnotes through
its own (formats.opc), each parsed once into plain lxml elements. python-docx
is not used here: it loads and parses every part of the package into its
custom element classes, which cost more than all the reading below, and its
``paragraph.text`` skips both ``w:ins`` and ``w:del`` anyway.

The body is walked to produce two paragraph lists: the original (deletions
kept, insertions dropped: what "reject all" gives) and the revised (what
"accept all" gives). Inserted and deleted paragraph marks join paragraphs the
way Word does. Styles are passed on folded ("Call", "enumlev1", "ResNo"),
bookmarks as anchors, footnote references as markers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..core.errors import InputError, ReadCancelled
from ..core.limits import check_paragraphs, check_table_depth
from ..core.model import Figure, Footnote
from ..core.paragraphs import NOTE_CLOSE, NOTE_OPEN, Para, Source, note_marker
from . import figures as figs
from .docx_styles import fold_style, style_names
from .ooxml import Element
from .opc import Package
from .package_guard import check_docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_BODY, W_P, W_R, W_TBL, W_SDT = _W + "body", _W + "p", _W + "r", _W + "tbl", _W + "sdt"
W_TR, W_TC, W_PPR, W_RPR = _W + "tr", _W + "tc", _W + "pPr", _W + "rPr"
W_INS, W_DEL = _W + "ins", _W + "del"
W_MOVE_TO, W_MOVE_FROM = _W + "moveTo", _W + "moveFrom"
W_VAL, W_ID, W_NAME = _W + "val", _W + "id", _W + "name"
_T, _DEL_TEXT, _TAB, _PTAB = _W + "t", _W + "delText", _W + "tab", _W + "ptab"
_BR, _CR, _NB_HYPHEN, _NOTE_REF = _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "footnoteReference"
_TEXT = {_T, _DEL_TEXT}
# what shows a picture in a run: read as a figure marker (formats/figures.py)
_PICTURES = {
    _W + "drawing",
    _W + "pict",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}
# a run's state inside a paragraph: the nearest w:ins/w:moveTo or w:del/w:moveFrom around it
_STATE = {W_INS: "inserted", W_MOVE_TO: "inserted", W_DEL: "deleted", W_MOVE_FROM: "deleted"}
_SKIP = {
    _W + "txbxContent",
    _W + "pict",
    _W + "drawing",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    W_P,  # a paragraph inside a paragraph (a text box's) is not this paragraph's text
    W_PPR,
}
# what holds paragraphs between the body and them: rows and cells of tables,
# content controls, custom XML, and paragraphs wrapped in a tracked change
_CONTAINERS = {W_TR, W_TC, W_SDT, _W + "sdtContent", W_INS, W_DEL, _W + "customXml"}


Cancelled = Callable[[], bool]


@dataclass
class DocxRead:
    revised: Source
    original: Source | None  # None when the document has no tracked changes
    warnings: list[str] = field(default_factory=list)
    figures: list[Figure | None] = field(default_factory=list)  # by the markers' index (None: left out)


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


def read_docx(data: bytes, name: str, cancelled: Cancelled | None = None) -> DocxRead:
    report = check_docx(data, name)
    package, main = report.package, report.main
    assert package is not None
    root = package.xml(main, report.document)
    assert root is not None
    body = root.find(W_BODY) if root.tag == _W + "document" else None
    if body is None:
        raise InputError(f"the Word file cannot be read (its main part {main!r} holds no document body)", name)
    styles = style_names(package, package.related(main, "/styles"))
    walk = _Walk(styles, name, cancelled)
    walk.container(body)
    paras = walk.out
    footnotes = _renumbered(_footnotes(package, main, name), _note_numbers(body), paras)
    check_paragraphs(len(paras), name)
    figures, skipped = figs.load(package, main, walk.found) if walk.found else ([], [])
    if skipped:  # a figure left out leaves no marker behind it
        keep = {k for k, figure in enumerate(figures) if figure is not None}
        for p in paras:
            p.original, p.revised = figs.drop_markers(p.original, keep), figs.drop_markers(p.revised, keep)
    changed = any(p.original != p.revised or p.mark_inserted or p.mark_deleted for p in paras)
    revised = Source(_joined(paras, "revised"), footnotes, name)
    original = Source(_joined(paras, "original"), footnotes, name) if changed else None
    return DocxRead(revised=revised, original=original, warnings=report.warnings + skipped, figures=figures)


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
        self.found: list[figs.Found] = []  # the pictures met, by their markers' index
        self.table = -1  # the top-level table being read, and the row and cell in it
        self.row = self.column = 0

    def container(self, element: Element, tables: int = 0) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag == W_P:
                para = _paragraph(child, self.styles, self.found)
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


def _paragraph(p: Element, styles: dict[str, str], found: list[figs.Found] | None = None) -> _Para:
    ppr = p.find(W_PPR)
    style, mark_ins, mark_del = "", False, False
    if ppr is not None:
        ps = ppr.find(_W + "pStyle")
        if ps is not None:
            style_id = ps.get(W_VAL) or ""
            known = styles.get(style_id)
            style = fold_style(style_id) if known is None else known
        rpr = ppr.find(W_RPR)
        if rpr is not None:
            mark_ins = rpr.find(W_INS) is not None or rpr.find(W_MOVE_TO) is not None
            mark_del = rpr.find(W_DEL) is not None or rpr.find(W_MOVE_FROM) is not None
    original: list[str] = []
    revised: list[str] = []
    italic_chars = chars = 0
    for run, state in _runs(p):
        text = _run_text(run, found)
        if not text:
            continue
        if state != "inserted":
            original.append(text)
        if state != "deleted":
            revised.append(text)
            chars += len(text)
            rpr = run.find(W_RPR)
            italic = rpr.find(_W + "i") if rpr is not None else None
            if italic is not None and italic.get(W_VAL, "true") not in ("0", "false"):
                italic_chars += len(text)
    anchors = tuple(b.get(W_NAME) or "" for b in p.iter(_W + "bookmarkStart"))
    return _Para(
        "".join(original), "".join(revised), style, anchors, chars > 0 and italic_chars == chars, mark_ins, mark_del
    )


def _runs(p: Element) -> Iterator[tuple[Element, str]]:
    """The runs of this paragraph, not those of text boxes or drawings inside
    it, each with its revision state: "inserted", "deleted" (from the nearest
    w:ins/w:moveTo or w:del/w:moveFrom around it) or ""."""
    stack = [(el, "") for el in reversed(p)]
    while stack:
        el, state = stack.pop()
        tag = el.tag
        if tag == W_R:
            yield el, state
        elif tag not in _SKIP and len(el):
            state = _STATE.get(tag, state)
            stack.extend((child, state) for child in reversed(el))


def _run_text(run: Element, found: list[figs.Found] | None = None) -> str:
    """The run's text; a picture in it is a figure marker when ``found`` collects them (the body's)."""
    parts: list[str] = []
    custom_mark = False  # the text after a reference with customMarkFollows is its mark ("1bis"), not text
    for el in run.iterchildren():
        tag = el.tag
        if tag in _TEXT:
            if custom_mark:
                custom_mark = False
                continue
            parts.append(el.text or "")
        elif tag == _TAB or tag == _PTAB:
            parts.append("\t")
        elif tag == _BR or tag == _CR:
            # a manual line break: a space to everything that reads the text, but kept for
            # what is laid out by line (a contribution's title); page breaks are spaces
            parts.append(" " if el.get(_W + "type") in ("page", "column") else "\n")
        elif tag == _NB_HYPHEN:
            parts.append("\u2011")  # kept: ITU writes "ITU-R" with one
        elif tag == _NOTE_REF:
            custom_mark = el.get(_W + "customMarkFollows") in ("1", "true", "on")
            try:
                parts.append(note_marker(int(el.get(W_ID) or "")))
            except (TypeError, ValueError):
                pass
        elif tag in _PICTURES and found is not None:
            picture = figs.picture(el)
            if picture is not None:
                parts.append(figs.marker(len(found)))
                found.append(picture)
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


def _note_numbers(body: Element) -> dict[int, int]:
    """Each footnote's number as Word prints it: by the order of the references
    in the text, counting only the notes Word numbers itself (a custom mark,
    "1bis", takes no number), never by the id in the XML (LibreOffice saves its
    first note with id 2). A custom-marked note gets a number after all of
    those, so that it is told apart; its mark is what is shown."""
    numbered: dict[int, int] = {}
    custom: list[int] = []
    for ref in body.iter(_NOTE_REF):
        try:
            note = int(ref.get(W_ID) or "")
        except (TypeError, ValueError):
            continue
        if note in numbered or note in custom:
            continue
        if ref.get(_W + "customMarkFollows") in ("1", "true", "on"):
            custom.append(note)
        else:
            numbered[note] = len(numbered) + 1
    for note in custom:
        numbered[note] = len(numbered) + 1
    return numbered


def _renumbered(notes: dict[int, Footnote], numbers: dict[int, int], paras: list[_Para]) -> dict[int, Footnote]:
    """The notes and the markers in the text by Word's numbers; a note the
    text never refers to keeps a number after theirs."""
    numbers = dict(numbers)
    for old in sorted(notes):
        numbers.setdefault(old, len(numbers) + 1)
    if all(old == new for old, new in numbers.items()):
        return notes
    marker = re.compile(f"{NOTE_OPEN}(\\d+){NOTE_CLOSE}")

    def renumber(m: re.Match[str]) -> str:
        old = int(m.group(1))
        return note_marker(numbers.get(old, old))

    for p in paras:
        if NOTE_OPEN in p.original:
            p.original = marker.sub(renumber, p.original)
        if NOTE_OPEN in p.revised:
            p.revised = marker.sub(renumber, p.revised)
    out: dict[int, Footnote] = {}
    for old, note in notes.items():
        note.number = numbers[old]
        out[note.number] = note
    return dict(sorted(out.items()))


def _footnotes(package: Package, main: str, name: str) -> dict[int, Footnote]:
    part = package.related(main, "/footnotes")
    if part is None:
        return {}
    root = package.xml(part, damaged="the footnotes of the Word file are damaged")
    assert root is not None
    notes: dict[int, Footnote] = {}
    for fn in root.iterchildren(_W + "footnote"):
        if fn.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        try:
            number = int(fn.get(W_ID) or "")
        except (TypeError, ValueError):
            continue
        texts: list[str] = []
        for p in fn.iter(W_P):
            texts.append("".join(_run_text(r) for r, state in _runs(p) if state != "deleted"))
        text = " ".join(" ".join(t.split()) for t in texts).strip()
        mark = ""
        if fn.find(".//" + _W + "footnoteRef") is None and text:  # a custom mark, typed as text: "1bis"
            first, _, rest = text.partition(" ")
            if len(first) <= 5:
                mark, text = first, rest.strip()
        notes[number] = Footnote(number=number, text=text, mark=mark)
    return notes
