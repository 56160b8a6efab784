"""A resolution as HTML for reading on screen: the heading, the title, calls in
italics, labelled provisions with hanging labels, annexes and footnotes, laid
out the way ITU prints them. Qt's rich-text widgets render this subset.

A figure kept from a Word file is shown as the image itself (``figure:KEY``, at
its size, no wider than the view's column: the view adds each image to its
document as a resource, since it loads nothing itself) when Qt can draw it (PNG,
JPEG, GIF, BMP), else as "[Figure N]"; a redline's figure paragraph as "[Figure]"."""

from __future__ import annotations

import re
from html import escape as _escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the reader shows a text at start-up; the diff engine loads with the first redline
    from ..core.model import Figure, Provision, Resolution
    from ..core.redline import Redline, RedlineParagraph

_RTL = {"ar"}
_DRAWN = {"image/png", "image/jpeg", "image/gif", "image/bmp"}  # what Qt's rich text draws
_EMU_PER_PX, _MAX_PX = 9525, 560  # 96 px to the inch; the reading column's width
FIGURE_URL = "figure:"  # an image's name in the reading view's document: figure:<Figure.key>
_SECTOR = re.compile(r"\b(ITU|UIT|МСЭ)-([RTD])\b")


def escape(text: str) -> str:
    """HTML-escaped, with ITU-R/-T/-D kept on one line as ITU prints them."""
    escaped = _escape(text)
    return _SECTOR.sub("\\1\u2011\\2", escaped) if "-" in escaped else escaped


def resolution_html(res: Resolution, badges: dict[str, str] | None = None) -> str:
    """The text for reading; ``badges`` adds HTML after the provisions and calls
    of those paths (the proposals that touch them)."""
    from ..core.outline import call_short

    badges = badges or {}
    figures = _figures(res) if res.figures else {}
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
        prefix = call_short(section.call)
        parts.append(_as("call", escape(section.call) + badges.get(prefix, "")))
        parts.extend(_provisions(prefix, section.provisions, badges, figures))
    for annex in res.annexes:
        parts.append(_as("annex", escape(annex.label)))
        for line in (annex.reference, annex.title):  # the reading view sets the annex title plain, like its reference
            if line:
                parts.append(_as("annex-reference", escape(line)))
        parts.extend(_provisions(annex.label, annex.provisions, badges, figures))
    if res.footnotes:
        parts.append("<hr/>")
        for note in res.footnotes:
            parts.append(f'<p style="font-size:9pt"><sup>{note.mark or note.number}</sup> {escape(note.text)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _provisions(
    prefix: str, provisions: list[Provision], badges: dict[str, str], figures: dict[str, str] | None = None
) -> list[str]:
    from ..core.outline import provision_paths

    out = []
    for path, depth, prov in provision_paths(prefix, provisions):
        indent = 24 * (depth + 1) if prov.label else 24 * depth
        label = f"{escape(prov.label)}&nbsp;&nbsp;" if prov.label else ""
        if prov.text or label or not prov.figure:  # a figure's own paragraph is the figure
            out.append(
                f'<p style="margin-left:{indent}px; text-indent:{-24 if prov.label else 0}px">'
                f"{label}{escape(prov.text)}{badges.get(path, '')}</p>"
            )
        if prov.figure and figures:
            out.append(f'<p align="center">{figures.get(prov.figure, "")}</p>')
    return out


def _figures(res: Resolution) -> dict[str, str]:
    """Each figure's HTML by key: the image, or its placeholder."""
    from .text_writer import figure_placeholder

    numbers = res.figure_numbers()
    return {
        f.key: _image(f)
        if f.content_type in _DRAWN
        else f"<i>{escape(figure_placeholder(res.language, numbers[f.key]))}</i>"
        for f in res.figures
        if f.key in numbers
    }


def _image(figure: Figure) -> str:
    width, height = max(1, figure.width // _EMU_PER_PX), max(1, figure.height // _EMU_PER_PX)
    if width > _MAX_PX:
        width, height = _MAX_PX, max(1, height * _MAX_PX // width)
    return f'<img src="{FIGURE_URL}{figure.key}" width="{width}" height="{height}"/>'


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


def directed(parts: list[str], rtl: bool = False) -> str:
    """HTML paragraphs in the text's direction, as every redline view sets them."""
    return "\n".join([f'<div dir="{"rtl" if rtl else "ltr"}">', *parts, "</div>"])


def redline_html(rl: Redline, rtl: bool = False, before: str = "") -> str:
    """A redline for the screen: insertions underlined in blue, deletions struck in
    red, whole inserted or deleted paragraphs marked in the margin; ``before`` is
    HTML to set above it (an account of what it shows)."""
    return directed([before, *redline_blocks(rl)], rtl)


def redline_blocks(rl: Redline) -> list[str]:
    """The redline's paragraphs, one ``<p>`` each: what a view updates in place
    when only a few paragraphs changed since the last pause. Run on every pause
    in typing: the marks' names are looked up once, not once a paragraph."""
    marks = _marks()
    return [_paragraph_html(para, marks) for para in rl.paragraphs]


class RememberedBlocks:
    """``redline_blocks`` for a view that shows one redline after another while a
    delegate types: the redliner hands back the very paragraph objects of every
    block not edited since the last pause, so their HTML is kept by identity and
    only the paragraphs typed in are escaped and marked up again (building all
    400 of a 5,000-word MOD took 1.5 ms of every pause). Each paragraph is held
    with its HTML, so an id is never taken for another object's."""

    def __init__(self) -> None:
        self._last: dict[int, tuple[RedlineParagraph, str]] = {}

    def blocks(self, rl: Redline) -> list[str]:
        marks = _marks()
        last: dict[int, tuple[RedlineParagraph, str]] = self._last
        kept: dict[int, tuple[RedlineParagraph, str]] = {}
        out = []
        for para in rl.paragraphs:
            seen = last.get(id(para))
            html = seen[1] if seen is not None and seen[0] is para else _paragraph_html(para, marks)
            kept[id(para)] = (para, html)
            out.append(html)
        self._last = kept
        return out


def paragraph_html(para: RedlineParagraph) -> str:
    """One paragraph with its marks, in its role's markup."""
    return _paragraph_html(para, _marks())


def _marks() -> tuple[str, str, str, str]:
    """The names of a paragraph's and a segment's changes, looked up once a redline
    (the diff engine loads with the first one, not with this module)."""
    from ..core.redline import DELETED, INSERTED
    from ..core.worddiff import DELETE, INSERT

    return INSERTED, DELETED, INSERT, DELETE


def _paragraph_html(para: RedlineParagraph, marks: tuple[str, str, str, str]) -> str:
    inserted, deleted, insert, delete = marks
    inner = []
    for op, text in para.segments:
        shown = escape(text).replace("\t", "&nbsp;&nbsp;&nbsp;")
        if op == insert:
            inner.append(f'<span style="{INSERT_STYLE}">{shown}</span>')
        elif op == delete:
            inner.append(f'<span style="{DELETE_STYLE}">{shown}</span>')
        else:
            inner.append(shown)
    body = "".join(inner)
    if para.figure:  # a figure's paragraph (its image is the export's to write)
        body += ("&nbsp;" if body else "") + "<i>[Figure]</i>"
    if para.change in (inserted, deleted):
        body = f'<span style="background:{"#eaf2ff" if para.change == inserted else "#fdeaea"}">{body}</span>'
    start, end = _ROLE_HTML.get(para.role, (f'<p style="margin-left:{24 * para.depth}px">', "</p>"))
    return f"{start}{body}{end}"


def side_by_side_html(
    text: RedlineParagraph, columns: list[tuple[str, list[RedlineParagraph]]], rtl: bool = False
) -> str:
    """Competing proposals on one paragraph: the text in force above, then a
    column a proposal (its name, its paragraphs with marks), as AT4AM shows
    alternatives."""
    heads = "".join(f'<th align="left" style="padding:4px">{escape(name)}</th>' for name, _ in columns)
    cells = "".join(
        '<td valign="top" style="padding:4px">' + "".join(paragraph_html(p) for p in paras) + "</td>"
        for _, paras in columns
    )
    return (
        f'<div dir="{"rtl" if rtl else "ltr"}">{paragraph_html(text)}'
        f'<table border="1" cellspacing="0" width="100%"><tr>{heads}</tr><tr>{cells}</tr></table></div>'
    )
