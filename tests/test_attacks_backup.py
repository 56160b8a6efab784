"""Backups and restore under attack, through the command line as a user runs it:
each refusal is one line and exit status 2, and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import STARTER_TEXTS, itu_text
from store_attacks import fill, read_only_view, small_disk
from test_cli import cli


def versions(store: Path) -> int:
    conn = sqlite3.connect(store)
    try:
        return conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    finally:
        conn.close()


def made(result) -> Path:
    return Path(result.stdout.split("wrote ", 1)[1].strip())


def one_line_refusal(result, *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_restoring_the_oldest_of_ten_backups_works_and_keeps_it(tmp_path):
    store = tmp_path / "s.sqlite3"
    oldest = made(cli("backup", "--db", store))
    for _ in range(9):
        cli("backup", "--db", store)
    cli("import", itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), "--db", store)
    assert versions(store) == STARTER_TEXTS + 1
    result = cli("restore", oldest, "--db", store)
    assert "restored" in result.stdout and versions(store) == STARTER_TEXTS
    assert oldest.exists()  # the backup restored from is not the one the rotation drops
    listed = cli("backup", "--list", "--db", store).stdout.split()
    assert len(listed) == 10 and str(oldest) in listed


def foreign(path: Path, version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE versions (id INTEGER PRIMARY KEY, data TEXT)")
    conn.execute("CREATE TABLE provisions (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("version", [0, 4, 6])
def test_a_foreign_sqlite_file_is_not_taken_for_a_backup(tmp_path, version):
    store = tmp_path / "s.sqlite3"
    cli("list", "--db", store)
    before = store.read_bytes()
    result = cli("restore", foreign(tmp_path / "other.sqlite3", version), "--db", store, check=False)
    one_line_refusal(result, "not", "Delegate store")
    assert store.read_bytes() == before and not (tmp_path / "s.sqlite3.backups").exists()


def test_a_backup_of_another_application_is_refused(tmp_path):
    store, other = tmp_path / "s.sqlite3", tmp_path / "other.sqlite3"
    cli("list", "--db", store)
    copy = made(cli("backup", "--db", store))
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    copy.rename(other)
    one_line_refusal(cli("restore", other, "--db", store, check=False), "not a Delegate store")


@pytest.mark.parametrize("damage", ["header", "half"])
def test_a_store_too_damaged_to_open_can_still_be_restored(tmp_path, damage):
    store = tmp_path / "s.sqlite3"
    good = made(cli("backup", "--db", store))
    data = bytearray(store.read_bytes())
    if damage == "header":
        data[:100] = b"\xff" * 100
    else:
        data = data[: len(data) // 2]
    store.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        store.with_name(store.name + suffix).unlink(missing_ok=True)
    assert cli("list", "--db", store, check=False).returncode == 2
    result = cli("restore", good, "--db", store)
    kept = Path(result.stdout.rsplit(" ", 1)[1].strip())
    assert kept.name.startswith("damaged-") and kept.read_bytes() == bytes(data)  # the damaged one, as it was
    assert versions(store) == STARTER_TEXTS
    assert cli("list", "--db", store).returncode == 0


@pytest.mark.parametrize("folder", ["Team #2", "What?", "100%41"])
def test_folder_names_with_uri_characters(tmp_path, folder):
    store = tmp_path / folder / "s.sqlite3"
    store.parent.mkdir()
    good = made(cli("backup", "--db", store))
    cli("import", itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), "--db", store)
    assert "restored" in cli("restore", good, "--db", store).stdout
    assert versions(store) == STARTER_TEXTS
    stray = [p.name for p in tmp_path.iterdir() if p.name != folder]
    assert stray == []  # no empty files made from a misread URI


def test_a_backup_on_read_only_media_is_accepted(tmp_path):
    store = tmp_path / "s.sqlite3"
    good = made(cli("backup", "--db", store))
    cli("import", itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), "--db", store)
    media = tmp_path / "usb"
    media.mkdir()
    (media / good.name).write_bytes(good.read_bytes())  # a backup is a file of its own: no -wal, no -shm
    assert not Path(str(good) + "-wal").exists()
    with read_only_view(media, tmp_path / "mounted") as mounted:
        assert "restored" in cli("restore", mounted / good.name, "--db", store).stdout
    assert versions(store) == STARTER_TEXTS


def test_a_backup_that_fails_on_a_full_disk_leaves_nothing_behind(tmp_path):
    with small_disk(tmp_path / "disk", megabytes=8) as disk:
        store = disk / "s.sqlite3"
        cli("list", "--db", store)
        filler = fill(disk)
        result = cli("backup", "--db", store, check=False)
        one_line_refusal(result, "disk is full")
        folder = disk / "s.sqlite3.backups"
        assert not folder.exists() or list(folder.iterdir()) == []  # no partial file to be listed
        assert cli("backup", "--list", "--db", store).stdout == ""
        filler.unlink()
        assert made(cli("backup", "--db", store)).exists()
