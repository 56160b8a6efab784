"""Starting and numbering proposals the ITU way.

A MOD starts as a copy of the text it modifies; an ADD from a template with the
usual calls; SUP and NOC name the resolution and wait for their Reasons.
Proposals the delegation drafts are numbered by the app
(``<source>/<document><addendum>/<n>``, draft new resolutions ``[<source>-<k>]``);
a number that came with an imported document is the secretariat's and is never
changed. A new proposal takes the next free number; moving proposals, or
asking for it, numbers the drafted ones by their place again; deleting one
leaves the others' numbers alone (they may already be cited); a new document
number or source changes the prefix of the drafted numbers, not their order.
"""

from __future__ import annotations

import copy
import re

from . import terms
from .add_skeleton import skeleton
from .model import Contribution, Proposal, Resolution, new_uid
from .numbering import draft_resolution_name, format_proposal_number, parse_proposal_number


def _drafted(action: str, resolution: Resolution | None, base: Resolution | None = None) -> Proposal:
    return Proposal(action=action, resolution=resolution, base=base, uid=new_uid(), auto_number=True)


def new_mod(base: Resolution, base_version: int | None = None) -> Proposal:
    proposal = _drafted("MOD", copy.deepcopy(base), base)
    proposal.base_version = base_version
    return proposal


def new_add(body: str, place: str = "", title: str = "", language: str = "en") -> Proposal:
    """A draft new resolution with the calls most resolutions have, to be filled
    in, in the contribution's language (add_skeleton.py)."""
    title, preamble, sections = skeleton(body, language, place, title)
    res = Resolution(
        body=body, number="[ ]", title=title, draft=True, preamble=preamble, sections=sections, language=language
    )
    return _drafted("ADD", res)


def title_only(base: Resolution) -> Resolution:
    """What a SUP or NOC carries of the text it names: its heading and title."""
    return Resolution(
        body=base.body, number=base.number, revision=base.revision, title=base.title, language=base.language
    )


def new_title_only(action: str, base: Resolution, base_version: int | None = None) -> Proposal:
    """SUP or NOC: the heading and title of the resolution; the Reasons carry the case."""
    proposal = _drafted(action, title_only(base), base)
    proposal.base_version = base_version
    return proposal


def _is_draft_new(proposal: Proposal) -> bool:
    return proposal.action in terms.ADDS and proposal.resolution is not None and proposal.resolution.draft


_DRAFT_NAME = re.compile(r"^\[[^\]-]*-(\d+)\]$")


def _ordinal(proposal: Proposal) -> int | None:
    found = parse_proposal_number(proposal.number)
    return found.n if found else None


def _draft_ordinal(proposal: Proposal) -> int | None:
    m = _DRAFT_NAME.match(proposal.resolution.number) if proposal.resolution is not None else None
    return int(m.group(1)) if m else None


def _assign(contrib: Contribution, source: str, ordinals: dict[int, tuple[int, int | None]]) -> None:
    """Write the numbers of the drafted proposals: ordinals[id(proposal)] = (n, k)."""
    document = (contrib.header.document_number or "?").replace("/", "")
    addendum = contrib.header.addendum
    for proposal in contrib.proposals:
        if not proposal.auto_number or id(proposal) not in ordinals:
            continue
        n, k = ordinals[id(proposal)]
        proposal.number = format_proposal_number(source, document, addendum, n)
        if k is not None and _is_draft_new(proposal) and proposal.resolution is not None:
            proposal.resolution.number = draft_resolution_name(source, k)


def renumber(contrib: Contribution, source: str) -> None:
    """Number the drafted proposals by their place (moving them, or asked for);
    imported numbers stay."""
    ordinals, drafts = {}, 0
    for n, proposal in enumerate(contrib.proposals, 1):
        if _is_draft_new(proposal):
            drafts += 1
        ordinals[id(proposal)] = (n, drafts if _is_draft_new(proposal) else None)
    _assign(contrib, source, ordinals)


def refresh_numbers(contrib: Contribution, source: str) -> None:
    """The drafted proposals' numbers after the document number or the source
    changed: the same n and k under the new prefix."""
    ordinals = {}
    for n, proposal in enumerate(contrib.proposals, 1):
        k = _draft_ordinal(proposal) if _is_draft_new(proposal) else None
        ordinals[id(proposal)] = (_ordinal(proposal) or n, k)
    _assign(contrib, source, ordinals)


def number_new(contrib: Contribution, proposal: Proposal, source: str) -> None:
    """The next free number (and draft name) for a proposal just added; the
    others keep theirs."""
    others = [p for p in contrib.proposals if p is not proposal]
    n = max([_ordinal(p) or 0 for p in others] + [len(others)]) + 1
    k = max([_draft_ordinal(p) or 0 for p in others if _is_draft_new(p)] + [0]) + 1
    _assign(contrib, source, {id(proposal): (n, k if _is_draft_new(proposal) else None)})


def move(contrib: Contribution, index: int, to: int, source: str) -> None:
    """Move a proposal; the drafted ones are numbered by their new places."""
    proposal = contrib.proposals.pop(index)
    contrib.proposals.insert(max(0, min(to, len(contrib.proposals))), proposal)
    renumber(contrib, source)


# -- a proposal's status and action ------------------------------------------------------
def set_status(proposal: Proposal, status: str, note: str = "", date: str = "") -> None:
    """Record where a proposal stands; "suppressed" is for a SUP alone (its adoption)."""
    from .errors import DelegateError
    from .model import Status

    if status not in {s.value for s in Status}:
        raise DelegateError(f"{status!r} is not a status; use one of: {', '.join(s.value for s in Status)}")
    if status == Status.SUPPRESSED.value and proposal.action not in terms.SUPS:
        raise DelegateError(f"only a SUP can be suppressed; {proposal.action} {proposal.number} can be adopted")
    proposal.status, proposal.status_note, proposal.status_date = status, note, date


ACTIONS = terms.ACTIONS


def loses_text(proposal: Proposal, action: str) -> bool:
    """Whether giving ``proposal`` this action throws away what the delegate
    drafted: a NOC keeps the text as it is, so a drafted change goes."""
    from .redline import redline

    if action != "NOC" or proposal.action == "NOC" or proposal.resolution is None:
        return False
    if proposal.base is None:
        return bool(proposal.resolution.sections)
    return redline(proposal.base, proposal.resolution).changed


def change_action(proposal: Proposal, action: str) -> None:
    """Give a proposal another action, keeping what it can of its text.

    MOD and (MOD) keep their text. SUP keeps it too (its export gives the
    heading, the title and the Reasons; the rules check says when the text only
    deletes words inside paragraphs, which is a MOD). NOC goes back to the text
    as it is (ask first: ``loses_text``). A SUP or NOC that becomes a MOD starts
    from the text it names; a draft new resolution cannot become a MOD, SUP or
    NOC: it names no text in force."""
    from .errors import DelegateError

    if action not in ACTIONS:
        raise DelegateError(f"{action!r} is not an action; use one of: {', '.join(ACTIONS)}")
    res = proposal.resolution
    if action != "ADD" and (res is None or res.draft):
        raise DelegateError(
            f"{proposal.action} {proposal.number} is a draft new resolution; it cannot become a {action}"
        )
    if action in terms.MARKED and proposal.base is None and (res is None or not res.sections):
        raise DelegateError(f"{proposal.action} {proposal.number}: choose the text it modifies first (its base)")
    if action in terms.MARKED and res is not None and not res.sections and proposal.base is not None:
        proposal.resolution = copy.deepcopy(proposal.base)
    elif action == "NOC" and proposal.base is not None:
        proposal.resolution = title_only(proposal.base)
    if action != "SUP" and proposal.status == "suppressed":
        proposal.status = "draft"
    proposal.action = action


def change_base(proposal: Proposal, base: Resolution, version: int | None) -> None:
    """Mark a MOD against another text of the same resolution. A proposal still
    equal to its old base (nothing drafted yet) starts again from the new one;
    otherwise the drafted text stays and only the marks change."""
    from .errors import DelegateError

    res = proposal.resolution
    if res is None or res.draft:
        raise DelegateError(f"{proposal.action} {proposal.number} is a draft new resolution; it has no base")
    if (base.body, base.number) != (res.body, res.number) and base.body and res.body:
        raise DelegateError(
            f"{proposal.action} {proposal.number} acts on {proposal.target}, not {base.body} Resolution {base.number}"
        )
    untouched = proposal.base is not None and proposal.base.to_dict() == res.to_dict()
    if untouched or not res.sections:
        marked = proposal.action in terms.MARKED or res.sections
        proposal.resolution = copy.deepcopy(base) if marked else title_only(base)
    proposal.base, proposal.base_version = base, version
