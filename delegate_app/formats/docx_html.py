"""A Word file Delegate wrote, as HTML for the PDF renderer: the same
paragraphs, runs, tables, footnotes and page breaks, laid out the ITU way by
the paragraph styles the writers use (ResNo and Restitle centred and bold,
Call in italics, Source and Title1 centred, Reasons, annex headings), and the
revision marks as a reader sees them on paper (inserted words underlined in
blue, deleted ones struck through in red; the Word file's tracked changes are
what a secretariat accepts, the PDF is for reading).

Only the parts of WordprocessingML that Delegate's writers use are read; a
file from elsewhere is read as far as those go. No file is touched: bytes in,
text out.
"""

from __future__ import annotations

import io
import zipfile
from html import escape

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": W}

_STYLES = {  # paragraph style id -> (tag, inline CSS)
    "ResNo": ("p", "text-align:center; font-size:13pt; margin-top:18pt"),
    "Restitle": ("p", "text-align:center; font-weight:bold; font-size:13pt"),
    "Title1": ("p", "text-align:center; font-size:13pt; font-weight:bold"),
    "Source": ("p", "text-align:center; font-weight:bold; font-size:13pt"),
    "Call": ("p", "font-style:italic; margin-left:1cm"),
    "Heading1": ("h2", ""),
    "Headingb": ("p", "font-weight:bold"),
    "Reasons": ("p", "font-size:10pt"),
    "AnnexNo": ("p", "text-align:center; margin-top:18pt"),
    "AnnexRef": ("p", "text-align:center"),
    "Annextitle": ("p", "text-align:center; font-weight:bold"),
    "Proposal": ("p", "font-weight:bold; margin-top:12pt"),
    "enumlev1": ("p", "margin-left:1cm"),
    "enumlev2": ("p", "margin-left:2cm"),
    "enumlev3": ("p", "margin-left:3cm"),
}
_INSERTED = "text-decoration:underline; color:#1f4eb4"
_DELETED = "text-decoration:line-through; color:#c00000"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def docx_html(data: bytes, title: str = "") -> str:
    """The document part (and its footnotes) of a .docx as an HTML page."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = etree.fromstring(package.read("word/document.xml")).find("w:body", _NS)
        notes = package.read("word/footnotes.xml") if "word/footnotes.xml" in package.namelist() else None
    footnotes = _footnotes(notes)
    out = [
        "<html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title>" if title else "",
        "<style>body { font-family: 'Times New Roman', serif; font-size: 12pt; } "
        "p { margin-top: 6pt; margin-bottom: 0pt; } td, th { padding: 3pt; vertical-align: top; }</style>",
        "</head><body>",
    ]
    cited: list[str] = []
    if body is not None:
        for block in body:
            out.append(_block(block, cited, footnotes))
    if cited:
        out.append("<hr>")
        for n, nid in enumerate(cited, 1):
            out.append(f"<p style='font-size:10pt'><sup>{n}</sup> {footnotes.get(nid, '')}</p>")
    out.append("</body></html>")
    return "".join(out)


def _footnotes(xml: bytes | None) -> dict[str, str]:
    if xml is None:
        return {}
    found = {}
    for note in etree.fromstring(xml).iterfind("w:footnote", _NS):
        nid = note.get(_q("id"), "")
        if note.get(_q("type")) in ("separator", "continuationSeparator"):
            continue
        found[nid] = " ".join(_runs(p, [], {}) for p in note.iterfind(".//w:p", _NS))
    return found


def _block(block: etree._Element, cited: list[str], footnotes: dict[str, str]) -> str:
    if block.tag == _q("p"):
        return _paragraph(block, cited, footnotes)
    if block.tag == _q("tbl"):
        rows = []
        for tr in block.iterfind("w:tr", _NS):
            cells = []
            for tc in tr.iterfind("w:tc", _NS):
                inner = "".join(_block(child, cited, footnotes) for child in tc if child.tag in (_q("p"), _q("tbl")))
                cells.append(f"<td>{inner}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")
        ruled = (
            block.find("w:tblPr/w:tblBorders", _NS) is not None
            or block.find("w:tblPr/w:tblStyle[@w:val='TableGrid']", _NS) is not None
        )  # ITU's header table has no rules; the brief's tables have
        return f"<table border='{1 if ruled else 0}' cellspacing='0' width='100%'>{''.join(rows)}</table>"
    return ""


def _paragraph(p: etree._Element, cited: list[str], footnotes: dict[str, str]) -> str:
    style = p.find("w:pPr/w:pStyle", _NS)
    tag, css = _STYLES.get(style.get(_q("val"), "") if style is not None else "", ("p", ""))
    jc = p.find("w:pPr/w:jc", _NS)
    if jc is not None and jc.get(_q("val")) == "center" and "text-align" not in css:
        css += "; text-align:center"
    text = _runs(p, cited, footnotes)
    breaks = p.find(".//w:br[@w:type='page']", _NS) is not None or p.find("w:pPr/w:pageBreakBefore", _NS) is not None
    if breaks:
        css += "; page-break-before:always"
    attr = f" style='{css.strip('; ')}'" if css.strip("; ") else ""
    return f"<{tag}{attr}>{text or '&nbsp;'}</{tag}>"


def _runs(p: etree._Element, cited: list[str], footnotes: dict[str, str]) -> str:
    out = []
    for run in p.iter(_q("r")):
        parent = run.getparent()
        state = ""
        while parent is not None and parent is not p:
            if parent.tag == _q("ins"):
                state = _INSERTED
            elif parent.tag == _q("del"):
                state = _DELETED
            parent = parent.getparent()
        props = run.find("w:rPr", _NS)
        css = [state] if state else []
        if props is not None:
            if _on(props, "b"):
                css.append("font-weight:bold")
            if _on(props, "i"):
                css.append("font-style:italic")
            underline = props.find("w:u", _NS)
            if underline is not None and underline.get(_q("val")) != "none":
                css.append("text-decoration:underline")
            if _on(props, "strike"):
                css.append("text-decoration:line-through")
            color = props.find("w:color", _NS)
            if color is not None and color.get(_q("val"), "auto") != "auto" and not state:
                css.append(f"color:#{color.get(_q('val'))}")
        sup = props is not None and props.find("w:vertAlign[@w:val='superscript']", _NS) is not None
        pieces = []
        for child in run:
            if child.tag in (_q("t"), _q("delText")):
                pieces.append(escape(child.text or ""))
            elif child.tag == _q("tab"):
                pieces.append("&nbsp;&nbsp;&nbsp;&nbsp;")
            elif child.tag == _q("br") and child.get(_q("type")) != "page":
                pieces.append("<br>")
            elif child.tag == _q("footnoteReference"):
                nid = child.get(_q("id"), "")
                if nid not in cited:
                    cited.append(nid)
                pieces.append(f"<sup>{cited.index(nid) + 1}</sup>")  # Word numbers notes in order, not by id
        text = "".join(pieces)
        if not text:
            continue
        if sup:
            text = f"<sup>{text}</sup>"
        out.append(f"<span style='{'; '.join(css)}'>{text}</span>" if css else text)
    return "".join(out)


def _on(props: etree._Element, name: str) -> bool:
    found = props.find(f"w:{name}", _NS)
    return found is not None and found.get(_q("val"), "true") not in ("0", "false")
