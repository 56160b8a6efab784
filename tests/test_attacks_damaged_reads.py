"""A damaged store says so whenever it is read: every command that reads the
store shows what can still be read and says once, on stderr, that the store is
damaged and which backup to restore (exit status 3); a read that meets the
damage says it in its one line of error (exit status 2); the window says it
once. A whole store says nothing of the kind."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from test_attacks_store import TAMPERING, store_with_everything
from test_cli import cli

EXIT_DAMAGED = 3

READS = [  # every command that reads the store, and writes nothing into it nor sends it on
    ("list",),
    ("list", "--json"),
    ("list", "--contributions"),
    ("show", "1"),
    ("show", "2", "--json"),
    ("show", "1", "--contribution"),
    ("search", "coordination"),
    ("search", "coordination", "--json"),
    ("sisters",),
    ("check", "1"),
    ("positions", "list"),
    ("positions", "list", "--json"),
    ("exchange", "conflicts"),
    ("export", "xlsx", "--versions-of", "2", "-o", "{out}/v.xlsx"),
    ("export", "brief", "-o", "{out}/b.docx"),
    ("export", "compilation", "2", "-o", "{out}/k.docx"),
]
DAMAGE = ["bytes flipped mid-file", "truncated by 1,234 bytes", "a dropped table"]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return store_with_everything(tmp_path_factory.mktemp("pristine"))


def damaged_copy(pristine: Path, folder: Path, tampering: str) -> Path:
    shutil.copytree(pristine.parent, folder)
    store = folder / pristine.name
    TAMPERING[tampering](store)
    return store


def run(command, store: Path, out: Path):
    return cli(*[a.format(out=out) for a in command], "--db", store, check=False)


@pytest.mark.parametrize("tampering", DAMAGE)
def test_every_read_of_a_damaged_store_says_once_that_it_is_damaged(tmp_path, pristine, tampering):
    store = damaged_copy(pristine, tmp_path / "store", tampering)
    good = next((store.parent / (store.name + ".backups")).glob("delegate-*.sqlite3"))
    shown = 0
    for command in READS:
        result = run(command, store, tmp_path)
        where = f"{tampering}: {' '.join(command)}: exit {result.returncode}\n{result.stderr}"
        lines = result.stderr.strip().splitlines()
        assert result.returncode in (EXIT_DAMAGED, 2), where
        assert len(lines) == 1 and lines[0].count("store is damaged") + lines[0].count("damaged record") == 1, where
        assert f"delegate-app restore {good}" in lines[0], where  # what to do, and with which backup
        if result.returncode == EXIT_DAMAGED:  # what could be read was shown
            assert lines[0].startswith("delegate-app: warning: the store is damaged"), where
            assert result.stdout.strip(), where
            shown += 1
    assert shown >= len(READS) // 2  # reading goes on: most commands still show what they can


def test_a_whole_store_says_nothing_of_damage(tmp_path, pristine):
    folder = tmp_path / "store"
    shutil.copytree(pristine.parent, folder)
    store = folder / pristine.name
    for command in READS:
        result = run(command, store, tmp_path)
        assert "damaged" not in result.stderr, f"{' '.join(command)}: {result.stderr}"
        # 1: check's findings; 2: compilation finds no proposal on that text, an error of its own
        assert result.returncode != EXIT_DAMAGED, f"{' '.join(command)}: {result.stderr}"


def test_an_error_on_a_damaged_store_says_the_damage_in_the_same_line(tmp_path, pristine):
    """A version not found may be one the damage hides: the one line says both."""
    store = damaged_copy(pristine, tmp_path / "store", "truncated by 1,234 bytes")
    result = cli("show", "99999", "--db", store, check=False)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert "no resolution version with id 99999" in lines[0] and "the store is damaged" in lines[0]


def test_writes_into_a_damaged_store_are_refused_before_anything_is_written(tmp_path, pristine):
    """Setting a position, taking a bundle in, settling a conflict, sending a bundle or the positions
    workbook (its first export keeps a secret in the store) check the store first, as imports do."""
    store = damaged_copy(pristine, tmp_path / "store", "truncated by 1,234 bytes")
    before = store.read_bytes()
    bundle = tmp_path / "x.bundle"
    bundle.write_bytes(b"not a bundle")
    for command in (
        ("positions", "set", "2", "--stance", "oppose"),
        ("exchange", "import", str(bundle)),
        ("exchange", "resolve", "1", "--take", "mine"),
        ("exchange", "export", "-o", str(tmp_path / "e.bundle")),
        ("export", "positions", "-o", str(tmp_path / "p.xlsx")),
    ):
        result = cli(*command, "--db", store, check=False)
        assert result.returncode == 2 and "the store is damaged" in result.stderr, result.stderr
        assert "nothing was written into it" in result.stderr
    assert store.read_bytes() == before


def test_the_check_beside_a_read_waits_a_bounded_time_and_skips_a_large_store(tmp_path, pristine, monkeypatch):
    """The quick check is stopped when the command's end has waited as long as it may;
    a store larger than QUICK_CHECK_BYTES gets the cheap checks alone (a file cut short,
    a table missing), so damage only SQLite's check would see is then not said."""
    from delegate_app.store import damage

    big = tmp_path / "big.sqlite3"
    conn = sqlite3.connect(big)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)")
    conn.executemany("INSERT INTO t (b) VALUES (randomblob(4000))", [()] * 10_000)  # 40 MB
    conn.execute("CREATE INDEX t_b ON t (b)")
    conn.commit()
    conn.close()
    started = time.perf_counter()
    check = damage.QuickCheck(big)
    assert check.found(0.005) == ""
    assert time.perf_counter() - started < 1.0 and not check._thread.is_alive()  # stopped, not left running
    assert damage.QuickCheck(big).found(60) == ""  # given the time, it finds the file whole

    flipped = damaged_copy(pristine, tmp_path / "flipped", "bytes flipped mid-file")
    cut = damaged_copy(pristine, tmp_path / "cut", "truncated by 1,234 bytes")
    # what SQLite's check says depends on which structure the flip hit; that it finds it does not
    assert damage.QuickCheck(flipped).found(60) != ""
    monkeypatch.setattr(damage, "QUICK_CHECK_BYTES", 0)  # as if both were large
    assert damage.QuickCheck(flipped).found(60) == ""
    assert "cut short" in damage.QuickCheck(cut).found(60)


def test_the_window_says_once_that_a_read_met_damage(qtbot, tmp_path, pristine, monkeypatch):
    """A record that no longer reads (the store's pages are whole, so the check at
    open finds nothing): the view says why in the status bar, and a message says
    once that the library is damaged and which backup to restore."""
    from PySide6.QtWidgets import QMessageBox
    from test_app import make_window, wait_idle

    store = damaged_copy(pristine, tmp_path / "store", "a row of bad JSON")
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    window = make_window(qtbot, {"db": store, "ini": tmp_path / "s.ini", "tmp": tmp_path})
    wait_idle(qtbot, window)
    assert not said  # the check at open finds the pages whole
    for _ in range(2):
        window.library.show_version(1)
        wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    wait_idle(qtbot, window)
    assert len(said) == 1 and "The library is damaged" in said[0] and "delegate-app restore" in said[0], said
    assert "damaged record" in window.statusBar().currentMessage()


def test_the_window_on_a_store_missing_a_table_says_so_at_open(qtbot, tmp_path, pristine, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from test_app import make_window

    store = damaged_copy(pristine, tmp_path / "store", "a dropped table")
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    window = make_window(qtbot, {"db": store, "ini": tmp_path / "s.ini", "tmp": tmp_path})
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "damaged" in said[0] and "positions" in said[0] and "delegate-app restore" in said[0]
    assert window.safekeeping.damage_said
