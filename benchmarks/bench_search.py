"""Search over a generated library of thousands of resolution versions.

    python benchmarks/bench_search.py [--versions 2500] [--repeat 25] [--json OUT]

Imports the generated library through the real import path (reading text
files, one transaction), then times full-text queries as the command line runs
them (search(): quoting, FTS5 MATCH, BM25 ranking, joins to the version and
resolution) against the same ranking statement in raw sqlite3 in the same run.
Reports medians; the ratio is ours over raw. worst_searches: the 95th and 99th
percentiles over what delegates type (WORST_QUERIES), with snippets.
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
from delegate_app.store.search import ranking, search  # noqa: E402

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


def _typed(*words: str) -> list[str]:
    """What the field holds after each key as ``words`` are typed."""
    text = " ".join(words)
    return [text[:n] for n in range(1, len(text) + 1) if not text[:n].endswith(" ")]


# What delegates type, as the window searches it (each key a search): words found
# in nearly every text, each prefix as typed, several words, the six languages,
# the British spellings of ITU words. Not the median query: the worst ones.
WORST_QUERIES = [
    *_typed("the"),
    *_typed("ITU"),
    *_typed("resolves"),
    *_typed("Member States"),
    "ITU-R",
    "ITU-T study groups",
    "of the",
    "to the",
    "and",
    "instructs the Director",
    "developing countries",
    "remote participation",
    "bridging the standardization gap",
    "standardisation",
    "programme",
    "développement",
    "les États Membres",
    "países en desarrollo",
    "Estados Miembros",
    "Секторов",
    "Государства-Члены",
    "الاتحاد",
    "الدول الأعضاء",
    "国际电联",
    "发展中国家",
    "发展",
    "鼓励",
]
SHOWN = 25  # the hits a window shows at once, whose snippets are cut


def worst_searches(store: str, repeat: int, queries: list[str] = WORST_QUERIES) -> dict[str, float]:
    """The 95th and 99th percentiles over ``queries`` of a query's time (its
    median over ``repeat`` rounds), ours as the window runs it (the best 200 and
    the snippets of those shown) and, as the peer, the same ranking statement in
    raw sqlite3 (store.search.ranking: the index's bounded BM25 ranking, ids only),
    rounds alternating."""
    db = open_database(store)
    raw = sqlite3.connect(store)
    raw.execute("PRAGMA cache_size = -8192")  # the page cache every connection of ours keeps
    ours, base = [], []

    def window(q: str) -> None:
        for hit in search(db, q, limit=200)[:SHOWN]:
            hit.snippet  # noqa: B018 (cut when shown)

    try:
        for q in queries:
            statement = ranking(q, True, 200)
            if statement is None:
                continue
            sql, args = statement
            pair = paired_median_ms(
                lambda q=q: window(q), lambda sql=sql, args=args: raw.execute(sql, args).fetchall(), repeat
            )
            ours.append(pair[0])
            base.append(pair[1])
    finally:
        raw.close()
        db.close()

    def pct(values: list[float], p: int) -> float:
        return statistics.quantiles(values, n=100, method="inclusive")[p - 1]

    return {
        "p95": pct(ours, 95),
        "p99": pct(ours, 99),
        "raw_p95": pct(base, 95),
        "raw_p99": pct(base, 99),
        "queries": len(ours),
        "worst": max(ours),
    }


def search_pair(store: str, repeat: int, queries: list[str] = QUERIES) -> tuple[float, float]:
    """The median time of a query (ms), ours (search() as the app and the command
    line call it: the best 50, their rows, ready to list) and the same ranking
    statement (store.search.ranking: FTS5 MATCH, BM25 of the newest matches) in
    raw sqlite3 with the same page cache, each query's rounds alternating between
    the two; the medians of each query's medians."""
    db = open_database(store)
    raw = sqlite3.connect(store)
    raw.execute("PRAGMA cache_size = -8192")  # the page cache every connection of ours keeps
    ours, base = [], []
    try:
        for q in queries:
            sql, args = ranking(q, False, 50) or ("SELECT 1", [])
            pair = paired_median_ms(
                lambda q=q: search(db, q, limit=50, prefix=False),
                lambda sql=sql, args=args: raw.execute(sql, args).fetchall(),
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
