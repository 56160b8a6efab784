"""The delegation's positions as values: what a stance, a priority and a
regional group's stance may be, how regional stances are written, and how a
position is checked before it is kept.

Regional stances are kept per group (APT, ATU, CEPT, CITEL, ASMG, RCC), each
one of the stances the delegation uses for itself, and written in one text
form ("APT: support; CEPT: oppose") that the store, the exports and the
spreadsheet round trip share; an older free text that names a group is read
the same way.
"""

from __future__ import annotations

import re

from .errors import DelegateError
from .model import Position
from .terms import PRIORITIES as PRIORITIES  # given on: the words are spelled in core.terms
from .terms import REGIONS as REGIONS
from .terms import STANCES as STANCES

PRIORITY_ORDER = {p: n for n, p in enumerate(PRIORITIES)}  # high first


def parse_regions(text: str) -> dict[str, str]:
    """ "CEPT: support; APT: oppose" -> {"CEPT": "support", "APT": "oppose"}."""
    out = {}
    for part in re.split(r"[;\n]", text or ""):
        if ":" in part:
            region, stance = part.split(":", 1)
            region = region.strip().upper().replace("LAS/ASMG", "ASMG")
            if region in REGIONS and stance.strip():
                out[region] = stance.strip()
    return out


def regions_text(regions: dict[str, str]) -> str:
    """The one written form, in the groups' order: "APT: oppose; CEPT: support"."""
    return "; ".join(f"{region}: {regions[region]}" for region in REGIONS if regions.get(region))


def problems(position: Position) -> list[str]:
    """What is wrong with a position's values, in a user's words (none: it can be kept)."""
    found = []
    if position.stance not in STANCES:
        found.append(f"{position.stance!r} is not a stance ({', '.join(STANCES)})")
    if position.priority not in PRIORITIES:
        found.append(f"{position.priority!r} is not a priority ({', '.join(PRIORITIES)})")
    for region, stance in parse_regions(position.regional_alignment).items():
        if stance not in STANCES:
            found.append(f"{region}: {stance!r} is not a stance ({', '.join(STANCES)})")
    return found


def check(position: Position) -> None:
    found = problems(position)
    if found:
        raise DelegateError("; ".join(found))


def check_provision(path: str, known: list[str]) -> None:
    """A provision path must be one the text has ("resolves 2 ii)", "noting ¶1"); "" is the whole text."""
    if path and path not in known:
        close = [k for k in known if k.split(" ")[0] == path.split(" ")[0]][:6]
        hint = f"; its provisions include: {', '.join(close)}" if close else ""
        raise DelegateError(f"the text has no provision {path!r}{hint}")
