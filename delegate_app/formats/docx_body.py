"""The body of an ITU Word document, paragraph by paragraph: redlined
paragraphs as tracked changes (or static marks), their footnote references and
figures, runs inside their w:ins/w:del, and the document's direction and
language set on every run.

Apart from docx_writer (the document around them: the package, the header
table, the front, the proposals' frame, the annexes' tables, the running
header), so that each stays small; the reports (docx_reports) write their
paragraphs through the same class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from docx.oxml.ns import qn
from lxml import etree

from ..core.model import Figure, Footnote, Resolution
from ..core.redline import DELETED, INSERTED, RedlineParagraph, redline
from ..core.worddiff import DELETE, EQUAL, INSERT
from . import docx_pictures, itu_styles, ooxml
from .text_writer import FIGURE_WORDS

if TYPE_CHECKING:
    from .docx_writer import ExportOptions, ExportReport

INSERT_COLOR, DELETE_COLOR = "0000FF", "C00000"
W_P, W_PPR, W_PSTYLE, W_R, W_RPR = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:r"), qn("w:rPr")
W_VAL, W_RTL, W_LANG, W_SECTPR = qn("w:val"), qn("w:rtl"), qn("w:lang"), qn("w:sectPr")
W_INS, W_DEL = qn("w:ins"), qn("w:del")
# a figure's legend, the paragraph after it: "Figure 1 – …" in the six languages
_LEGEND = re.compile(
    r"^(?:Fig\.|" + "|".join(sorted(map(re.escape, set(FIGURE_WORDS.values())))) + r")\s*\d", re.IGNORECASE
)


class BodyWriter:
    """The paragraphs of a document being built (``doc``, python-docx's), in the
    ids, footnotes and pictures of its package; the document writer sets the
    attributes below before writing."""

    doc: Any
    _body: Any
    options: ExportOptions
    report: ExportReport
    ids: ooxml.Ids
    notes: ooxml.Footnotes
    pictures: docx_pictures.Pictures
    language: str
    rtl: bool
    date: str
    stamp: datetime
    tracked: bool
    _style: str
    _appendix: bool
    _figures: dict[str, Figure]  # the images of the text being written, by key

    def _clean(self, res: Resolution) -> None:
        """A text without marks: a draft new resolution, or a MOD with no known base."""
        rl = redline(res, res)
        self._figures = {f.key: f for f in res.figures}
        for para in rl.paragraphs:
            self._redline_paragraph(para, rl.footnotes)

    def _redline(self, base: Resolution, proposed: Resolution) -> None:
        rl = redline(base, proposed)
        self._figures = {f.key: f for f in base.figures + proposed.figures}
        self.tracked = self.tracked or (rl.changed and not self.options.static_marks)
        written = [(self._redline_paragraph(para, rl.footnotes), para) for para in rl.paragraphs]
        if not self.options.static_marks:
            self._move_inserted_marks(written)

    def _move_inserted_marks(self, written: list[tuple[Any, RedlineParagraph]]) -> None:
        """Inserted paragraphs X1..Xk after a paragraph P can be recorded as "X1¶...Xk¶"
        (their own marks inserted) or as "¶X1...¶Xk" (P's mark and all but the last
        inserted), which is what Word writes when Enter is pressed at the end of P.
        Both mean the same, but when P itself ends with an insertion LibreOffice reads
        the first form wrongly and joins P with the paragraph after Xk on "reject all",
        so in that case the second form is written."""
        i = 0
        while i < len(written):
            p, para = written[i]
            if para.change in (INSERTED, DELETED) or not para.segments or para.segments[-1][0] != INSERT:
                i += 1
                continue
            j = i + 1
            while j < len(written) and written[j][1].change == INSERTED:
                j += 1
            if j > i + 1:
                last = written[j - 1][0]
                mark = last.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:ins')}")
                mark.getparent().remove(mark)  # (Any: python-docx's oxml element)
                ooxml.clear_empty_rpr(last)
                ooxml.mark_paragraph(p, "ins", self.ids, self.options.author, self.date)
            i = j

    def _redline_paragraph(self, para: RedlineParagraph, footnotes: dict[int, Footnote]) -> Any:
        """The paragraph written (a w:p)."""
        text = para.old if para.change == DELETED else para.new
        if para.role == "annex":
            self._appendix = itu_styles.annex_style("annex", text, False) is not None
        style = (
            itu_styles.annex_style(para.role, text, self._appendix)
            or ("Figure" if para.figure and not text else "")
            or ("Figurelegend" if self._style == "Figure" and not para.label and _LEGEND.match(text) else "")
            or itu_styles.ROLE_STYLES.get(para.role)
            or itu_styles.provision_style(
                para.label, para.depth, text[len(para.label) + 1 :] if para.label else text, self._style
            )
        )
        self._style = style
        p = self._new_paragraph(style)
        if style == "Figure":  # single lines: Normal's exact 14 pt would cut the picture to one line's height
            etree.SubElement(p[0], qn("w:spacing"), {qn("w:line"): "240", qn("w:lineRule"): "auto"})
        after_note = False  # the last thing written was a footnote mark
        for op, text, refs in _with_notes(para):
            written = 1 if after_note and para.role in ("history", "heading") else 0  # the reader drops the comma
            for number in refs:
                note = footnotes.get(number)
                if note is not None:  # each reference gets its own Word footnote, as Word requires
                    # a mark Word cannot number ("1bis", "*") is written as a custom mark
                    mark = note.mark if note.mark and not note.mark.isdigit() else ""
                    fid = self.notes.add(note.text, self.rtl, mark)
                    if written:  # marks side by side are set apart as ITU sets them: "(Hammamet, 2016)1, 1bis"
                        self._append(p, op, ooxml.run(", ", ooxml.RunStyle(style="FootnoteReference")))
                    self._append(p, op, ooxml.footnote_reference(fid, mark))
                    written += 1
            if text:
                self._append(p, op, self._run(op, text))
            after_note = bool(written) and not text
        figure = self._figures.get(para.figure) if para.figure else None
        if figure is not None:  # after the text, inside the paragraph's own change (redline's figure rule)
            op = INSERT if para.change == INSERTED else DELETE if para.change == DELETED else EQUAL
            self._append(p, op, self.pictures.run(figure))
        if not self.options.static_marks and para.change in (INSERTED, DELETED):
            ooxml.mark_paragraph(
                p, "ins" if para.change == INSERTED else "del", self.ids, self.options.author, self.date
            )
        return p

    def _run(self, op: str, text: str) -> ooxml.Element:
        """A run of text; deleted text in w:delText, or struck in red when marks are static."""
        static = self.options.static_marks
        if op == EQUAL or not static:
            return ooxml.run(text, deleted=op == DELETE)
        fmt = ooxml.RunStyle(
            underline=op == INSERT, strike=op == DELETE, color=INSERT_COLOR if op == INSERT else DELETE_COLOR
        )
        return ooxml.run(text, fmt)

    def _append(self, p: Any, op: str, r: ooxml.Element) -> None:
        """Add a run to the paragraph, inside the w:ins or w:del of its change."""
        if op == EQUAL or self.options.static_marks:
            p.append(r)
            return
        last = p[-1] if len(p) else None
        kind = "ins" if op == INSERT else "del"
        if last is not None and last.tag == (W_INS if op == INSERT else W_DEL):
            last.append(r)  # one revision per changed span, not one per run
            return
        wrapper = ooxml.revision(kind, self.ids, self.options.author, self.date)
        wrapper.append(r)
        p.append(wrapper)

    def _new_paragraph(self, style_id: str) -> Any:
        """A w:p at the end of the body, before its closing w:sectPr, with the
        style id set directly. python-docx's add_paragraph(style=...) looks the
        style up among all styles on every call, and even its _add_p() looks for
        the w:sectPr among all the body's paragraphs to put the new one before it,
        which made a 50-proposal export quadratic in its paragraphs. The element
        is made in the document (SubElement), so python-docx's methods work on it."""
        p = etree.SubElement(self._body, W_P)
        if style_id != "Normal":
            etree.SubElement(etree.SubElement(p, W_PPR), W_PSTYLE, {W_VAL: style_id})
        end = p.getprevious()  # the w:sectPr, when the body ends with one (len() would count every child)
        if end is not None and end.tag == W_SECTPR:
            end.addprevious(p)
        return p

    def _paragraph(self, text: str, style: str) -> Any:
        """A paragraph of ``text``; a newline in it is a manual line break (a title's)."""
        p = self._new_paragraph(style)
        for k, line in enumerate(text.split("\n")):
            if k:
                p.append(ooxml.line_break())
            p.append(ooxml.run(line))
        return p

    def _right_to_left(self) -> None:
        """Arabic: every paragraph and run right to left, set explicitly."""
        for p in self._body.iter(W_P):
            ooxml.set_bidi(p.get_or_add_pPr())
            for r in p.iter(W_R):
                rpr = _run_properties(r)
                if rpr.find(W_RTL) is None:
                    etree.SubElement(rpr, W_RTL)

    def _languages(self) -> None:
        """The document's language on every run of the body and the footnotes
        (w:lang, with the East Asian and complex-script languages), so that Word
        spell-checks and hyphenates each run in it whatever style it has."""
        tag = itu_styles.LANG_TAGS.get(self.language, "en-GB")
        lang = {W_VAL: tag, qn("w:eastAsia"): "zh-CN", qn("w:bidi"): "ar-SA"}
        roots = [self._body] + ([self.notes.root] if self.notes.root is not None else [])
        for root in roots:
            for r in root.iter(W_R):
                rpr = _run_properties(r)
                if rpr.find(W_LANG) is None:  # after w:rtl, where the schema has it
                    etree.SubElement(rpr, W_LANG, lang)


def _run_properties(r: Any) -> Any:
    """The run's w:rPr, made as its first child if it has none."""
    rpr = r[0] if len(r) and r[0].tag == W_RPR else r.find(W_RPR)
    if rpr is None:
        rpr = etree.Element(W_RPR)
        r.insert(0, rpr)
    return rpr


def _with_notes(para: RedlineParagraph) -> Iterator[tuple[str, str, list[int]]]:
    """The paragraph's segments cut at its footnote offsets, as (op, text, [footnote
    numbers]). Offsets count the new text, or the old one for a deleted paragraph;
    a reference at the end of a segment stays with that segment."""
    deleted = para.change == DELETED
    pending = sorted(para.notes, key=lambda n: n.offset)
    pos = 0
    for op, text in para.segments:
        counts = op != INSERT if deleted else op != DELETE
        if not counts or not pending:
            yield op, text, []
            pos += len(text) if counts else 0
            continue
        start = 0
        while pending and pending[0].offset <= pos + len(text):
            cut = max(start, pending[0].offset - pos)
            if cut > start:
                yield op, text[start:cut], []
            yield op, "", [pending.pop(0).footnote]
            start = cut
        if start < len(text):
            yield op, text[start:], []
        pos += len(text)
    for note in pending:
        yield EQUAL, "", [note.footnote]
