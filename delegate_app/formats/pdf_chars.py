"""A PDF's characters and rules, read with PDFium (pypdfium2, Apache-2.0/BSD-3).

PDFium lays out each page's text in C: every character with its box, its
type size and the font it is drawn in, in the order it is drawn, with a line
break where a line ends and a space where a gap stands for one. This module
asks it for exactly that and nothing more, one call per character at most,
and hands on pieces of lines ("segments"): the characters between two line
breaks, cut again where a gap wider than a word space stands with no space
drawn in it (a label's tab, a table's next column). ``pdf_pages`` makes the
lines a reader sees of them.

What PDFium's text layer changes on the way is put back: the line-end hyphen
it replaces by a sign of its own is a hyphen again (whether the word is joined
is for the reader to decide by the rest of the document), and a no-break space
drawn on its own (LibreOffice draws it so) is a no-break space, not a space.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..core.errors import InputError
from ..core.worddiff import CJK

# one character: its text, its box (PDF points, y upwards; the font's height, not the ink's),
# its type size, its font's name, and whether it is a space PDFium made up for a gap
Glyph = tuple[str, float, float, float, float, float, str]
# PDFium's sign for a hyphen that ends a line is a hyphen again; ligatures (U+FB00-FB06)
# are their letters (NFKC on that block only: search finds "financial")
_FOLD: dict[int, str] = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_HYPHEN_SIGNS = frozenset("\x02\ufffe")  # PDFium sets no line break after one: a run ends with it
_HYPHENS = {0x02: "-", 0xFFFE: "-"}
_BREAKS = frozenset(" \u00a0\r\n")
_CJK_CHAR = re.compile(f"[{CJK}]")
# FPDFText_GetTextObject answering the object's address, to tell fonts apart without a cast per character
_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)


def open_pdf(data: bytes, name: str) -> Any:
    """The document, or the reason it cannot be read in the delegate's words."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - a broken installation
        raise InputError("PDF files cannot be read here: pypdfium2 is not installed", name) from None
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise InputError(
                "this PDF is protected by a password; save an unprotected copy to import it", name
            ) from None
        raise InputError(f"this PDF is damaged or is not a PDF ({exc})", name) from None


def page_count(document: Any) -> int:
    return len(document)


class Drawn:
    """One page's text layer: how many characters it draws, then its segments."""

    def __init__(self, document: Any, index: int) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.page = document[index]
        self.textpage = self.page.get_textpage()
        self.count = raw.FPDFText_CountChars(self.textpage.raw)
        self.width, self.height = self.page.get_size()

    def close(self) -> None:
        self.textpage.close()
        self.page.close()

    def segments(self) -> Iterator[list[Glyph]]:
        """The page's pieces of lines, each a list of runs: characters of one
        size inside a word (or one Chinese character, which may begin a line
        of its own), with the box from the run's first to its last character,
        and the spaces between them. A character's size is asked of each one,
        its box only at the ends of a run: a raised mark is a run of its own."""
        raw, tp, n = self.raw, self.textpage.raw, self.count
        if n <= 0:
            return
        buffer = ctypes.create_string_buffer(n * 2 + 2)
        raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        text = buffer.raw[: n * 2].decode("utf-16-le", errors="replace")
        if len(text) != n:  # a character beyond the first plane took two units: ask one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i)) for i in range(n))
        text = text.translate(_FOLD)
        rect = raw.FS_RECTF()
        box = ctypes.byref(rect)
        loose_box, font_size, generated = (
            raw.FPDFText_GetLooseCharBox,
            raw.FPDFText_GetFontSize,
            raw.FPDFText_IsGenerated,
        )
        origin, base = raw.FPDFText_GetCharOrigin, ctypes.c_double()
        ox, oy = ctypes.byref(ctypes.c_double()), ctypes.byref(base)
        text_object = _TEXT_OBJECT(ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value or 0)
        page = ctypes.cast(tp, ctypes.c_void_p).value
        fonts: dict[int | None, str] = {}
        blanks: list[tuple[float, float, float, float]] | None = None
        segment: list[Glyph] = []
        big = bottom = top = 0.0  # the size and height of the line's largest characters
        last: Glyph | None = None  # the last run drawn (not a space) in the segment
        spaced = False  # a space drawn since then
        i = 0
        while i < n:
            ch = text[i]
            if ch in _BREAKS:
                if ch == " " or ch == "\u00a0":
                    if ch == " " and generated(tp, i):
                        if blanks is None:
                            blanks = self._blanks()
                        if blanks:
                            # the gap the made-up space stands for: from the character before it to
                            # the one after it (a justified line draws the blank anywhere in it)
                            loose_box(tp, i, box)
                            x0, x1, y0, y1 = rect.left, rect.right, rect.bottom, rect.top
                            if i + 1 < n and text[i + 1] not in _BREAKS:
                                loose_box(tp, i + 1, box)
                                x1 = max(x1, rect.left)
                            if any(x0 - 1 <= a and b <= x1 + 1 and c <= y1 and y0 <= d for a, b, c, d in blanks):
                                ch, spaced = "\u00a0", True  # drawn on its own, as a blank: a no-break space
                    else:
                        spaced = True
                    if segment and last is not None:
                        segment.append((ch, last[2], last[2], last[3], last[4], last[5], last[6]))
                # PDFium's own line breaks (also around a raised mark) are measured below instead
                i += 1
                continue
            size = font_size(tp, i)
            j = i + 1
            if not _CJK_CHAR.match(ch) and ch not in _HYPHEN_SIGNS:
                while j < n and text[j] not in _BREAKS and not _CJK_CHAR.match(text[j]) and font_size(tp, j) == size:
                    j += 1
                    if text[j - 1] in _HYPHEN_SIGNS or text[j - 1] == ")":  # after ")": where a label ends
                        break
            loose_box(tp, i, box)
            x0, y1 = rect.left, rect.top
            origin(tp, i, ox, oy)
            y0 = base.value  # the baseline: a box's bottom is lower under "(", "," or ";"
            if j - i > 1:
                loose_box(tp, j - 1, box)
                y1 = max(y1, rect.top)
            x1 = rect.right
            key = text_object(page, i)
            font = fonts.get(key)
            if font is None:
                font = fonts[key] = _font_name(raw, raw.FPDFText_GetTextObject(tp, i))
            if last is not None:
                # a new line when neither this run's middle is within the line's height nor
                # the line's within this run's (a raised mark is within it either way)
                middle, line_middle = (y0 + y1) / 2, (top + bottom) / 2
                new_line = not (bottom - 1 <= middle <= top + 1 or y0 - 1 <= line_middle <= y1 + 1)
                gap = x0 - last[2]
                wide = gap > (4.0 if spaced else 0.45) * max(size, last[5]) or x0 < last[1] - 1
                if new_line or wide:
                    while segment and segment[-1][0].isspace():
                        segment.pop()
                    yield segment
                    segment, spaced, last = [], False, None
            if last is None or size > big:
                big, bottom, top = size, y0, y1
            glyph = (text[i:j].translate(_HYPHENS), x0, x1, y0, y1, size, font)
            segment.append(glyph)
            last, spaced = glyph, False
            i = j
        if segment:
            yield segment

    def _blanks(self) -> list[tuple[float, float, float, float]]:
        """The boxes of the text objects that draw nothing PDFium reads as text:
        a no-break space LibreOffice draws on its own."""
        raw, page = self.raw, self.page.raw
        out = []
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        for k in range(raw.FPDFPage_CountObjects(page)):
            obj = raw.FPDFPage_GetObject(page, k)
            if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
                continue
            if raw.FPDFTextObj_GetText(obj, self.textpage.raw, None, 0) > 2:  # more than its terminating zero
                continue
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            out.append((left.value, right.value, bottom.value, top.value))
        return out

    def rules(self) -> list[tuple[float, float, float]]:
        """Thin horizontal strokes and filled bars: (x0, x1, y) of each."""
        raw, page = self.raw, self.page.raw
        out = []
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        for k in range(raw.FPDFPage_CountObjects(page)):
            obj = raw.FPDFPage_GetObject(page, k)
            if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
                continue
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            if top.value - bottom.value < 2.5:
                out.append((left.value, right.value, (bottom.value + top.value) / 2))
        return out


def _font_name(raw: Any, obj: Any) -> str:
    if not obj:
        return ""
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return ""
    buffer = ctypes.create_string_buffer(128)
    raw.FPDFFont_GetBaseFontName(font, buffer, 128)
    return buffer.value.decode("latin-1", errors="replace").lower()
