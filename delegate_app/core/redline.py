"""The redline of a MOD: a base resolution against its proposed revision.

First the structure is aligned (calls with calls, provisions with provisions,
annexes with annexes; see align.py), then words are compared inside each pair
(see worddiff.py). Unchanged paragraphs cost a string comparison, which is what
keeps a redline of a long resolution cheap enough for every keystroke. An
inserted or deleted provision or call is a whole-paragraph change; a relabelled
item ("d)" that became "c)") is the same provision with its label changed. The
heading changes the ITU way: "RESOLUTION 57 (Rev. Dubai, 2012 Hammamet, 2016)"
with the old place and year deleted and the new ones inserted.

Each paragraph's segments hold its whole text as written in the document:
label, a tab, then the text.

A figure (``Provision.figure``, an image kept from a Word file) is a
provision-level object, never text: its paragraph is unchanged when both sides
hold the same image (the same key: the same bytes), and when they do not, the
old paragraph is deleted whole and the new one inserted whole, figure and text;
its words are never compared across two different images.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .align import Pair, align, text_similarity
from .model import Annex, Footnote, FootnoteRef, Provision, Resolution, Section
from .paragraphs import plain_spaces
from .worddiff import DELETE, EQUAL, INSERT, Segment, diff_words, merge, new_text, old_text, word_count

EQUAL_P, MODIFIED, INSERTED, DELETED = "equal", "modified", "inserted", "deleted"
_REV_PREFIX = re.compile(r"^\s*((?:Rev|Rév|Пересм)\.\s*|المراجَ?ع\s+في\s+)", re.I)
# what ends a revision in some languages and stays when place and year change: " г.", "，修订版"
_REV_SUFFIX = re.compile(r"(\s*г\.|[，,]\s*修订版?)\s*$")


@dataclass
class RedlineParagraph:
    role: str  # heading, title, history, preamble, call, provision, annex, annex-reference, annex-title
    change: str  # equal, modified, inserted, deleted
    segments: list[Segment]
    depth: int = 0
    notes: list[FootnoteRef] = field(default_factory=list)  # offsets in the new text (old when deleted)
    label: str = ""  # a provision's label (the new one, or the old one when deleted)
    figure: str = ""  # the Figure.key of the image written after the paragraph's text

    @property
    def old(self) -> str:
        return old_text(self.segments)

    @property
    def new(self) -> str:
        return new_text(self.segments)


@dataclass
class Redline:
    paragraphs: list[RedlineParagraph]
    footnotes: dict[int, Footnote]
    base: Resolution
    proposed: Resolution

    def old_paragraphs(self) -> list[str]:
        """The base text, one string a paragraph (what "reject all" gives)."""
        return [p.old for p in self.paragraphs if p.change != INSERTED]

    def new_paragraphs(self) -> list[str]:
        """The proposed text (what "accept all" gives)."""
        return [p.new for p in self.paragraphs if p.change != DELETED]

    def marked_words(self) -> tuple[int, int]:
        """(deleted words, inserted words)."""
        segs = [s for p in self.paragraphs for s in p.segments]
        return word_count(segs, DELETE), word_count(segs, INSERT)

    @property
    def changed(self) -> bool:
        return any(p.change != EQUAL_P for p in self.paragraphs)


def redline(base: Resolution, proposed: Resolution) -> Redline:
    return Redliner(base)(proposed)


class Redliner:
    """Redlines against one base, as the editor asks for them on every pause in typing.

    The base is read once, when the redliner is made: its calls and provision
    rows are kept as they were then. Each redline walks only the proposed text,
    and a section whose call and provisions equal those it had at the last
    redline takes that redline's paragraphs after a comparison, not a cache
    look-up: the editor parses its text anew on every pause, so none of its
    strings arrives with its hash known, and hashing 5,000 words would cost
    more than comparing them."""

    def __init__(self, base: Resolution):
        self.base = base
        self._calls = [section.call for section in base.sections]
        self._keys = [_call_key(section) for section in base.sections]
        self._rows = [_rows(section.provisions) for section in base.sections]
        self._last: dict[int, tuple[str, tuple[_Row, ...], tuple[RedlineParagraph, ...]]] = {}

    def __call__(self, proposed: Resolution) -> Redline:
        base = self.base
        out: list[RedlineParagraph] = [_heading(base, proposed)]
        for role in ("title", "history", "preamble"):
            para = _words(role, getattr(base, role), getattr(proposed, role))
            if para is not None:
                if role == "history":  # its notes after it, as ITU sets them
                    para.notes = [FootnoteRef(len(proposed.history), n.footnote) for n in proposed.history_notes]
                out.append(para)
        sections = proposed.sections
        calls = [section.call for section in sections]
        # the calls as they were (a comparison) before folding them (a hash of each new string)
        if calls == self._calls or [_folded_call(call) for call in calls] == self._keys:
            pairs: list[Pair] = list(zip(range(len(sections)), range(len(sections))))
        else:
            pairs = align(base.sections, sections, key=_call_key, similarity=_section_similarity)
        last, self._last = self._last, {}
        for i, j in pairs:
            if i is None:
                assert j is not None  # a pair has at least one side
                out.append(RedlineParagraph("call", INSERTED, [(INSERT, sections[j].call)]))
                out.extend(_block((), _rows(sections[j].provisions)))
                continue
            if j is None:
                out.append(RedlineParagraph("call", DELETED, [(DELETE, self._calls[i])]))
                out.extend(_block(self._rows[i], ()))
                continue
            call, provisions = sections[j].call, sections[j].provisions
            seen = last.get(i)
            if seen is not None and seen[0] == call and _same_rows(provisions, 0, seen[1], 0) == len(seen[1]):
                rows, paragraphs = seen[1], seen[2]
            else:
                rows = _rows(provisions)
                head = _words("call", self._calls[i], call)
                paragraphs = ((head,) if head is not None else ()) + tuple(_block(self._rows[i], rows))
            self._last[i] = (call, rows, paragraphs)
            out.extend(paragraphs)
        pairs = align(base.annexes, proposed.annexes, key=lambda a: a.label.lower(), similarity=_annex_similarity)
        for i, j in pairs:
            out.extend(
                _annex(base.annexes[i] if i is not None else None, proposed.annexes[j] if j is not None else None)
            )
        footnotes = {n.number: n for n in base.footnotes}
        footnotes.update({n.number: n for n in proposed.footnotes})
        return Redline(out, footnotes, base, proposed)


def clear_caches() -> None:
    """Forget remembered blocks and word diffs (benchmarks measure from cold)."""
    from .worddiff import _diff_words

    for cached in (_block, _folded_call, _diff_words):
        cached.cache_clear()


def _same_heading(old: str, new: str) -> bool:
    """Whether two parts of a heading look the same as printed: the heading's
    style sets it in capitals ("REV." is "Rev."), and a no-break space is a space."""
    return plain_spaces(old).casefold() == plain_spaces(new).casefold()


def _heading(base: Resolution, proposed: Resolution) -> RedlineParagraph:
    old, new = base.heading, proposed.heading
    notes = [FootnoteRef(len(new), n.footnote) for n in proposed.heading_notes]
    if old == new or _same_heading(old, new):
        return RedlineParagraph("heading", EQUAL_P, [(EQUAL, new)], notes=notes)
    if base.number != proposed.number or base.draft or proposed.draft:
        return RedlineParagraph("heading", MODIFIED, diff_words(old, new), notes=notes)
    stem, opening, closing = proposed.heading_parts()
    segs: list[Segment] = [(EQUAL, stem)]
    if not base.revision:
        segs.append((INSERT, f"{opening}{proposed.revision}{closing}"))
    elif not proposed.revision:
        segs.append((DELETE, f"{opening}{base.revision}{closing}"))
    else:
        old_p, old_rest = _split_revision(base.revision)
        new_p, new_rest = _split_revision(proposed.revision)
        segs.append((EQUAL, opening))
        segs += [(EQUAL, new_p)] if _same_heading(old_p, new_p) else [(DELETE, old_p), (INSERT, new_p)]
        old_end, new_end = _REV_SUFFIX.search(old_rest), _REV_SUFFIX.search(new_rest)
        if _same_heading(old_rest, new_rest):
            segs.append((EQUAL, new_rest))
        elif old_end and new_end and _same_heading(old_end.group(1), new_end.group(1)):  # the place and year only
            segs += [(DELETE, old_rest[: old_end.start()]), (INSERT, new_rest[: new_end.start()])]
            segs.append((EQUAL, new_rest[new_end.start() :]))
        else:
            segs += [(DELETE, old_rest), (INSERT, new_rest)]
        segs.append((EQUAL, closing))
    return RedlineParagraph("heading", MODIFIED, merge(segs), notes=notes)


def _split_revision(revision: str) -> tuple[str, str]:
    m = _REV_PREFIX.match(revision)
    return (m.group(1), revision[m.end() :]) if m else ("", revision)


def _words(role: str, old: str, new: str) -> RedlineParagraph | None:
    if not old and not new:
        return None
    if old == new:
        return RedlineParagraph(role, EQUAL_P, [(EQUAL, new)])
    if not old:
        return RedlineParagraph(role, INSERTED, [(INSERT, new)])
    if not new:
        return RedlineParagraph(role, DELETED, [(DELETE, old)])
    if role in ("title", "history"):  # the heading block: a no-break space for a space is no change
        segs = _spacing_kept(diff_words(old, new))
        return RedlineParagraph(role, MODIFIED if any(op != EQUAL for op, _ in segs) else EQUAL_P, segs)
    return RedlineParagraph(role, MODIFIED, diff_words(old, new))


def _spacing_kept(segs: list[Segment]) -> list[Segment]:
    """The segments with each space struck only to insert a no-break one (or back)
    written as the new spacing, unmarked: no delegate calls that a change."""
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        op, text = segs[k]
        after = segs[k + 1] if k + 1 < len(segs) else None
        if op == DELETE and after is not None and after[0] == INSERT and not text.strip() and not after[1].strip():
            out.append((EQUAL, after[1]))
            k += 2
            continue
        out.append((op, text))
        k += 1
    return merge(out)


def _call_key(section: Section) -> str:
    return _folded_call(section.call)


@lru_cache(maxsize=1024)
def _folded_call(call: str) -> str:
    return " ".join(call.lower().split())


def _section_similarity(a: Section, b: Section) -> float:
    call = text_similarity(a.call.lower(), b.call.lower())
    body = text_similarity(" ".join(p.text for p in a.walk()), " ".join(p.text for p in b.walk()))
    return max(call, body)


def _annex_similarity(a: Annex, b: Annex) -> float:
    return max(
        text_similarity(a.title, b.title),
        text_similarity(" ".join(p.text for p in a.provisions), " ".join(p.text for p in b.provisions)),
    )


# A provision as the redline needs it, hashable: depth, label, text, footnotes, figure.
_Row = tuple[int, str, str, tuple[tuple[int, int], ...], str]


def _rows(provisions: list[Provision]) -> tuple[_Row, ...]:
    out: list[_Row] = []
    _add_rows(provisions, 0, out)
    return tuple(out)


def _add_rows(provisions: list[Provision], depth: int, out: list[_Row]) -> None:
    """The rows of a block in reading order. Every provision of the text passes
    here on every redline (to find the one block that changed), so it builds
    nothing it does not keep."""
    for p in provisions:
        notes = tuple((n.offset, n.footnote) for n in p.notes) if p.notes else ()
        out.append((depth, p.label, p.text, notes, p.figure))
        if p.children:
            _add_rows(p.children, depth + 1, out)


def _same_rows(provisions: list[Provision], depth: int, rows: tuple[_Row, ...], k: int) -> int:
    """Where the rows of ``provisions`` end if they equal ``rows`` from ``k`` on,
    else -1: the test that a block is as it was at the last redline, without
    building its rows (every block but the one being edited passes it)."""
    n = len(rows)
    for p in provisions:
        if k >= n:
            return -1
        row_depth, label, text, notes, figure = rows[k]
        if text != p.text or label != p.label or row_depth != depth or figure != p.figure:
            return -1
        if notes != (tuple((note.offset, note.footnote) for note in p.notes) if p.notes else ()):
            return -1
        k += 1
        if p.children:
            k = _same_rows(p.children, depth + 1, rows, k)
            if k < 0:
                return -1
    return k


def _provisions(old: list[Provision], new: list[Provision]) -> tuple[RedlineParagraph, ...]:
    return _block(_rows(old), _rows(new))


@lru_cache(maxsize=4096)
def _block(a: tuple[_Row, ...], b: tuple[_Row, ...]) -> tuple[RedlineParagraph, ...]:
    """The paragraphs of one block of provisions (the items under a call), remembered
    by their content: while a delegate types, the editor redlines the whole text on
    every pause and only the block being edited is new. The paragraphs returned are
    shared between calls and must not be changed."""

    def similarity(x: _Row, y: _Row) -> float:
        if x[4] != y[4]:  # two images, or an image and none: never the same paragraph
            return 0.0
        return text_similarity(x[2], y[2]) + (0.05 if x[1] == y[1] else 0.0)

    def key(row: _Row) -> str:
        return plain_spaces(row[2]) + ("\x00" + row[4] if row[4] else "")

    out = []
    for i, j in align(a, b, key=key, similarity=similarity):
        if i is not None and j is not None and a[i][4] != b[j][4]:
            out += [_whole(a[i], DELETED), _whole(b[j], INSERTED)]  # the figure rule (module docstring)
        elif j is None:
            assert i is not None  # a pair has at least one side
            out.append(_whole(a[i], DELETED))
        elif i is None:
            out.append(_whole(b[j], INSERTED))
        else:
            out.append(_provision_pair(a[i], b[j]))
    return tuple(out)


def _whole(row: _Row, change: str) -> RedlineParagraph:
    """A provision deleted or inserted whole, its figure with it."""
    depth, label, text, notes, figure = row
    op = DELETE if change == DELETED else INSERT
    segments: list[Segment] = [(op, _labelled(label, text))]
    return RedlineParagraph("provision", change, segments, depth, _shift(label, notes), label, figure)


def _labelled(label: str, text: str) -> str:
    return f"{label}\t{text}" if label else text


def _shift(label: str, notes: tuple[tuple[int, int], ...]) -> list[FootnoteRef]:
    prefix = len(label) + 1 if label else 0
    return [FootnoteRef(offset + prefix, footnote) for offset, footnote in notes]


def _provision_pair(old: _Row, new: _Row) -> RedlineParagraph:
    depth, label, text, notes, figure = new
    shifted = _shift(label, notes)
    if old[1] == label and old[2] == text:
        return RedlineParagraph("provision", EQUAL_P, [(EQUAL, _labelled(label, text))], depth, shifted, label, figure)
    segs: list[Segment] = []
    if old[1] != label:
        segs += [(DELETE, old[1]), (INSERT, label)]
        if old[1] and label:
            segs.append((EQUAL, "\t"))
        elif old[1]:
            segs.append((DELETE, "\t"))
        else:
            segs.append((INSERT, "\t"))
    elif label:
        segs.append((EQUAL, f"{label}\t"))
    segs += diff_words(old[2], text)
    return RedlineParagraph("provision", MODIFIED, merge(segs), depth, shifted, label or old[1], figure)


def _annex(old: Annex | None, new: Annex | None) -> list[RedlineParagraph]:
    o = old or Annex(label="")
    n = new or Annex(label="")
    out = []
    for role, a, b in (
        ("annex", o.label, n.label),
        ("annex-reference", o.reference, n.reference),
        ("annex-title", o.title, n.title),
    ):
        para = _words(role, a, b)
        if para is not None:
            out.append(para)
    return [*out, *_provisions(o.provisions, n.provisions)]
