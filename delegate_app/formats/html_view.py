"""A resolution as HTML for reading on screen: the heading, the title, calls in
italics, labelled provisions with hanging labels, annexes and footnotes, laid
out the way ITU prints them. Qt's rich-text widgets render this subset."""

from __future__ import annotations

import re
from html import escape as _escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader shows a text at start-up; the diff engine loads with the first redline
    from ..core.model import Provision, Resolution
    from ..core.redline import Redline

_RTL = {"ar"}
_SECTOR = re.compile(r"\b(ITU|UIT|МСЭ)-([RTD])\b")


def escape(text: str) -> str:
    """HTML-escaped, with ITU-R/-T/-D kept on one line as ITU prints them."""
    escaped = _escape(text)
    return _SECTOR.sub("\\1\u2011\\2", escaped) if "-" in escaped else escaped


def resolution_html(res: Resolution) -> str:
    direction = "rtl" if res.language in _RTL else "ltr"
    parts = [
        f'<div dir="{direction}">',
        f'<p align="center" style="font-size:13pt; font-weight:600">{escape(res.heading)}</p>',
    ]
    if res.title:
        parts.append(_as("title", escape(res.title)))
    if res.history:
        parts.append(_as("history", escape(res.history)))
    if res.preamble:
        parts.append(f"<p>{escape(res.preamble)}</p>")
    for section in res.sections:
        parts.append(_as("call", escape(section.call)))
        parts.extend(_provisions(section.provisions, 0))
    for annex in res.annexes:
        parts.append(_as("annex", escape(annex.label)))
        for line in (annex.reference, annex.title):  # the reading view sets the annex title plain, like its reference
            if line:
                parts.append(_as("annex-reference", escape(line)))
        parts.extend(_provisions(annex.provisions, 0))
    if res.footnotes:
        parts.append("<hr/>")
        for note in res.footnotes:
            parts.append(f'<p style="font-size:9pt"><sup>{note.mark or note.number}</sup> {escape(note.text)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _provisions(provisions: list[Provision], depth: int) -> list[str]:
    out = []
    for prov in provisions:
        indent = 24 * (depth + 1) if prov.label else 24 * depth
        label = f"{escape(prov.label)}&nbsp;&nbsp;" if prov.label else ""
        out.append(
            f'<p style="margin-left:{indent}px; text-indent:{-24 if prov.label else 0}px">'
            f"{label}{escape(prov.text)}</p>"
        )
        out.extend(_provisions(prov.children, depth + 1))
    return out


_ROLE_HTML = {
    "heading": ('<p align="center" style="font-weight:600">', "</p>"),
    "title": ('<p align="center" style="font-size:13pt; font-weight:600">', "</p>"),
    "history": ('<p align="center">', "</p>"),
    "call": ('<p style="margin-top:10px"><i>', "</i></p>"),
    "annex": ('<p align="center" style="margin-top:16px; font-weight:600">', "</p>"),
    "annex-reference": ('<p align="center">', "</p>"),
    "annex-title": ('<p align="center" style="font-weight:600">', "</p>"),
}
INSERT_STYLE = "color:#0050c8; text-decoration:underline"


def _as(role: str, html: str) -> str:
    """``html`` in the paragraph markup of a role (_ROLE_HTML)."""
    start, end = _ROLE_HTML[role]
    return f"{start}{html}{end}"


DELETE_STYLE = "color:#c00000; text-decoration:line-through"


def redline_html(rl: Redline, rtl: bool = False) -> str:
    """A redline for the screen: insertions underlined in blue, deletions struck in
    red, whole inserted or deleted paragraphs marked in the margin."""
    from ..core.redline import DELETED, INSERTED
    from ..core.worddiff import DELETE, INSERT

    parts = [f'<div dir="{"rtl" if rtl else "ltr"}">']
    for para in rl.paragraphs:
        inner = []
        for op, text in para.segments:
            shown = escape(text).replace("\t", "&nbsp;&nbsp;&nbsp;")
            if op == INSERT:
                inner.append(f'<span style="{INSERT_STYLE}">{shown}</span>')
            elif op == DELETE:
                inner.append(f'<span style="{DELETE_STYLE}">{shown}</span>')
            else:
                inner.append(shown)
        body = "".join(inner)
        if para.change in (INSERTED, DELETED):
            body = f'<span style="background:{"#eaf2ff" if para.change == INSERTED else "#fdeaea"}">{body}</span>'
        start, end = _ROLE_HTML.get(para.role, (f'<p style="margin-left:{24 * para.depth}px">', "</p>"))
        parts.append(f"{start}{body}{end}")
    parts.append("</div>")
    return "\n".join(parts)
