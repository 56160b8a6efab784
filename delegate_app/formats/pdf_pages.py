"""A PDF's pages as lines, read with pdfminer.six within limits.

pdfminer gives each character with its font, size and position; this module
makes them the lines a reader sees: pieces on one baseline joined (a label and
its text, a wide gap kept as the tab), a raised small character kept as a mark
(between MARK_OPEN and MARK_CLOSE), the typesetter's gaps next to Chinese
characters dropped, and the short rule above a page's footnotes found. A page
that draws more characters than any page holds, or whose drawing unpacks to
more than any page needs, is refused before it costs minutes and gigabytes.
``pdf_reader`` makes paragraphs and footnotes of the lines.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import InputError, ReadCancelled
from ..core.worddiff import CJK

MAX_PAGES = 1500  # the PP-18 Final Acts are about 900 pages
MARK_OPEN, MARK_CLOSE = "\ue010", "\ue011"  # a raised mark in a line, until its note is known (not NOTE_OPEN)
# a custom mark printed twice ("1bis" raised, then "1bis" again): LibreOffice shows a Word
# footnote's custom mark (customMarkFollows, the mark typed after the reference) as the note's
# label and also as the text it was typed as; one mark was meant
_TWICE = re.compile(f"({MARK_OPEN}([^{MARK_CLOSE}]{{1,6}}){MARK_CLOSE}) ?(?:{MARK_OPEN}\\2{MARK_CLOSE}|\\2(?!\\w))")
# how a footnote starts under the rule: its mark raised, or printed before the text
NOTE_START = re.compile(rf"^{MARK_OPEN}(?P<mark>[^{MARK_CLOSE}]{{1,6}}){MARK_CLOSE}\s*(?P<text>.*)$")
PLAIN_NOTE_START = re.compile(r"^(?P<mark>\d{1,3}(?:bis|ter)?|\*{1,3})[\t ]+(?P<text>\S.*)$")


@dataclass
class Line:
    """One line as printed: its text (tabs where a wide gap follows a label),
    its box (PDF points, y upwards) and its type."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool = False
    italic: bool = False
    first_width: float = 0.0  # the printed width of its first word
    lead: float | None = None  # where the text after a label's tab starts

    @property
    def style(self) -> tuple[float, bool, bool]:
        return (round(self.size), self.bold, self.italic)


@dataclass
class Page:
    lines: list[Line]
    rule: float | None  # the footnote rule's height on the page, if it has one
    height: float
    notes: list[Line] = field(default_factory=list)


MAX_CHARS_PER_PAGE = 30_000  # a dense A4 page of 8-point type holds about 6,000
MAX_STREAM = 16 * 1024 * 1024  # a page's drawing, decompressed; an ITU page needs a few hundred KB


class _TooMuch(Exception):
    pass


def pages_of(data: bytes, name: str, cancelled: Callable[[], bool] | None) -> Iterator[Page]:
    """The pages, each laid out by pdfminer, within limits: a page that draws more
    characters than any page holds, or whose drawing unpacks to more than any
    page needs (a "bomb" of a few kilobytes), is refused before it costs minutes
    and gigabytes; cancelling is looked at while a page is drawn, too."""
    import logging

    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:  # pragma: no cover - a broken installation
        raise InputError("PDF files cannot be read here: pdfminer.six is not installed", name) from None
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)  # its complaints are not the delegate's to read

    class Capped(PDFPageAggregator):
        drawn = 0

        def render_char(self, *args: Any, **kwargs: Any) -> Any:
            self.drawn += 1
            if self.drawn > MAX_CHARS_PER_PAGE:
                raise _TooMuch
            if self.drawn % 4096 == 0 and cancelled is not None and cancelled():
                raise ReadCancelled("reading was cancelled", name)
            return super().render_char(*args, **kwargs)

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = list(PDFPage.create_pages(document))
        if len(pages) > MAX_PAGES:
            raise InputError(f"the PDF has {len(pages):,} pages; the limit is {MAX_PAGES:,}", name)
        if not pages:
            raise InputError("this PDF is damaged: no page of it could be read", name)
        resources = PDFResourceManager()
        device = Capped(resources, laparams=LAParams(line_margin=0.2))
        interpreter = PDFPageInterpreter(resources, device)
        for number, page in enumerate(pages, 1):
            if cancelled is not None and cancelled():
                raise ReadCancelled("reading was cancelled", name)
            _check_streams(page, name, number)
            device.drawn = 0
            try:
                interpreter.process_page(page)
            except _TooMuch:
                raise InputError(
                    f"page {number} draws more than {MAX_CHARS_PER_PAGE:,} characters; this is not an ITU text",
                    name,
                ) from None
            yield _page(device.get_result())
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError("this PDF is protected by a password; save an unprotected copy to import it", name) from None
    except (InputError, ReadCancelled):
        raise
    except (RecursionError, MemoryError):
        raise InputError("the PDF is nested too deeply or is too large to read", name) from None
    except Exception as exc:  # pdfminer's many ways of saying a file is not a PDF, or is damaged
        raise InputError(f"this PDF is damaged or is not a PDF ({type(exc).__name__}: {exc})", name) from None


def _check_streams(page: Any, name: str, number: int) -> None:
    """The page's drawing and its forms, unpacked only as far as any page needs."""
    import zlib

    from pdfminer.pdftypes import PDFStream, resolve1

    streams = list(page.contents or [])
    xobjects = resolve1((page.resources or {}).get("XObject")) or {}
    if isinstance(xobjects, dict):
        streams += [resolve1(x) for x in xobjects.values()]
    for stream in streams:
        stream = resolve1(stream)
        if not isinstance(stream, PDFStream):
            continue
        packed = stream.get_rawdata()
        if packed is None:
            continue
        for kind, _ in stream.get_filters():
            if getattr(kind, "name", kind) != "FlateDecode":
                break  # not unpacked here; a chain of them is unpacked stage by stage
            unpack = zlib.decompressobj()
            try:
                packed = unpack.decompress(packed, MAX_STREAM)
            except zlib.error:
                break  # pdfminer says what it makes of it
            if unpack.unconsumed_tail:
                raise InputError(
                    f"page {number} unpacks to more than {MAX_STREAM // (1024 * 1024)} MB; this is not an ITU text",
                    name,
                )


def _page(page: Any) -> Page:
    from pdfminer.layout import LTCurve, LTTextLine

    segments: list[Line] = []
    rules: list[float] = []

    def walk(item: Any) -> None:
        for child in item:
            if isinstance(child, LTTextLine):
                line = _segment(child)
                if line is not None:
                    segments.append(line)
            elif isinstance(child, LTCurve):  # lines and rectangles are curves in pdfminer
                x0, y0, x1, y1 = child.bbox
                if y1 - y0 < 1.5 and 30 < x1 - x0 < page.width * 0.5:
                    rules.append((y0 + y1) / 2)
            elif hasattr(child, "__iter__"):
                walk(child)

    walk(page)
    lines = _rows(segments)
    rule = _footnote_rule(rules, lines, page.height)
    return Page(lines=lines, rule=rule, height=page.height)


def _segment(line: Any) -> Line | None:
    """One of pdfminer's text lines; a raised small character is kept as a mark."""
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return None
    size = Counter(round(c.size, 1) for c in chars if c.get_text().strip()).most_common(1)
    main = size[0][0] if size else chars[0].size
    base = min((c.y0 for c in chars if c.size >= main * 0.9), default=line.y0)
    out: list[str] = []
    raised = False
    for item in line:
        text = item.get_text()
        if text == "\n":
            continue
        small = isinstance(item, LTChar) and item.size < main * 0.8 and item.y0 > base + main * 0.2
        if small and text.strip() and not raised:
            out.append(MARK_OPEN)
            raised = True
        elif raised and not (small and text.strip()):
            out.append(MARK_CLOSE)
            raised = False
        out.append(text)
    if raised:
        out.append(MARK_CLOSE)
    fonts = [c.fontname.lower() for c in chars if c.get_text().strip()]
    word = []  # up to a space; in Chinese, where any character may start a line, one character
    for c in chars:
        if not c.get_text().strip():
            break
        word.append(c)
        if re.match(f"[{CJK}]", c.get_text()):
            break
    return Line(
        first_width=(word[-1].x1 - word[0].x0) if word else 0.0,
        text=no_cjk_spaces(_TWICE.sub(r"\1", re.sub(r"[ \t]+", " ", "".join(out)).strip())),
        x0=line.x0,
        x1=line.x1,
        y0=line.y0,
        y1=line.y1,
        size=main,
        bold=bool(fonts) and all("bold" in f for f in fonts),
        italic=bool(fonts) and all("italic" in f or "oblique" in f for f in fonts),
    )


def _rows(segments: list[Line]) -> list[Line]:
    """Segments on one baseline made one line, top to bottom: a label and its
    text, which pdfminer gives apart when a tab stands between them."""
    rows: list[list[Line]] = []
    for seg in sorted(segments, key=lambda s: (-round(s.y0), s.x0)):
        middle = (seg.y0 + seg.y1) / 2
        row = next((r for r in rows if r[0].y0 - 1 <= middle <= r[0].y1 + 1), None)
        row.append(seg) if row is not None else rows.append([seg])
    out = []
    for row in rows:
        row.sort(key=lambda s: s.x0)
        first = row[0]
        line = _copy(first)
        for seg in row[1:]:
            gap = seg.x0 - line.x1
            if gap > 4 * line.size:  # another column (a header table): a line of its own
                out.append(line)
                line = _copy(seg)
                continue
            if gap > line.size and line.lead is None:
                line.lead = seg.x0
            line.text += ("\t" if gap > line.size else "" if cjk_edge(line.text, seg.text) else " ") + seg.text
            line.x1, line.y0, line.y1 = seg.x1, min(line.y0, seg.y0), max(line.y1, seg.y1)
            line.italic = line.italic and seg.italic
            line.bold = line.bold and seg.bold
        out.append(line)
    out.sort(key=lambda s: (-round(s.y0), s.x0))
    return out


def _copy(seg: Line) -> Line:
    return Line(seg.text, seg.x0, seg.x1, seg.y0, seg.y1, seg.size, seg.bold, seg.italic, seg.first_width, seg.lead)


def no_cjk_spaces(text: str) -> str:
    """Chinese is written without spaces; the gaps a typesetter leaves between
    Chinese and Latin letters or digits ("第 123 号") are not spaces."""
    return re.sub(f"(?<=[{CJK}]) +| +(?=[{CJK}])", "", text)


def cjk_edge(before: str, after: str) -> bool:
    return bool(re.match(f"[{CJK}]", before[-1:] or " ") or re.match(f"[{CJK}]", after[:1] or " "))


def _footnote_rule(rules: list[float], lines: list[Line], height: float) -> float | None:
    """The short rule in the lower half of the page with notes under it: smaller
    type, or a first line that opens with a note's mark."""
    for y in sorted(rules, reverse=True):
        if y > height / 2:
            continue
        below = [line for line in lines if line.y1 <= y + 1]
        above = [line for line in lines if line.y0 > y]
        if not below or not above:
            continue
        text_size = Counter(round(a.size) for a in above).most_common(1)[0][0]
        if (
            max(b.size for b in below) < text_size
            or NOTE_START.match(below[0].text)
            or PLAIN_NOTE_START.match(below[0].text)
        ):
            return y
    return None
