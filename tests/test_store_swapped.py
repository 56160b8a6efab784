"""Another file put in the store's place while it is open (a sync tool, a copy
from a colleague, ``mv`` from a terminal): SQLite finds the -wal and -shm by name
beside the file, so the old store's would be laid over the new one by the next
connection that opens it (SQLite leaves a moved file's -wal where it was when
its last connection closes). That may not happen, whatever order the window's
connections open and close in."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest
from conftest import ROOT

from delegate_app.core.drafting import new_mod
from delegate_app.core.errors import StoreError
from delegate_app.core.model import ContributionHeader
from delegate_app.services import library
from delegate_app.services.importing import import_paths
from delegate_app.services.starter import ensure_starter_library
from delegate_app.services.workspace import Workspace
from delegate_app.store import contributions as records
from delegate_app.store.database import generation, open_database, stale_connections

EXTRA = ROOT / "resources" / "samples" / "pp18" / "pp18-res71.txt"  # PP 71: not in the starter library


def make_store(path, with_extra=False):
    db = open_database(path)
    ensure_starter_library(db)
    if with_extra:
        import_paths(db, [EXTRA])
    gen = generation(db)
    db.close()
    return gen


def numbers(path):
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {row[0] for row in conn.execute("SELECT number FROM resolutions")}
    finally:
        conn.close()


def test_nothing_opens_the_new_file_while_the_old_one_is_open(tmp_path):
    store, other = tmp_path / "store.sqlite3", tmp_path / "other.sqlite3"
    make_store(store)
    new_gen = make_store(other, with_extra=True)
    old = open_database(store)
    old.execute("SELECT count(*) FROM versions").fetchone()  # the -wal and -shm are in use
    assert (tmp_path / "store.sqlite3-wal").exists()
    os.replace(other, store)
    assert stale_connections(store) == [old]
    with pytest.raises(StoreError) as refused:
        open_database(store)
    assert refused.value.transient  # a writer tries again, and succeeds once the old one is closed
    old.close()
    fresh = open_database(store)
    assert generation(fresh) == new_gen
    fresh.close()
    assert "71" in numbers(store)


def test_a_connection_follows_the_new_file_and_its_holders_with_it(tmp_path):
    store, other = tmp_path / "store.sqlite3", tmp_path / "other.sqlite3"
    make_store(store)
    new_gen = make_store(other, with_extra=True)
    db = open_database(store)
    os.replace(other, store)
    db.follow()  # the same object: views that hold it read the new file
    assert generation(db) == new_gen and not stale_connections(store)
    db.close()
    assert "71" in numbers(store)


def test_the_window_follows_a_swapped_file_whatever_writes_first(tmp_path):
    """The writer has a save to make when the swap happens: it neither lays the
    old -wal over the new file nor writes into it before the delegate decided."""
    store, other = tmp_path / "store.sqlite3", tmp_path / "other.sqlite3"
    make_store(store)
    new_gen = make_store(other, with_extra=True)
    ws = Workspace(store)
    row = next(v for v in library.list_versions(ws.reader) if v.revision == "Rev. Kigali, 2022")
    uid = ws.drafting.new(ContributionHeader(document="Document 9"))
    ws.drafting.add(new_mod(library.text_of(ws.reader, row.id), row.id))
    assert ws.edits.flush(10)
    ws.drafting.update_proposal(0, reasons="Typed just before the swap.")
    os.replace(other, store)
    ws.edits.save()  # the writer's turn comes before the window's check
    deadline = time.time() + 10
    while ws.writer.state.error is None and time.time() < deadline:
        time.sleep(0.05)
    assert ws.writer.state.error.transient  # it waits for the window to let go of the old file
    assert ws.replaced()  # the window's check: the reader follows, and sees another generation
    assert generation(ws.reader) == new_gen
    assert any(v.number == "71" for v in library.list_versions(ws.reader))
    assert ws.settle_replaced(lambda: True)  # the delegate keeps theirs: written into the new store
    assert ws.edits.flush(10)
    ws.close()
    assert {"71", "59"} <= numbers(store)
    db = open_database(store)
    try:
        kept = records.load_contribution(db, uid)
    finally:
        db.close()
    assert kept.proposals[0].reasons == "Typed just before the swap."
    # SQLite leaves a moved file's -wal where it was; it was set aside, not laid over the new file
    assert list(tmp_path.glob("store.sqlite3-wal.stale-*"))


def test_an_old_wal_another_program_kept_is_set_aside(tmp_path):
    """Another program has the old file open when it is replaced: its -wal stays
    beside the new file after this process let go, and is renamed aside rather
    than laid over the new store."""
    store, other = tmp_path / "store.sqlite3", tmp_path / "other.sqlite3"
    make_store(store)
    make_store(other, with_extra=True)
    outside = sqlite3.connect(store)  # stands for another program: this process's registry does not know it
    outside.execute("PRAGMA journal_mode = WAL")
    outside.execute("SELECT count(*) FROM versions").fetchone()
    db = open_database(store)
    os.replace(other, store)
    db.follow()
    db.close()
    outside.close()
    assert "71" in numbers(store)
    assert list(tmp_path.glob("store.sqlite3-wal.stale-*"))


def test_an_older_copy_of_the_same_store_put_back_is_settled_too(tmp_path):
    """A sync tool puts back an older copy of this very store: the same
    generation, another file. The window still takes it as a replacement (its
    views show the file as it now is, the open text is settled), rather than
    reading it silently under views that show what is gone."""
    import shutil

    store = tmp_path / "store.sqlite3"
    make_store(store)
    db = open_database(store)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    older = tmp_path / "older.sqlite3"
    shutil.copy2(store, older)
    ws = Workspace(store)
    with open_database(store) as other:  # another window, or the command line, imports a text
        import_paths(other, [EXTRA])
    assert "71" in numbers(store)
    assert not ws.replaced()
    os.replace(older, store)
    assert ws.replaced() and ws.replaced()  # asked again (the window does, while settling): still
    assert generation(ws.reader) == ws.edits.generation  # the same generation: not what tells here
    assert not any(v.number == "71" for v in library.list_versions(ws.reader))
    assert ws.settle_replaced(lambda: True)
    assert not ws.replaced()
    ws.close()


def test_a_file_swapped_in_while_a_connection_opens_is_not_read_through_the_old_wal(tmp_path, monkeypatch):
    """The swap comes between open_database's look for stale connections and its
    connect: the new connection would read (and on closing, checkpoint) the old
    file's -wal into the new file. It is closed before it reads a page, the open
    is refused as transient, and the new file keeps what it holds."""
    from delegate_app.store import database

    store, other = tmp_path / "store.sqlite3", tmp_path / "other.sqlite3"
    make_store(store)
    new_gen = make_store(other, with_extra=True)
    old = open_database(store)
    old.execute("SELECT count(*) FROM versions").fetchone()  # the old -wal is in use
    connect = database._connect

    def swapped_then_connect(target, read_only):
        os.replace(other, store)
        monkeypatch.setattr(database, "_connect", connect)
        return connect(target, read_only)

    monkeypatch.setattr(database, "_connect", swapped_then_connect)
    with pytest.raises(StoreError) as refused:
        open_database(store)
    assert refused.value.transient
    old.close()
    fresh = open_database(store)
    assert generation(fresh) == new_gen
    fresh.close()
    assert "71" in numbers(store)
