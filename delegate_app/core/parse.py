"""One entry point from paragraphs to a document: resolution or contribution."""

from __future__ import annotations

from .contribution import find_actions, parse_contribution
from .limits import check_paragraphs, check_provisions
from .model import Annex, Contribution, Provision, Resolution
from .paragraphs import Para, Source, normalize_spaces, plain
from .revision import parse_heading
from .structure import CALL_STYLES, parse_resolution


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


def split_resolutions(source: Source) -> list[Source]:
    """A file holding several resolutions one after another (the Final Acts of a
    conference, a Sector's collected resolutions) as one source per resolution:
    cut at each heading line that has a call after it before the next heading.
    The text before the first heading (a cover, a foreword, a table of contents)
    is left out; a file with one resolution, or a contribution, is one source."""
    heads = [i for i, p in enumerate(source.paras) if _heading_line(p)]
    if len(heads) < 2:  # one resolution (most files): nothing more is read here
        return [source]
    starts = [h for h, after in zip(heads, heads[1:] + [len(source.paras)]) if _has_call(source, h + 1, after)]
    if len(starts) < 2 or find_actions(source):  # a contribution quotes several resolutions: it stays whole
        return [source]
    bounds = starts[1:] + [len(source.paras)]
    return [
        Source(paras=source.paras[a:b], footnotes=source.footnotes, name=source.name, warnings=source.warnings)
        for a, b in zip(starts, bounds)
    ]


def _heading_line(para: Para) -> bool:
    if len(para.text) > 300:  # a heading is one short line: most paragraphs are not looked at further
        return False
    text = normalize_spaces(plain(para.text))
    return bool(text) and len(text) < 200 and parse_heading(text) is not None


def _has_call(source: Source, start: int, end: int) -> bool:
    from .vocabulary import match_call

    return any(
        match_call(normalize_spaces(plain(p.text))) is not None or p.style in CALL_STYLES
        for p in source.paras[start:end]
    )


def count_provisions(document: Resolution | Contribution) -> int:
    """Provisions of the document, its annexes and, for a contribution, its proposals."""
    if isinstance(document, Resolution):
        return sum(1 for _ in document.provisions()) + sum(_annex_count(a) for a in document.annexes)
    return sum(count_provisions(p.resolution) for p in document.proposals if p.resolution is not None)


def _annex_count(annex: Annex) -> int:
    def count(items: list[Provision]) -> int:
        return sum(1 + count(p.children) for p in items)

    return count(annex.provisions)
