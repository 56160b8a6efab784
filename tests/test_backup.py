"""Backups and restore: consistent copies, rotation, a restore that checks the
backup first and keeps the store as it was."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import STARTER_TEXTS, itu_text
from test_cli import cli

from delegate_app.core.errors import StoreError
from delegate_app.services.importing import import_paths
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store import backup, library
from delegate_app.store.database import SCHEMA_VERSION, open_database, schema_version


def test_backup_is_a_consistent_copy_and_rotates(db, db_path):
    ensure_starter_library(db)
    first = backup.make_backup(db, db_path)
    copy = sqlite3.connect(first)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM versions").fetchone()[0] == STARTER_TEXTS
    for _ in range(12):
        backup.make_backup(db, db_path, keep=5)
    assert len(backup.list_backups(db_path)) == 5 and first not in backup.list_backups(db_path)
    assert not backup.due(db_path)


def test_restore_brings_back_the_backup_and_keeps_the_store_as_it_was(db, db_path):
    ensure_starter_library(db)
    saved = backup.make_backup(db, db_path)
    import_paths(db, [itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")])
    assert library.counts(db)["versions"] == STARTER_TEXTS + 1
    safety = backup.restore(db_path, saved)
    assert library.counts(db)["versions"] == STARTER_TEXTS
    assert sqlite3.connect(safety).execute("SELECT count(*) FROM versions").fetchone()[0] == STARTER_TEXTS + 1
    assert schema_version(db) == SCHEMA_VERSION


@pytest.mark.parametrize(
    "content, message", [(b"not a database" * 100, "not a Delegate backup"), (None, "not a Delegate store")]
)
def test_bad_backups_are_refused_and_change_nothing(db, db_path, tmp_path, content, message):
    ensure_starter_library(db)
    bad = tmp_path / "bad.sqlite3"
    if content is None:
        sqlite3.connect(bad).execute("CREATE TABLE other (x)")
    else:
        bad.write_bytes(content)
    before = library.counts(db)
    with pytest.raises(StoreError, match=message):
        backup.restore(db_path, bad)
    assert library.counts(db) == before and backup.list_backups(db_path) == []


def test_backup_and_restore_commands(tmp_path):
    store = tmp_path / "s.sqlite3"
    out = cli("backup", "--db", store).stdout
    assert out.startswith("wrote ") and "s.sqlite3.backups" in out
    made = out.split(" ", 1)[1].strip()
    cli("import", itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), "--db", store)
    assert cli("backup", "--list", "--db", store).stdout.strip() == made
    result = cli("restore", made, "--db", store)
    assert "restored" in result.stdout
    assert len(json.loads(cli("list", "--json", "--db", store).stdout)) == STARTER_TEXTS
    result = cli("restore", tmp_path / "missing.sqlite3", "--db", store, check=False)
    assert result.returncode == 2 and "no such backup" in result.stderr


def test_the_app_backs_up_once_a_day(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from delegate_app.ui.main_window import MainWindow

    path = tmp_path / "s.sqlite3"
    db = open_database(path)
    window = MainWindow(db, str(path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.daily_backup() is not None
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
    assert len(backup.list_backups(path)) == 1
    assert window.daily_backup() is None  # not due again today
