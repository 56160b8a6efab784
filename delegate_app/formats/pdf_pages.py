"""A PDF's pages as lines, read with PDFium (``pdf_chars``) within limits.

PDFium gives each character with its font, size and position; this module
makes them the lines a reader sees: pieces on one baseline joined (a label and
its text, a wide gap kept as the tab), a raised small character kept as a mark
(between MARK_OPEN and MARK_CLOSE), the typesetter's gaps next to Chinese
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
    after_label: float | None = None  # where the text after a label-shaped first word starts, tab or none
    column: tuple[float, float] | None = None  # the left and right edges of its column on a page of two
    narrow_tab: bool = False  # its tab stands for a gap no wider than an em (a justified line's may be as wide)

    @property
    def style(self) -> tuple[float, bool, bool]:
        return (round(self.size), self.bold, self.italic)


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
        return _rows(segments)
    a, b = gutter
    right = max(s.x1 for s in segments)
    out: list[Line] = []
    band: tuple[list[Line], list[Line]] = ([], [])
    columns: tuple[list[Line], list[Line]] = ([], [])

    def flush() -> None:
        for side, column in zip(band, columns):
            rows = _rows(side)
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
            out.extend(_rows([seg]))
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
    segments = _justified_lines(segments)
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


def _justified_lines(segments: list[Line]) -> list[Line]:
    """The segments with each justified line's words as one piece, for the
    gutter to be looked for: the stretched gaps of a page of justified lines
    line up by chance into a stretch no piece crosses, which is no gutter
    between columns (a gutter's gap is not one of its row's word spaces)."""
    out: list[Line] = []
    for row in _group_rows(segments):
        row.sort(key=lambda s: s.x0)
        words = word_gaps(row)
        piece = _copy(row[0])
        for k, seg in enumerate(row[1:]):
            if k in words:
                piece.x1 = max(piece.x1, seg.x1)
            else:
                out.append(piece)
                piece = _copy(seg)
        out.append(piece)
    return out


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
    if _LABEL_SHAPE.match(inked[0][0]) and len(inked) > 1:
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


def _group_rows(segments: list[Line]) -> list[list[Line]]:
    """Segments on one baseline together, top to bottom (a raised mark with its line)."""
    rows: list[list[Line]] = []
    for seg in sorted(segments, key=lambda s: (-round(s.y0), s.x0)):
        middle = (seg.y0 + seg.y1) / 2
        row = next(
            (
                r
                for r in rows
                if r[0].y0 - 1 <= middle <= r[0].y1 + 1 or seg.y0 - 1 <= (r[0].y0 + r[0].y1) / 2 <= seg.y1 + 1
            ),
            None,
        )
        row.append(seg) if row is not None else rows.append([seg])
    return rows


def _rows(segments: list[Line]) -> list[Line]:
    """Segments on one baseline made one line, top to bottom: a label and its
    text, which come apart when a tab stands between them, and a note's mark
    raised before its text."""
    rows = _group_rows(segments)
    built: list[list[Line]] = []
    for row in rows:
        size = max(s.size for s in row)
        base = min(s.y0 for s in row if s.size >= 0.9 * size)
        for seg in row:
            if seg.size < 0.8 * size and seg.y0 > base + 0.2 * size and MARK_OPEN not in seg.text:
                seg.text, seg.size = f"{MARK_OPEN}{seg.text}{MARK_CLOSE}", size  # a raised mark on its own
                seg.y0 = base
        row.sort(key=lambda s: s.x0)
        built.append(_joined_row(row, word_gaps(row)))
    # a justified line of two words is known by the line of its paragraph above or below it,
    # which may be one of two words too: until no more are found
    lone = {k: gap for k, row in enumerate(rows) if (gap := _lone_gap(row)) is not None}
    right = max((s.x1 for s in segments), default=0.0)  # the right edge of the text (of its column)
    while lone:
        found = [
            k
            for k in lone
            if any(_justified_pair(rows[k], built[j], right, j > k) for j in (k - 1, k + 1) if 0 <= j < len(rows))
        ]
        for k in found:
            built[k] = _joined_row(rows[k], {lone.pop(k)})
        if not found:
            break
    return [line for lines in built for line in lines]


def _joined_row(row: list[Line], words: set[int]) -> list[Line]:
    """A row's segments as its line (two lines when a gap wider than four ems
    that is no word space parts a table's cells), ``words`` the gaps that are
    word spaces (``word_gaps``)."""
    out = []
    line = _copy(row[0])
    for k, seg in enumerate(row[1:]):
        gap = seg.x0 - line.x1
        if k in words:  # a justified line's stretched word space, however wide
            tab = False
            if k == 0 and _LABEL_SHAPE.match(line.text) is not None:
                line.after_label = seg.x0  # a label or not: where its next line starts tells (pdf_reader)
        elif gap > 4 * line.size:  # another column (a header table): a line of its own
            out.append(line)
            line = _copy(seg)
            continue
        else:
            tab = gap > line.size or (gap > 0.45 * line.size and _LABEL_SHAPE.match(line.text) is not None)
        if tab and line.lead is None:
            line.lead = seg.x0
            line.narrow_tab = gap <= line.size
        line.text += ("\t" if tab else "" if cjk_edge(line.text, seg.text) else " ") + seg.text
        line.x1, line.y0, line.y1 = seg.x1, min(line.y0, seg.y0), max(line.y1, seg.y1)
        line.italic = line.italic and seg.italic
        line.bold = line.bold and seg.bold
    out.append(line)
    return out


def _lone_gap(row: list[Line]) -> int | None:
    """The one wide gap of a row of two words, each drawn with no space in it
    ("consideration" ... "geographical"), not after a label: a tab, a table's
    next cell, or the one word space of a justified line of two words, which
    only the lines around it can tell."""
    size = max(s.size for s in row)
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
    wide = [k for k, g in enumerate(gaps) if g > 0.45 * size]
    if len(wide) != 1:
        return None
    k = wide[0]
    before, after = "".join(s.text for s in row[: k + 1]), "".join(s.text for s in row[k + 1 :])
    if _LABEL_SHAPE.match(before) is not None or any(c in " \t" for c in before + after):
        return None
    return k


def _justified_pair(row: list[Line], neighbour: list[Line], right: float, below: bool) -> bool:
    """Whether ``row`` is a justified line of the paragraph of the line above or
    below it: the same type, a line's pitch away, no tab or cell in it, starting
    where ``row`` does (or, under a label, where the label's text starts) and
    ending where it does, or, below it, ending short of the text's right edge,
    which ``row`` reaches: the paragraph's last line."""
    if len(neighbour) != 1:
        return False
    other = neighbour[0]
    size = max(s.size for s in row)
    x0, x1 = row[0].x0, row[-1].x1
    starts = (other.x0, other.lead, other.after_label)  # under a label: where its text starts
    return (
        abs(other.size - size) < 0.5
        and abs(other.y0 - row[0].y0) < 2.5 * size  # single to double spacing
        and ("\t" not in other.text or (other.lead is not None and _LABEL.match(other.text) is not None))
        and (abs(other.x1 - x1) <= 1.5 or (below and other.x1 < x1 and abs(x1 - right) <= 1.5))
        and any(start is not None and abs(start - x0) <= 1.5 for start in starts)
    )


def word_gaps(row: list[Line]) -> set[int]:
    """Which gaps of a row (``k``: between ``row[k]`` and ``row[k + 1]``, left to
    right) are a justified line's stretched word spaces. Justified type spreads
    a line to both edges of its column by widening every word space alike, to
    more than an em in a narrow column (three words across it: "implementation
    of the"), and LibreOffice draws no space in them; two such gaps or more, all
    as wide as each other to a fraction of a point, are word spaces. A tab goes
    to its stop and a table's next cell to its column, each as wide as it falls,
    so a row with them is not alike. The gap after a label-shaped first word
    ("a)", "1") is left out of the comparison (its tab is as wide as the label
    leaves) and counts as a word space only when it is as wide as the others:
    then whether it is a label is for the next line to say (pdf_reader)."""
    if len(row) < 3:
        return set()
    size = max(s.size for s in row)
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
    label = _LABEL_SHAPE.match(row[0].text) is not None
    wide = [k for k, g in enumerate(gaps) if g > 0.3 * size]  # narrower ones are no question
    body = sorted(gaps[k] for k in wide if k or not label)
    if len(body) < 2:
        return set()
    middle = body[len(body) // 2]
    near = 0.04 * middle + 0.5
    if body[-1] - body[0] > near:
        return set()
    return {k for k in wide if abs(gaps[k] - middle) <= near}


# what a label looks like when a gap wider than a word space follows it, however
# narrow the indent: "a)", "(iv)", "1", "1.13", "2bis", "–", "•"
_LABEL_SHAPE = re.compile(
    r"^(?:\(?[a-z]{1,5}\)|\(?[A-Z]\)|\d{1,3}(?:\.\d{1,3})*(?:bis|ter)?\)?|[–•\-]|\ue010[^\ue011]{1,6}\ue011)$"
)
_LABEL = re.compile(_LABEL_SHAPE.pattern.rstrip("$") + "\t")  # a line that opens with a label and its tab


def _copy(seg: Line) -> Line:
    return Line(
        seg.text,
        seg.x0,
        seg.x1,
        seg.y0,
        seg.y1,
        seg.size,
        seg.bold,
        seg.italic,
        seg.first_width,
        seg.lead,
        seg.after_label,
        seg.column,
    )


def no_cjk_spaces(text: str) -> str:
    """Chinese is written without spaces; the gaps a typesetter leaves between
    Chinese and Latin letters or digits ("第 123 号") are not spaces."""
    return re.sub(f"(?<=[{CJK}]) +| +(?=[{CJK}])", "", text)


def cjk_edge(before: str, after: str) -> bool:
    return bool(re.match(f"[{CJK}]", before[-1:] or " ") or re.match(f"[{CJK}]", after[:1] or " "))


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
