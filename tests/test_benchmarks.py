"""The benchmarks run (on a tiny library here; their figures are not judged
in tests, only that they are produced and the generated library is real)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_search  # noqa: E402
from library_gen import generate  # noqa: E402

from delegate_app.formats.reader import read_file  # noqa: E402

pytestmark = pytest.mark.slow  # skipped by --quick; CI runs it


def test_generated_library_parses_with_revisions(tmp_path):
    paths = generate(tmp_path, versions=12, revisions=3)
    assert len(paths) == 12
    docs = [read_file(p).document for p in paths]
    keys = {(d.body, d.number) for d in docs}
    assert len(keys) == 4 and all(d.sections for d in docs)
    assert len({d.revision for d in docs}) > 4


def test_search_benchmark_reports_metrics():
    metrics = {m["name"]: m for m in bench_search.run(versions=20, repeat=2)}
    assert metrics["import_text_library"]["versions"] == 20
    assert metrics["search"]["value"] > 0 and metrics["search"]["ratio"] > 0


def test_redline_benchmark_measures_every_peer():
    import bench_redline

    metrics = {m["name"]: m for m in bench_redline.run(repeat=2, words=800)}
    assert metrics["redline_5k"]["words"] >= 800 and metrics["redline_5k"]["ratio"] > 0
    assert {
        "peer:difflib",
        "peer:diff-match-patch",
        "peer:fast-diff-match-patch",
        "peer:rapidfuzz Levenshtein.opcodes",
    } <= set(metrics)


def test_generated_edits_change_the_text():
    import bench_redline

    base = bench_redline.big_resolution(800)
    assert bench_redline._words(base) != bench_redline._words(bench_redline.edited(base))


def test_export_benchmark_builds_fifty_mods():
    import bench_export

    contrib = bench_export.fifty_mods()
    assert len(contrib.proposals) == 50 and all(p.base is not None for p in contrib.proposals)


def test_compare_benchmark_aligns_four_texts():
    import bench_compare

    metrics = {m["name"]: m for m in bench_compare.run(repeat=1, provisions=40)}
    assert len(metrics["align_4x200"]["provisions"]) == 4 and metrics["align_4x200"]["rows"] >= 40
    assert metrics["export_xlsx"]["ratio"] > 0


def test_suite_runs_in_quick_mode(tmp_path):
    """benchmarks/run.py --quick: every metric of the performance issue, as JSON."""
    import json
    import subprocess
    import sys

    out, plot = tmp_path / "bench.json", tmp_path / "growth.png"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json", str(out), "--plot", str(plot)],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    metrics = {m["name"]: m for m in json.loads(out.read_text())["metrics"]}
    assert set(metrics) >= {
        "startup",
        "startup_vs_qt_window",  # beside the target: a window of plain Qt widgets of the same kinds
        "qt_window_vs_bare",  # and that window against the bare one
        "redline_5k",
        "search",
        "import_docx",
        "export_docx_50",
        "align_4x200",
        "export_xlsx",
        "peak_rss",
        "typing_pause_5k",
        "startup_0.1k",  # the generated store grown to 100, then 400 versions (25k in the full run)
        "search_0.4k",
        "peak_rss_0.4k",
        "startup_vs_qt_window_0.4k",  # the performance issue's names, at the quick run's size
        "search_p95_0.4k",
        "search_p99_0.4k",
        "consolidated_50",
        "compilation_50",
        "contribution_docx_50",
        "comparison_xlsx_50",
        "exchange_day_import",
    }
    for m in metrics.values():
        assert {"name", "value", "unit", "peer", "peer_value", "ratio"} <= set(m) and m["value"] > 0
        if m["peer_value"]:
            assert abs(m["ratio"] - m["value"] / m["peer_value"]) <= 0.02 * m["ratio"] + 0.01
    assert metrics["peak_rss"]["unit"] == "MB" and metrics["startup"]["unit"] == "ms"
    assert metrics["search_0.4k"]["provisions"] > metrics["search_0.1k"]["provisions"]
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"  # the growth plot


def test_the_generated_store_holds_six_languages_and_grows_in_steps(tmp_path):
    """store_gen: every revision in the six languages, the Chinese in the trigram
    index too; a store grown in two steps holds what one built at once does."""
    import sqlite3

    from store_gen import grow

    once, steps = tmp_path / "once.sqlite3", tmp_path / "steps.sqlite3"
    grow(once, 36)
    grow(steps, 12)
    assert grow(steps, 36) == grow(once, 36)
    rows = sqlite3.connect(once).execute("SELECT language, count(*) FROM versions GROUP BY language").fetchall()
    assert dict(rows) == {lang: 6 for lang in ("ar", "en", "es", "fr", "ru", "zh")}
    from delegate_app.store.database import open_database
    from delegate_app.store.search import search

    db = open_database(once)
    assert search(db, "développement") and search(db, "Секторов") and search(db, "国际电联")
    db.close()
