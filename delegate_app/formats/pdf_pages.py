"""A PDF's pages as lines, read with PDFium (``pdf_chars``) within limits.

PDFium gives each character with its font, size and position; this module
makes them the lines a reader sees: the pieces of a page set in two columns
taken column by column, pieces on one baseline joined (``pdf_rows``: a label
and its text, a wide gap kept as the tab, a justified line's stretched word
spaces as spaces), a raised small character kept as a mark (between
MARK_OPEN and MARK_CLOSE), the typesetter's gaps next to Chinese
characters dropped, and the short rule above a page's footnotes found. A page
that draws more characters than any page holds, or whose drawing unpacks to
more than any page needs, is refused before it costs minutes and gigabytes.
``pdf_reader`` makes paragraphs and footnotes of the lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..core.errors import InputError, ReadCancelled
from ..core.worddiff import CJK
from .pdf_chars import Glyph
from .pdf_rows import LABEL_SHAPE, MARK_CLOSE, MARK_OPEN, Line, justified_lines, make_lines

MAX_PAGES = 1500  # the PP-18 Final Acts are about 900 pages
# a custom mark printed twice ("1bis" raised, then "1bis" again): LibreOffice shows a Word
# footnote's custom mark (customMarkFollows, the mark typed after the reference) as the note's
# label and also as the text it was typed as; one mark was meant
_TWICE = re.compile(f"({MARK_OPEN}([^{MARK_CLOSE}]{{1,6}}){MARK_CLOSE}) ?(?:{MARK_OPEN}\\2{MARK_CLOSE}|\\2(?!\\w))")
# how a footnote starts under the rule: its mark raised, or printed before the text
NOTE_START = re.compile(rf"^{MARK_OPEN}(?P<mark>[^{MARK_CLOSE}]{{1,6}}){MARK_CLOSE}\s*(?P<text>.*)$")
PLAIN_NOTE_START = re.compile(r"^(?P<mark>\d{1,3}(?:bis|ter)?|\*{1,3})[\t ]+(?P<text>\S.*)$")


@dataclass
class Page:
    lines: list[Line]
    rule: float | None  # the footnote rule's height on the page, if it has one
    height: float
    notes: list[Line] = field(default_factory=list)
    rule_x: tuple[float, float] = (float("-inf"), float("inf"))  # where the rule starts and ends: the notes' column

    def under_rule(self, line: Line) -> bool:
        return self.rule is not None and line.y1 <= self.rule + 1 and self.rule_x[0] - 3 <= line.x0 < self.rule_x[1]


MAX_CHARS_PER_PAGE = 30_000  # a dense A4 page of 8-point type holds about 6,000
MAX_STREAM = 16 * 1024 * 1024  # a page's drawing, decompressed; an ITU page needs a few hundred KB


def pages_of(data: bytes, name: str, cancelled: Callable[[], bool] | None) -> Iterator[Page]:
    """The pages, each laid out by PDFium, within limits: a page whose drawing
    unpacks to more than any page needs (a "bomb" of a few kilobytes), or that
    draws more characters than any page holds, is refused before it costs
    minutes and gigabytes; cancelling is looked at between pages."""
    from .pdf_chars import Drawn, open_pdf

    document = open_pdf(data, name)
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise InputError(f"the PDF has {count:,} pages; the limit is {MAX_PAGES:,}", name)
        if not count:
            raise InputError("this PDF is damaged: no page of it could be read", name)
        _check_streams(data, name)
        for number in range(count):
            if cancelled is not None and cancelled():
                raise ReadCancelled("reading was cancelled", name)
            try:
                drawn = Drawn(document, number)
            except Exception as exc:  # PDFium's ways of saying a page is damaged
                raise InputError(f"this PDF is damaged: page {number + 1} cannot be read ({exc})", name) from None
            try:
                if drawn.count > MAX_CHARS_PER_PAGE:
                    raise InputError(
                        f"page {number + 1} draws more than {MAX_CHARS_PER_PAGE:,} characters; this is not an ITU text",
                        name,
                    )
                yield _page(drawn)
            finally:
                drawn.close()
    finally:
        document.close()


def _check_streams(data: bytes, name: str) -> None:
    """Every compressed stream of the file unpacked only as far as any page
    needs, before PDFium unpacks them whole: PDFium has no limit of its own."""
    import zlib

    for m in re.finditer(rb"/FlateDecode\b[^>]*>>\s*stream\r?\n", data):
        unpack = zlib.decompressobj()
        try:
            unpack.decompress(data[m.end() : m.end() + MAX_STREAM], MAX_STREAM)
        except zlib.error:
            continue  # PDFium says what it makes of it
        if unpack.unconsumed_tail:
            raise InputError(
                f"a page unpacks to more than {MAX_STREAM // (1024 * 1024)} MB; this is not an ITU text", name
            )


def _page(drawn: Any) -> Page:
    segments = [line for line in map(_segment, drawn.segments()) if line is not None]
    lines = _in_columns(segments)
    # the short rule above the notes, or the full-width one above a note continued from the page before
    rules = [(y, x0, x1, x1 - x0 < drawn.width * 0.5) for x0, x1, y in drawn.rules() if 30 < x1 - x0]
    found = _footnote_rule(rules, lines, drawn.height)
    if found is None:
        return Page(lines=lines, rule=None, height=drawn.height)
    return Page(lines=lines, rule=found[0], height=drawn.height, rule_x=found[1])


def _in_columns(segments: list[Line]) -> list[Line]:
    """The page's lines in reading order: on a page set in two columns (a gutter
    near the middle that the text's pieces keep clear of, with text on either
    side), the left column's lines, then the right one's, band by band between
    the lines that span both (a heading, a running head)."""
    gutter = _gutter(segments)
    if gutter is None:
        return make_lines(segments)
    a, b = gutter
    right = max(s.x1 for s in segments)
    out: list[Line] = []
    band: tuple[list[Line], list[Line]] = ([], [])
    columns: tuple[list[Line], list[Line]] = ([], [])

    def flush() -> None:
        for side, column in zip(band, columns):
            rows = make_lines(side)
            column.extend(rows)
            out.extend(rows)
            side.clear()

    for seg in sorted(segments, key=lambda s: -s.y1):
        if seg.x0 >= b - 1:
            band[1].append(seg)
        elif seg.x1 <= a + 1 or (seg.x0 < a and seg.x1 - b < 0.3 * (right - b)):
            band[0].append(seg)  # in the left column, or running a little over into the gutter
        else:  # across both columns, or centred over the gutter (a page number)
            flush()
            out.extend(make_lines([seg]))
    flush()
    middle = (a + b) / 2
    for column in columns:  # each column's edges: where its lines start and end (short of the gutter's middle)
        ends = [line.x1 for line in column if line.x0 > middle or line.x1 < middle]
        if column and ends:
            edges = (min(line.x0 for line in column), max(ends))
            for line in column:
                line.column = edges
    return out


def _gutter(segments: list[Line]) -> tuple[float, float] | None:
    """The gap between two columns, if the page has two: the widest stretch of
    the middle of the page that the text's pieces keep clear of (one may cross
    it: a header table's cell; pieces centred on the page, a page number or a
    heading, are not counted), with a dozen pieces or more on each side of it
    and few that cross it."""
    if len(segments) < 24:
        return None
    segments = justified_lines(segments)
    left, right = int(min(s.x0 for s in segments)), int(max(s.x1 for s in segments)) + 1
    span, middle = right - left, (left + right) / 2
    covered = [0] * (span + 1)
    for seg in segments:
        if seg.x1 - seg.x0 > 0.6 * span or abs((seg.x0 + seg.x1) / 2 - middle) < 10:
            continue
        for x in range(int(seg.x0) - left, int(seg.x1) - left + 1):
            covered[x] += 1
    best: tuple[int, int] | None = None
    start = None
    for x in range(int(0.3 * span), int(0.7 * span) + 1):
        if covered[x] <= 1:
            start = x if start is None else start
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
        else:
            start = None
    if best is None:
        return None
    a, b = left + best[0], left + best[1] + 1
    size = Counter(round(s.size) for s in segments).most_common(1)[0][0]
    if b - a < 0.8 * size:
        return None
    sides = sum(s.x1 <= a + 1 for s in segments), sum(s.x0 >= b - 1 for s in segments)
    if min(sides) < 12 or len(segments) - sum(sides) > 0.25 * len(segments):
        return None
    return float(a), float(b)


def _segment(chars: list[Glyph]) -> Line | None:
    """A piece of a line; a raised small character is kept as a mark."""
    inked = [c for c in chars if c[0].strip()]
    if not inked:
        return None
    size = Counter(round(c[5], 1) for c in inked).most_common(1)
    main = size[0][0]
    base = min((c[3] for c in inked if c[5] >= main * 0.9), default=inked[0][3])
    out: list[str] = []
    raised = False
    for c in chars:
        text = c[0]
        small = c[5] < main * 0.8 and c[3] > base + main * 0.2
        if small and text.strip() and not raised:
            out.append(MARK_OPEN)
            raised = True
        elif raised and not (small and text.strip()):
            out.append(MARK_CLOSE)
            raised = False
        out.append(text)
    if raised:
        out.append(MARK_CLOSE)
    word = []  # up to a space (a no-break space holds "No.\u00a047" together); in Chinese, one character
    for c in chars:
        if not c[0].strip() and c[0] not in _NO_BREAK:
            break
        word.append(c)
        if re.match(f"[{CJK}]", c[0]):
            break
    after_label = None
    if LABEL_SHAPE.match(inked[0][0]) and len(inked) > 1:
        after_label = inked[1][1]
    fonts = [c[6] for c in inked]
    main_chars = [c for c in inked if c[5] >= main * 0.9] or inked
    return Line(
        first_width=(word[-1][2] - word[0][1]) if word else 0.0,
        text=no_cjk_spaces(_TWICE.sub(r"\1", re.sub(r"[ \t]+", " ", "".join(out)).strip())),
        x0=min(c[1] for c in inked),
        x1=max(c[2] for c in inked),
        y0=sorted(c[3] for c in main_chars)[len(main_chars) // 2],  # the baseline: "(" and "," reach below it
        y1=max(c[4] for c in inked),
        size=main,
        bold=all("bold" in f for f in fonts),
        italic=all("italic" in f or "oblique" in f for f in fonts),
        after_label=after_label,
    )


_NO_BREAK = frozenset("\u00a0\u202f\u2007")


def no_cjk_spaces(text: str) -> str:
    """Chinese is written without spaces; the gaps a typesetter leaves between
    Chinese and Latin letters or digits ("第 123 号") are not spaces."""
    return re.sub(f"(?<=[{CJK}]) +| +(?=[{CJK}])", "", text)


def _footnote_rule(
    rules: list[tuple[float, float, float, bool]], lines: list[Line], height: float
) -> tuple[float, tuple[float, float]] | None:
    """The rule in the lower half of the page with notes under it (in its
    column, on a page of two): smaller type, or, under a short rule, a first
    line that opens with a note's mark. Its height and where it starts and ends."""
    for y, start, end, short in sorted(rules, reverse=True):
        if y > height / 2:
            continue
        below = sorted(
            (line for line in lines if line.y1 <= y + 1 and start - 3 <= line.x0 < end), key=lambda line: -line.y0
        )
        above = [line for line in lines if line.y0 > y]
        if not below or not above:
            continue
        text_size = Counter(round(a.size) for a in above).most_common(1)[0][0]
        if max(b.size for b in below) < text_size or (
            short and (NOTE_START.match(below[0].text) or PLAIN_NOTE_START.match(below[0].text))
        ):
            return y, (start, end)
    return None
