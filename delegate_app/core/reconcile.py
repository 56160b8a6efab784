"""Which proposals the conference took: each stored proposal on a resolution
held against the text the conference adopted.

Both are laid on the text the proposal was drafted from (consolidate.spread,
which redlines with redline.py and aligns with align.py), so a proposal's
change and the adopted text's are compared at the same base paragraph:

- a paragraph the proposal changes (or deletes) reads in the adopted text as
  the proposal has it: taken as proposed; as the base has it: not taken;
  otherwise taken with other wording, and the difference between the
  proposed and the adopted wording is given as marks (worddiff.py);
- a paragraph the proposal inserts is in the adopted text word for word:
  taken; a paragraph the adopted text inserts at that place is like it (the
  aligner's similarity): taken with other wording; else not taken.

A proposal all of whose changes were taken is ``adopted``; none of them:
``not-adopted``; some, or with other wording: ``adopted-modified``. A SUP is
not adopted when the conference adopted a text of the resolution, a NOC is
adopted when that text is the one it kept. Labels are left out of the
comparison: the adopted text may relabel what it took ("d)" becoming "e)").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import terms
from .align import THRESHOLD, text_similarity
from .consolidate import Spread, spread
from .model import Proposal, Resolution
from .paragraphs import plain_spaces
from .redline import DELETED
from .worddiff import DELETE, EQUAL, INSERT, Segment, diff_words

AS_PROPOSED, OTHER_WORDING, NOT_TAKEN = "as-proposed", "other-wording", "not-taken"
ADOPTED, MODIFIED, NOT_ADOPTED = "adopted", "adopted-modified", "not-adopted"
_IGNORED_ROLES = ("heading", "history")  # every revision changes them: not what a proposal is judged by


@dataclass
class Decided:
    """One change of a proposal, and what the adopted text did with it."""

    path: str  # the base paragraph's path ("resolves 2", "recalling f)"), or where an insertion goes
    verdict: str  # AS_PROPOSED, OTHER_WORDING, NOT_TAKEN
    proposed: str
    adopted: str
    marks: list[Segment] = field(default_factory=list)  # proposed -> adopted, when OTHER_WORDING

    def to_dict(self) -> dict[str, object]:
        return {
            "provision": self.path,
            "verdict": self.verdict,
            "proposed": self.proposed,
            "adopted": self.adopted,
            "marks": marked(self.marks),
        }


@dataclass
class Outcome:
    status: str  # ADOPTED, MODIFIED, NOT_ADOPTED
    decided: list[Decided]
    reason: str = ""  # for a proposal on the whole text (SUP, NOC)


def marked(segments: list[Segment]) -> str:
    """The marks in plain text: [-deleted-]{+inserted+}."""
    out = []
    for op, text in segments:
        out.append(text if op == EQUAL else f"[-{text}-]" if op == DELETE else f"{{+{text}+}}" if op == INSERT else "")
    return "".join(out)


def _words(text: str) -> str:
    """A paragraph's words without its label, spaced as typed."""
    return plain_spaces(text.split("\t", 1)[-1]).strip()


def adopted_on(base: Resolution, adopted: Resolution) -> Spread:
    """The adopted text laid on ``base``: computed once for every proposal drafted from it."""
    return spread(base, [Proposal(terms.MOD, resolution=adopted)])


def reconcile(proposal: Proposal, base: Resolution, adopted: Resolution, laid: Spread | None = None) -> Outcome:
    """What ``adopted`` did with ``proposal`` (drafted from ``base``). ``laid``:
    the adopted text laid on that base, when the caller has it already."""
    laid = laid or adopted_on(base, adopted)
    changed_by_adopted = {
        k for k, touches in enumerate(laid.changed) if touches and laid.paragraphs[k].role not in _IGNORED_ROLES
    }
    if proposal.action in terms.SUPS:
        return Outcome(NOT_ADOPTED, [], "the conference adopted a text of the resolution")
    if proposal.action == terms.NOC or proposal.resolution is None:
        kept = not changed_by_adopted and not any(laid.inserted.values())
        return Outcome(ADOPTED if kept else NOT_ADOPTED, [], "kept unchanged" if kept else "the text was revised")
    mine = spread(base, [proposal])
    decided = _changed(mine, laid) + _inserted(mine, laid)
    if not decided:
        return Outcome(NOT_ADOPTED, [], "the proposal changes nothing in the text")
    verdicts = {d.verdict for d in decided}
    if verdicts == {AS_PROPOSED}:
        status = ADOPTED
    elif verdicts == {NOT_TAKEN}:
        status = NOT_ADOPTED
    else:
        status = MODIFIED
    return Outcome(status, decided)


def _changed(mine: Spread, laid: Spread) -> list[Decided]:
    out = []
    for k, touches in enumerate(mine.changed):
        para = mine.paragraphs[k]
        if not touches or para.role in _IGNORED_ROLES:
            continue
        mine_para = touches[0].paragraph
        proposed = "" if mine_para.change == DELETED else _words(mine_para.new)
        theirs = laid.changed[k]
        if not theirs:
            adopted = _words(para.old)
        else:
            adopted = "" if theirs[0].paragraph.change == DELETED else _words(theirs[0].paragraph.new)
        out.append(_decide(laid.paths[k], proposed, adopted, _words(para.old)))
    return out


def _decide(path: str, proposed: str, adopted: str, before: str) -> Decided:
    if adopted == proposed:
        return Decided(path, AS_PROPOSED, proposed, adopted)
    if adopted == before:
        return Decided(path, NOT_TAKEN, proposed, adopted)
    return Decided(path, OTHER_WORDING, proposed, adopted, diff_words(proposed, adopted))


def _inserted(mine: Spread, laid: Spread) -> list[Decided]:
    everywhere = {_words(t.paragraph.new) for touches in laid.inserted.values() for t in touches}
    out = []
    for k, touches in sorted(mine.inserted.items()):
        where = f"after {laid.paths[k]}" if k >= 0 else "at the start"
        near = [_words(t.paragraph.new) for j in (k - 1, k, k + 1) for t in laid.inserted.get(j, [])]
        near += [_words(t.paragraph.new) for j in (k, k + 1) if 0 <= j < len(laid.changed) for t in laid.changed[j]]
        for touch in touches:
            proposed = _words(touch.paragraph.new)
            if proposed in everywhere:
                out.append(Decided(where, AS_PROPOSED, proposed, proposed))
                continue
            best = max(near, key=lambda text: text_similarity(proposed, text), default="")
            if best and text_similarity(proposed, best) >= THRESHOLD:
                out.append(Decided(where, OTHER_WORDING, proposed, best, diff_words(proposed, best)))
            else:
                out.append(Decided(where, NOT_TAKEN, proposed, ""))
    return out
