"""How the reports (the text as amended, the compilation, the brief) name a
proposal and what they say before their text: plain values, apart from the
Word writer, so that the window can list them without loading python-docx."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ProposalLabel:
    """How a document names a proposal: "MOD RCC/12/1 (RCC) — Adopted"."""

    action: str
    number: str
    source: str
    status: str  # in words
    reasons: str = ""

    def line(self) -> str:
        head = f"{self.action}\t{self.number}".rstrip()
        return head + (f" ({self.source})" if self.source else "") + (f" — {self.status}" if self.status else "")


@dataclass
class Account:
    """What a report says before its text: lines of plain words."""

    title: str
    lines: list[str] = field(default_factory=list)
