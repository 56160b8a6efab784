"""ITU numbering of contributions and proposals.

A proposal number is ``<source>/<document><addendum>/<n>``: RCC/47A4/1 is the
first proposal of Addendum 4 to Document 47 from RCC. A draft new resolution is
named ``[<source>-<n>]``. The document reference comes from the header line:
"Addendum 4 to Document 47-E" or "Document C26/89-E".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PROPOSAL_NUMBER = re.compile(
    r"^(?P<source>[A-Z][A-Z0-9]{1,9})/(?P<document>[A-Z]?\d{1,4})(?:A(?P<addendum>\d{1,3}))?"
    r"(?:R\d{1,2})?/(?P<n>\d{1,4})$"
)


@dataclass(frozen=True)
class ProposalNumber:
    source: str
    document: str
    addendum: int | None
    n: int

    def __str__(self) -> str:
        return format_proposal_number(self.source, self.document, self.addendum, self.n)


def parse_proposal_number(text: str) -> ProposalNumber | None:
    m = PROPOSAL_NUMBER.match(text.strip())
    if not m:
        return None
    add = m.group("addendum")
    return ProposalNumber(m.group("source"), m.group("document"), int(add) if add else None, int(m.group("n")))


def format_proposal_number(source: str, document: str, addendum: int | None, n: int) -> str:
    add = f"A{addendum}" if addendum else ""
    return f"{source}/{document}{add}/{n}"


def number_proposals(source: str, document: str, addendum: int | None, count: int) -> list[str]:
    """The numbers of ``count`` proposals in document order, 1-based, as ITU assigns them."""
    return [format_proposal_number(source, document, addendum, n) for n in range(1, count + 1)]


def draft_resolution_name(source: str, n: int) -> str:
    return f"[{source}-{n}]"


def parse_document_reference(text: str) -> tuple[str, int | None]:
    """("47", 4) from "Addendum 4 to Document 47-E"; ("C26/89", None) from
    "Document C26/89-E"; ("", None) when the text names no document."""
    from .docref import parse_document  # every form and language ITU writes (docref.py)

    found = parse_document(text)
    return (found.for_numbers, found.addendum) if found is not None else ("", None)
