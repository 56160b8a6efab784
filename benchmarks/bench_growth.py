"""How start-up, search and memory grow with the library, ours beside the peer's:
one generated store (store_gen) grown to 2,500, then 10,000, then 25,000
versions, measured at each size, and drawn as a PNG.

    python benchmarks/bench_growth.py [--sizes 2500,10000,25000] [--repeat 5] [--plot growth.png] [--json OUT]

The peers: a bare PySide6 window for start-up and memory (what any Qt app
costs), the same FTS5 MATCH in raw sqlite3 for search. The figures at the
largest size are the issue's startup_25k, search_25k and peak_rss_25k.
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

from bench_app import rss_pair, startup_pair  # noqa: E402
from bench_search import search_pair  # noqa: E402
from common import BARE_WINDOW, RAW_FTS5, metric, report  # noqa: E402
from store_gen import grow  # noqa: E402

SIZES = (2500, 10000, 25000)


def _size_name(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else f"{size / 1000:g}k"


def measure(sizes=SIZES, repeat: int = 5) -> list[dict]:
    """Grow one store through ``sizes`` and measure it at each: a dict a size."""
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "grown.sqlite3")
        for size in sizes:
            start = time.perf_counter()
            counts = grow(store, size)
            built = time.perf_counter() - start
            app, bare = startup_pair(store, 2 * repeat + 1)
            search, raw = search_pair(store, 4 * repeat)
            rss, bare_rss = rss_pair(store)
            points.append(
                {
                    "versions": counts["versions"],
                    "provisions": counts["provisions"],
                    "store_mb": round(Path(store).stat().st_size / 2**20, 1),
                    "built_s": round(built, 1),
                    "startup": app,
                    "startup_bare": bare,
                    "search": search,
                    "search_raw": raw,
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
            metric(f"search_{size}", p["search"], "ms", RAW_FTS5, p["search_raw"], **extra),
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
    panels = (
        ("Start-up to the first painted window", "ms", "startup", "startup_bare", "bare PySide6 window"),
        ("Search (median query, best 50)", "ms", "search", "search_raw", "raw FTS5 MATCH"),
        ("Peak memory (open, searched, a MOD open)", "MB", "rss", "rss_bare", "bare PySide6 window"),
    )
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.8), dpi=100)
    for ax, (title, unit, ours, peer, peer_name) in zip(axes, panels):
        ax.plot(sizes, [p[ours] for p in points], "o-", color="#1f5fa8", label="Delegate")
        ax.plot(sizes, [p[peer] for p in points], "s--", color="#888888", label=peer_name)
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("versions in the library")
        ax.set_ylabel(unit)
        ax.set_ylim(bottom=0)
        ax.set_xticks(sizes)
        ax.set_xticklabels([f"{s:,}" for s in sizes], fontsize=8)
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8, loc="lower right")
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path


def run(sizes=SIZES, repeat: int = 5, plot_path: str | Path | None = None) -> list[dict]:
    points = measure(sizes, repeat)
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
