"""What every benchmark shares: medians of repeated timings, the printed table,
and the JSON form {"metrics": [{"name", "value", "unit", "peer", "peer_value", "ratio"}]}."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

# the peers, as the suite names them wherever they are measured
BARE_WINDOW = "a bare PySide6 QMainWindow script"
RAW_FTS5 = "the same FTS5 query in raw sqlite3"


def median_ms(fn, repeat: int, warm_up: bool = False) -> float:
    if warm_up:
        fn()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paired_median_ms(ours, peer, repeat: int) -> tuple[float, float]:
    """Medians of ``ours`` and ``peer`` run in alternation after one warm-up
    each, so that a machine slowing down or speeding up meanwhile (frequency
    scaling, a busy neighbour) weighs on both alike."""
    ours()
    peer()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(max(1, repeat)):
        for fn, out in ((ours, times[0]), (peer, times[1])):
            start = time.perf_counter()
            fn()
            out.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def metric(name, value, unit="ms", peer=None, peer_value=None, **extra):
    """One figure of the suite, as the JSON has it: ratio = value / peer_value."""
    ratio = round(value / peer_value, 3) if peer_value else None
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "peer": peer,
        "peer_value": round(peer_value, 3) if peer_value is not None else None,
        "ratio": ratio,
        **extra,
    }


def report(metrics: list[dict], json_path: str | None = None) -> None:
    for m in metrics:
        peer = f"  vs {m['peer']} {m['peer_value']} {m['unit']} (ratio {m['ratio']})" if m.get("peer") else ""
        extra = {k: v for k, v in m.items() if k not in ("name", "value", "unit", "peer", "peer_value", "ratio")}
        print(f"{m['name']:<36} {m['value']:>10} {m['unit']}{peer} {extra or ''}".rstrip())
    if json_path:
        Path(json_path).write_text(json.dumps({"metrics": metrics}, indent=2))


def main(doc: str, run, default_repeat: int, argv=None) -> int:
    """The command line of a single benchmark: --repeat N and --json OUT."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=default_repeat)
    parser.add_argument("--json", help="write the metrics as JSON here")
    args = parser.parse_args(argv)
    report(run(args.repeat), args.json)
    return 0
