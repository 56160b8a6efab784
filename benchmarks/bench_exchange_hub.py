"""The team exchange through a shared folder: N stores, each a day of work
(E edits of positions, in three sittings with a sync after each), then syncs in
turn until every store holds the same records. ``hub_converge_N`` is the work
of those last syncs, every store's summed (they run one after the other here,
as the stores of a team would each on its own computer); beside it the day's
syncs, the CPU time and the bundles' sizes. The convergence property test runs longer outside CI with
DELEGATE_EXCHANGE_EXAMPLES=500 and pytest's --timeout 0
(tests/test_exchange_convergence.py).

    python benchmarks/bench_exchange_hub.py [--stores 50] [--edits 300] [--json OUT.json]
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def run(stores: int = 10, edits: int = 100, seed: int = 1) -> list[dict]:
    from delegate_app.core.model import Position
    from delegate_app.core.outline import outline
    from delegate_app.core.positions import PRIORITIES, STANCES
    from delegate_app.services.exchange_hub import sync
    from delegate_app.services.library import open_store
    from delegate_app.services.starter import ensure_starter_library
    from delegate_app.store import exchange_records as recs
    from delegate_app.store.database import writing
    from delegate_app.store.library import get_version, list_versions
    from delegate_app.store.positions import save_position

    rng = random.Random(seed)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = root / "template.sqlite3"
        db = open_store(template)
        ensure_starter_library(db)
        places = []
        for v in list_versions(db):
            found = get_version(db, v.id)
            if found is not None:
                places += [(v.body or "", v.number, row.path) for row in outline(found[1])]
        db.close()
        hub = root / "hub"
        hub.mkdir()
        paths = []
        for n in range(stores):
            paths.append(root / f"s{n}.sqlite3")
            shutil.copyfile(template, paths[-1])
        dbs = [open_store(p) for p in paths]
        day_s = day_cpu = 0.0  # the syncs of the day: every store's work through the hub
        for sitting in range(3):  # a day: three sittings, a sync after each
            for n, db in enumerate(dbs):
                with writing(db):
                    for _ in range(edits // 3):
                        body, number, provision = rng.choice(places)
                        save_position(
                            db,
                            Position(
                                body=body,
                                number=number,
                                provision=provision,
                                stance=rng.choice(STANCES),
                                priority=rng.choice(PRIORITIES),
                                rationale=f"s{n} {sitting} {rng.random():.6f}",
                            ),
                        )
                wall, cpu = time.perf_counter(), time.process_time()
                sync(db, paths[n], hub, f"Delegate {n}")
                day_s += time.perf_counter() - wall
                day_cpu += time.process_time() - cpu
        converge_s = converge_cpu = 0.0  # then syncs in turn until every store holds the same
        rounds = 0
        while True:
            rounds += 1
            for n, db in enumerate(dbs):
                wall, cpu = time.perf_counter(), time.process_time()
                sync(db, paths[n], hub, f"Delegate {n}")
                converge_s += time.perf_counter() - wall
                converge_cpu += time.process_time() - cpu
            views = [
                sorted(
                    (g, sorted((k, v) for k, v in f.items() if k != "uid"))
                    for g, f in recs.current(db)
                    if g[:9] == "position:"
                )
                for db in dbs
            ]
            if all(v == views[0] for v in views[1:]) or rounds == 5:
                break
        sizes = [p.stat().st_size for p in hub.glob("*/*.bundle")]
        conflicts = dbs[0].execute("SELECT count(*) FROM exchange_conflicts WHERE resolved = ''").fetchone()[0]
        for db in dbs:
            db.close()
        out.append(
            {
                "name": f"hub_converge_{stores}",
                "value": round(converge_s * 1000, 1),  # every store's syncs after the day, until all hold the same
                "unit": "ms",
                "peer": None,
                "peer_value": None,
                "ratio": None,
                "edits": edits,
                "cpu_ms": round(converge_cpu * 1000, 1),
                "day_syncs_ms": round(day_s * 1000, 1),  # the three syncs of each store during the day
                "day_syncs_cpu_ms": round(day_cpu * 1000, 1),
                "rounds": rounds,
                "converged": all(v == views[0] for v in views[1:]),
                "bundles": len(sizes),
                "hub_mb": round(sum(sizes) / 1e6, 2),
                "largest_kb": max(sizes) // 1000,
                "median_kb": sorted(sizes)[len(sizes) // 2] // 1000,
                "open_conflicts": conflicts,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    from common import report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stores", type=int, default=10)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    report(run(args.stores, args.edits), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
