"""Damaged and tampered stores: every command either works or says, in one line
and with exit status 2, what is wrong and what to do (or, having shown what it
could still read, says the store is damaged with exit status 3: see
test_attacks_damaged_reads.py); nothing is written into a damaged store, and no
command ends in a traceback."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import itu_text
from store_attacks import fill, small_disk, write_lock_held
from test_cli import cli

FILE = itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")


def store_with_everything(folder: Path) -> Path:
    """A store with the starter library, a contribution with a MOD, a position and a backup."""
    store = folder / "s.sqlite3"
    cli("import", itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt"), "--db", store)
    conn = sqlite3.connect(store)
    conn.execute(
        "INSERT INTO positions (uid, resolution_id, provision, stance, priority, updated) "
        "VALUES ('p1', 1, '', 'support', 'high', 'now')"
    )
    conn.commit()
    conn.close()
    cli("backup", "--db", store)
    return store


def _sql(*statements: str):
    def tamper(store: Path) -> None:
        conn = sqlite3.connect(store)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return tamper


def _bytes(change):
    def tamper(store: Path) -> None:
        conn = sqlite3.connect(store)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = bytearray(store.read_bytes())
        store.write_bytes(bytes(change(data)))

    return tamper


def _flip_middle(data: bytearray) -> bytearray:
    # at the start of the middle page, where its b-tree header or overflow link is: a flip
    # inside a record's text would be damage no integrity check can see, whatever the store holds
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 64] = bytes(b ^ 0x5A for b in data[middle : middle + 64])
    return data


def _damaged_root(data: bytearray) -> bytearray:
    page = 4096  # the versions table's pages: overwrite the second page's header with garbage
    data[page : page + 16] = b"\x0d\xff\xff\xff\xff\xff\xff\xff" * 2
    return data


TAMPERING = {
    "a dropped table": _sql("DROP TABLE positions"),
    "the search index out of step": _sql("INSERT INTO provisions_fts(provisions_fts) VALUES ('delete-all')"),
    "a row of bad JSON": _sql("UPDATE versions SET data = '{not json' WHERE id = 1"),
    "JSON of the wrong shape": _sql(
        "UPDATE versions SET data = '[1, 2]' WHERE id = 2", "UPDATE contributions SET data = 'null'"
    ),
    "a proposal of bad JSON": _sql("UPDATE proposals SET data = '{\"action\": 5}'"),
    "the schema version wiped": _sql("PRAGMA user_version = 0"),
    "bytes flipped mid-file": _bytes(_flip_middle),
    "truncated by 1,234 bytes": _bytes(lambda data: data[:-1234]),
    "a damaged table root": _bytes(_damaged_root),
}

COMMANDS = [
    ("list",),
    ("list", "--json"),
    ("list", "--contributions"),
    ("show", "1"),
    ("show", "2", "--json"),
    ("show", "1", "--contribution"),
    ("show", "1", "--contribution", "--json"),
    ("search", "coordination"),
    ("search", "coordination", "--json"),
    ("export", "xlsx", "--versions-of", "2", "-o", "{out}/v.xlsx"),
    ("export", "docx", "1", "-o", "{out}/c.docx"),
    ("import", str(FILE)),
    ("backup",),
]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return store_with_everything(tmp_path_factory.mktemp("pristine"))


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_every_command_on_a_tampered_store_works_or_says_why_in_one_line(tmp_path, pristine, tampering):
    folder = tmp_path / "store"
    shutil.copytree(pristine.parent, folder)
    store = folder / "s.sqlite3"
    TAMPERING[tampering](store)
    for command in COMMANDS:
        args = [a.format(out=tmp_path) for a in command]
        result = cli(*args, "--db", store, check=False)
        where = f"{tampering}: {' '.join(command)}"
        assert result.returncode in (0, 2, 3), f"{where}: exit {result.returncode}\n{result.stderr}"
        assert "Traceback" not in result.stderr, f"{where}\n{result.stderr}"
        if result.returncode in (2, 3):  # 3: what could be read was shown, and the damage said
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1, f"{where}: {result.stderr}"


@pytest.mark.parametrize("tampering", ["bytes flipped mid-file", "truncated by 1,234 bytes", "a damaged table root"])
def test_a_damaged_store_takes_no_import_and_no_backup_and_names_the_good_backup(tmp_path, pristine, tampering):
    folder = tmp_path / "store"
    shutil.copytree(pristine.parent, folder)
    store = folder / "s.sqlite3"
    good = next((folder / "s.sqlite3.backups").glob("delegate-*.sqlite3"))
    TAMPERING[tampering](store)
    before = store.read_bytes()
    for command in (("import", str(FILE)), ("backup",)):
        result = cli(*command, "--db", store, check=False)
        assert result.returncode == 2 and "damaged" in result.stderr, result.stderr
        assert f"delegate-app restore {shlex.quote(str(good))}" in result.stderr  # what to do, and with what
        assert store.read_bytes() == before
    assert [p.name for p in (folder / "s.sqlite3.backups").glob("delegate-*")] == [good.name]


def test_four_causes_four_sentences(tmp_path):
    """Full, read-only, locked and damaged ask different things of the user; none
    is called damaged unless it is."""
    from delegate_app.store.database import failure

    store = tmp_path / "s.sqlite3"
    cli("list", "--db", store)
    with write_lock_held(store):
        locked = cli("import", str(FILE), "--db", store, check=False)
    assert "being used by another program" in locked.stderr and "damaged" not in locked.stderr
    assert "disk is full" in str(failure(sqlite3.OperationalError("database or disk is full")))
    assert "read-only" in str(failure(sqlite3.OperationalError("attempt to write a readonly database")))
    assert "damaged" in str(failure(sqlite3.DatabaseError("database disk image is malformed")))
    with small_disk(tmp_path / "disk", megabytes=8) as disk:
        full = disk / "s.sqlite3"
        cli("list", "--db", full)
        filler = fill(disk)
        result = cli("import", str(FILE), "--db", full, check=False)
        assert result.returncode == 2 and "disk is full" in result.stderr and "damaged" not in result.stderr
        filler.unlink()


def test_the_window_on_a_damaged_store_says_so_and_writes_nothing_into_it(qtbot, tmp_path, pristine, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from delegate_app.store.database import open_database
    from delegate_app.ui.main_window import MainWindow

    folder = tmp_path / "store"
    shutil.copytree(pristine.parent, folder)
    store = folder / "s.sqlite3"
    TAMPERING["bytes flipped mid-file"](store)
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    before = store.read_bytes()
    window = MainWindow(
        open_database(store), str(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "damaged" in said[0] and "delegate-app restore" in said[0]
    window.session.new()
    window.session.service.set_text("abstract", "Typed into a damaged library.")
    qtbot.waitUntil(lambda: window.banner.isVisible() and "damaged" in window.banner.label.text(), timeout=10000)
    # kept in the journal (written a moment after the edit: the banner may already show the
    # damage found at start), and nothing written into the store
    qtbot.waitUntil(lambda: "Typed into a damaged library." in str(window.workspace.edits.journal.entries()))
    assert store.read_bytes() == before
    from delegate_app.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *args: dialogs.QUIT_KEEP)  # quit, keeping it for later
