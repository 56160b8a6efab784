"""Kill -9 at random moments during imports, autosaves and exports: afterwards the
store is intact, every committed edit is there, and nothing half-done is.

The worker is killed 20 times in the test command (about 25 s of the suite's
five minutes); set DELEGATE_CRASH_KILLS for a longer run, and a new
DELEGATE_CRASH_SEED for other moments. The moments come from a seeded
generator, so a failure can be replayed with the same seed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import pytest
from conftest import ROOT

from delegate_app.core.model import Contribution
from delegate_app.formats.reader import read_file

pytestmark = pytest.mark.slow  # skipped by --quick; CI runs it

KILLS = int(os.environ.get("DELEGATE_CRASH_KILLS", "20"))
SEED = int(os.environ.get("DELEGATE_CRASH_SEED", "2026"))


def check(store, log, export) -> dict:
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    per_version = {
        count
        for (count,) in conn.execute(
            "SELECT count(p.id) FROM versions v LEFT JOIN provisions p ON p.version_id = v.id GROUP BY v.id"
        )
    }
    assert len(per_version) <= 1 and 0 not in per_version, per_version  # no half-stored import
    numbers = {int(n) for (n,) in conn.execute("SELECT number FROM resolutions")}
    title = conn.execute("SELECT title FROM contributions ORDER BY id LIMIT 1").fetchone()
    versions = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    # each version has one provision with "seminars": the index agrees with the rows
    fts = conn.execute("SELECT count(*) FROM provisions_fts WHERE provisions_fts MATCH 'seminars'").fetchone()[0]
    conn.close()
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    for line in lines:
        kind, _, value = line.partition(" ")
        if kind == "import":
            assert int(value) in numbers, f"committed import {value} lost"
    titles = [int(line.split("T")[1]) for line in lines if line.startswith("title ")]
    if titles:
        assert int(title[0][1:]) >= titles[-1], f"committed autosave T{titles[-1]} lost, store has {title[0]}"
    assert fts == versions, (fts, versions)
    if export.exists():  # an export on disk is always a whole document
        assert zipfile.is_zipfile(export)
        assert isinstance(read_file(export).document, Contribution)
    return {"imports": len(numbers), "autosaves": len(titles)}


def test_kill_nine_never_loses_a_committed_edit(tmp_path):
    store, log, export = tmp_path / "store.sqlite3", tmp_path / "log.txt", tmp_path / "out.docx"
    rng = random.Random(SEED)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    totals = {}
    for _ in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "crash_worker.py"), str(store), str(log), str(export)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.6, 1.4))
        assert worker.poll() is None, worker.stderr.read().decode()
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        totals = check(store, log, export)
    # the kills landed while work was being done, not before it started
    assert totals["imports"] >= KILLS and totals["autosaves"] >= KILLS // 2


def test_two_instances_on_one_store_take_turns(tmp_path):
    """Two processes import, autosave and export on one store at the same time: no
    'database is locked', nothing lost, the store intact."""
    store = tmp_path / "store.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    from delegate_app.store.database import open_database

    open_database(store).close()  # created and migrated once, as the first instance would
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "crash_worker.py"),
                str(store),
                str(tmp_path / f"log{k}.txt"),
                str(tmp_path / f"out{k}.docx"),
                "12",
                str(2000 * k),
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for k in (1, 2)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()
    conn = sqlite3.connect(store)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    numbers = {int(n) for (n,) in conn.execute("SELECT number FROM resolutions")}
    for k in (1, 2):
        logged = [
            int(line.split()[1])
            for line in (tmp_path / f"log{k}.txt").read_text().splitlines()
            if line.startswith("import ")
        ]
        assert len(logged) == 12 and set(logged) <= numbers
