"""Redline of a 5,000-word resolution after 20 edits, as the editor computes it,
against general-purpose diff engines on the same word sequences, in one run.

    python benchmarks/bench_redline.py [--repeat 15] [--json OUT]

Ours: the whole resolution redlined after each of 20 edits made one after the
other, as the draft view runs it while a delegate types: one Redliner for the
open MOD, each text with every string made anew as the parser makes it (the
base is read once; sections and word diffs already seen are remembered, so each
call works on the one provision just edited). Peers, on the whole text as one word sequence: difflib
SequenceMatcher (autojunk off), diff-match-patch and fast-diff-match-patch
(words mapped to characters, semantic cleanup), rapidfuzz Levenshtein opcodes.
Medians in ms; the ratio is ours over the fastest peer.
"""

from __future__ import annotations

import copy
import difflib
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import main, median_ms  # noqa: E402

from delegate_app.core.model import Resolution  # noqa: E402
from delegate_app.core.redline import Redliner, clear_caches  # noqa: E402
from delegate_app.formats.reader import read_file  # noqa: E402

STARTER = ROOT / "resources" / "starter"


def big_resolution(words: int = 5000) -> Resolution:
    """Real texts' calls and provisions, joined until the resolution has ``words`` words."""
    parts = [read_file(p).document for p in sorted(STARTER.glob("*.txt"))]
    res = copy.deepcopy(parts[0])
    res.annexes = []
    k = 0
    while sum(len(p.text.split()) for p in res.provisions()) < words:
        for section in copy.deepcopy(parts[k % len(parts)].sections):
            res.sections.append(section)
        k += 1
    return res


def edit_sequence(res: Resolution, edits: int = 20, seed: int = 3) -> list[Resolution]:
    """The text after each of ``edits`` edits a delegate makes one after the other:
    reword, insert a phrase, delete a phrase."""
    rng = random.Random(seed)
    new = copy.deepcopy(res)
    provisions = list(new.provisions())
    steps = []
    for n in range(edits):
        prov = rng.choice(provisions)
        words = prov.text.split()
        i = rng.randrange(max(1, len(words) - 3))
        if n % 3 == 0:
            words[i] = "strengthened"
        elif n % 3 == 1:
            words[i:i] = ["in", "close", "collaboration", "with", "regional", "offices"]
        else:
            del words[i : i + 3]
        prov.text = " ".join(words)
        steps.append(_as_parsed(copy.deepcopy(new)))
    return steps


def _as_parsed(res: Resolution) -> Resolution:
    """Every string made anew, as the editor's parser makes them on every pause
    (a copy would share the base's strings, whose hashes Python keeps)."""
    for section in res.sections:
        section.call = section.call.encode().decode()
        for p in section.walk():
            p.text, p.label = p.text.encode().decode(), p.label.encode().decode()
    return res


def edited(res: Resolution, edits: int = 20, seed: int = 3) -> Resolution:
    return edit_sequence(res, edits, seed)[-1]


def as_the_editor(base: Resolution, steps: list[Resolution]) -> float:
    """Median ms of the redline after each edit, as the editor runs it: opened on
    the text (one redline of the unchanged text), then once after every edit, so
    that each call meets one provision it has not seen before."""
    clear_caches()
    redliner = Redliner(base)  # as the draft view keeps one while a MOD is open
    redliner(base)
    times = []
    for step in steps:
        start = time.perf_counter()
        redliner(step)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _words(res: Resolution) -> list[str]:
    return " ".join(p.text for p in res.provisions()).split()


def _as_chars(a: list[str], b: list[str]) -> tuple[str, str]:
    table: dict[str, str] = {}

    def enc(seq):
        return "".join(table.setdefault(w, chr(0x4E00 + len(table))) for w in seq)

    return enc(a), enc(b)


def peers(a: list[str], b: list[str]) -> dict[str, callable]:
    out = {"difflib": lambda: difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()}
    ca, cb = _as_chars(a, b)
    try:
        from diff_match_patch import diff_match_patch

        dmp = diff_match_patch()
        dmp.Diff_Timeout = 0

        def run_dmp():
            diffs = dmp.diff_main(ca, cb, False)
            dmp.diff_cleanupSemantic(diffs)
            return diffs

        out["diff-match-patch"] = run_dmp
    except ImportError:
        pass
    try:
        import fast_diff_match_patch

        out["fast-diff-match-patch"] = lambda: fast_diff_match_patch.diff(ca, cb, timelimit=0, cleanup="Semantic")
    except ImportError:
        pass
    try:
        from rapidfuzz.distance import Levenshtein

        ids: dict[str, int] = {}
        ia = [ids.setdefault(w, len(ids)) for w in a]
        ib = [ids.setdefault(w, len(ids)) for w in b]
        out["rapidfuzz Levenshtein.opcodes"] = lambda: Levenshtein.opcodes(ia, ib)
    except ImportError:
        pass
    return out


def run(repeat: int = 15, words: int = 5000) -> list[dict]:
    base = big_resolution(words)
    steps = edit_sequence(base)
    proposed = steps[-1]
    a, b = _words(base), _words(proposed)
    engines = peers(a, b)
    # Rounds alternate ours and every peer, so that a machine slowing down or
    # speeding up meanwhile weighs on both (a round of ours is 20 redlines of
    # about 0.2 ms each: one busy moment would otherwise decide the ratio).
    as_the_editor(base, steps)
    for fn in engines.values():
        fn()
    ours_rounds: list[float] = []
    peer_rounds: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(max(3, repeat // 2)):
        ours_rounds.append(as_the_editor(base, steps))
        for name, fn in engines.items():
            peer_rounds[name].append(median_ms(fn, 3))
    ours = statistics.median(ours_rounds)
    peer_times = {name: statistics.median(times) for name, times in peer_rounds.items()}
    fastest = min(peer_times, key=peer_times.get)
    metrics = [
        {
            "name": "redline_5k",
            "value": round(ours, 3),
            "unit": "ms",
            "peer": fastest,
            "peer_value": round(peer_times[fastest], 3),
            "ratio": round(ours / peer_times[fastest], 3),
            "words": len(a),
        }
    ]
    for name, value in peer_times.items():
        metrics.append(
            {
                "name": f"peer:{name}",
                "value": round(value, 3),
                "unit": "ms",
                "peer": None,
                "peer_value": None,
                "ratio": None,
            }
        )
    return metrics


if __name__ == "__main__":
    sys.exit(main(__doc__, run, 15))
