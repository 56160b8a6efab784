"""One entry point from paragraphs to a document: resolution or contribution."""

from __future__ import annotations

from .contribution import find_actions, parse_contribution
from .model import Contribution, Resolution
from .paragraphs import Source
from .structure import parse_resolution


def parse_source(source: Source) -> Resolution | Contribution:
    """A contribution when the text carries proposal action lines, else a resolution.

    Raises NotITUText when the text is neither.
    """
    if find_actions(source):
        return parse_contribution(source)
    return parse_resolution(source)
