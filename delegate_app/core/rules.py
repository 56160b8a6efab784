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

from .model import Contribution, Proposal
from .numbering import parse_proposal_number
from .redline import MODIFIED, redline
from .references import Newest, outdated_now
from .revision import in_force_revision, revision_year
from .worddiff import DELETE

# rule id -> the English sentence, with the finding's values as {0}, {1}, ...
MESSAGES = {
    "header-incomplete": "The header does not give the {0}.",
    "no-proposals": "The contribution has no proposals.",
    "duplicate-number": "The number {0} is used by more than one proposal.",
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


def check(contrib: Contribution, newest: Newest | None = None) -> list[Finding]:
    """The findings on ``contrib``; with ``newest`` (what the library holds),
    also its outdated citations and MODs drafted against an older revision."""
    findings = [
        Finding("header-incomplete", "", (name,)) for name in HEADER_FIELDS if not getattr(contrib.header, name).strip()
    ]
    if not contrib.proposals:
        findings.append(Finding("no-proposals", ""))
    numbers = [p.number for p in contrib.proposals if p.number]
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        index = numbers.index(number)
        findings.append(Finding("duplicate-number", number, (number,), index, contrib.proposals[index].action))
    for index, proposal in enumerate(contrib.proposals):
        findings.extend(_proposal(proposal, index, newest))
    return findings


def _proposal(p: Proposal, index: int, newest: Newest | None) -> list[Finding]:
    out = []

    def found(rule: str, *values: str, find: str = "") -> None:
        out.append(Finding(rule, p.number, values, index, p.action, find))

    if not p.number:
        found("number-missing")
    elif _placeholder(p.number):
        found("number-placeholder", p.number)
    if not p.reasons.strip():
        found("reasons-missing")
    if p.resolution is None:
        found("resolution-missing")
        return out
    res = p.resolution
    marked = p.action in ("MOD", "(MOD)")
    if p.action in ("SUP", "SUP*") and p.base is not None and res.sections:
        rl = redline(p.base, res)
        partial = next(
            (
                para
                for para in rl.paragraphs
                if para.change == MODIFIED and para.role == "provision" and any(op == DELETE for op, _ in para.segments)
            ),
            None,
        )
        if partial is not None:
            found("deletion-inside-provision-is-mod", partial.label or _first_words(partial.new), find=partial.new[:60])
    if marked and p.base is not None and not redline(p.base, res).changed:
        found("mod-changes-nothing")
    if p.action in ("ADD", "ADD*") and p.base is not None and redline(p.base, res).changed:
        found("add-changes-existing-text")
    if newest is None:
        return out
    if p.action in ("MOD", "(MOD)", "ADD", "ADD*"):
        for o in outdated_now(res, newest):
            c = o.citation
            cited = f"{c.body} Resolution {c.number} ({c.revision})"
            found("outdated-reference", o.place, cited, f"{c.body} Resolution {c.number} ({o.newest})", find=c.revision)
    if marked and p.base is None and not res.draft:
        revision = in_force_revision(res.revision)
        found("base-missing", p.target + (f" ({revision})" if revision else ""))
    elif marked and res.body and not res.draft:
        base_revision = p.base.revision if p.base is not None else in_force_revision(res.revision)
        year = revision_year(base_revision)
        latest = newest(res.body, res.number, res.language) or newest(res.body, res.number, "")
        if year is not None and latest is not None and latest[1] > year:
            found("base-not-latest", f"{p.target} ({base_revision})", f"{p.target} ({latest[0]})")
    return out


def _first_words(text: str, count: int = 6) -> str:
    words = text.replace("\t", " ").split()
    return "“" + " ".join(words[:count]) + (" …" if len(words) > count else "") + "”"


def _placeholder(number: str) -> bool:
    """ "ABC/?/1" and "ABC/12/1": written before the document number or the delegation's code was known."""
    if "?" in number:
        return True
    parsed = parse_proposal_number(number)
    return parsed is not None and parsed.source == PLACEHOLDER_SOURCE
