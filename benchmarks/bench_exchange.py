"""The team exchange: a full first bundle of a generated library (written,
then taken in by a new store: ``exchange_first_import``), a bundle of 1,000
changed position fields, and a day's bundle (300 edits of stance, priority and
rationale: ``exchange_day_import``), each written, then taken in, as the
command line runs them. The two imports the issue sets targets for are the
medians of ROUNDS runs, each into a store of its own (a new one; a copy of the
store the day's bundle is for), after the disk has written what came before
(os.sync: an fsync on ext4 also waits for other files' pending writes, and the
library just generated is 50 MB of them).

    python benchmarks/bench_exchange.py [--versions N] [--json OUT.json]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from library_gen import generate  # noqa: E402

ROUNDS = 3


def run(versions: int = 300, changes: int = 1000, day: int = 300, rounds: int = ROUNDS) -> list[dict]:
    from delegate_app.core.model import Position
    from delegate_app.services import exchange as _ex

    export_bundle, import_bundle = _ex.export_bundle, _ex.import_bundle
    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database, writing
    from delegate_app.store.library import list_versions
    from delegate_app.store.positions import positions, save_position

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        generate(tmp_path / "texts", versions)
        a_path, b_path = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
        a = open_database(a_path)
        import_paths(a, [tmp_path / "texts"])
        places = sorted(  # a position on each resolution, then on its provisions, up to the count asked for
            {(v.body or "", v.number, "") for v in list_versions(a)}
            | {(v.body or "", v.number, row.path) for v in list_versions(a) for row in _outline(a, v.id)}
        )
        with writing(a):  # (each a real provision: the receiver checks them as positions set does)
            for body, number, provision in places[:changes]:
                save_position(a, Position(body=body, number=number, provision=provision))
        first = tmp_path / "first.bundle"
        start = time.perf_counter()
        sent = export_bundle(a, a_path, first, "b", "A")
        export_ms = (time.perf_counter() - start) * 1000
        times = []
        for n in range(rounds):  # each into a new store; the first is kept for the bundles after
            path = b_path if n == 0 else tmp_path / f"new{n}.sqlite3"
            fresh = open_database(path)
            os.sync()
            start = time.perf_counter()
            import_bundle(fresh, path, first)
            times.append((time.perf_counter() - start) * 1000)
            if n == 0:
                b = fresh
            else:
                fresh.close()
        import_ms = statistics.median(times)
        size_mb = first.stat().st_size / 1e6
        out.append(
            _metric("exchange_first_export", export_ms, versions=versions, changes=sent.changes, mb=round(size_mb, 2))
        )
        out.append(_metric("exchange_first_import", import_ms, versions=versions))
        with writing(a):  # each position's stance changed: one changed field a position
            for n, p in enumerate(positions(a)[:changes]):
                p.stance, p.updated = ("oppose" if n % 2 else "support"), ""
                save_position(a, p)
        bundle = tmp_path / "changes.bundle"
        start = time.perf_counter()
        sent = export_bundle(a, a_path, bundle, "b", "A")
        export_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        got = import_bundle(b, b_path, bundle)
        import_ms = (time.perf_counter() - start) * 1000
        out.append(
            _metric(f"exchange_{changes}_export", export_ms, changes=sent.changes, kb=bundle.stat().st_size // 1000)
        )
        out.append(_metric(f"exchange_{changes}_import", import_ms, records=len(got.written), conflicts=got.conflicts))
        with writing(a):  # a day: a stance, a priority and a rationale changed, on as many positions as edits
            for n, p in enumerate(positions(a)[:day]):
                p.stance, p.priority = ("neutral" if n % 2 else "undecided"), ("high" if n % 3 else "low")
                p.rationale, p.updated = f"Day edit {n}: as agreed in the coordination meeting.", ""
                save_position(a, p)
        bundle = tmp_path / "day.bundle"
        sent = export_bundle(a, a_path, bundle, "b", "A")
        times = []
        for n in range(rounds):  # each into a copy of the store as the day's bundle finds it
            path = tmp_path / f"day{n}.sqlite3"
            with sqlite3.connect(path) as copy:
                b.conn.backup(copy)
            copy.close()
            copied = open_database(path)
            os.sync()
            start = time.perf_counter()
            got = import_bundle(copied, path, bundle)
            times.append((time.perf_counter() - start) * 1000)
            copied.close()
        import_ms = statistics.median(times)
        out.append(
            _metric(
                "exchange_day_import",
                import_ms,
                edits=min(day, len(got.written)),
                versions=sent.changes,
                kb=bundle.stat().st_size // 1000,
            )
        )
        a.close()
        b.close()
    return out


def _outline(db, vid: int) -> list:
    from delegate_app.core.outline import outline
    from delegate_app.store.library import get_version

    found = get_version(db, vid)
    return [] if found is None else outline(found[1])


def _metric(name: str, value: float, **extra: object) -> dict:
    return {
        "name": name,
        "value": round(value, 1),
        "unit": "ms",
        "peer": None,
        "peer_value": None,
        "ratio": None,
        **extra,
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    from common import report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", type=int, default=300)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    report(run(args.versions), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
