"""Starting and numbering proposals the ITU way.

A MOD starts as a copy of the text it modifies; an ADD from a template with the
usual calls; SUP and NOC name the resolution and wait for their Reasons.
Numbers follow the order of the proposals in the contribution
(``<source>/<document><addendum>/<n>``) and draft new resolutions are named
``[<source>-<k>]``; both are assigned again whenever proposals are reordered.
"""
from __future__ import annotations

import copy

from .model import Contribution, Proposal, Provision, Resolution, Section
from .numbering import draft_resolution_name, format_proposal_number

PREAMBLES = {
    "PP": "The Plenipotentiary Conference of the International Telecommunication Union ({place}),",
    "RA": "The ITU Radiocommunication Assembly ({place}),",
    "WTSA": "The World Telecommunication Standardization Assembly ({place}),",
    "WTDC": "The World Telecommunication Development Conference ({place}),",
    "Council": "The Council,",
    "WRC": "The World Radiocommunication Conference ({place}),",
}


def new_mod(base: Resolution) -> Proposal:
    return Proposal(action="MOD", resolution=copy.deepcopy(base), base=base)


def new_add(body: str, place: str = "[place, year]", title: str = "[Title of the draft new resolution]") -> Proposal:
    """A draft new resolution with the calls most resolutions have, to be filled in."""
    res = Resolution(
        body=body, number="[ ]", title=title, draft=True,
        preamble=PREAMBLES.get(body, PREAMBLES["PP"]).format(place=place),
        sections=[
            Section("considering", [Provision("a)", "[...];"), Provision("b)", "[...],")]),
            Section("recognizing", [Provision("a)", "[...],")]),
            Section("resolves", [Provision("1", "[...];"), Provision("2", "[...],")], operative=True),
            Section("instructs the Secretary-General", [Provision("", "[...],")], operative=True),
            Section("invites Member States and Sector Members", [Provision("", "[...].")], operative=True),
        ])
    return Proposal(action="ADD", resolution=res)


def new_title_only(action: str, base: Resolution) -> Proposal:
    """SUP or NOC: the heading and title of the resolution; the Reasons carry the case."""
    res = Resolution(body=base.body, number=base.number, revision=base.revision, title=base.title,
                     language=base.language)
    return Proposal(action=action, resolution=res, base=base)


def renumber(contrib: Contribution, source: str) -> None:
    """Number the proposals in their order, from the header's document and addendum."""
    document = contrib.header.document_number or "?"
    addendum = contrib.header.addendum
    drafts = 0
    for n, proposal in enumerate(contrib.proposals, 1):
        proposal.number = format_proposal_number(source, document.replace("/", ""), addendum, n)
        if proposal.action in ("ADD", "ADD*") and proposal.resolution is not None and proposal.resolution.draft:
            drafts += 1
            proposal.resolution.number = draft_resolution_name(source, drafts)


def move(contrib: Contribution, index: int, to: int, source: str) -> None:
    """Move a proposal and renumber them all."""
    proposal = contrib.proposals.pop(index)
    contrib.proposals.insert(max(0, min(to, len(contrib.proposals))), proposal)
    renumber(contrib, source)
