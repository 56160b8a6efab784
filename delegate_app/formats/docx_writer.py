"""Contributions as Word documents in ITU format, with real tracked changes.

The document is built from python-docx's own blank template, never from an
imported file (an imported package may carry a remote template or macros). It
has ITU's header table, the source and title, the abstract and introduction,
then each proposal: the action and number line, the text, "Reasons:", and a
closing rule. A MOD's text is the redline of its base against the proposed
text, written as w:ins/w:del with author and date (inserted and deleted
paragraphs included) with w:trackRevisions on, or, for printing, as static
underline and strike-through. Labels are literal text followed by a tab, as in
ITU documents, so that a relabelling is itself a tracked change.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Twips

from ..core import terms
from ..core.docref import parse_document
from ..core.errors import DelegateError
from ..core.model import Annex, Contribution, ContributionHeader, Proposal, Resolution
from ..core.vocabulary import ORIGINAL_WORDS
from . import docx_package, docx_pictures, itu_styles, ooxml
from .docx_body import W_P, BodyWriter
from .itu_wording import wording

# "Original: …" in any of the six languages (the reader's words): a header that already says it is kept
_ORIGINAL = re.compile("^(?:" + "|".join(sorted(map(re.escape, set(ORIGINAL_WORDS)))) + ")", re.IGNORECASE)

MARKED = terms.MARKED  # the actions whose text is written with revision marks against a base
CLOSING = "______________"
A4_WIDTH, A4_HEIGHT, MARGIN = 11907, 16840, 1089  # twips, as ITU's files give them
LANDSCAPE_COLUMNS = 4  # a table this wide is set on landscape pages


@dataclass
class ExportOptions:
    author: str = "Delegate"
    date: datetime | None = None
    static_marks: bool = False  # underline/strike formatting instead of tracked changes
    language: str | None = None  # defaults to the contribution's
    signatories: tuple[str, ...] = ()  # of a regional common proposal: listed after the source


@dataclass
class ExportReport:
    warnings: list[str] = field(default_factory=list)


class ContributionWriter(BodyWriter):
    def __init__(self, contrib: Contribution, options: ExportOptions):
        self.contrib = contrib
        self.options = options
        self.language = options.language or contrib.language or "en"
        self._style, self._appendix = "", False  # the last paragraph's style; whether an appendix is being written
        self.rtl = self.language == "ar"
        self.words = wording(self.language)
        self.stamp = (options.date or datetime.now(UTC)).astimezone(UTC)
        self.date = self.stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.doc = docx.Document()
        self._body = self.doc.element.body
        self.ids = ooxml.Ids(next=1)
        self.notes = ooxml.Footnotes(self.doc, self.ids)
        self.pictures = docx_pictures.Pictures(self.doc)
        self._figures = {}
        self.report = ExportReport()
        self.tracked = False
        self.landscape = False  # the orientation of the section being written

    # -- document --------------------------------------------------------------
    def build(self) -> bytes:
        section = self.doc.sections[0]
        section.page_height, section.page_width = Twips(A4_HEIGHT), Twips(A4_WIDTH)  # as ITU's files give it
        section.top_margin = section.bottom_margin = Twips(MARGIN)
        section.left_margin = section.right_margin = Twips(MARGIN)
        with docx_package.template_styles_aside(self.doc, keep=[spec.name for spec in itu_styles.STYLES]):
            itu_styles.install(self.doc, self.language)
        for p in list(self._body.iterchildren(W_P)):
            self._body.remove(p)  # the template's empty first paragraph
        self._header()
        self._front()
        for proposal in self.contrib.proposals:
            self._proposal(proposal)
        for annex in self.contrib.attachments:
            self._attachment(annex)
        closing = self._paragraph(CLOSING, "Normal")
        closing.get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.CENTER
        if self.tracked:
            ooxml.track_revisions(self.doc.settings.element)
        if self.rtl:
            self._right_to_left()
        self._languages()
        header = self.contrib.header
        docx_package.running_header(self.doc, _reference(header, self.language), self.rtl)
        docx_package.describe(
            self.doc,
            title=header.title or header.document or "Contribution",
            subject=header.document,
            author=self.options.author,
            language=self.language,
            stamp=self.stamp,
        )
        docx_package.drop_leftovers(self.doc, self.language)
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def _header(self) -> None:
        h = self.contrib.header
        table = self.doc.add_table(rows=3, cols=2)
        table.autofit = False
        widths = (Cm(11.0), Cm(6.0))
        for column, width in zip(table.columns, widths):
            column.width = width  # the grid, which LibreOffice follows
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = width  # the cells, which Word follows
        cells = table.rows
        self._cell(cells[0].cells[0], h.meeting, "dmeeting", bold=True)
        document = h.document.replace(" to Document", " to\nDocument") if h.document else ""
        self._cell(cells[0].cells[1], document, "dnum", bold=True)
        self._cell(cells[1].cells[0], h.agenda_item, None)
        self._cell(cells[1].cells[1], h.date, "ddate")
        original = h.original_language or self.words.language_name(self.language)
        if not _ORIGINAL.match(original):
            original = self.words.original.format(original)
        self._cell(cells[2].cells[1], original, "dorlang")

    def _cell(self, cell: Any, text: str, anchor: str | None, bold: bool = False) -> None:
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT  # a header field is never justified (Normal is)
        for k, line in enumerate(text.split("\n")):
            if k:
                p._p.append(ooxml.line_break())
            p._p.append(ooxml.run(line, ooxml.RunStyle(bold=bold)))
        if anchor and text:
            ooxml.bookmark(p._p, anchor, self.ids)

    def _front(self) -> None:
        h = self.contrib.header
        if h.source:
            signed = f" ({', '.join(self.options.signatories)})" if self.options.signatories else ""
            ooxml.bookmark(self._paragraph(h.source + signed, "Source"), "dsource", self.ids)
        if h.title:
            ooxml.bookmark(self._paragraph(h.title, "Title1"), "dtitle1", self.ids)
        own = self.contrib.headings
        for heading, text in (
            (own.get("abstract") or self.words.abstract, self.contrib.abstract),
            (own.get("introduction") or self.words.introduction, self.contrib.introduction),
        ):
            if text:
                self._paragraph(heading, "Headingb")
                for line in text.split("\n"):
                    self._paragraph(line, "Headingb" if _is_subheading(line) else "Normal")

    # -- proposals -------------------------------------------------------------
    def _proposal(self, proposal: Proposal) -> None:
        self._paragraph(f"{proposal.action}\t{proposal.number}".rstrip(), "Proposal")
        res = proposal.resolution
        if res is None:
            self.report.warnings.append(f"{proposal.action} {proposal.number}: no text to write")
        elif proposal.action in MARKED:
            if proposal.base is None:  # a MOD without marks is not a MOD; marks against a guess are wrong
                raise DelegateError(
                    f"{proposal.action} {proposal.number}".strip() + f" of {proposal.target}: the text it modifies "
                    "is not known, so its revision marks cannot be written; nothing was written"
                )
            self._redline(proposal.base, res)
        elif proposal.action in terms.TITLE_ONLY:
            self._paragraph(res.heading, "ResNo")
            if res.title:
                self._paragraph(res.title, "Restitle")
        else:
            self._clean(res)
        reasons = self._new_paragraph("Reasons")
        reasons.append(ooxml.run(self.words.reasons, ooxml.RunStyle(bold=True)))
        if proposal.reasons:
            lines = proposal.reasons.split("\n")
            reasons.append(ooxml.run("\t" + lines[0]))
            for line in lines[1:]:
                self._paragraph(line, "Reasons")

    def _attachment(self, annex: Annex) -> None:
        """An annex of the contribution itself (a compilation, a table of
        proposals): its label, title and paragraphs, after the proposals, on a
        page of its own as ITU sets annexes."""
        wide = max((len(row) for row in annex.table), default=0) >= LANDSCAPE_COLUMNS
        turned = wide != self.landscape
        if turned:  # a section of its own, turned to suit the annex (it starts on a new page)
            self._new_section(landscape=wide)
        label = self._paragraph(annex.label, "AnnexNo")
        if not turned:
            label.get_or_add_pPr().pageBreakBefore_val = True
        if annex.reference:
            self._paragraph(annex.reference, "AnnexRef")
        if annex.title:
            self._paragraph(annex.title, "Annextitle")
        for provision in annex.provisions:
            self._paragraph(f"{provision.label}\t{provision.text}" if provision.label else provision.text, "Normal")
        if annex.table:
            self._table(annex.table)

    def _new_section(self, landscape: bool) -> None:
        """A new page in a new section, A4 upright or turned: a compilation of
        four texts or more side by side is set on landscape pages, as ITU sets
        such annexes, so that its columns stay readable. The running header
        carries on from the first section."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        short, long = Twips(A4_WIDTH), Twips(A4_HEIGHT)
        section.page_width, section.page_height = (long, short) if landscape else (short, long)
        self.landscape = landscape

    def _table(self, rows: list[list[str]]) -> None:
        """A table of the annex as a Word table: a grid of equal columns across
        the text width, the first row as its heading (repeated on every page),
        a cell's lines as its paragraphs."""
        columns = max(len(row) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=columns)  # appended where the body ends: here
        table.style = None
        width = Twips(((A4_HEIGHT if self.landscape else A4_WIDTH) - 2 * MARGIN) // columns)
        for column in table.columns:
            column.width = width
        for r, (row, cells) in enumerate(zip(rows, table.rows)):
            if r == 0:
                ooxml.repeat_header(cells._tr)
            for text, cell in zip(row + [""] * (columns - len(row)), cells.cells):
                cell.width = width
                first = cell.paragraphs[0]._p
                for k, line in enumerate(text.split("\n") if text else [""]):
                    p = first if k == 0 else cell.add_paragraph()._p
                    p.style = "Tablehead" if r == 0 else "Tabletext"
                    if line:
                        p.append(ooxml.run(line))
        ooxml.table_borders(table._tbl)


# Headings inside a front's text: a Council document's "Action required by the
# Council", and its numbered sections ("II<tab>Proposal")
_SUBHEADING = re.compile(
    r"^(?:[IVX]{1,4}[\t ][A-Z][^\t.;:,]{0,40}|Action required(?: by the Council)?|Mesure demandée au Conseil|"
    r"Decisión solicitada al Consejo|Решение, которое предлагается принять Совету|الإجراء المطلوب من المجلس|"
    r"需要理事会采取的行动|References|Références|Referencias|Справочные материалы|المراجع|参考文献)$"
)


def _is_subheading(line: str) -> bool:
    return len(line.split()) <= 8 and _SUBHEADING.match(line.strip()) is not None


def _reference(header: ContributionHeader, language: str) -> str:
    """The document's reference for the running header, as ITU writes it, in the
    document's language: "PP26/25(Add.2)-E" for Addendum 2 to Document 25 of
    PP-26, "PP26/25(Add.2)-C" in Chinese, "C26/89-F" (core/docref.py)."""
    found = parse_document(header.document)
    return found.header(language, header.meeting) if found is not None else ""


def contribution_docx(contrib: Contribution, options: ExportOptions | None = None) -> tuple[bytes, ExportReport]:
    writer = ContributionWriter(contrib, options or ExportOptions())
    data = writer.build()
    return data, writer.report


def mod_contribution(
    base: Resolution,
    proposed: Resolution,
    number: str = "",
    reasons: str = "",
    source: str = "",
    language: str | None = None,
) -> Contribution:
    """A one-proposal MOD contribution, for `delegate-app redline`, in the
    proposed text's language unless another is given."""
    language = language or proposed.language
    words = wording(language)
    header = ContributionHeader(  # the title names the text in force, not a revision yet to be made
        source=source,
        title=words.mod_title.format(base.heading.upper()),
        original_language=words.language_name(language),
    )
    return Contribution(
        header=header,
        proposals=[Proposal(action="MOD", number=number, resolution=proposed, base=base, reasons=reasons)],
        language=language,
    )
