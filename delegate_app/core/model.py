"""The document model: resolutions, contributions, proposals and positions.

Plain dataclasses with no behaviour beyond (de)serialisation, so that every layer
(readers, store, writers, Qt models, command line) shares one vocabulary and the
JSON printed by ``delegate-app parse --json`` is simply ``to_dict()`` of these
objects. Text is kept clean (no footnote markers inside it); footnote positions
travel beside the text as character offsets so that diffs and search see the
words only.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from . import terms
from .plain import OMIT_WHEN_EMPTY, asdict


def new_uid() -> str:
    """A record's stable id: the same in every store and after every move, export
    and re-import, so that edits, journals and (later) exchanges name records
    without relying on row numbers or positions."""
    return str(uuid.uuid4())


class Body(str, Enum):
    """The ITU body that adopts a resolution."""

    PP = "PP"
    RA = "RA"
    WTSA = "WTSA"
    WTDC = "WTDC"
    COUNCIL = "Council"
    WRC = "WRC"


class Action(str, Enum):
    """Proposal action symbols as ITU writes them (spelled in ``core.terms``)."""

    MOD = terms.MOD
    EDITORIAL_MOD = terms.EDITORIAL_MOD
    ADD = terms.ADD
    ADD_STAR = terms.ADD_STAR
    SUP = terms.SUP
    SUP_STAR = terms.SUP_STAR
    NOC = terms.NOC


class Status(str, Enum):
    """Where a proposal stands, from the draft to the conference's disposition of it.

    The values are what the command line takes and JSON gives; "suppressed" is the
    adoption of a SUP (the resolution is suppressed)."""

    DRAFT, SUBMITTED, ADOPTED, ADOPTED_MODIFIED, NOT_ADOPTED, WITHDRAWN, NOTED, SUPPRESSED = terms.STATUSES

    @property
    def english(self) -> str:
        """As the exports write it in English (the window translates its own)."""
        return STATUS_NAMES[self.value]


STATUS_NAMES = {
    "draft": "Draft",
    "submitted": "Submitted",
    "adopted": "Adopted",
    "adopted-modified": "Adopted with modifications",
    "not-adopted": "Not adopted",
    "withdrawn": "Withdrawn",
    "noted": "Noted",
    "suppressed": "Suppressed",
}
ADOPTED_STATUSES = ("adopted", "adopted-modified")


@dataclass
class FootnoteRef:
    """A footnote reference at a character offset of the text that holds it."""

    offset: int
    footnote: int  # Footnote.number


@dataclass
class Footnote:
    number: int
    text: str
    mark: str = ""  # the mark printed in the document when it is not the number


@dataclass
class Figure:
    """An image kept from a Word file, in the version's JSON (bytes as base64), set at ``width`` x
    ``height`` EMU (914,400 an inch); ``key`` names it by bytes and size (one figure on both sides of a MOD)."""

    key: str
    content_type: str
    data: str  # base64
    width: int
    height: int


@dataclass
class Provision:
    """A labelled (or unlabelled) item under a call: "a) Resolution 123 ...".

    ``label`` is written as in the document ("a)", "1", "ii)"), or "" when the
    document has none (a single operative paragraph, or a conversion that lost it).
    """

    label: str
    text: str
    children: list[Provision] = field(default_factory=list)
    notes: list[FootnoteRef] = field(default_factory=list)
    figure: str = ""  # the Figure.key of the image this paragraph holds, after its text ("": none)

    def walk(self) -> Iterator[Provision]:
        yield self
        for child in self.children:
            yield from child.walk()


OMIT_WHEN_EMPTY[Provision] = "figure"  # stored as before figures were kept: a re-import compares equal


def flatten(provisions: list[Provision], depth: int = 0) -> list[tuple[int, Provision]]:
    """Provisions and their sub-items in reading order, with their depth."""
    rows: list[tuple[int, Provision]] = []
    for prov in provisions:
        rows.append((depth, prov))
        rows.extend(flatten(prov.children, depth + 1))
    return rows


@dataclass
class Section:
    """A call ("considering", "instructs the Director of ...") and its provisions."""

    call: str
    provisions: list[Provision] = field(default_factory=list)
    operative: bool = False

    def walk(self) -> Iterator[Provision]:
        for p in self.provisions:
            yield from p.walk()


@dataclass
class Annex:
    label: str  # "ANNEX 1", "ANNEX A"
    title: str = ""
    reference: str = ""  # "(to Resolution 18 (Rev. New Delhi, 2024))"
    provisions: list[Provision] = field(default_factory=list)
    # a table the annex holds (a contribution's compilation in columns): rows of cells'
    # texts, a cell's paragraphs on lines of their own; written back as a Word table
    table: list[list[str]] = field(default_factory=list)


@dataclass
class Resolution:
    body: str | None
    number: str  # "59", "ITU-R 75", "[ABC-1]" for a draft new resolution
    revision: str = ""  # "Rev. Kigali, 2022", "Dubai, 2023"
    title: str = ""
    history: str = ""  # "(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)"
    preamble: str = ""
    sections: list[Section] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    language: str = "en"
    heading_notes: list[FootnoteRef] = field(default_factory=list)
    history_notes: list[FootnoteRef] = field(default_factory=list)  # "(Hammamet, 2016)1, 1bis"
    draft: bool = False  # "DRAFT NEW RESOLUTION [ABC-1]"
    figures: list[Figure] = field(default_factory=list)  # the images its provisions hold (Provision.figure)

    kind = "resolution"

    @property
    def heading(self) -> str:
        """The heading as ITU prints it in the text's language: RESOLUTION 59
        (Rev. Kigali, 2022), RÉSOLUTION 59 (Rév. Kigali, 2022), 第 59 号决议（…）."""
        stem, opening, closing = self.heading_parts()
        return f"{stem}{opening}{self.revision}{closing}" if self.revision else stem

    def heading_parts(self) -> tuple[str, str, str]:
        """The heading without its revision, and the brackets the revision goes in."""
        from .vocabulary import HEADING_FORMS

        before, after, opening, closing, draft = HEADING_FORMS.get(self.language, HEADING_FORMS["en"])
        if self.draft:
            return f"{draft} {self.number}".rstrip(), opening, closing
        return f"{before}{self.number}{after}", opening, closing

    @property
    def year(self) -> int | None:
        from .revision import revision_year

        return revision_year(self.revision or self.history)

    def provisions(self) -> Iterator[Provision]:
        """Every provision of the operative and preamble text, in order."""
        for section in self.sections:
            yield from section.walk()

    def all_provisions(self) -> Iterator[Provision]:
        """Every provision, the annexes' too, in reading order."""
        yield from self.provisions()
        yield from (p for annex in self.annexes for q in annex.provisions for p in q.walk())

    def figure_numbers(self) -> dict[str, int]:
        """Each figure's number as a reader counts them (1, 2, ... in reading order, annexes too)."""
        numbers: dict[str, int] = {}
        for prov in self.all_provisions():
            if prov.figure and prov.figure not in numbers:
                numbers[prov.figure] = len(numbers) + 1
        return numbers

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind}
        d.update(asdict(self))
        for annex in d["annexes"]:
            _drop_empty_table(annex)
        if not d["figures"]:
            del d["figures"]  # as stored before figures were kept
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Resolution:
        return cls(
            body=d.get("body"),
            number=d["number"],
            revision=d.get("revision", ""),
            title=d.get("title", ""),
            history=d.get("history", ""),
            preamble=d.get("preamble", ""),
            sections=[_section(s) for s in d.get("sections", [])],
            annexes=[_annex(a) for a in d.get("annexes", [])],
            footnotes=[Footnote(**f) for f in d.get("footnotes", [])],
            language=d.get("language", "en"),
            heading_notes=[FootnoteRef(**n) for n in d.get("heading_notes", [])],
            history_notes=[FootnoteRef(**n) for n in d.get("history_notes", [])],
            draft=d.get("draft", False),
            figures=[Figure(**x) for x in d.get("figures", [])],
        )


def _provision(d: dict[str, Any]) -> Provision:
    # positional, and no list made for what a provision mostly lacks: a library's
    # import or first fill reads 60,000 of them (0.87 -> 0.6 µs each)
    children, notes = d.get("children"), d.get("notes")
    return Provision(
        d.get("label", ""),
        d.get("text", ""),
        [_provision(c) for c in children] if children else [],
        [FootnoteRef(**n) for n in notes] if notes else [],
        d.get("figure", ""),
    )


def _drop_empty_table(d: dict[str, Any]) -> dict[str, Any]:
    """An annex without a table is stored as it always was (no "table" key), so a
    text stored before annexes had tables compares equal when imported again."""
    if not d.get("table"):
        d.pop("table", None)
    return d


def _annex(d: dict[str, Any]) -> Annex:
    return Annex(
        label=d["label"],
        title=d.get("title", ""),
        reference=d.get("reference", ""),
        provisions=[_provision(p) for p in d.get("provisions", [])],
        table=[[str(cell) for cell in row] for row in d.get("table", [])],
    )


def _section(d: dict[str, Any]) -> Section:
    return Section(
        call=d["call"],
        provisions=[_provision(p) for p in d.get("provisions", [])],
        operative=d.get("operative", False),
    )


@dataclass
class Proposal:
    """One proposal of a contribution: action, number, text and reasons.

    ``resolution`` is the proposed text (for MOD, the revised resolution; for
    SUP and NOC often only heading and title). ``base`` is the text it modifies
    when known (read from tracked changes, or linked from the store), and
    ``base_version`` the library version it was taken from, when it was.
    ``auto_number`` says the number is the app's to assign (a proposal the
    delegation drafts); a number that came with an imported document is kept.
    """

    action: str
    number: str = ""
    resolution: Resolution | None = None
    reasons: str = ""
    base: Resolution | None = None
    status: str = "draft"  # a Status value
    uid: str = ""
    auto_number: bool = False
    base_version: int | None = None
    status_date: str = ""  # when the status was set (ISO date)
    status_note: str = ""  # e.g. the committee document that records the decision

    @property
    def target(self) -> str:
        """What the proposal acts on: "WTSA Resolution 57", "DRAFT NEW RESOLUTION [RCC-1]"."""
        res = self.resolution
        if res is None:
            return ""
        if res.draft:
            return res.heading
        return f"{res.body + ' ' if res.body else ''}Resolution {res.number}"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for name, value in self.to_dict_without_base().items():
            d[name] = value
            if name == "resolution":  # the base beside the text it is the base of
                d["base"] = self.base.to_dict() if self.base else None
        return d

    def to_dict_without_base(self) -> dict[str, Any]:
        """All but the base, which the store serialises once per base text."""
        d: dict[str, Any] = {
            "action": self.action,
            "number": self.number,
            "target": self.target,
            "resolution": self.resolution.to_dict() if self.resolution else None,
            "reasons": self.reasons,
            "status": self.status,
        }
        if self.uid:
            d["uid"] = self.uid
        if self.auto_number:
            d["auto_number"] = True
        if self.base_version is not None:
            d["base_version"] = self.base_version
        if self.status_date:
            d["status_date"] = self.status_date
        if self.status_note:
            d["status_note"] = self.status_note
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Proposal:
        res = d.get("resolution")
        base = d.get("base")
        return cls(
            action=d["action"],
            number=d.get("number", ""),
            resolution=Resolution.from_dict(res) if res else None,
            base=Resolution.from_dict(base) if base else None,
            reasons=d.get("reasons", ""),
            status=d.get("status", "draft"),
            uid=d.get("uid", ""),
            auto_number=bool(d.get("auto_number", False)),
            base_version=d.get("base_version"),
            status_date=d.get("status_date", ""),
            status_note=d.get("status_note", ""),
        )


@dataclass
class ContributionHeader:
    meeting: str = ""
    agenda_item: str = ""  # or committee
    document: str = ""  # "Document C26/89-E", "Addendum 4 to Document 47-E"
    date: str = ""
    original_language: str = ""
    source: str = ""
    title: str = ""

    @property
    def document_number(self) -> str:
        """ "47" from "Addendum 4 to Document 47-E", "C26/89" from "Document C26/89-E"."""
        from .numbering import parse_document_reference

        return parse_document_reference(self.document)[0]

    @property
    def addendum(self) -> int | None:
        from .numbering import parse_document_reference

        return parse_document_reference(self.document)[1]


@dataclass
class Contribution:
    header: ContributionHeader = field(default_factory=ContributionHeader)
    abstract: str = ""
    introduction: str = ""
    proposals: list[Proposal] = field(default_factory=list)
    attachments: list[Annex] = field(default_factory=list)
    language: str = "en"
    uid: str = ""
    # the front's own heading words, by part ("abstract": "Purpose", "introduction":
    # "I<tab>Introduction" in a Council document), written back as they were
    headings: dict[str, str] = field(default_factory=dict)

    kind = "contribution"

    def to_dict(self, proposals: bool = True) -> dict[str, Any]:
        """The contribution as a dict; without ``proposals``, its front only (the
        store keeps each proposal in a row of its own, saved on its own)."""
        d = {
            "kind": self.kind,
            "document": asdict(self.header),
            "abstract": self.abstract,
            "introduction": self.introduction,
            "proposals": [p.to_dict() for p in self.proposals] if proposals else [],
            "attachments": [_drop_empty_table(asdict(a)) for a in self.attachments],
            "language": self.language,
        }
        if self.uid:
            d["uid"] = self.uid
        if self.headings:
            d["headings"] = dict(self.headings)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Contribution:
        return cls(
            header=ContributionHeader(**d.get("document", {})),
            abstract=d.get("abstract", ""),
            introduction=d.get("introduction", ""),
            proposals=[Proposal.from_dict(p) for p in d.get("proposals", [])],
            attachments=[_annex(a) for a in d.get("attachments", [])],
            language=d.get("language", "en"),
            uid=d.get("uid", ""),
            headings={str(k): str(v) for k, v in (d.get("headings") or {}).items()},
        )


class Stance(str, Enum):
    """The delegation's stance (the words spelled in ``core.terms``, in this order)."""

    SUPPORT, SUPPORT_WITH_CHANGES, NEUTRAL, OPPOSE, UNDECIDED = terms.STANCES


class Priority(str, Enum):
    HIGH, MEDIUM, LOW = terms.PRIORITIES


@dataclass
class Position:
    """The delegation's position on a resolution, or on one of its provisions.

    ``provision`` is a path such as "resolves 3 i)" (call + labels) so that a
    position survives re-imports of the text; "" means the whole resolution.
    """

    body: str
    number: str
    provision: str = ""
    stance: str = Stance.UNDECIDED.value
    priority: str = Priority.MEDIUM.value
    rationale: str = ""
    talking_points: str = ""
    regional_alignment: str = ""  # e.g. "CEPT: support; APT: oppose"
    owner: str = ""
    updated: str = ""  # ISO 8601, set by the store
    uid: str = ""
    rev: int = 0  # the store's version of it when read (what an edit of it is based on); 0: not stored
