"""Word-level differences that read like a careful human's redline.

Text is cut into words that carry their punctuation ("annually," is one word),
the longest common subsequence of words is found by rapidfuzz's Indel opcodes
(C speed, insertions and deletions only, no substitutions that would interleave
word by word), and the result is cleaned up the way diff-match-patch's semantic
cleanup does: a short run of equal words caught between two changes ("the",
"of the") is folded into the change, so one changed span gives one deletion and
one insertion instead of a comb of fragments. Whitespace travels with the
change it belongs to.

The output is a list of (op, text) segments, op "=", "-" or "+". Joining the
"=" and "-" texts gives the old text exactly, "=" and "+" the new one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

EQUAL, DELETE, INSERT = "=", "-", "+"
Segment = tuple[str, str]

_P = r".,;:!?)\]”’\"»"  # punctuation that closes a word
_O = r"(\[“‘«"  # punctuation that opens one
# Chinese and Japanese have no spaces between words: each ideograph, kana and
# full-width sign is a token of its own, so that inserting five characters marks
# those five, not the whole clause (the cleanup below folds the one- and
# two-character runs left between changes, as it does short words).
CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"[{CJK}]|[{_O}]+|[^\s{_P}{_O}{CJK}]+(?:[{_P}{_O}]+[^\s{_P}{_O}{CJK}]+)*\s*|[{_P}]+\s*|\s+")


def tokens(text: str) -> list[str]:
    """Words with their trailing spaces. Opening and closing punctuation are
    tokens of their own ("(" "Kigali" ", " "2022" ")") so that dropping a word
    before a full stop marks the word, not "annually.", and a changed place in
    brackets keeps its brackets; punctuation inside a word ("ITU-R", "1.5") stays."""
    return _TOKEN.findall(text)


def word_count(segments: list[Segment], op: str) -> int:
    return sum(len(text.split()) for kind, text in segments if kind == op)


def diff_words(old: str, new: str) -> list[Segment]:
    """The word-level redline from ``old`` to ``new``.

    Results are remembered (by the two texts): while a delegate types, the editor
    redlines the whole resolution on every pause, and only the provision being
    edited has a pair of texts not seen before."""
    return list(_diff_words(old, new))


@lru_cache(maxsize=8192)
def _diff_words(old: str, new: str) -> tuple[Segment, ...]:
    return tuple(_compute(old, new))


def _compute(old: str, new: str) -> list[Segment]:
    if old == new:
        return [(EQUAL, old)] if old else []
    if not old:
        return [(INSERT, new)]
    if not new:
        return [(DELETE, old)]
    a, b = tokens(old), tokens(new)
    ids: dict[str, int] = {}
    # a token's key is its word (see _key), inlined: this runs for every token at every typing pause
    nb = "\u2011"
    a_ids = [ids.setdefault(t.rstrip() if nb not in t else _key(t), len(ids)) for t in a]
    b_ids = [ids.setdefault(t.rstrip() if nb not in t else _key(t), len(ids)) for t in b]
    raw: list[Segment] = []
    for op in Indel.opcodes(a_ids, b_ids):
        if op.tag == "equal":
            xs_run, ys_run = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
            if xs_run == ys_run:  # the usual case, spaces included: one segment, not one a word
                raw.append((EQUAL, "".join(ys_run)))
                continue
            for x, y in zip(xs_run, ys_run):
                raw += _same_word(x, y)
        else:
            if op.src_end > op.src_start:
                raw.append((DELETE, "".join(a[op.src_start : op.src_end])))
            if op.dest_end > op.dest_start:
                raw.append((INSERT, "".join(b[op.dest_start : op.dest_end])))
    return cleanup(raw)


def _key(token: str) -> str:
    """What a token is matched by: its word, a non-breaking hyphen as a hyphen,
    so that "ITU‑R" in a text read from Word and "ITU-R" typed again are the
    same word (and "Resolution\u00a0" and "Resolution " too)."""
    word = token.rstrip()
    return word.replace("\u2011", "-") if "\u2011" in word else word


def _same_word(x: str, y: str) -> list[Segment]:
    """Two tokens matched as one word: equal, or differing only in a
    non-breaking space or hyphen, or in the space after them at a text's end.
    Only the characters that differ are marked (a struck non-breaking space
    beside a plain one), so that rejecting all gives the old text exactly and
    accepting all the new one."""
    if x == y:
        return [(EQUAL, y)]
    out: list[Segment] = []
    shared = min(len(x), len(y))
    start = 0
    for i in range(shared):
        if x[i] != y[i]:
            out += [(EQUAL, y[start:i]), (DELETE, x[i]), (INSERT, y[i])]
            start = i + 1
    out.append((EQUAL, y[start:shared]))
    if len(x) > shared:
        out.append((DELETE, x[shared:]))
    if len(y) > shared:
        out.append((INSERT, y[shared:]))
    return [seg for seg in out if seg[1]]


def merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbours of the same kind, drop empty ones, and put a deletion
    before the insertion it stands beside."""
    out: list[Segment] = []
    for op, text in segments:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    # order each run of changes as: deletions, then insertions
    result: list[Segment] = []
    i = 0
    while i < len(out):
        if out[i][0] == EQUAL:
            result.append(out[i])
            i += 1
            continue
        j = i
        dels: list[str] = []
        ins: list[str] = []
        while j < len(out) and out[j][0] != EQUAL:
            (dels if out[j][0] == DELETE else ins).append(out[j][1])
            j += 1
        if dels:
            result.append((DELETE, "".join(dels)))
        if ins:
            result.append((INSERT, "".join(ins)))
        i = j
    return result


def cleanup(segments: list[Segment]) -> list[Segment]:
    """Semantic cleanup: fold small equalities between changes into the changes,
    and keep spaces at the edges of changes where a reader expects them."""
    segs = merge(segments)
    changed = True
    while changed:
        changed = False
        for i, (op, text) in enumerate(segs):
            if op != EQUAL or i == 0 or i == len(segs) - 1:
                continue
            before, before_replaces = _change(segs, i, -1)
            after, after_replaces = _change(segs, i, +1)
            size = len(text.strip())
            # an equality no longer than the replacements on both sides is noise in a
            # redline; between plain insertions or deletions it is kept, as a human would
            if (
                before
                and after
                and (not text.strip() or (before_replaces and after_replaces and size <= min(before, after)))
            ):
                segs = segs[:i] + [(DELETE, text), (INSERT, text)] + segs[i + 1 :]
                segs = merge(segs)
                changed = True
                break
    return _shift_spaces(segs)


def _change(segs: list[Segment], i: int, step: int) -> tuple[int, bool]:
    """The length of the change next to segment i, and whether it replaces text."""
    total, kinds = 0, set()
    j = i + step
    while 0 <= j < len(segs) and segs[j][0] != EQUAL:
        total += len(segs[j][1].strip())
        kinds.add(segs[j][0])
        j += step
    return total, kinds == {DELETE, INSERT}


def _shift_spaces(segs: list[Segment]) -> list[Segment]:
    """A change that ends in a space while the equal text after it starts a word
    reads better with the space outside: "the [old ]text" -> "the [old] text"."""
    out = list(segs)
    for i in range(len(out) - 1):
        op, text = out[i]
        nop, ntext = out[i + 1]
        if op == EQUAL or nop != EQUAL:
            continue
        # move a shared trailing space of a del/ins pair onto the following equality
        j = i
        while j > 0 and out[j - 1][0] != EQUAL:
            j -= 1
        group = out[j : i + 1]
        # only a replacement can give the space up: both texts lose it and get it back
        if len(group) == 2 and all(t.endswith(" ") for _, t in group) and not ntext.startswith(" "):
            for k in range(j, i + 1):
                out[k] = (out[k][0], out[k][1][:-1])
            out[i + 1] = (EQUAL, " " + ntext)
    return merge(out)


def old_text(segments: list[Segment]) -> str:
    return "".join(text for op, text in segments if op != INSERT)


def new_text(segments: list[Segment]) -> str:
    return "".join(text for op, text in segments if op != DELETE)
