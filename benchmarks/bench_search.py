"""Search over a generated library of thousands of resolution versions.

    python benchmarks/bench_search.py [--versions 2500] [--repeat 25] [--json OUT]

Imports the generated library through the real import path (reading text
files, one transaction), then times full-text queries as the command line runs
them (search(): quoting, FTS5 MATCH, BM25 ranking, snippets, joins to the
version and resolution) against the same MATCH in raw sqlite3 in the same run.
Reports medians; the ratio is ours over raw.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import paired_median_ms, report  # noqa: E402
from library_gen import generate  # noqa: E402

from delegate_app.services.importing import import_paths  # noqa: E402
from delegate_app.store import library  # noqa: E402
from delegate_app.store.database import open_database  # noqa: E402
from delegate_app.store.search import fts_query, search  # noqa: E402

QUERIES = [
    "remote participation",
    "developing countries",
    "Inter-Sector Coordination Group",
    "ITU-R",
    "spectrum management",
    "catalysing role",
    "standardization gap",
    "Secretary-General report",
    "emergency telecommunications",
    "duplication of effort",
]


def search_pair(store: str, repeat: int, queries: list[str] = QUERIES) -> tuple[float, float]:
    """The median time of a query (ms), ours (search() as the app and the command
    line call it: the best 50, their rows, ready to list) and the same FTS5 MATCH
    in raw sqlite3, each query's rounds alternating between the two; the medians
    of each query's medians."""
    db = open_database(store)
    raw = sqlite3.connect(store)
    ours, base = [], []
    try:
        for q in queries:
            match = fts_query(q, prefix=False)
            pair = paired_median_ms(
                lambda q=q: search(db, q, limit=50, prefix=False),
                lambda match=match: raw.execute(
                    "SELECT rowid FROM provisions_fts WHERE provisions_fts MATCH ? ORDER BY rank LIMIT 50", [match]
                ).fetchall(),
                repeat,
            )
            ours.append(pair[0])
            base.append(pair[1])
    finally:
        raw.close()
        db.close()
    return statistics.median(ours), statistics.median(base)


def run(versions: int, repeat: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        files = generate(tmp / "library", versions)
        generate_s = time.perf_counter() - start
        db = open_database(tmp / "bench.sqlite3")
        start = time.perf_counter()
        import_paths(db, [tmp / "library"])
        import_s = time.perf_counter() - start
        counts = library.counts(db)
        db.close()
        search_ms, raw_ms = search_pair(str(tmp / "bench.sqlite3"), repeat)
    return [
        {
            "name": "generate_library",
            "value": round(generate_s * 1000, 1),
            "unit": "ms",
            "peer": None,
            "peer_value": None,
            "ratio": None,
            "files": len(files),
        },
        {
            "name": "import_text_library",
            "value": round(import_s * 1000, 1),
            "unit": "ms",
            "peer": None,
            "peer_value": None,
            "ratio": None,
            "versions": counts["versions"],
            "provisions": counts["provisions"],
        },
        {
            "name": "search",
            "value": round(search_ms, 3),
            "unit": "ms",
            "peer": "raw sqlite3 FTS5 MATCH",
            "peer_value": round(raw_ms, 3),
            "ratio": round(search_ms / raw_ms, 2) if raw_ms else None,
        },
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=2500)
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--json", help="write the metrics as JSON here")
    args = parser.parse_args(argv)
    report(run(args.versions, args.repeat), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
