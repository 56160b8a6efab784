"""PDF files: the Final Acts and the Sectors' resolutions as ITU prints them.

A PDF has no paragraphs, only characters placed on pages. pdfminer.six (MIT,
pure Python) gives every character with its font, size and position, which is
what it takes to read a page the way a delegate sees it:

- running headers and footers ("– 2 –", "12(Add.1)-E", "Res. 191 123") are
  the lines at the top or bottom of the page that are a page number or that
  come back on other pages (digits aside); they are dropped;
- footnotes are the small lines under the short rule at the page bottom; each
  starts with its mark ("1", "1bis", "*"), and the same mark raised and small
  in the text above is the call to it;
- the lines of the text are joined into paragraphs where the vertical gap, the
  size or the style does not change and the line does not open with a label,
  across pages too; a label followed by a wide gap ("a)", "1", "1.13") keeps
  its tab, and a line broken after a hyphen is joined without a space.

The result is a ``Source`` like any reader's, so the same parser reads it. A
PDF without a text layer (a scan) is refused, as are encrypted and damaged
files; a PDF too long for one document is refused before it is read.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import InputError, ReadCancelled
from ..core.model import Footnote
from ..core.paragraphs import Para, Source, note_marker
from ..core.vocabulary import detect_script_language
from ..core.worddiff import CJK

MAX_PAGES = 1500  # the PP-18 Final Acts are about 900 pages
_MARK_OPEN, _MARK_CLOSE = "\ue010", "\ue011"  # a raised mark in a line, until its note is known (not NOTE_OPEN)
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:page|p\.|página|страница)\s*)?\d{1,4}(?:\s*(?:of|/|de|sur|из)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
# a custom mark printed twice ("1bis" raised, then "1bis" again): LibreOffice shows a Word
# footnote's custom mark (customMarkFollows, the mark typed after the reference) as the note's
# label and also as the text it was typed as; one mark was meant
_TWICE = re.compile(
    f"({_MARK_OPEN}([^{_MARK_CLOSE}]{{1,6}}){_MARK_CLOSE}) ?(?:{_MARK_OPEN}\\2{_MARK_CLOSE}|\\2(?!\\w))"
)
# "(Kyoto, 1994; …; Dubai, 2018)" and its note marks: a line of its own ("(Dubai, 2018)," ends a preamble)
_HISTORY_LINE = re.compile(
    f"^[(（][^()]*\\b(?:19|20)\\d\\d[)）](?:\\s*,?\\s*{_MARK_OPEN}[^{_MARK_CLOSE}]*{_MARK_CLOSE})*\\s*$"
)
_LABEL = re.compile(r"^(?:\(?[a-z]{1,4}\)(?:bis|ter)?|\(?[A-Z]\)|\d{1,3}(?:\.\d{1,3})*(?:bis|ter)?\)?|[–•\-])\t")


@dataclass
class _Line:
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
class _Page:
    lines: list[_Line]
    rule: float | None  # the footnote rule's height on the page, if it has one
    height: float
    notes: list[_Line] = field(default_factory=list)


def read_pdf(data: bytes, name: str, cancelled: Callable[[], bool] | None = None) -> Source:
    """The paragraphs and footnotes of a PDF's text layer."""
    if not data.strip():
        raise InputError("the file is empty", name)
    pages = list(_pages(data, name, cancelled))
    if not any(page.lines for page in pages):
        raise InputError(
            "this PDF has no text to read: it is a scan or a picture of the pages, or it is damaged; "
            "import ITU's Word file of it, or a PDF with text",
            name,
        )
    if detect_script_language("".join(line.text for page in pages for line in page.lines)) == "ar":
        raise InputError(
            "PDFs in Arabic cannot be read yet: a PDF holds their letters in the order they are drawn, "
            "not in the order they are read; import the Word file of the text instead",
            name,
        )
    footnotes: dict[int, Footnote] = {}
    marks = [_take_notes(page, footnotes) for page in pages]  # first: a note's last line is not a footer
    _drop_running_lines(pages)
    paras: list[Para] = []
    for text, italic, first, last in _Paragraphs(pages):
        called: dict[str, int] = {}
        for on in marks[first : last + 1]:
            called.update(on)
        paras.append(Para(text=_calls(text, called), italic=italic))
    for note in footnotes.values():
        if note.mark == str(note.number):
            note.mark = ""
    for p in paras:  # a mark whose note is on another page: the mark as printed
        p.text = p.text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
    return Source(paras=paras, footnotes=footnotes, name=name)


# -- pages and lines -------------------------------------------------------------


MAX_CHARS_PER_PAGE = 30_000  # a dense A4 page of 8-point type holds about 6,000
MAX_STREAM = 16 * 1024 * 1024  # a page's drawing, decompressed; an ITU page needs a few hundred KB


class _TooMuch(Exception):
    pass


def _pages(data: bytes, name: str, cancelled: Callable[[], bool] | None) -> Iterator[_Page]:
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


def _page(page: Any) -> _Page:
    from pdfminer.layout import LTCurve, LTTextLine

    segments: list[_Line] = []
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
    return _Page(lines=lines, rule=rule, height=page.height)


def _segment(line: Any) -> _Line | None:
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
            out.append(_MARK_OPEN)
            raised = True
        elif raised and not (small and text.strip()):
            out.append(_MARK_CLOSE)
            raised = False
        out.append(text)
    if raised:
        out.append(_MARK_CLOSE)
    fonts = [c.fontname.lower() for c in chars if c.get_text().strip()]
    word = []  # up to a space; in Chinese, where any character may start a line, one character
    for c in chars:
        if not c.get_text().strip():
            break
        word.append(c)
        if re.match(f"[{CJK}]", c.get_text()):
            break
    return _Line(
        first_width=(word[-1].x1 - word[0].x0) if word else 0.0,
        text=_no_cjk_spaces(_TWICE.sub(r"\1", re.sub(r"[ \t]+", " ", "".join(out)).strip())),
        x0=line.x0,
        x1=line.x1,
        y0=line.y0,
        y1=line.y1,
        size=main,
        bold=bool(fonts) and all("bold" in f for f in fonts),
        italic=bool(fonts) and all("italic" in f or "oblique" in f for f in fonts),
    )


def _rows(segments: list[_Line]) -> list[_Line]:
    """Segments on one baseline made one line, top to bottom: a label and its
    text, which pdfminer gives apart when a tab stands between them."""
    rows: list[list[_Line]] = []
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
            line.text += ("\t" if gap > line.size else "" if _cjk_edge(line.text, seg.text) else " ") + seg.text
            line.x1, line.y0, line.y1 = seg.x1, min(line.y0, seg.y0), max(line.y1, seg.y1)
            line.italic = line.italic and seg.italic
            line.bold = line.bold and seg.bold
        out.append(line)
    out.sort(key=lambda s: (-round(s.y0), s.x0))
    return out


def _copy(seg: _Line) -> _Line:
    return _Line(seg.text, seg.x0, seg.x1, seg.y0, seg.y1, seg.size, seg.bold, seg.italic, seg.first_width, seg.lead)


def _no_cjk_spaces(text: str) -> str:
    """Chinese is written without spaces; the gaps a typesetter leaves between
    Chinese and Latin letters or digits ("第 123 号") are not spaces."""
    return re.sub(f"(?<=[{CJK}]) +| +(?=[{CJK}])", "", text)


def _cjk_edge(before: str, after: str) -> bool:
    return bool(re.match(f"[{CJK}]", before[-1:] or " ") or re.match(f"[{CJK}]", after[:1] or " "))


def _footnote_rule(rules: list[float], lines: list[_Line], height: float) -> float | None:
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
            or _NOTE_START.match(below[0].text)
            or _PLAIN_NOTE_START.match(below[0].text)
        ):
            return y
    return None


def _drop_running_lines(pages: list[_Page]) -> None:
    """Page numbers and lines that come back at the top or bottom of other pages."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")).strip()

    def edge(page: _Page, line: _Line) -> bool:
        return line.y0 > page.height * 0.88 or line.y1 < page.height * 0.08

    from ..core.contribution import is_action_line
    from ..core.revision import parse_heading
    from ..core.vocabulary import match_call

    def text(line: _Line) -> bool:  # what the text itself is made of, wherever a page break puts it
        plain = line.text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
        return match_call(plain) is not None or parse_heading(plain) is not None or is_action_line(plain)

    def apart(lines: list[_Line]) -> list[_Line]:
        """The lines at the page's edge set apart from the text (a header or footer
        block), from the edge inwards: by a wider gap than the text's own, or by
        another type size."""
        block: list[_Line] = []
        for line, inner in zip(lines, [*lines[1:], None]):
            if not edge(page, line):
                break
            block.append(line)
            if inner is None or abs(line.y0 - inner.y0) > 1.6 * max(line.size, inner.size):
                return block
            if round(inner.size) != round(line.size):
                return block
        return []

    candidates: dict[int, list[_Line]] = {}
    for number, page in enumerate(pages):
        top = apart(page.lines)
        bottom = apart(page.lines[::-1])
        candidates[number] = [line for line in top + bottom if not text(line)]
    # a running line is on most pages (all but the first, often), not on two or three of a hundred
    seen = Counter(key(line) for lines in candidates.values() for line in lines)
    often = max(2, (len(pages) + 1) // 2)
    for number, page in enumerate(pages):
        drop = [
            line
            for line in candidates[number]
            if _PAGE_NUMBER.match(line.text) or (len(pages) > 1 and seen[key(line)] >= often)
        ]
        page.lines = [line for line in page.lines if not any(line is d for d in drop)]


# -- footnotes --------------------------------------------------------------------


_NOTE_START = re.compile(rf"^{_MARK_OPEN}(?P<mark>[^{_MARK_CLOSE}]{{1,6}}){_MARK_CLOSE}\s*(?P<text>.*)$")
_PLAIN_NOTE_START = re.compile(r"^(?P<mark>\d{1,3}(?:bis|ter)?|\*{1,3})[\t ]+(?P<text>\S.*)$")


def _take_notes(page: _Page, footnotes: dict[int, Footnote]) -> dict[str, int]:
    """The page's footnotes into ``footnotes``; their marks and numbers."""
    if page.rule is None:
        return {}
    rule = page.rule
    page.notes = [line for line in page.lines if line.y1 <= rule + 1 and not _PAGE_NUMBER.match(line.text)]
    page.lines = [line for line in page.lines if line not in page.notes]
    marks: dict[str, int] = {}
    current: Footnote | None = None
    for line in page.notes:
        m = _NOTE_START.match(line.text) or _PLAIN_NOTE_START.match(line.text)
        if m is not None:
            number = max(footnotes, default=0) + 1
            mark = m.group("mark").strip()
            current = footnotes[number] = Footnote(number=number, text=m.group("text").strip(), mark=mark)
            marks[mark] = number
        elif current is not None:
            current.text = _joined(current.text, line.text)
    return marks


def _calls(text: str, marks: dict[str, int]) -> str:
    """Raised marks of this page's notes made the calls to them."""

    def call(m: re.Match[str]) -> str:
        number = marks.get(m.group(1).strip())
        return note_marker(number) if number is not None else m.group(0)

    return re.sub(f"{_MARK_OPEN}([^{_MARK_CLOSE}]*){_MARK_CLOSE}", call, text)


# -- paragraphs -------------------------------------------------------------------


class _Paragraphs:
    """Lines joined into paragraphs, page after page (a paragraph may cross one):
    each paragraph with the pages it is on, for the notes it calls.

    What ends a paragraph is measured against the document itself: the space
    before a paragraph against its usual line pitch (exact 14 pt in ITU's files,
    16 pt single-spaced, more at 1.5), and a line ended early against the printed
    width of the next line's first word."""

    def __init__(self, pages: list[_Page]):
        lines = [line for page in pages for line in page.lines]
        self.left = min((line.x0 for line in lines), default=0.0)
        self.right = max((line.x1 for line in lines), default=0.0)
        self.pages = pages
        pitches: Counter[tuple[int, int]] = Counter()
        for page in pages:
            for before, line in zip(page.lines, page.lines[1:]):
                step = before.y0 - line.y0
                if before.style == line.style and 0 < step < 3 * line.size:
                    pitches[(round(line.size), round(step * 2))] += 1
        self.pitch: dict[int, float] = {}
        for (size, step), _ in pitches.most_common():
            self.pitch.setdefault(size, step / 2)  # the commonest step per size: lines within a paragraph

    def __iter__(self) -> Iterator[tuple[str, bool, int, int]]:
        last: _Line | None = None  # the last line of the paragraph still open
        lead: float | None = None  # where its first line's text after the label starts
        text, italic, first = "", False, 0
        for number, page in enumerate(self.pages):
            for k, line in enumerate(page.lines):
                if last is not None and self._continues(last, line, k == 0, lead):
                    text, italic = _joined(text, line.text), italic and line.italic
                else:
                    if last is not None:
                        yield text, italic, first, number if k else number - 1
                    text, italic, first, lead = line.text, line.italic, number, line.lead
                last = line
        if last is not None:
            yield text, italic, first, len(self.pages) - 1

    def _continues(self, before: _Line, line: _Line, new_page: bool, lead: float | None) -> bool:
        if line.style != before.style or _LABEL.match(line.text) or _HISTORY_LINE.match(line.text):
            return False
        if _own_line(before) or _own_line(line):
            return False
        size = line.size
        pitch = self.pitch.get(round(size), size * 1.17)
        if not new_page and before.y0 - line.y0 > pitch + max(2.0, 0.2 * size):  # space before a paragraph
            return False
        if self._room_for(before, line) and not self._centred(before):  # the line ended early: by choice
            return False
        if abs(line.x0 - self.left) < 3 or abs(line.x0 - before.x0) < 3:
            return True
        if lead is not None and abs(line.x0 - lead) < 3:  # a hanging indent: under the text, not the label
            return True
        return self._centred(before) and self._centred(line)

    def _room_for(self, before: _Line, line: _Line) -> bool:
        """Whether the next line's first word would have fitted at the end of this
        one (its printed width, a space and a little to spare): then the line was
        ended on purpose, and a paragraph ends with it."""
        if not line.first_width:
            return False
        return before.x1 + 0.3 * line.size + line.first_width * 1.1 < self.right - 1

    def _centred(self, line: _Line) -> bool:
        middle = (self.left + self.right) / 2
        return abs((line.x0 + line.x1) / 2 - middle) < 3 and line.x0 > self.left + 3


def _own_line(line: _Line) -> bool:
    """A resolution's heading is a paragraph of its own, whatever its type."""
    from ..core.revision import parse_heading

    return parse_heading(line.text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")) is not None


def _joined(text: str, more: str) -> str:
    """A line added to a paragraph: a line broken after a hyphen joins without a
    space (ITU's texts are not hyphenated by the typesetter, so the hyphen is the
    word's own and stays)."""
    if text.endswith("-") and text[-2:-1].isalnum() and more[:1].isalnum():  # "Inter-Sectoral", "2020-2023"
        return text + more
    if _cjk_edge(text, more):
        return text + more
    return f"{text} {more}" if text else more
