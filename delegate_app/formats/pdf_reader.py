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

The lines come from ``pdf_pages`` (pdfminer, within limits); this module makes
paragraphs and footnotes of them. The result is a ``Source`` like any
reader's, so the same parser reads it. A
PDF without a text layer (a scan) is refused, as are encrypted and damaged
files; a PDF too long for one document is refused before it is read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from ..core.errors import InputError
from ..core.model import Footnote
from ..core.paragraphs import Para, Source, note_marker
from ..core.vocabulary import detect_script_language
from .pdf_pages import NOTE_START, PLAIN_NOTE_START, Page, pages_of
from .pdf_rows import MARK_CLOSE, MARK_OPEN, Line, cjk_edge

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—]*(?:(?:page|p\.|página|страница)\s*)?\d{1,4}(?:\s*(?:of|/|de|sur|из)\s*\d{1,4})?[\s\-–—]*$",
    re.IGNORECASE,
)
# "(Kyoto, 1994; …; Dubai, 2018)" and its note marks: a line of its own ("(Dubai, 2018)," ends a preamble)
_HISTORY_LINE = re.compile(
    f"^(?![(（]\\d{{4}}\\s*[-–—]\\s*\\d{{2,4}}[)）])[(（][^()]*\\b(?:19|20)\\d\\d[)）](?:\\s*,?\\s*{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE})*\\s*$"
)
_END_NUMBER = re.compile(r"(?:\t|\s{2,})\d{1,4}\s*$")  # a page number closing a running line
_EDGE_NUMBER = re.compile(r"^\s*\d{1,4}(?:\t|\s{2,}|$)|(?:\t|\s)\d{1,4}\s*$")
_LABEL = re.compile(r"^(?:\(?[a-z]{1,4}\)(?:bis|ter)?|\(?[A-Z]\)|\d{1,3}(?:\.\d{1,3})*(?:bis|ter)?\)?|[–•\-])\t")


def read_pdf(data: bytes, name: str, cancelled: Callable[[], bool] | None = None) -> Source:
    """The paragraphs and footnotes of a PDF's text layer."""
    if not data.strip():
        raise InputError("the file is empty", name)
    pages = list(pages_of(data, name, cancelled))
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
    _one_column_filled(pages)
    _hanging_labels(pages)
    _stretched_gaps(pages)
    paras: list[Para] = []
    for text, italic, first, last in _Paragraphs(pages):
        called: dict[str, int] = {}
        for on in marks[first : last + 1]:
            called.update(on)
        paras.append(Para(text=_calls(text, called), italic=italic))
    for note in footnotes.values():
        note.mark, note.text = _unmarked(note.mark), _unmarked(note.text)  # a continued note's lines too
        if note.mark == str(note.number):
            note.mark = ""
    for p in paras:  # a mark whose note is on another page: the mark as printed
        p.text = _unmarked(p.text)
    _rejoin_broken_words(paras, list(footnotes.values()))
    return Source(paras=paras, footnotes=footnotes, name=name)


# -- running headers and footers ------------------------------------------------


def _drop_running_lines(pages: list[Page]) -> None:
    """Page numbers and lines that come back at the top or bottom of other pages."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", _unmarked(line.text)).strip()

    def edge(page: Page, line: Line) -> bool:
        return line.y0 > page.height * 0.88 or line.y1 < page.height * 0.08

    from ..core.contribution import is_action_line
    from ..core.revision import parse_heading
    from ..core.vocabulary import match_call

    def text(line: Line) -> bool:  # what the text itself is made of, wherever a page break puts it
        plain = _unmarked(line.text)
        return match_call(plain) is not None or parse_heading(plain) is not None or is_action_line(plain)

    def apart(lines: list[Line]) -> list[Line]:
        """The lines at the page's edge set apart from the text (a header or footer
        block), from the edge inwards: by a wider gap than the text's own, or by
        another type size."""
        block: list[Line] = []
        for line, inner in zip(lines, [*lines[1:], None]):
            if not edge(page, line):
                break
            block.append(line)
            if inner is None or abs(line.y0 - inner.y0) > 1.6 * max(line.size, inner.size):
                return block
            if round(inner.size) != round(line.size):
                return block
        return []

    candidates: dict[int, list[Line]] = {}
    for number, page in enumerate(pages):
        top = apart(page.lines)
        bottom = apart(page.lines[::-1])
        candidates[number] = [line for line in top + bottom if not text(line)]
    # a running line is on most pages (all but the first, often), not on two or three of a hundred
    seen = Counter(key(line) for lines in candidates.values() for line in lines)
    often = max(2, (len(pages) + 1) // 2)
    # a head or foot that alternates between odd and even pages ("Res. 2 ... 57", "58 ... PP-18")
    # is on half the pages or fewer, but carries the page number at one of its ends
    alternating = max(2, len(pages) // 4)

    def running(line: Line) -> bool:
        if _PAGE_NUMBER.match(line.text):
            return True
        times = seen[key(line)] if len(pages) > 1 else 0
        return times >= often or (times >= alternating and _EDGE_NUMBER.search(_unmarked(line.text)) is not None)

    for number, page in enumerate(pages):
        drop = [line for line in candidates[number] if running(line)]
        page.lines = [line for line in page.lines if not any(line is d for d in drop)]


# -- footnotes --------------------------------------------------------------------


def _take_notes(page: Page, footnotes: dict[int, Footnote]) -> dict[str, int]:
    """The page's footnotes into ``footnotes``; their marks and numbers."""
    if page.rule is None:
        return {}
    notes = [line for line in page.lines if page.under_rule(line) and not _PAGE_NUMBER.match(line.text)]
    # a running footer under the notes ("WTSA-16 – Resolution 1   1") is set apart by a wider gap:
    # it stays on the page, for the running lines to take
    steps = sorted(a.y0 - b.y0 for a, b in zip(notes, notes[1:]))
    step = steps[len(steps) // 2] if steps else 0.0
    size = Counter(round(n.size) for n in notes).most_common(1)[0][0] if notes else 0
    while len(notes) > 1 and (
        notes[-2].y0 - notes[-1].y0 > max(1.35 * step, 1.8 * notes[-1].size) or round(notes[-1].size) != size
    ):
        footer = _unmarked(notes[-1].text)
        if (NOTE_START.match(notes[-1].text) or PLAIN_NOTE_START.match(footer)) and not _END_NUMBER.search(footer):
            break  # a note of its own, after space
        notes.pop()
    page.notes = notes
    page.lines = [line for line in page.lines if not any(line is n for n in notes)]
    marks: dict[str, int] = {}
    # a note's text at the top of a page's foot without a mark of its own: the note the page
    # before ended with, continued (under its continuation rule)
    current: Footnote | None = footnotes[max(footnotes)] if footnotes else None
    for line in page.notes:
        m = NOTE_START.match(line.text) or PLAIN_NOTE_START.match(line.text)
        if m is not None:
            number = max(footnotes, default=0) + 1
            mark = m.group("mark").strip()
            current = footnotes[number] = Footnote(number=number, text=_note_text(mark, m.group("text")), mark=mark)
            marks[mark] = number
        elif current is not None:
            current.text = _joined(current.text, line.text)
    return marks


def _unmarked(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _note_text(mark: str, text: str) -> str:
    """A note's text after its mark, without the mark printed a second time
    (LibreOffice prints a custom mark as the note's label and again as the text
    it was typed as, raised or not, in either order, as the fonts fall) and
    without the reader's own mark signs, which no text may ever hold."""
    text = text.strip()
    for again in (f"{MARK_OPEN}{mark}{MARK_CLOSE}", mark):
        if text.startswith(again) and (again != mark or not text[len(mark) : len(mark) + 1].isalnum()):
            text = text[len(again) :].lstrip()
            break
    return _unmarked(text).strip()


def _calls(text: str, marks: dict[str, int]) -> str:
    """Raised marks of this page's notes made the calls to them."""

    def call(m: re.Match[str]) -> str:
        number = marks.get(m.group(1).strip())
        return note_marker(number) if number is not None else m.group(0)

    return re.sub(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}", call, text)


# -- a page of two columns with its first one filled -------------------------------


def _one_column_filled(pages: list[Page]) -> None:
    """A page of a text set in two columns whose text fills its first column only
    (the last page) has no gutter to be found, and its lines would end early
    against the whole page's width, each a paragraph of its own: its lines are in
    the column the other pages have when they all keep within it and reach its
    right edge."""
    columns = [c for c, _ in Counter(line.column for page in pages for line in page.lines if line.column).most_common()]
    if not columns:
        return
    for page in pages:
        if not page.lines or any(line.column for line in page.lines):
            continue
        right = max(line.x1 for line in page.lines)
        for column in columns:
            left, edge = column
            if right > edge - 0.1 * (edge - left) and all(left - 2 <= ln.x0 and ln.x1 <= edge + 2 for ln in page.lines):
                for line in page.lines:
                    line.column = column
                break


# -- labels in a narrow hanging indent ---------------------------------------------

_LEADING_LABEL = re.compile(r"^(\(?[a-z]{1,5}\)|\(?[A-Z]\)|\d{1,3}(?:\.\d{1,3})*(?:bis|ter)?\)?|[–•\-]) ?(?=\S)")


def _hanging_labels(pages: list[Page]) -> None:
    """A label in a hanging indent too narrow for a wide gap ("iii) activities",
    even "vii)to" when the label fills the indent) is a label when the text after
    it starts where its own next line starts (its wrapped lines hang under the
    text, not the label), or where the label line before it had its text. Its
    tab is put back; its wrapped lines follow it."""
    for page in pages:
        previous: float | None = None  # where the last hanging label's text started
        for k, line in enumerate(page.lines):
            x = line.after_label
            if x is None or line.lead is not None or x <= line.x0 + 1:
                previous = line.lead if line.lead is not None and _LABEL.match(line.text) else None
                continue
            following = page.lines[k + 1] if k + 1 < len(page.lines) else None
            under = following is not None and abs(following.x0 - x) < 1.5 and following.y0 < line.y0
            m = _LEADING_LABEL.match(line.text)
            if m is not None and (under or (previous is not None and abs(previous - x) < 1.5)):
                line.text = f"{m.group(1)}\t{line.text[m.end() :]}"
                line.lead = previous = x
            else:
                previous = None


def _stretched_gaps(pages: list[Page]) -> None:
    """A bullet or label-shaped word that begins a line and is followed by a gap no
    wider than an em is a label only if its paragraph's next line hangs under its
    text. In justified type every gap of a line is stretched: "• any functions…"
    begins a line in the middle of a paragraph, and the next line of that paragraph
    starts where the bullet does, so the gap is a word space."""
    for page in pages:
        for k, line in enumerate(page.lines[:-1]):
            after = page.lines[k + 1]
            if (
                line.narrow_tab
                and abs(after.x0 - line.x0) < 1.5
                and 0 <= line.y0 - after.y1 < 0.4 * line.size  # the same paragraph: no space between them
                and not _LABEL.match(after.text)
            ):
                line.text, line.lead, line.narrow_tab = line.text.replace("\t", " ", 1), None, False


# -- paragraphs -------------------------------------------------------------------


class _Paragraphs:
    """Lines joined into paragraphs, page after page (a paragraph may cross one):
    each paragraph with the pages it is on, for the notes it calls.

    What ends a paragraph is measured against the document itself: the space
    before a paragraph against its usual line pitch (exact 14 pt in ITU's files,
    16 pt single-spaced, more at 1.5), and a line ended early against the printed
    width of the next line's first word."""

    def __init__(self, pages: list[Page]):
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
        last: Line | None = None  # the last line of the paragraph still open
        lead: float | None = None  # where its first line's text after the label starts, in its column
        text, italic, first = "", False, 0
        for number, page in enumerate(self.pages):
            for k, line in enumerate(page.lines):
                if last is not None and self._continues(last, line, k == 0, lead, text):
                    text, italic = _joined(text, line.text), italic and line.italic
                else:
                    if last is not None:
                        yield text, italic, first, number if k else number - 1
                    text, italic, first = line.text, line.italic, number
                    lead = line.lead - self._left(line) if line.lead is not None else None  # in its column
                last = line
        if last is not None:
            yield text, italic, first, len(self.pages) - 1

    def _continues(self, before: Line, line: Line, new_page: bool, lead: float | None, so_far: str) -> bool:
        from ..core.revision import parse_heading
        from ..core.vocabulary import body_from_text

        if line.style != before.style or _LABEL.match(line.text):
            return False
        if _HISTORY_LINE.match(line.text) and body_from_text(_unmarked(so_far)) is None:
            return False  # under a title; "(Dubai, 2018)" wrapped from a preamble goes on
        if _own_line(line) or parse_heading(_unmarked(before.text)) is not None:
            return False
        size = line.size
        pitch = self.pitch.get(round(size), size * 1.17)
        new_page = new_page or line.y0 > before.y0  # or the next column
        if not new_page and before.y0 - line.y0 > pitch + max(2.0, 0.2 * size):  # space before a paragraph
            return False
        if self._room_for(before, line) and not self._centred(before):  # the line ended early: by choice
            return False
        x, x_before = line.x0 - self._left(line), before.x0 - self._left(before)  # in their columns
        if abs(x) < 3 or abs(x - x_before) < 3:
            return True
        if lead is not None and x_before + 3 < x < lead + 3:  # a hanging indent: under the text, or
            return True  # left of it when a wide label ("viii)") pushed the text to the next tab stop
        # centred lines, the first of them as wide as the column when a title fills a narrow one
        return self._centred(line) and abs((before.x0 + before.x1) / 2 - (line.x0 + line.x1) / 2) < 3

    def _left(self, line: Line) -> float:
        return line.column[0] if line.column else self.left

    def _room_for(self, before: Line, line: Line) -> bool:
        """Whether the next line's first word would have fitted at the end of this
        one (its printed width, a space and a little to spare): then the line was
        ended on purpose, and a paragraph ends with it."""
        if not line.first_width:
            return False
        _, right = before.column or (self.left, self.right)
        return before.x1 + 0.3 * line.size + line.first_width * 1.1 < right - 1

    def _centred(self, line: Line) -> bool:
        left, right = line.column or (self.left, self.right)
        return abs((line.x0 + line.x1) / 2 - (left + right) / 2) < 3 and line.x0 > left + 3


def _own_line(line: Line) -> bool:
    """A resolution's heading, and a proposal's action line and "Reasons:", begin
    a paragraph of their own, whatever their type and wherever the page breaks."""
    from ..core.contribution import _REASONS, is_action_line
    from ..core.revision import parse_heading

    text = _unmarked(line.text)
    return parse_heading(text) is not None or is_action_line(text) or _REASONS.match(text) is not None


def _joined(text: str, more: str) -> str:
    """A line added to a paragraph. A word broken at a soft hyphen is joined;
    a plain hyphen between two lower-case parts is marked, and the document
    decides later whether it was the typesetter's or the word's own
    (``_rejoin_broken_words``); any other hyphen ("Inter-Sectoral", "2020-2023")
    is the word's own and joins without a space."""
    if text.endswith("\u00ad") and more[:1].isalnum():
        return text.rstrip("\u00ad").removesuffix("-") + more
    if text.endswith("-") and text[-2:-1].isalnum() and more[:1].isalnum():
        if text[-2:-1].islower() and more[:1].islower():
            return text + BREAK + more
        return text + more
    if cjk_edge(text, more):
        return text + more
    return f"{text} {more}" if text else more


BREAK = "\ue012"  # after a hyphen that ended a line, until the document says whose it is
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BROKEN = re.compile(f"([^\\W\\d_]+)-{BREAK}([^\\W\\d_]+)")


def _rejoin_broken_words(paras: list[Para], notes: list[Footnote]) -> None:
    """Each hyphen that ended a line between two lower-case parts ("distri-" /
    "bution", "inter-" / "sectoral") settled by the rest of the document, as a
    reader of print does: the word is joined when the document writes it whole
    elsewhere and never with that hyphen; otherwise the hyphen is kept, as
    pdftotext keeps it (a compound's own hyphen, "people-centred", is lost
    by no guess)."""
    texts = [p.text for p in paras] + [n.text for n in notes]
    if not any(BREAK in t for t in texts):
        return
    words: Counter[str] = Counter()
    for t in texts:
        words.update(w.lower() for w in _WORD.findall(_BROKEN.sub(" ", t)))

    def settle(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        whole, hyphened = (left + right).lower(), f"{left}-{right}".lower()
        if words[hyphened]:
            return f"{left}-{right}"
        return left + right if words[whole] else f"{left}-{right}"

    for p in paras:
        if BREAK in p.text:
            p.text = _BROKEN.sub(settle, p.text).replace(BREAK, "")
    for n in notes:
        if BREAK in n.text:
            n.text = _BROKEN.sub(settle, n.text).replace(BREAK, "")
