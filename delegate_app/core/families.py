"""Sister resolutions: the texts on one subject that each body keeps its own of.

The Plenipotentiary Conference, the Radiocommunication Assembly, WTSA and WTDC
each adopt a resolution on the same matter (coordination among the three
Sectors, the standardization gap, cybersecurity, accessibility), numbered and
titled each its own way: PP Resolution 191 is "Strategy for the coordination of
efforts among the three Sectors of the Union", WTDC Resolution 59 "Strengthening
coordination and cooperation among the three ITU Sectors on matters of mutual
interest". Equal titles cannot find them; a table of known families can, and a
delegation adds its own.
"""

from __future__ import annotations

import re

Member = tuple[str, str]  # (body, number): ("PP", "191"), ("RA", "ITU-R 75")

KNOWN_FAMILIES: list[frozenset[Member]] = [
    # coordination of the three Sectors (compiled side by side in Council document C26/89)
    frozenset({("PP", "191"), ("RA", "ITU-R 75"), ("WTSA", "18"), ("WTDC", "59")}),
    # bridging the standardization gap
    frozenset({("PP", "123"), ("WTSA", "44")}),
    # cybersecurity
    frozenset({("PP", "130"), ("WTSA", "50"), ("WTDC", "45")}),
    # telecommunication/ICT accessibility for persons with disabilities
    frozenset({("PP", "175"), ("RA", "ITU-R 67"), ("WTSA", "70"), ("WTDC", "58")}),
]

BODIES = ("PP", "RA", "WTSA", "WTDC", "Council", "WRC")
_MEMBER = re.compile(r"^\s*(?P<body>[A-Za-z]+)\s*[:\s]\s*(?P<number>(?:ITU-R\s*)?\d{1,4}[A-Z]?)\s*$", re.IGNORECASE)


def parse_member(text: str) -> Member:
    """ "PP 191", "WTDC:59", "RA ITU-R 75" as (body, number); ValueError otherwise."""
    m = _MEMBER.match(text)
    if m is None:
        raise ValueError(f'{text!r} does not name a resolution (write it as BODY NUMBER, e.g. "PP 191")')
    body = next((b for b in BODIES if b.lower() == m.group("body").lower()), None)
    if body is None:
        raise ValueError(f"{m.group('body')!r} is not a body ({', '.join(BODIES)})")
    number = " ".join(m.group("number").upper().replace("ITU-R", "ITU-R ").split())
    if body == "RA" and not number.startswith("ITU-R"):
        number = f"ITU-R {number}"
    return body, number


def family_of(member: Member, families: list[frozenset[Member]]) -> set[Member]:
    """The other members of every family ``member`` belongs to."""
    found: set[Member] = set()
    for family in families:
        if member in family:
            found |= family
    found.discard(member)
    return found
