"""One entry point from paragraphs to a document: resolution or contribution."""

from __future__ import annotations

from .contribution import find_actions, parse_contribution
from .limits import check_paragraphs, check_provisions
from .model import Annex, Contribution, Provision, Resolution
from .paragraphs import Source
from .structure import parse_resolution


def parse_source(source: Source) -> Resolution | Contribution:
    """A contribution when the text carries proposal action lines, else a resolution.

    Raises NotITUText when the text is neither, and InputError when it holds
    more than any ITU text does (see limits).
    """
    check_paragraphs(len(source.paras), source.name)
    document: Resolution | Contribution
    document = parse_contribution(source) if find_actions(source) else parse_resolution(source)
    check_provisions(count_provisions(document), source.name)
    return document


def count_provisions(document: Resolution | Contribution) -> int:
    """Provisions of the document, its annexes and, for a contribution, its proposals."""
    if isinstance(document, Resolution):
        return sum(1 for _ in document.provisions()) + sum(_annex_count(a) for a in document.annexes)
    return sum(count_provisions(p.resolution) for p in document.proposals if p.resolution is not None)


def _annex_count(annex: Annex) -> int:
    def count(items: list[Provision]) -> int:
        return sum(1 + count(p.children) for p in items)

    return count(annex.provisions)
