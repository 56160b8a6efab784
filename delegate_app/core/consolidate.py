"""Many proposals on one text: where each touches it, the text as amended, and
the places where they compete.

Each proposal is redlined against the text it modifies (redline.py); the
paragraphs of that redline are laid on the text's own paragraphs, so that every
change is known by the base paragraph it modifies or deletes, or the one it is
inserted after. That one spread serves three views:

- how many proposals touch each provision (the Library's reading view);
- the secretariat's compilation: the text in its order, each proposal that
  touches a provision under it (compilation.py's writer);
- the text as amended: the changes of the proposals a conference adopted,
  applied together. Two proposals that change the same paragraph differently,
  or insert different text at one place, compete: neither is applied there and
  the clash is reported, never merged silently (a secretariat decides, not the
  app).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from . import terms
from .model import Annex, Footnote, FootnoteRef, Proposal, Provision, Resolution, Section
from .outline import call_short, outline
from .redline import DELETED, EQUAL_P, INSERTED, RedlineParagraph, redline
from .revision import parse_heading

_APPLIED = terms.MARKED


def acts_on(proposal: Proposal, revision: str, language: str, version_id: int | None = None) -> bool:
    """Whether ``proposal`` acts on that very text (that revision, in that
    language; that library version when its id is known): a MOD drafted on
    another revision, compared with this one, would be credited with every
    difference between the two revisions."""
    from .revision import in_force_revision, revision_key

    if version_id is not None and proposal.base_version is not None:
        return proposal.base_version == version_id
    base = proposal.base
    if base is not None:
        return revision_key(base.revision) == revision_key(revision) and base.language == language
    res = proposal.resolution
    if res is None or res.draft:
        return False
    return revision_key(in_force_revision(res.revision)) == revision_key(revision) and res.language == language


@dataclass
class Touch:
    proposal: int  # its place in the list given
    paragraph: RedlineParagraph  # with its marks against the base


@dataclass
class Hunk:
    """One proposal's change of a stretch of the text: base paragraphs
    ``start``..``end`` (none when it only inserts, before ``start``) become
    ``paragraphs`` (marked: the deleted ones are in them too)."""

    proposal: int
    start: int
    end: int
    paragraphs: list[RedlineParagraph]

    @property
    def new(self) -> tuple[str, ...]:
        return tuple(p.new for p in self.paragraphs if p.change != DELETED)

    def meets(self, other: Hunk) -> bool:
        """Whether the two change overlapping stretches, or insert at one place."""
        if self.start == self.end or other.start == other.end:  # an insertion meets what spans its place
            a, b = (self, other) if self.start == self.end else (other, self)
            return b.start <= a.start <= b.end if b.start != b.end else a.start == b.start
        return self.start < other.end and other.start < self.end


@dataclass
class Spread:
    """The proposals laid on the base's paragraphs."""

    base: Resolution
    paragraphs: list[RedlineParagraph]  # the base's own, in order
    changed: list[list[Touch]]  # per base paragraph: the proposals that modify or delete it
    inserted: dict[int, list[Touch]] = field(default_factory=dict)  # after base paragraph k (-1: first)
    whole: list[int] = field(default_factory=list)  # proposals on the whole text (SUP, NOC) or with no marks
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    hunks: list[Hunk] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # per base paragraph: "recalling f)", "title", "resolves"

    def by_path(self) -> dict[str, list[int]]:
        """The proposals touching each provision (and heading, title, call), by its path."""
        return {self.paths[k]: self.touching(k) for k in range(len(self.paragraphs)) if self.touching(k)}

    def touching(self, k: int) -> list[int]:
        """The proposals that change base paragraph ``k`` or insert text right after it."""
        found = {t.proposal for t in self.changed[k]} | {t.proposal for t in self.inserted.get(k, [])}
        return sorted(found)


def spread(base: Resolution, proposals: list[Proposal]) -> Spread:
    """Lay each proposal's marks against ``base`` on the base's paragraphs. A
    MOD is redlined against ``base`` itself, whatever it was drafted from: the
    caller keeps to the proposals on this text."""
    own = redline(base, base).paragraphs
    out = Spread(base, list(own), [[] for _ in own], footnotes={n.number: n for n in base.footnotes})
    out.paths = _paths(base, own)
    keys = [(p.role, p.old) for p in own]
    for n, proposal in enumerate(proposals):
        if proposal.action not in _APPLIED or proposal.resolution is None:
            out.whole.append(n)
            continue
        rl = redline(base, proposal.resolution)
        for number, note in rl.footnotes.items():
            out.footnotes.setdefault(number, note)
        used: set[int] = set()
        at = -1  # the base paragraph last matched
        hunk: Hunk | None = None
        for para in rl.paragraphs:
            if para.change == INSERTED:
                out.inserted.setdefault(at, []).append(Touch(n, para))
                hunk = hunk or Hunk(n, at + 1, at + 1, [])
                hunk.paragraphs.append(para)
                continue
            k = _match(keys, (para.role, para.old), at, used)
            if k is None:
                continue
            used.add(k)
            if para.change == EQUAL_P or (hunk is not None and k != hunk.end):
                _close(out, hunk)
                hunk = None
            at = k
            if para.change != EQUAL_P:
                out.changed[k].append(Touch(n, para))
                hunk = hunk or Hunk(n, k, k, [])
                hunk.paragraphs.append(para)
                hunk.end = k + 1
        _close(out, hunk)
    return out


def _close(out: Spread, hunk: Hunk | None) -> None:
    if hunk is not None and hunk.paragraphs:
        out.hunks.append(hunk)


def _paths(base: Resolution, paragraphs: list[RedlineParagraph]) -> list[str]:
    """Each base paragraph's path as the app names provisions (outline.py); a
    call's is its short form, the others' their role."""
    rows = iter(outline(base))
    calls = iter([call_short(s.call) for s in base.sections])
    paths = []
    for para in paragraphs:
        if para.role == "provision":
            paths.append(next(rows).path)
        elif para.role == "call":
            paths.append(next(calls))
        else:
            paths.append(para.old if para.role == "annex" else para.role)
    return paths


def _match(keys: list[tuple[str, str]], key: tuple[str, str], after: int, used: set[int]) -> int | None:
    """The base paragraph a redline paragraph stands on: the next one with its
    role and old text, else any unused one (a moved item), else none."""
    for k in range(after + 1, len(keys)):
        if keys[k] == key and k not in used:
            return k
    return next((k for k, found in enumerate(keys) if found == key and k not in used), None)


@dataclass(frozen=True)
class Clash:
    """Proposals that change one place of the text differently."""

    where: str  # the base paragraph's path
    proposals: tuple[int, ...]
    inserting: bool  # they insert different text after it (rather than change it)
    groups: tuple[tuple[int, ...], ...] = ()  # the proposals by the change they make (alike ones together)


@dataclass
class Consolidated:
    text: Resolution
    applied: list[int]
    clashes: list[Clash]
    not_applied: list[int]  # proposals given that change nothing here (SUP, NOC, no marks)


def consolidate(base: Resolution, proposals: list[Proposal]) -> Consolidated:
    """The text as amended by ``proposals`` (the ones adopted), with their
    clashes left unapplied and reported. A change two proposals make alike is
    applied once."""
    laid = spread(base, proposals)
    hunks = laid.hunks
    clashing: set[int] = set()
    clashes: list[Clash] = []
    for i, a in enumerate(hunks):
        group = [j for j, b in enumerate(hunks) if j != i and b.proposal != a.proposal and a.meets(b)]
        differing = [j for j in group if (hunks[j].start, hunks[j].end, hunks[j].new) != (a.start, a.end, a.new)]
        if differing and i not in clashing:
            members = sorted({i, *group})
            clashing.update(members)
            where = laid.paths[a.start] if a.start < len(laid.paragraphs) else "the end"
            inserting = all(hunks[j].start == hunks[j].end for j in members)
            alike: dict[tuple[int, int, tuple[str, ...]], set[int]] = {}
            for j in members:
                alike.setdefault((hunks[j].start, hunks[j].end, hunks[j].new), set()).add(hunks[j].proposal)
            groups = tuple(sorted(tuple(sorted(g)) for g in alike.values()))
            clashes.append(Clash(where, tuple(sorted({hunks[j].proposal for j in members})), inserting, groups))
    chosen: dict[tuple[int, int, tuple[str, ...]], Hunk] = {}
    for i, h in enumerate(hunks):
        if i not in clashing:
            chosen.setdefault((h.start, h.end, h.new), h)
    applied = sorted({h.proposal for i, h in enumerate(hunks) if i not in clashing})
    by_start: dict[int, list[Hunk]] = {}
    for h in sorted(chosen.values(), key=lambda h: (h.start, h.end)):
        by_start.setdefault(h.start, []).append(h)
    rows: list[RedlineParagraph] = []
    k = 0
    while k <= len(laid.paragraphs):
        skip_to = k
        for h in by_start.get(k, []):
            rows.extend(p for p in h.paragraphs if p.change != DELETED)
            skip_to = max(skip_to, h.end)
        if skip_to > k:
            k = skip_to
            continue
        if k < len(laid.paragraphs):
            rows.append(laid.paragraphs[k])
        k += 1
    text = _rebuild(base, rows, laid.footnotes, proposals)
    involved = set(applied) | {n for c in clashes for n in c.proposals}
    return Consolidated(text, applied, clashes, [n for n in range(len(proposals)) if n not in involved])


def _rebuild(
    base: Resolution, rows: list[RedlineParagraph], footnotes: dict[int, Footnote], proposals: list[Proposal]
) -> Resolution:
    """A resolution from its paragraphs as amended (their new text)."""
    res = copy.deepcopy(base)
    res.sections, res.annexes = [], []
    res.title = res.history = res.preamble = ""
    operative = {s.call: s.operative for p in proposals if p.resolution for s in p.resolution.sections}
    operative.update({s.call: s.operative for s in base.sections})
    stack: list[Provision] = []  # the open provision at each depth
    target: list[Provision] | None = None
    for para in rows:
        text = para.new
        if para.role == "heading":
            heading = parse_heading(text)
            res.revision = heading.revision if heading is not None else res.revision
        elif para.role in ("title", "history", "preamble"):
            setattr(res, para.role, text)
        elif para.role == "call":
            res.sections.append(Section(text, operative=operative.get(text, False)))
            target, stack = res.sections[-1].provisions, []
        elif para.role == "annex":
            res.annexes.append(Annex(label=text))
            target, stack = res.annexes[-1].provisions, []
        elif para.role == "annex-reference" and res.annexes:
            res.annexes[-1].reference = text
        elif para.role == "annex-title" and res.annexes:
            res.annexes[-1].title = text
        elif para.role == "provision":
            if target is None:
                res.sections.append(Section(""))
                target = res.sections[-1].provisions
            prov = _provision(para, text)
            depth = min(para.depth, len(stack))
            del stack[depth:]
            (stack[-1].children if stack else target).append(prov)
            stack.append(prov)
    used = {n.footnote for p in res.provisions() for n in p.notes} | {n.footnote for n in res.heading_notes}
    used |= {n.footnote for n in res.history_notes}
    used |= {n.footnote for a in res.annexes for p in a.provisions for n in p.notes}
    res.footnotes = [footnotes[k] for k in sorted(footnotes) if k in used]
    # the images of the figures the amended text still shows: the base's, or a proposal's it took in
    images = {f.key: f for p in proposals if p.resolution for f in p.resolution.figures}
    images.update({f.key: f for f in base.figures})
    shown = res.figure_numbers()
    res.figures = [images[key] for key in images if key in shown]
    return res


def _provision(para: RedlineParagraph, text: str) -> Provision:
    label = para.label if text.startswith(f"{para.label}\t") else ""
    body = text[len(label) + 1 :] if label else text
    shift = len(label) + 1 if label else 0
    notes = [FootnoteRef(max(0, n.offset - shift), n.footnote) for n in para.notes]
    return Provision(label, body, notes=notes, figure=para.figure)
