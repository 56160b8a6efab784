"""ITU rules a contribution can be checked against before it is submitted.

Warnings, not errors: a delegate may have reasons, but should see them. The
rules are the ones secretariats and committees apply: every proposal has a
number, and a real one (not the "ABC/?/1" the app writes before the document
number and the delegation's code are known); every proposal gives its Reasons;
only MOD carries revision marks, and a deletion inside a paragraph is a MOD,
not a SUP; a MOD is drafted against the text in force and cites the texts in
force (a MOD that still cites "Resolution 18 (Rev. Geneva, 2022)" when New
Delhi 2024 revised it is corrected in committee); the header names the
document, the date, the original language, the source and the title.

Each finding has a stable rule id (what scripts and the window key on) and its
values apart from its English sentence, so that the window can say it in the
interface language from the same values. What the library holds (the newest
revision of a cited text) comes in as a function, so that this module needs
no store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import deadlines, terms
from .conference import Conference
from .docref import parse_document
from .model import Contribution, Proposal
from .numbering import parse_proposal_number
from .redline import MODIFIED, redline
from .references import Newest, outdated_now
from .revision import in_force_revision, revision_year
from .worddiff import DELETE

# rule id -> the English sentence, with the finding's values as {0}, {1}, ...
MESSAGES = {
    "header-incomplete": "The header does not give the {0}.",
    "document-unreadable": "The document number {0} is not in a form ITU writes: give it as "
    "“Document 25-E”, “Addendum 2 to Document 25-E” or “Document PP26/25-E”.",
    "no-proposals": "The contribution has no proposals.",
    "duplicate-number": "The number {0} is used by more than one proposal.",
    "mod-and-noc-of-one-resolution": "{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: "
    "propose one or the other.",
    "number-missing": "The proposal has no number.",
    "number-placeholder": "The number {0} is a placeholder: give the document number in the header and the "
    "delegation's code in Settings, then Renumber.",
    "reasons-missing": "The proposal gives no Reasons.",
    "resolution-missing": "The proposal names no resolution.",
    "deletion-inside-provision-is-mod": "Text is deleted inside paragraph {0}: that is a MOD, not a SUP "
    "(SUP suppresses the whole resolution).",
    "mod-changes-nothing": "The MOD changes nothing; a proposal to keep a text unchanged is a NOC.",
    "add-changes-existing-text": "An ADD is clean new text; changes to an existing text are a MOD.",
    "outdated-reference": "{0} cites {1}, but the library holds {2}.",
    "base-not-latest": "The MOD is marked against {0}, but the library holds a later revision, {1}.",
    "base-missing": "The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it).",
    "deadline-passed": "The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4}).",
    "page-limit": "The contribution runs to about {0} pages; {1} asks for at most {2}.",
}
HEADER_FIELDS = ("document", "date", "original_language", "source", "title")
_HEADER_WORDS = {
    "document": "document number",
    "date": "date",
    "original_language": "original language",
    "source": "source",
    "title": "title",
}
PLACEHOLDER_SOURCE = "ABC"  # the delegation's code until one is set


@dataclass(frozen=True)
class Finding:
    rule: str
    proposal: str  # the proposal's number ("" for the header and the contribution as a whole)
    values: tuple[str, ...] = ()  # what fills the rule's sentence
    index: int | None = None  # the proposal's place in the contribution, from 0
    action: str = ""
    find: str = ""  # text to show in the proposal (a citation, a provision's words), if any

    @property
    def message(self) -> str:
        values = [_HEADER_WORDS.get(v, v) if self.rule == "header-incomplete" else v for v in self.values]
        return MESSAGES[self.rule].format(*values)

    @property
    def where(self) -> str:
        """ "MOD RCC/47A4/1", "header", "contribution"."""
        if self.index is None:
            return "header" if self.rule == "header-incomplete" else "contribution"
        return f"{self.action} {self.proposal}".strip()

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "proposal": self.proposal,
            "place": self.index + 1 if self.index is not None else None,
            "message": self.message,
            "values": list(self.values),
        }


def check(
    contrib: Contribution, newest: Newest | None = None, conference: Conference | None = None, today: date | None = None
) -> list[Finding]:
    """The findings on ``contrib``; with ``newest`` (what the library holds),
    also its outdated citations and MODs drafted against an older revision;
    with the ``conference`` it is for, its deadline (as of ``today``) and page limit."""
    findings = _header(contrib) + _no_proposals(contrib) + _duplicate_numbers(contrib) + _mod_and_noc(contrib)
    if conference is not None:
        findings += _conference(contrib, conference, today or date.today())
    for index, proposal in enumerate(contrib.proposals):
        here = _Here(proposal, index)
        for rule in PROPOSAL_RULES:
            rule(here, newest)
        findings.extend(here.found)
    return findings


# -- the contribution as a whole ----------------------------------------------------
def _header(contrib: Contribution) -> list[Finding]:
    """header-incomplete: each header field a secretariat needs, when empty;
    document-unreadable: a document number neither the running header nor the
    proposal numbers can be made of (docref.py reads every form ITU writes)."""
    found = [
        Finding("header-incomplete", "", (name,)) for name in HEADER_FIELDS if not getattr(contrib.header, name).strip()
    ]
    document = contrib.header.document.strip()
    if document and parse_document(document) is None:
        found.append(Finding("document-unreadable", "", (document,)))
    return found


def _no_proposals(contrib: Contribution) -> list[Finding]:
    """no-proposals."""
    return [] if contrib.proposals else [Finding("no-proposals", "")]


def _duplicate_numbers(contrib: Contribution) -> list[Finding]:
    """duplicate-number: once per number, at its first proposal."""
    numbers = [p.number for p in contrib.proposals]
    out = []
    for number in sorted({n for n in numbers if n and numbers.count(n) > 1}):
        index = numbers.index(number)
        out.append(Finding("duplicate-number", number, (number,), index, contrib.proposals[index].action))
    return out


def _mod_and_noc(contrib: Contribution) -> list[Finding]:
    """mod-and-noc-of-one-resolution: a NOC says a resolution stays as it is, so a
    MOD (or (MOD)) of the same resolution in the same contribution contradicts it;
    said at the NOC, naming the first MOD."""
    mods: dict[tuple[str, str], Proposal] = {}
    for p in contrib.proposals:
        if p.action in terms.MARKED and p.resolution is not None and not p.resolution.draft:
            mods.setdefault((p.resolution.body or "", p.resolution.number), p)
    out = []
    for index, p in enumerate(contrib.proposals):
        res = p.resolution
        mod = mods.get((res.body or "", res.number)) if p.action == terms.NOC and res is not None else None
        if mod is not None:
            out.append(
                Finding(
                    "mod-and-noc-of-one-resolution",
                    p.number,
                    (p.target, f"{mod.action} {mod.number}".strip(), f"{p.action} {p.number}".strip()),
                    index,
                    p.action,
                )
            )
    return out


def _conference(contrib: Contribution, conf: Conference, today: date) -> list[Finding]:
    """deadline-passed, page-limit: the conference's rules (core/deadlines.py)."""
    out = []
    missed = deadlines.late(conf, contrib, today)
    if missed is not None:
        submitted, d = missed
        values = (submitted.isoformat(), d.what, conf.name, d.day.isoformat(), d.rule)
        out.append(Finding("deadline-passed", "", values))
    pages = deadlines.over_page_limit(conf, contrib)
    if pages is not None:
        out.append(Finding("page-limit", "", (str(pages), conf.name, str(deadlines.COUNCIL_PAGES))))
    return out


# -- each proposal ------------------------------------------------------------------
class _Here:
    """One proposal being checked, and what was found on it."""

    def __init__(self, proposal: Proposal, index: int):
        self.p, self.index = proposal, index
        self.found: list[Finding] = []
        self.marked = proposal.action in terms.MARKED

    def add(self, rule: str, *values: str, find: str = "") -> None:
        self.found.append(Finding(rule, self.p.number, values, self.index, self.p.action, find))


def _number(here: _Here, _newest: Newest | None) -> None:
    """number-missing, number-placeholder."""
    if not here.p.number:
        here.add("number-missing")
    elif _placeholder(here.p.number):
        here.add("number-placeholder", here.p.number)


def _reasons(here: _Here, _newest: Newest | None) -> None:
    """reasons-missing."""
    if not here.p.reasons.strip():
        here.add("reasons-missing")


def _resolution(here: _Here, _newest: Newest | None) -> None:
    """resolution-missing (the rules after it need a text)."""
    if here.p.resolution is None:
        here.add("resolution-missing")


def _sup_deletes_inside(here: _Here, _newest: Newest | None) -> None:
    """deletion-inside-provision-is-mod: a SUP whose text deletes inside a paragraph."""
    p = here.p
    if p.action not in terms.SUPS or p.base is None or p.resolution is None or not p.resolution.sections:
        return
    partial = next(
        (
            para
            for para in redline(p.base, p.resolution).paragraphs
            if para.change == MODIFIED and para.role == "provision" and any(op == DELETE for op, _ in para.segments)
        ),
        None,
    )
    if partial is not None:
        here.add("deletion-inside-provision-is-mod", partial.label or _first_words(partial.new), find=partial.new[:60])


def _mod_changes_nothing(here: _Here, _newest: Newest | None) -> None:
    """mod-changes-nothing."""
    p = here.p
    if here.marked and p.base is not None and p.resolution is not None and not redline(p.base, p.resolution).changed:
        here.add("mod-changes-nothing")


def _add_changes_text(here: _Here, _newest: Newest | None) -> None:
    """add-changes-existing-text: an ADD is clean new text."""
    p = here.p
    if p.action in terms.ADDS and p.base is not None and p.resolution is not None:
        if redline(p.base, p.resolution).changed:
            here.add("add-changes-existing-text")


def _outdated_references(here: _Here, newest: Newest | None) -> None:
    """outdated-reference: a MOD's or ADD's citation of a revision the library has replaced."""
    p = here.p
    if newest is None or p.resolution is None or p.action not in terms.MARKED + terms.ADDS:
        return
    for o in outdated_now(p.resolution, newest):
        c = o.citation
        cited = f"{c.body} Resolution {c.number} ({c.revision})"
        here.add("outdated-reference", o.place, cited, f"{c.body} Resolution {c.number} ({o.newest})", find=c.revision)


def _base(here: _Here, newest: Newest | None) -> None:
    """base-missing, base-not-latest: what a MOD is marked against."""
    p, res = here.p, here.p.resolution
    if newest is None or res is None or not here.marked or res.draft:
        return
    if p.base is None:
        revision = in_force_revision(res.revision)
        here.add("base-missing", p.target + (f" ({revision})" if revision else ""))
    elif res.body:
        base_revision = p.base.revision
        year = revision_year(base_revision)
        latest = newest(res.body, res.number, res.language) or newest(res.body, res.number, "")
        if year is not None and latest is not None and latest[1] > year:
            here.add("base-not-latest", f"{p.target} ({base_revision})", f"{p.target} ({latest[0]})")


# in the order their findings are listed
PROPOSAL_RULES = (
    _number,
    _reasons,
    _resolution,
    _sup_deletes_inside,
    _mod_changes_nothing,
    _add_changes_text,
    _outdated_references,
    _base,
)


def _first_words(text: str, count: int = 6) -> str:
    words = text.replace("\t", " ").split()
    return "“" + " ".join(words[:count]) + (" …" if len(words) > count else "") + "”"


def _placeholder(number: str) -> bool:
    """ "ABC/?/1" and "ABC/12/1": written before the document number or the delegation's code was known."""
    if "?" in number:
        return True
    parsed = parse_proposal_number(number)
    return parsed is not None and parsed.source == PLACEHOLDER_SOURCE
