"""Two windows on one store, and the journals of windows that ended: no edit is
ever written, or replayed, over a version of its record it did not start from.

Without a window: drafting services on one store, each with its own journal,
typing, saving, crashing and starting again in every order (Hypothesis), and
the cases one by one: a journal left by a window whose text another window
saved over since, two windows typing in one proposal, two journals of one
proposal, a deletion of something changed elsewhere meanwhile. What was typed
is always in the store, in the record or in a copy beside it, and no record
ever loses a word it had."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from delegate_app.core.drafting import new_mod
from delegate_app.core.model import ContributionHeader
from delegate_app.formats.text_writer import resolution_text
from delegate_app.services import drafting as drafting_module
from delegate_app.services import edits as edits_module
from delegate_app.services import library
from delegate_app.services.copies import Kept
from delegate_app.services.starter import ensure_starter_library
from delegate_app.services.workspace import Workspace
from delegate_app.store.database import open_database

ANCHOR = "to inform TDAG annually"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A store with the starter library and one contribution holding one saved MOD of WTDC 59."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    db = open_database(path)
    ensure_starter_library(db)
    db.close()
    ws = Workspace(path)
    row = next(v for v in library.list_versions(ws.reader) if v.revision == "Rev. Kigali, 2022")
    uid = ws.drafting.new(ContributionHeader(document="Document 12-E"))
    ws.drafting.add(new_mod(library.text_of(ws.reader, row.id), row.id))
    assert ws.edits.flush(10)
    ws.close()
    return path, uid


@pytest.fixture
def no_typing_saves(monkeypatch):
    """Saves happen when asked (flush), never by the typing pause's timer: a crash finds typing unsaved."""
    monkeypatch.setattr(drafting_module, "TYPING_DELAY", 3600.0)
    monkeypatch.setattr(edits_module, "TYPING_DELAY", 3600.0)


def fresh_store(template, folder: Path) -> Path:
    path = folder / "store.sqlite3"
    shutil.copy(template[0], path)
    return path


def abandon(ws: Workspace) -> None:
    """The process dies: the writer stops where it is, the journal's files close, nothing is saved."""
    ws.writer.close()
    if ws.edits.journal is not None:
        ws.edits.journal._close_fds()
    ws.reader.close()


def proposal_words(path: Path) -> dict[str, set[str]]:
    """Each stored proposal's words of ours (and those of the text kept as typed in it), by id."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for uid, data in conn.execute("SELECT uid, data FROM proposals"):
            typed = conn.execute("SELECT value FROM autosave WHERE key = ?", [f"proposal:{uid}"]).fetchone()
            text = json.dumps(json.loads(data), ensure_ascii=False) + (typed[0] if typed else "")
            found[uid] = {w.strip('",.;') for w in text.split() if w.startswith("zq")}
        return found
    finally:
        conn.close()


class Window:
    """A window's drafting service typing in one proposal (followed by the
    object, as the Draft view follows it, should it become a copy)."""

    def __init__(self, path: Path, uid: str):
        self.ws = Workspace(path)
        assert self.ws.drafting.open(uid)
        self.proposal = self.ws.drafting.contribution.proposals[0]
        typed = self.ws.drafting.typed_text(0)
        self.text = typed if typed is not None else resolution_text(self.proposal.resolution, editor=True)

    def type(self, word: str) -> None:
        self.text = self.text.replace(ANCHOR, f"{ANCHOR} {word}", 1)
        index = next(i for i, p in enumerate(self.ws.drafting.contribution.proposals) if p is self.proposal)
        self.ws.drafting.typing(index, self.text)

    def words(self) -> set[str]:
        return {w.strip('",.;') for w in self.text.split() if w.startswith("zq")}


def during_next_write(ws: Workspace, action) -> None:
    """``action()`` runs while the next save writes its first proposal: after the
    save took what it writes, before it commits (as typing goes on during a save)."""
    kind = ws.edits.kinds["proposal"]
    original = kind.write

    def write(key):
        writer = original(key)
        if writer is None:
            return None

        def run(db):
            kind.write = original
            action()
            return writer(db)

        return run

    kind.write = write


def wait_for(condition, timeout: float = 4.0) -> None:
    """Until ``condition()`` (a save the writer would make later on its own is not waited for)."""
    import time

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end
        time.sleep(0.005)


def word(n: int) -> str:
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
        if not n:
            return "zq" + letters


# -- one by one ------------------------------------------------------------------------------
def test_an_idle_window_journals_nothing(template, tmp_path, no_typing_saves):
    path = fresh_store(template, tmp_path)
    idle = Window(path, template[1])
    idle.ws.drafting.typing(0, idle.text)  # a pause with nothing typed (the view opening the proposal)
    assert idle.ws.edits.journal.entries() == []
    idle.ws.close()


def test_a_journal_based_on_a_version_saved_over_since_goes_to_a_copy(template, tmp_path, no_typing_saves):
    path = fresh_store(template, tmp_path)
    a, b = Window(path, template[1]), Window(path, template[1])
    b.type("zqold")
    abandon(b.ws)  # its journal holds zqold, based on the version both windows read
    a.type("zqnew")
    assert a.ws.edits.flush(10)
    a.ws.close()
    again = Workspace(path)
    assert [k.what for k in again.recovery.copies] == ["proposal"]
    assert again.edits.flush(10)
    words = proposal_words(path)
    assert len(words) == 2
    assert {"zqnew"} in words.values() and {"zqold"} in words.values()  # the newer untouched, the older beside it
    again.close()


def test_a_journal_based_on_the_stored_version_is_applied(template, tmp_path, no_typing_saves):
    path = fresh_store(template, tmp_path)
    a = Window(path, template[1])
    a.type("zqone")
    assert a.ws.edits.flush(10)
    a.type("zqtwo")  # after the save: based on the version it left
    abandon(a.ws)
    again = Workspace(path)
    assert again.recovery.entries and not again.recovery.copies
    assert again.edits.flush(10)
    assert list(proposal_words(path).values()) == [{"zqone", "zqtwo"}]
    again.close()


def test_typing_during_a_save_is_replayed_over_the_version_that_save_left(template, tmp_path, no_typing_saves):
    """An entry journaled while a save ran says the older version; the save's own
    entry after it says the newer: the replay goes over the newer, no copy."""
    path = fresh_store(template, tmp_path)
    a = Window(path, template[1])
    a.type("zqone")
    a.ws.edits.flush(10)
    a.type("zqtwo")
    during_next_write(a.ws, lambda: a.type("zqthree"))
    a.ws.edits.save()
    wait_for(lambda: a.ws.edits.journal.entries()[-1]["op"] == "saved")  # the save's own entry, after zqthree
    abandon(a.ws)
    again = Workspace(path)
    assert not again.recovery.copies
    assert again.edits.flush(10)
    assert list(proposal_words(path).values()) == [{"zqone", "zqtwo", "zqthree"}]
    again.close()


def two_windows(template, tmp_path) -> tuple:
    """A fresh store, two windows on it, and what the second is told of conflicts."""
    path = fresh_store(template, tmp_path)
    a, b = Window(path, template[1]), Window(path, template[1])
    told: list[object] = []
    b.ws.edits.on_conflict.append(told.append)
    return path, a, b, told


def test_two_windows_typing_in_one_proposal_keep_both(template, tmp_path, no_typing_saves):
    path, a, b, told = two_windows(template, tmp_path)
    a.type("zqalpha")
    assert a.ws.edits.flush(10)
    b.type("zqbeta")  # over the version it read: A's save came since
    assert b.ws.edits.flush(10)
    assert [k.what for k in told if isinstance(k, Kept)] == ["proposal"]
    words = proposal_words(path)
    assert sorted(words.values(), key=sorted) == [{"zqalpha"}, {"zqbeta"}]
    shown = b.ws.drafting.contribution.proposals  # B's is a copy, in its place; the newer came back after it
    assert shown.index(b.proposal) == 0 and words[shown[1].uid] == {"zqalpha"}
    b.type("zqgamma")  # B goes on typing in its copy
    assert b.ws.edits.flush(10)
    assert proposal_words(path)[b.proposal.uid] == {"zqbeta", "zqgamma"}
    a.ws.close()
    b.ws.close()


def test_two_journals_of_one_proposal_are_both_kept(template, tmp_path, no_typing_saves):
    path = fresh_store(template, tmp_path)
    a, b = Window(path, template[1]), Window(path, template[1])
    a.type("zqfirst")
    b.type("zqsecond")
    abandon(a.ws)
    abandon(b.ws)
    again = Workspace(path)
    assert len(again.recovery.copies) == 1
    assert again.edits.flush(10)
    assert sorted(proposal_words(path).values(), key=sorted) == [{"zqfirst"}, {"zqsecond"}]
    again.close()


def test_a_deletion_of_a_proposal_changed_elsewhere_meanwhile_is_not_made(template, tmp_path, no_typing_saves):
    path, a, b, told = two_windows(template, tmp_path)
    a.type("zqkept")
    assert a.ws.edits.flush(10)
    b.ws.drafting.remove(0)
    assert b.ws.edits.flush(10)
    assert list(proposal_words(path).values()) == [{"zqkept"}]
    assert [k.what for k in told] == ["not deleted"]
    assert len(b.ws.drafting.contribution.proposals) == 1  # back in the window that deleted it
    a.ws.close()
    b.ws.close()


def test_a_contribution_deleted_here_but_changed_elsewhere_is_kept(template, tmp_path, no_typing_saves):
    path = fresh_store(template, tmp_path)
    a, b = Window(path, template[1]), Window(path, template[1])
    a.type("zqkept")
    assert a.ws.edits.flush(10)
    b.ws.drafting.delete()
    assert b.ws.edits.flush(10)
    assert list(proposal_words(path).values()) == [{"zqkept"}]
    a.ws.close()
    b.ws.close()


def test_a_header_typed_over_a_newer_one_makes_a_copy_of_the_contribution(template, tmp_path, no_typing_saves):
    path, a, b, told = two_windows(template, tmp_path)
    a.ws.drafting.set_header(document="Document 12-E (Rev.1)")
    assert a.ws.edits.flush(10)
    b.ws.drafting.set_header(document="Document 12-E (Add.1)")
    assert b.ws.edits.flush(10)
    (kept,) = told
    assert isinstance(kept, Kept) and kept.what == "contribution" and kept.was == template[1]
    assert b.ws.drafting.current is not None and b.ws.drafting.current.uid == kept.uid  # B goes on with its copy
    conn = sqlite3.connect(path)
    documents = sorted(d for (d,) in conn.execute("SELECT document FROM contributions"))
    assert documents == ["Document 12-E (Add.1)", "Document 12-E (Rev.1)"]
    assert conn.execute("SELECT count(*) FROM proposals").fetchone()[0] == 2  # the copy has its own
    conn.close()
    a.ws.close()
    b.ws.close()


# -- every order (Hypothesis) ----------------------------------------------------------------------
class TwoWindows(RuleBasedStateMachine):
    """Two windows on one store, each typing, saving, crashing, quitting and
    starting again. After every step no stored proposal has lost a word it had;
    at the end, after one more start, every word either window typed is stored."""

    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="two-windows-"))
        self.path = fresh_store(TwoWindows.template, self.folder)
        self.uid = TwoWindows.template[1]
        self.windows: list[Window | None] = [Window(self.path, self.uid), Window(self.path, self.uid)]
        self.typed: set[str] = set()
        self.count = 0
        self.seen = proposal_words(self.path)

    @rule(which=st.integers(0, 1), words=st.integers(1, 3))
    def type(self, which, words):
        """Type in a window; one that was closed starts again first (and replays what was left)."""
        window = self.windows[which]
        if window is None:
            window = self.windows[which] = Window(self.path, self.uid)
        for _ in range(words):
            self.count += 1
            window.type(word(self.count))
            self.typed.add(word(self.count))

    @rule(which=st.integers(0, 1))
    def save(self, which):
        window = self.windows[which]
        if window is None:
            return
        assert window.ws.edits.flush(10)
        assert window.words() <= proposal_words(self.path)[window.proposal.uid]  # what it shows is stored

    @rule(which=st.integers(0, 1))
    def crash(self, which):
        window = self.windows[which]
        if window is not None:
            abandon(window.ws)
            self.windows[which] = None

    @rule(which=st.integers(0, 1))
    def quit(self, which):
        window = self.windows[which]
        if window is not None:
            assert window.ws.edits.flush(10)
            assert not window.ws.close()
            self.windows[which] = None

    @invariant()
    def no_stored_proposal_loses_a_word(self):
        now = proposal_words(self.path)
        for uid, words in self.seen.items():
            assert uid in now and words <= now[uid], (uid, words, now.get(uid))
        self.seen = now

    def teardown(self):
        for window in self.windows:
            if window is not None:
                abandon(window.ws)
        last = Workspace(self.path)
        try:
            assert last.edits.flush(10)
            stored = set().union(*proposal_words(self.path).values())
            assert self.typed <= stored, self.typed - stored
        finally:
            last.close()
            shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.slow
def test_two_windows_in_every_order_lose_no_word(template, no_typing_saves):
    TwoWindows.template = template
    run_state_machine_as_test(
        TwoWindows,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )


def test_what_a_journal_holds_that_was_saved_already_is_not_replayed(template, tmp_path, no_typing_saves):
    """A's save of one proposal leaves its journal holding another not saved yet;
    B then saves over the first. A's journal replayed changes only the second:
    the first's entries were in the store already, no copy of them is made."""
    path = fresh_store(template, tmp_path)
    a = Window(path, template[1])
    base = a.proposal.base
    a.ws.drafting.add(new_mod(base, a.proposal.base_version))
    assert a.ws.edits.flush(10)
    a.type("zqsaved")
    second = resolution_text(a.ws.drafting.contribution.proposals[1].resolution, editor=True)
    during_next_write(a.ws, lambda: a.ws.drafting.typing(1, second.replace(ANCHOR, f"{ANCHOR} zqlater", 1)))
    a.ws.edits.save()  # the save takes the first proposal; the second is typed in while it writes
    wait_for(lambda: a.ws.edits.journal.entries()[-1]["op"] == "saved")
    assert a.ws.edits.keys_of(template[1])  # the second is not saved yet: the journal stays
    b = Window(path, template[1])  # reads the first as A saved it, and saves over it
    b.type("zqnewer")
    assert b.ws.edits.flush(10)
    b.ws.close()
    later = a.ws.drafting.contribution.proposals[1].uid
    abandon(a.ws)
    before = proposal_words(path)
    again = Workspace(path)
    assert not again.recovery.copies
    assert again.edits.flush(10)
    after = proposal_words(path)
    assert len(after) == len(before)  # no copy
    assert {uid: words for uid, words in after.items() if uid != later} == {
        uid: words for uid, words in before.items() if uid != later
    }
    assert after[later] == {"zqlater"}
    again.close()


def test_a_proposal_and_the_text_kept_as_typed_in_it_saved_together_are_one_version(template, tmp_path):
    """The proposal's row and its text kept as typed share a version: one save
    writing both finds the version its first write left, and makes no copy."""
    path = fresh_store(template, tmp_path)
    a = Window(path, template[1])
    a.ws.drafting.typing(0, "zqdraft not a resolution yet")
    assert a.ws.edits.flush(10)
    a.type("zqread")  # reads again: the proposal's text changes and what was kept as typed goes, in one save
    assert a.ws.edits.flush(10)
    assert list(proposal_words(path).values()) == [{"zqread"}]
    a.ws.close()
