"""Word documents that are not contributions: the text as amended by the
proposals a conference adopted, the secretariat's compilation of every
proposal on a resolution, and the delegation brief.

Both are written by the contribution writer (same ITU styles, page, running
header, footnotes and marks), with a title and a short account in place of the
contribution's header table:

- the text as amended is clean, or with real tracked changes against the text
  it amends (accepting them all gives the amended text, rejecting them all
  gives the text in force);
- the compilation follows the text in its order: each paragraph as it is in
  force, then, for each proposal that touches it, a line naming the proposal
  (action, number, source, status) and the paragraph with that proposal's marks,
  "– OR –" between competing ones, as AT4AM shows alternatives. Its marks are
  formatting (underlined in blue, struck through in red), never tracked
  changes: accepting every proposal at once would make no text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.consolidate import Spread
from ..core.model import Contribution, ContributionHeader, Position, Resolution
from ..core.redline import RedlineParagraph
from . import ooxml
from .docx_writer import ContributionWriter, ExportOptions
from .itu_wording import brief_words, colon, report_words
from .report_parts import Account, ProposalLabel

__all__ = ["Account", "BriefEntry", "ProposalLabel", "amended_docx", "brief_docx", "compilation_docx"]


class _ReportWriter(ContributionWriter):
    def __init__(self, account: Account, language: str, options: ExportOptions):
        super().__init__(Contribution(header=ContributionHeader(title=account.title), language=language), options)
        self.account = account

    def _header(self) -> None:  # a report has no header table: it is nobody's document
        return None

    def _front(self) -> None:
        self._paragraph(self.account.title, "Title1")
        for line in self.account.lines:
            self._paragraph(line, "Normal")
        self.body()

    def body(self) -> None:
        raise NotImplementedError


class _AmendedWriter(_ReportWriter):
    def __init__(self, account: Account, text: Resolution, base: Resolution | None, options: ExportOptions):
        super().__init__(account, text.language, options)
        self.text, self.base = text, base

    def body(self) -> None:
        if self.base is None:
            self._clean(self.text)
        else:
            self._redline(self.base, self.text)


class _CompilationWriter(_ReportWriter):
    def __init__(self, account: Account, laid: Spread, labels: list[ProposalLabel], options: ExportOptions):
        options.static_marks = True
        super().__init__(account, laid.base.language, options)
        self.laid, self.labels = laid, labels

    def body(self) -> None:
        laid, notes = self.laid, self.laid.footnotes
        for n in laid.whole:
            self._proposal_line(n)
            if self.labels[n].reasons:
                self._paragraph(self.labels[n].reasons, "Reasons")
        self._inserted(-1)
        for k, para in enumerate(laid.paragraphs):
            self._redline_paragraph(para, notes)
            for i, touch in enumerate(laid.changed[k]):
                if i:
                    self._or()
                self._proposal_line(touch.proposal)
                self._redline_paragraph(touch.paragraph, notes)
                for inserted in laid.inserted.get(k, []):
                    if inserted.proposal == touch.proposal:
                        self._redline_paragraph(inserted.paragraph, notes)
            self._inserted(k, skip={t.proposal for t in laid.changed[k]})

    def _inserted(self, k: int, skip: set[int] | None = None) -> None:
        """What proposals insert after paragraph ``k`` without changing it."""
        by_proposal: dict[int, list[RedlineParagraph]] = {}
        for touch in self.laid.inserted.get(k, []):
            if touch.proposal not in (skip or set()):
                by_proposal.setdefault(touch.proposal, []).append(touch.paragraph)
        for i, (n, paragraphs) in enumerate(by_proposal.items()):
            if i:
                self._or()
            self._proposal_line(n)
            for para in paragraphs:
                self._redline_paragraph(para, self.laid.footnotes)

    def _proposal_line(self, n: int) -> None:
        self._paragraph(self.labels[n].line(), "Proposal")

    def _or(self) -> None:
        self._paragraph(report_words(self.language).alternative, "Call")


def amended_docx(
    account: Account, text: Resolution, base: Resolution | None = None, options: ExportOptions | None = None
) -> bytes:
    """The text as amended: clean, or with tracked changes against ``base``."""
    return _AmendedWriter(account, text, base, options or ExportOptions()).build()


def compilation_docx(
    account: Account, laid: Spread, labels: list[ProposalLabel], options: ExportOptions | None = None
) -> bytes:
    """Every proposal on a text, provision by provision, in the text's order."""
    return _CompilationWriter(account, laid, labels, options or ExportOptions()).build()


@dataclass
class BriefEntry:
    """One resolution in the brief: the delegation's positions on it and the proposals on it."""

    title: str  # "WTDC Resolution 59 (Rev. Baku, 2025): Strengthening coordination …"
    priority: str
    whole: Position | None  # the position on the whole text
    provisions: list[Position] = field(default_factory=list)
    regions: dict[str, str] = field(default_factory=dict)
    proposals: list[tuple[ProposalLabel, list[RedlineParagraph]]] = field(default_factory=list)


class _BriefWriter(_ReportWriter):
    def __init__(self, account: Account, entries: list[BriefEntry], language: str, options: ExportOptions):
        options.static_marks = True  # a brief is read, not accepted: its marks are formatting
        super().__init__(account, language, options)
        self.entries = entries
        self.brief = brief_words(language)

    def _word(self, value: str) -> str:
        return self.brief.get(value, value)

    def body(self) -> None:
        self._contents()
        for n, entry in enumerate(self.entries):
            heading = self._paragraph(entry.title, "Heading1")
            if n:
                heading.get_or_add_pPr().pageBreakBefore_val = True
            self._paragraph(f"{self.brief['Priority']}{colon(self.language)}{self._word(entry.priority)}", "Normal")
            self._paragraph(self.brief["Position of the delegation"], "Headingb")
            if entry.whole is None:
                self._paragraph(self.brief["No position recorded."], "Normal")
            else:
                self._position(entry.whole, "")
            if entry.provisions:
                self._paragraph(self.brief["On its provisions"], "Headingb")
                for position in entry.provisions:
                    self._position(position, position.provision)
            points = [p for p in [entry.whole, *entry.provisions] if p is not None and p.talking_points]
            if points:
                self._paragraph(self.brief["Talking points"], "Headingb")
                for position in points:
                    for line in position.talking_points.splitlines():
                        if line.strip():
                            self._paragraph(f"–\t{line.strip()}", "enumlev1")
            if entry.regions:
                self._paragraph(self.brief["Regional groups"], "Headingb")
                rows = [[group, self._word(stance)] for group, stance in entry.regions.items()]
                self._table([[self.brief["Group"], self.brief["Stance"]], *rows])
            if entry.proposals:
                self._paragraph(self.brief["Proposals on this text"], "Headingb")
                for label, paragraphs in entry.proposals:
                    self._paragraph(label.line(), "Proposal")
                    for para in paragraphs:
                        self._redline_paragraph(para, {})

    def _position(self, position: Position, where: str) -> None:
        stance = f"{self._word(position.stance)} ({self._word(position.priority)})"
        text = f"{where}{colon(self.language)}{stance}" if where else stance
        p = self._new_paragraph("Normal")
        p.append(ooxml.run(text, ooxml.RunStyle(bold=True)))
        for k, line in enumerate(position.rationale.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if k:
                p.append(ooxml.line_break())
            if line or not k:
                p.append(ooxml.run(f" — {line}" if k == 0 else line))

    def _contents(self) -> None:
        """A table of contents Word and LibreOffice keep as theirs (a TOC field),
        shown as written until the reader updates it."""
        self._paragraph(self.brief["Contents"], "Headingb")
        titles = [entry.title for entry in self.entries] or [""]
        for n, title in enumerate(titles):
            p = self._new_paragraph("Normal")
            if n == 0:
                p.append(ooxml.field_char("begin"))
                p.append(ooxml.field_code(' TOC \\o "1-1" \\h \\z '))
                p.append(ooxml.field_char("separate"))
            if title:
                p.append(ooxml.run(title))
            if n == len(titles) - 1:
                p.append(ooxml.field_char("end"))


def brief_docx(
    account: Account, entries: list[BriefEntry], language: str, options: ExportOptions | None = None
) -> bytes:
    """The head of delegation's brief: a table of contents, then a resolution a page."""
    return _BriefWriter(account, entries, language, options or ExportOptions()).build()
