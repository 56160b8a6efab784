"""How start-up, search and memory grow with the library, ours beside the peer's:
one generated store (store_gen) grown to 2,500, then 10,000, then 25,000
versions, measured at each size, and drawn as a PNG.

    python benchmarks/bench_growth.py [--sizes 2500,10000,25000] [--repeat 5] [--plot growth.png] [--json OUT]

The peers: a bare PySide6 window for start-up and memory (what any Qt app
costs), and a window of plain Qt widgets of the kinds ours shows
(startup_vs_qt_window_<size>); the same FTS5 MATCH in raw sqlite3 for the
median search, and the same bounded ranking in raw sqlite3 for the worst
searches (search_p95_<size>, search_p99_<size>: bench_search.WORST_QUERIES, as
typed in the window, with the snippets of the hits shown). The figures at the
largest size are the issues' startup_25k, startup_vs_qt_window_25k,
search_25k, search_p95_25k, search_p99_25k and peak_rss_25k.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_app import process_medians, rss_pair, startup_parts, startup_runs  # noqa: E402
from bench_search import search_pair, worst_searches  # noqa: E402
from common import BARE_WINDOW, RAW_FTS5, metric, report  # noqa: E402

RAW_RANKING = "the same bounded ranking in raw sqlite3"
from store_gen import grow  # noqa: E402

SIZES = (2500, 10000, 25000)


def _size_name(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else f"{size / 1000:g}k"


QT_WINDOW = "a plain-Qt window of the same widget kinds"


def measure(sizes=SIZES, repeat: int = 5, quick: bool = False) -> list[dict]:
    """Grow one store through ``sizes`` and measure it at each: a dict a size.
    ``quick``: one round of each, no warm-up (the tests' smoke run)."""
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "grown.sqlite3")
        for size in sizes:
            start = time.perf_counter()
            counts = grow(store, size)
            built = time.perf_counter() - start
            app, bare, qt = startup_runs(store, 1 if quick else 2 * repeat + 1, warm=not quick)
            process = process_medians()
            search, raw = search_pair(store, 4 * repeat)
            worst = worst_searches(store, 1 if quick else 2 * repeat)  # the tail is few queries: more rounds
            # at the largest size: where the start goes beyond the plain-Qt window's
            parts = startup_parts(store, 2 * repeat + 1) if size == sizes[-1] and not quick else {}
            rss, bare_rss = rss_pair(store)
            points.append(
                {
                    "versions": counts["versions"],
                    "provisions": counts["provisions"],
                    "store_mb": round(Path(store).stat().st_size / 2**20, 1),
                    "built_s": round(built, 1),
                    "startup": app,
                    "startup_bare": bare,
                    "startup_qt": qt,
                    "startup_parts": parts,
                    "startup_process": process,
                    "search": search,
                    "search_raw": raw,
                    **{f"search_{k}": v for k, v in worst.items()},
                    "rss": rss,
                    "rss_bare": bare_rss,
                }
            )
    return points


def metrics(points: list[dict]) -> list[dict]:
    """The points as the suite's metrics: startup_<size>, search_<size>, peak_rss_<size>."""
    out = []
    for p in points:
        size = _size_name(p["versions"])
        extra = {"versions": p["versions"], "provisions": p["provisions"], "store_mb": p["store_mb"]}
        out += [
            metric(f"startup_{size}", p["startup"], "ms", BARE_WINDOW, p["startup_bare"], **extra),
            metric(
                f"startup_vs_qt_window_{size}",
                p["startup"],
                "ms",
                QT_WINDOW,
                p["startup_qt"],
                **extra,
                process_ms=p["startup_process"],
                **({"parts_ms": p["startup_parts"]} if p.get("startup_parts") else {}),
            ),
            metric(f"search_{size}", p["search"], "ms", RAW_FTS5, p["search_raw"], **extra),
            metric(
                f"search_p95_{size}",
                p["search_p95"],
                "ms",
                RAW_RANKING,
                p["search_raw_p95"],
                queries=p["search_queries"],
            ),
            metric(
                f"search_p99_{size}", p["search_p99"], "ms", RAW_RANKING, p["search_raw_p99"], worst=p["search_worst"]
            ),
            metric(f"peak_rss_{size}", p["rss"], "MB", BARE_WINDOW, p["rss_bare"], **extra),
        ]
    return out


def plot(points: list[dict], path: str | Path) -> Path:
    """Three panels (start-up, search, memory against versions), ours and the
    peer's, written as a PNG."""
    import matplotlib

    matplotlib.use("Agg")  # no display: a file
    import matplotlib.pyplot as plt

    sizes = [p["versions"] for p in points]
    ours, peer, ours2, peer2 = ("o-", "#1f5fa8"), ("s--", "#888888"), ("^-", "#c0392b"), ("v:", "#c98b84")
    panels = (
        (
            "Start-up to the first painted window",
            "ms",
            [
                ("startup", "Delegate", ours),
                ("startup_qt", "plain-Qt window, same widgets", peer),
                ("startup_bare", "bare window", ("v:", "#bbbbbb")),
            ],
        ),
        (
            "Search: median, and p95 of what is typed",
            "ms",
            [
                ("search", "Delegate, median", ours),
                ("search_raw", "raw FTS5, median", peer),
                ("search_p95", "Delegate, p95", ours2),
                ("search_raw_p95", "raw FTS5, p95", peer2),
            ],
        ),
        (
            "Peak memory (open, searched, a MOD open)",
            "MB",
            [("rss", "Delegate", ours), ("rss_bare", "bare window", peer)],
        ),
    )
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8), dpi=100)
    for ax, (title, unit, lines) in zip(axes, panels):
        for key, name, (style, colour) in lines:
            ax.plot(sizes, [p[key] for p in points], style, color=colour, label=name)
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("versions in the library")
        ax.set_ylabel(unit)
        ax.set_ylim(bottom=0)
        ax.set_xticks(sizes)
        ax.set_xticklabels([f"{s:,}" for s in sizes], fontsize=8)
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path


def run(sizes=SIZES, repeat: int = 5, plot_path: str | Path | None = None, quick: bool = False) -> list[dict]:
    points = measure(sizes, repeat, quick)
    if plot_path:
        plot(points, plot_path)
    return metrics(points)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--plot", help="write the growth plot (PNG) here")
    parser.add_argument("--json", help="write the metrics as JSON here")
    args = parser.parse_args(argv)
    report(run([int(s) for s in args.sizes.split(",")], args.repeat, args.plot), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
