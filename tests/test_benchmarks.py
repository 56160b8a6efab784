"""The benchmarks run (on a tiny library here; their figures are not judged
in tests, only that they are produced and the generated library is real)."""
from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_search  # noqa: E402
from library_gen import generate  # noqa: E402

from delegate_app.formats.reader import read_file  # noqa: E402


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
