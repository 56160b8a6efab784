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

MAX_PAGES = 1500  # the PP-18 Final Acts are about 900 pages
_MARK_OPEN, _MARK_CLOSE = "\ue010", "\ue011"  # a raised mark in a line, until its note is known (not NOTE_OPEN)
_PAGE_NUMBER = re.compile(r"^[\s\-–—]*(?:page\s+)?\d{1,4}[\s\-–—]*$", re.IGNORECASE)
# a custom mark printed twice ("1bis" raised, then "1bis" again): LibreOffice shows a Word
# footnote's custom mark (customMarkFollows, the mark typed after the reference) as the note's
# label and also as the text it was typed as; one mark was meant
_TWICE = re.compile(
    f"({_MARK_OPEN}([^{_MARK_CLOSE}]{{1,6}}){_MARK_CLOSE}) ?(?:{_MARK_OPEN}\\2{_MARK_CLOSE}|\\2(?!\\w))"
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

    @property
    def style(self) -> tuple[float, bool, bool]:
        return (round(self.size), self.bold, self.italic)


@dataclass
class _Page:
    lines: list[_Line]
    rule: float | None  # the footnote rule's height on the page, if it has one
    width: float
    height: float
    notes: list[_Line] = field(default_factory=list)


def read_pdf(data: bytes, name: str, cancelled: Callable[[], bool] | None = None) -> Source:
    """The paragraphs and footnotes of a PDF's text layer."""
    pages = list(_pages(data, name, cancelled))
    if not any(page.lines for page in pages):
        raise InputError(
            "this PDF has no text to read (it is a scan or a picture of the pages); import ITU's Word "
            "file of it, or a PDF with text",
            name,
        )
    _drop_running_lines(pages)
    footnotes: dict[int, Footnote] = {}
    marks = [_take_notes(page, footnotes) for page in pages]
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


def _pages(data: bytes, name: str, cancelled: Callable[[], bool] | None) -> Iterator[_Page]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
    except ImportError:  # pragma: no cover - a broken installation
        raise InputError("PDF files cannot be read here: pdfminer.six is not installed", name) from None
    try:
        count = sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(data)))))
        if count > MAX_PAGES:
            raise InputError(f"the PDF has {count:,} pages; the limit is {MAX_PAGES:,}", name)
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.2)):
            if cancelled is not None and cancelled():
                raise ReadCancelled("reading was cancelled", name)
            yield _page(page)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError("this PDF is protected by a password; save an unprotected copy to import it", name) from None
    except (InputError, ReadCancelled):
        raise
    except RecursionError:
        raise InputError("the PDF is nested too deeply to read", name) from None
    except Exception as exc:  # pdfminer's many ways of saying a file is not a PDF, or is damaged
        raise InputError(f"this PDF is damaged or is not a PDF ({type(exc).__name__}: {exc})", name) from None


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
    return _Page(lines=lines, rule=rule, width=page.width, height=page.height)


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
    return _Line(
        text=_TWICE.sub(r"\1", re.sub(r"[ \t]+", " ", "".join(out)).strip()),
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
        line = _Line(first.text, first.x0, first.x1, first.y0, first.y1, first.size, first.bold, first.italic)
        for seg in row[1:]:
            gap = seg.x0 - line.x1
            if gap > 4 * line.size:  # another column (a header table): a line of its own
                out.append(line)
                line = _Line(seg.text, seg.x0, seg.x1, seg.y0, seg.y1, seg.size, seg.bold, seg.italic)
                continue
            line.text += ("\t" if gap > line.size else " ") + seg.text
            line.x1, line.y0, line.y1 = seg.x1, min(line.y0, seg.y0), max(line.y1, seg.y1)
            line.italic = line.italic and seg.italic
            line.bold = line.bold and seg.bold
        out.append(line)
    out.sort(key=lambda s: (-round(s.y0), s.x0))
    return out


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

    seen = Counter(key(line) for page in pages for line in page.lines if edge(page, line))
    many = len(pages) > 2
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (edge(page, line) and (_PAGE_NUMBER.match(line.text) or (many and seen[key(line)] >= 2)))
        ]


# -- footnotes --------------------------------------------------------------------


_NOTE_START = re.compile(rf"^{_MARK_OPEN}(?P<mark>[^{_MARK_CLOSE}]{{1,6}}){_MARK_CLOSE}\s*(?P<text>.*)$")
_PLAIN_NOTE_START = re.compile(r"^(?P<mark>\d{1,3}(?:bis|ter)?|\*{1,3})[\t ]+(?P<text>\S.*)$")


def _take_notes(page: _Page, footnotes: dict[int, Footnote]) -> dict[str, int]:
    """The page's footnotes into ``footnotes``; their marks and numbers."""
    if page.rule is None:
        return {}
    rule = page.rule
    page.notes = [line for line in page.lines if line.y1 <= rule + 1]
    page.lines = [line for line in page.lines if line.y1 > rule + 1]
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
    each paragraph with the pages it is on, for the notes it calls."""

    def __init__(self, pages: list[_Page]):
        lines = [line for page in pages for line in page.lines]
        self.left = min((line.x0 for line in lines), default=0.0)
        self.right = max((line.x1 for line in lines), default=0.0)
        self.pages = pages

    def __iter__(self) -> Iterator[tuple[str, bool, int, int]]:
        last: _Line | None = None  # the last line of the paragraph still open
        text, italic, first = "", False, 0
        for number, page in enumerate(self.pages):
            for k, line in enumerate(page.lines):
                if last is not None and self._continues(last, line, k == 0):
                    text, italic = _joined(text, line.text), italic and line.italic
                else:
                    if last is not None:
                        yield text, italic, first, number if k else number - 1
                    text, italic, first = line.text, line.italic, number
                last = line
        if last is not None:
            yield text, italic, first, len(self.pages) - 1

    def _continues(self, before: _Line, line: _Line, new_page: bool) -> bool:
        if line.style != before.style or _LABEL.match(line.text):
            return False
        size = line.size
        if not new_page and before.y0 - line.y1 > 0.35 * size:  # space before a paragraph
            return False
        if self._room_for(before, line) and not self._centred(before):  # the line ended early: by choice
            return False
        if abs(line.x0 - self.left) < 3 or abs(line.x0 - before.x0) < 3:
            return True
        return self._centred(before) and self._centred(line)

    def _room_for(self, before: _Line, line: _Line) -> bool:
        """Whether the next line's first word would have fitted at the end of this
        one: then the line was ended on purpose, and a paragraph ends with it."""
        visible = line.text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
        first = visible.split(maxsplit=1)[0] if visible.strip() else ""
        per_char = (line.x1 - line.x0) / max(len(visible), 1)
        return before.x1 + per_char * (len(first) + 1) < self.right - 1

    def _centred(self, line: _Line) -> bool:
        middle = (self.left + self.right) / 2
        return abs((line.x0 + line.x1) / 2 - middle) < 3 and line.x0 > self.left + 3


def _joined(text: str, more: str) -> str:
    """A line added to a paragraph: a line broken after a hyphen joins without a
    space (ITU's texts are not hyphenated by the typesetter, so the hyphen is the
    word's own and stays)."""
    if text.endswith("-") and text[-2:-1].isalpha():  # "Inter-" + "Sectoral", "high-" + "level"
        return text + more
    return f"{text} {more}" if text else more
