"""The edit journal (store/journal.py): on disk before an edit goes anywhere,
readable after any crash, usable on a disk that filled up, one per window."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

from delegate_app.store import journal as journals
from delegate_app.store.journal import CHUNK, Journal, JournalFull, leftovers, read_folder


def test_entries_come_back_in_order_after_the_session_ends_without_a_word(tmp_path):
    store = tmp_path / "s.sqlite3"
    j = Journal.open(store)
    for n in range(5):
        assert j.append({"op": "text", "n": n}) == n + 1
    j._close_fds()  # what a crash does: the files close, the lock goes, nothing is cleaned up
    found = leftovers(store)
    assert [e["n"] for e in found[0].entries] == [0, 1, 2, 3, 4]
    found[0].remove()
    assert leftovers(store) == [] and not journals.journal_folder(store).exists()


def test_a_record_cut_short_is_the_only_one_lost(tmp_path):
    store = tmp_path / "s.sqlite3"
    j = Journal.open(store)
    j.append({"n": 1})
    j.append({"n": 2, "text": "x" * 1000})
    path = j.folder / "0.log"
    j._close_fds()
    data = bytearray(path.read_bytes())
    end = data.find(b"x" * 1000) + 500  # the second record, half written
    data[end:] = b"\0" * (len(data) - end)
    path.write_bytes(bytes(data))
    assert [e["n"] for e in read_folder(j.folder)] == [1]
    data[end - 100] ^= 0xFF  # flipped bits are not taken for text either
    path.write_bytes(bytes(data))
    assert [e["n"] for e in read_folder(j.folder)] == [1]


def test_rewriting_writes_the_other_file_and_the_newest_wins(tmp_path):
    j = Journal.open(tmp_path / "s.sqlite3")
    j.append({"n": 1})
    j.rewrite([{"n": 2}])
    assert j.current == 1 and [e["n"] for e in read_folder(j.folder)] == [2]
    j.append({"n": 3})
    j.rewrite([])  # everything is in the store
    assert j.current == 0 and read_folder(j.folder) == []
    j.append({"n": 4})
    assert [e["n"] for e in read_folder(j.folder)] == [4]
    # a rewrite cut short leaves the file before it whole: what was unsaved then is still there
    other = j.folder / "1.log"
    j.append({"n": 5})
    j._close_fds()
    data = bytearray(other.read_bytes())
    data[:12] = b"\0" * 12
    other.write_bytes(bytes(data))
    assert [e["n"] for e in read_folder(j.folder)] == [4, 5]


def test_a_running_window_keeps_its_journal_to_itself(tmp_path):
    """Two windows on one store have a journal each; a second window never takes
    the journal of one that is still open (another process holds its lock)."""
    store = tmp_path / "s.sqlite3"
    code = (
        "import sys, time; from pathlib import Path; from delegate_app.store.journal import Journal;"
        "j = Journal.open(Path(sys.argv[1])); j.append({'n': 1}); print('open', flush=True); time.sleep(30)"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code, str(store)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert other.stdout.readline().strip() == "open"
        mine = Journal.open(store)
        assert leftovers(store) == []  # the other window's journal is alive: not a leftover
        other.kill()
        other.wait()
        found = leftovers(store)
        assert [e["n"] for f in found for e in f.entries] == [1]  # the other window died: its edits are found
        assert all(f.folder != mine.folder for f in found)
    finally:
        other.kill()


def test_a_journal_goes_to_the_user_folder_when_the_store_folder_cannot_take_it(tmp_path, monkeypatch):
    store = tmp_path / "ro" / "s.sqlite3"
    store.parent.mkdir()
    (tmp_path / "ro" / "s.sqlite3.journal").write_text("a file where the folder should be")
    j = Journal.open(store)
    assert j.folder.parent == journals.fallback_folder(store)
    j.append({"n": 1})
    j._close_fds()
    assert [e["n"] for f in leftovers(store) for e in f.entries] == [1]


def test_appends_go_on_in_the_room_taken_ahead_and_a_full_file_says_so(tmp_path, monkeypatch):
    j = Journal.open(tmp_path / "s.sqlite3")
    assert os.fstat(j._fds[0]).st_blocks * 512 >= CHUNK  # allocated before any edit
    big = "x" * (CHUNK // 4)
    j.append({"t": big})

    def no_room(fd, size):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journals, "_allocate", no_room)
    j.append({"t": big})  # still inside the room taken when the session started
    with pytest.raises(JournalFull):
        for _ in range(8):
            j.append({"t": big})
    assert len(read_folder(j.folder)) >= 2


def test_a_rewrite_cut_short_gives_way_to_the_older_whole_file(tmp_path):
    """A rewrite writes its epoch first: cut in the middle of its entries, the
    newer file would hold only part of what is unsaved. Its start says how many
    entries it has; one that holds fewer is not believed."""
    j = Journal.open(tmp_path / "s.sqlite3")
    j.append({"n": 1})
    j.append({"n": 2})
    j.rewrite([{"n": 1}, {"n": 2, "text": "y" * 3000}, {"n": 3}])
    newer = j.folder / f"{j.current}.log"
    j._close_fds()
    data = bytearray(newer.read_bytes())
    cut = data.find(b"y" * 3000) + 1000
    data[cut:] = b"\0" * (len(data) - cut)
    newer.write_bytes(bytes(data))
    assert [e["n"] for e in read_folder(j.folder)] == [1, 2]
