"""ITU rules a contribution can be checked against before it is submitted.

Warnings, not errors: a delegate may have reasons, but should see them. The
rules are the ones secretariats apply: every proposal has a number; SUP and
NOC carry Reasons; only MOD carries revision marks, and a deletion inside a
paragraph is a MOD, not a SUP; the header names the document, the date, the
original language, the source and the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Contribution, Proposal
from .redline import MODIFIED, redline
from .worddiff import DELETE


@dataclass(frozen=True)
class Finding:
    where: str  # "header" or the proposal ("MOD RCC/47A4/1")
    message: str


_HEADER_FIELDS = (
    ("document", "the document number"),
    ("date", "the date"),
    ("original_language", "the original language"),
    ("source", "the source"),
    ("title", "the title"),
)


def check(contrib: Contribution) -> list[Finding]:
    findings = [
        Finding("header", f"The header does not give {label}.")
        for name, label in _HEADER_FIELDS
        if not getattr(contrib.header, name).strip()
    ]
    if not contrib.proposals:
        findings.append(Finding("contribution", "The contribution has no proposals."))
    numbers = [p.number for p in contrib.proposals if p.number]
    for number in sorted({n for n in numbers if numbers.count(n) > 1}):
        findings.append(Finding(number, f"The number {number} is used by more than one proposal."))
    for proposal in contrib.proposals:
        findings.extend(_proposal(proposal))
    return findings


def _where(p: Proposal) -> str:
    return f"{p.action} {p.number}".strip()


def _proposal(p: Proposal) -> list[Finding]:
    out = []
    where = _where(p)
    if not p.number:
        out.append(Finding(where, "The proposal has no number."))
    if p.action in ("SUP", "SUP*", "NOC") and not p.reasons.strip():
        out.append(Finding(where, f"A {p.action} proposal must give its Reasons."))
    if p.resolution is None:
        out.append(Finding(where, "The proposal names no resolution."))
        return out
    if p.action in ("SUP", "SUP*") and p.base is not None and p.resolution.sections:
        rl = redline(p.base, p.resolution)
        partial = [
            para for para in rl.paragraphs if para.change == MODIFIED and any(op == DELETE for op, _ in para.segments)
        ]
        if partial:
            out.append(
                Finding(
                    where,
                    "Text is deleted inside a paragraph: that is a MOD, not a SUP "
                    "(SUP suppresses the whole resolution).",
                )
            )
    if p.action in ("MOD", "(MOD)") and p.base is not None and not redline(p.base, p.resolution).changed:
        out.append(Finding(where, "The MOD changes nothing; a proposal to keep a text unchanged is a NOC."))
    if p.action in ("ADD", "ADD*") and p.base is not None and redline(p.base, p.resolution).changed:
        out.append(Finding(where, "An ADD is clean new text; changes to an existing text are a MOD."))
    return out
