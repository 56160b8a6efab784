"""Pairing the items of two sequences (calls, provisions, annexes) in order.

Identical items are anchored first (longest common subsequence of their keys,
so a relabelled "d)" whose text is unchanged still pairs with itself); the
items left between two anchors are then paired by similarity with an
order-keeping dynamic programme, and what stays unpaired was inserted or
deleted. Deterministic for the same input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from .paragraphs import plain_spaces

T = TypeVar("T")
U = TypeVar("U")
Pair = tuple[int | None, int | None]
Similarity = Callable[[T, U], float]

THRESHOLD = 0.5
_MAX_GAP_CELLS = 250_000  # beyond this a gap is paired greedily, not optimally


_CITATION = re.compile(r"\bResolutions?\s+((?:ITU-R\s+)?\d+[A-Z]?(?:-\d+)?)")


_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4096)
def _cited(text: str) -> frozenset[str]:
    """The resolutions a text that names one cites. Remembered: aligning a gap
    compares each item with every item across it, and reading the citations again
    each time was a third of aligning four texts of 200 provisions. Only for texts
    that pass the substring test (0.15 µs, where the expression costs 3.8): the
    look-up hashes the text, which for a text the editor has just parsed is a pass
    over it, and the redline of a typing pause compares hundreds of those."""
    return frozenset(_CITATION.findall(text))


def clear_caches() -> None:
    """Forget the citations read (benchmarks measure from cold)."""
    _cited.cache_clear()


def text_similarity(a: str, b: str) -> float:
    """0..1: how much of the wording two texts share (normalised Indel distance).

    Items that cite resolutions ("Resolution 123 (Rev. Dubai, 2018) of ...") all
    look alike word for word; what tells them apart is the resolution cited, so
    items citing different resolutions score low and the same ones score high.
    """
    if not a and not b:
        return 1.0
    a, b = plain_spaces(a), plain_spaces(b)  # "ITU‑R" as read from Word is "ITU-R" as typed
    score = fuzz.ratio(a, b) / 100.0
    cites_a = _cited(a) if "Resolution" in a else _NONE
    cites_b = _cited(b) if "Resolution" in b else _NONE
    if cites_a and cites_b:
        if cites_a.isdisjoint(cites_b):
            return score * 0.4
        if cites_a == cites_b:
            return min(1.0, score + 0.15)
    return score


def align(
    old: Sequence[T],
    new: Sequence[U],
    key: Callable[[T], str],
    similarity: Callable[[T, U], float],
    threshold: float = THRESHOLD,
    new_key: Callable[[U], str] | None = None,
) -> list[Pair]:
    """Pairs (i, j), (i, None) for a deletion, (None, j) for an insertion, in
    reading order (a deletion comes before the insertion that replaces it).
    ``new_key`` keys the new items when they are of another kind than the old;
    without it, the new items are of the old ones' kind and ``key`` keys both."""
    ids: dict[str, int] = {}
    key_new = new_key if new_key is not None else cast("Callable[[U], str]", key)
    a = [ids.setdefault(key(x), len(ids)) for x in old]
    b = [ids.setdefault(key_new(y), len(ids)) for y in new]
    if a == b:  # the common case while a delegate edits: every item keeps its place
        return [(i, i) for i in range(len(a))]
    pairs: list[Pair] = []
    gap_i = gap_j = 0  # start of the current run of unmatched items on each side
    for op in Indel.opcodes(a, b):
        if op.tag != "equal":
            continue  # deletions and insertions next to each other form one gap
        pairs.extend(
            _pair_gap(old, new, range(gap_i, op.src_start), range(gap_j, op.dest_start), similarity, threshold)
        )
        pairs.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)))
        gap_i, gap_j = op.src_end, op.dest_end
    pairs.extend(_pair_gap(old, new, range(gap_i, len(old)), range(gap_j, len(new)), similarity, threshold))
    return _merge_gaps(pairs)


def _pair_gap(
    old: Sequence[T], new: Sequence[U], rows: range, cols: range, similarity: Similarity[T, U], threshold: float
) -> list[Pair]:
    if not rows or not cols:
        return [(i, None) for i in rows] + [(None, j) for j in cols]
    n, m = len(rows), len(cols)
    sim = [[similarity(old[i], new[j]) for j in cols] for i in rows] if n * m <= _MAX_GAP_CELLS else None
    if sim is None:
        return _greedy(rows, cols, old, new, similarity, threshold)
    # best total similarity of order-keeping pairs, counting only pairs above the threshold
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            best = max(score[x + 1][y], score[x][y + 1])
            s = sim[x][y]
            if s >= threshold:
                best = max(best, s + score[x + 1][y + 1])
            score[x][y] = best
    out: list[Pair] = []
    x = y = 0
    while x < n and y < m:
        s = sim[x][y]
        if s >= threshold and score[x][y] == s + score[x + 1][y + 1]:
            out.append((rows[x], cols[y]))
            x += 1
            y += 1
        elif score[x][y] == score[x + 1][y]:
            out.append((rows[x], None))
            x += 1
        else:
            out.append((None, cols[y]))
            y += 1
    out.extend((rows[i], None) for i in range(x, n))
    out.extend((None, cols[j]) for j in range(y, m))
    return out


def _greedy(
    rows: range, cols: range, old: Sequence[T], new: Sequence[U], similarity: Similarity[T, U], threshold: float
) -> list[Pair]:
    out: list[Pair] = []
    y = 0
    for i in rows:
        match = next((j for j in cols[y:] if similarity(old[i], new[j]) >= threshold), None)
        if match is None:
            out.append((i, None))
            continue
        out.extend((None, j) for j in range(cols[y], match))
        out.append((i, match))
        y = match - cols.start + 1
    out.extend((None, j) for j in cols[y:])
    return out


def _merge_gaps(pairs: list[Pair]) -> list[Pair]:
    """Within a run of unpaired items, put deletions before insertions."""
    out: list[Pair] = []
    run: list[Pair] = []
    for pair in pairs:
        if pair[0] is not None and pair[1] is not None:
            out.extend(sorted(run, key=lambda p: p[0] is None))
            run = []
            out.append(pair)
        else:
            run.append(pair)
    out.extend(sorted(run, key=lambda p: p[0] is None))
    return out
