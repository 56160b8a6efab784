"""A row of a page's pieces of lines made the line a reader sees (for ``pdf_pages``).

Pieces on one baseline are one line: a label and its text, which come apart
where a tab stands between them, a note's mark raised before its text. A gap
wider than a word space is a tab, or a table's next cell when it is wider than
four ems, unless it is one of a justified line's word spaces: ITU sets its text
justified, which widens every word space of a line alike until the line reaches
both edges of its column, and LibreOffice draws no space in them. In a narrow
column they are wider than an em, wider than four with three words across it;
the gaps of a row that are all as wide as each other are word spaces, and a row
of two words is one line when the lines of its paragraph around it say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..core.worddiff import CJK

MARK_OPEN, MARK_CLOSE = "\ue010", "\ue011"  # a raised mark in a line, until its note is known (not NOTE_OPEN)


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


def group_rows(segments: list[Line]) -> list[list[Line]]:
    """Segments on one baseline together, top to bottom (a raised mark with its line)."""
    rows: list[list[Line]] = []
    for seg in sorted(segments, key=lambda s: (-round(s.y0), s.x0)):
        middle = (seg.y0 + seg.y1) / 2
        # a row can hold it only if its first segment starts no higher than its top: the rows are
        # made down the page, so those are the last few made (a page's hundreds of rows are not asked)
        start = len(rows)
        while start and rows[start - 1][0].y0 <= seg.y1 + 2:
            start -= 1
        row = next(
            (
                r
                for r in rows[start:]
                if r[0].y0 - 1 <= middle <= r[0].y1 + 1 or seg.y0 - 1 <= (r[0].y0 + r[0].y1) / 2 <= seg.y1 + 1
            ),
            None,
        )
        row.append(seg) if row is not None else rows.append([seg])
    return rows


def make_lines(segments: list[Line]) -> list[Line]:
    """Segments on one baseline made one line, top to bottom: a label and its
    text, which come apart when a tab stands between them, and a note's mark
    raised before its text."""
    rows = group_rows(segments)
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
    line = copy_line(row[0])
    for k, seg in enumerate(row[1:]):
        gap = seg.x0 - line.x1
        if k in words:  # a justified line's stretched word space, however wide
            tab = False
            if k == 0 and LABEL_SHAPE.match(line.text) is not None:
                line.after_label = seg.x0  # a label or not: where its next line starts tells (pdf_reader)
        elif gap > 4 * line.size:  # another column (a header table): a line of its own
            out.append(line)
            line = copy_line(seg)
            continue
        else:
            tab = gap > line.size or (gap > 0.45 * line.size and LABEL_SHAPE.match(line.text) is not None)
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
    """The one wide gap of a row of two words (after a label's, if it opens with
    one), each drawn with no space in it ("consideration" ... "geographical"): a
    tab, a table's next cell, or the one word space of a justified line of two
    words, which only the lines around it can tell."""
    size = max(s.size for s in row)
    gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
    label = len(row) > 2 and LABEL_SHAPE.match(row[0].text) is not None
    wide = [k for k, g in enumerate(gaps) if g > 0.45 * size and not (k == 0 and label)]
    if len(wide) != 1:
        return None
    k = wide[0]
    before, after = "".join(s.text for s in row[int(label) : k + 1]), "".join(s.text for s in row[k + 1 :])
    if (not label and LABEL_SHAPE.match(before) is not None) or any(c in " \t" for c in before + after):
        return None
    return k


def _justified_pair(row: list[Line], neighbour: list[Line], right: float, below: bool) -> bool:
    """Whether ``row`` is a justified line of the paragraph of the line above or
    below it: the same type, a line's pitch away, no tab or cell in it, starting
    where ``row`` or its text after a label does (or, under a label, where the
    label's text starts) and ending where it does, or, below it, ending short of
    the text's right edge, which ``row`` reaches: the paragraph's last line."""
    if len(neighbour) != 1:
        return False
    other = neighbour[0]
    size = max(s.size for s in row)
    x1 = row[-1].x1
    starts = [row[0].x0] + ([row[1].x0] if len(row) > 2 and LABEL_SHAPE.match(row[0].text) else [])
    others = (other.x0, other.lead, other.after_label)  # under a label: where its text starts
    return (
        abs(other.size - size) < 0.5
        and abs(other.y0 - row[0].y0) < 2.5 * size  # single to double spacing
        and ("\t" not in other.text or (other.lead is not None and _LABEL.match(other.text) is not None))
        and (abs(other.x1 - x1) <= 1.5 or (below and other.x1 < x1 and abs(x1 - right) <= 1.5))
        and any(b is not None and abs(a - b) <= 1.5 for a in starts for b in others)
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
    label = LABEL_SHAPE.match(row[0].text) is not None
    wide = [k for k, g in enumerate(gaps) if g > 0.3 * size]  # narrower ones are no question
    body = sorted(gaps[k] for k in wide if k or not label)
    if len(body) < 2:
        return set()
    middle = body[len(body) // 2]
    near = 0.04 * middle + 0.5
    if body[-1] - body[0] > near:
        return set()
    return {k for k in wide if abs(gaps[k] - middle) <= near}


def justified_lines(segments: list[Line]) -> list[Line]:
    """The segments with each justified line's words as one piece, for the
    gutter to be looked for: the stretched gaps of a page of justified lines
    line up by chance into a stretch no piece crosses, which is no gutter
    between columns (a gutter's gap is not one of its row's word spaces)."""
    out: list[Line] = []
    for row in group_rows(segments):
        row.sort(key=lambda s: s.x0)
        words = word_gaps(row)
        piece = copy_line(row[0])
        for k, seg in enumerate(row[1:]):
            if k in words:
                piece.x1 = max(piece.x1, seg.x1)
            else:
                out.append(piece)
                piece = copy_line(seg)
        out.append(piece)
    return out


# what a label looks like when a gap wider than a word space follows it, however
# narrow the indent: "a)", "(iv)", "1", "1.13", "2bis", "–", "•"
LABEL_SHAPE = re.compile(
    r"^(?:\(?[a-z]{1,5}\)|\(?[A-Z]\)|\d{1,3}(?:\.\d{1,3})*(?:bis|ter)?\)?|[–•\-]|\ue010[^\ue011]{1,6}\ue011)$"
)
_LABEL = re.compile(LABEL_SHAPE.pattern.rstrip("$") + "\t")  # a line that opens with a label and its tab


def copy_line(seg: Line) -> Line:
    return replace(seg)


def cjk_edge(before: str, after: str) -> bool:
    return bool(re.match(f"[{CJK}]", before[-1:] or " ") or re.match(f"[{CJK}]", after[:1] or " "))
