"""Two windows on one store (a second start, another account on a shared
machine, a forgotten instance): the real windows, driven with real key events.
One types, both quit or the idle one is killed, the app starts again: every
word typed is in the store. Both type in one proposal: every word of both is in
the store, the second's as a copy beside the first's, and it says so."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings
from test_no_lost_work import focus, open_window, quit_with_keys, start_mod_with_keys, stored_text, type_words

from delegate_app.ui.main_window import DRAFT

TWELVE = [" one", " two", " three", " four", " five", " six", " seven", " eight", " nine", " ten", " eleven", " twelve"]


def proposals(store) -> list[str]:
    conn = sqlite3.connect(store)
    try:
        return [json.dumps(json.loads(data)) for (data,) in conn.execute("SELECT data FROM proposals ORDER BY seq")]
    finally:
        conn.close()


def killed(window) -> None:
    """The process ends without a word (SIGKILL, a logout): the writer stops, the
    journal's files close where they are, nothing is cleaned up or saved."""
    window._replaced_check.stop()
    window.workspace.writer.close()
    window.workspace.edits.journal._close_fds()
    window._built = ()  # closing it now does nothing a dead process would not
    window.close()


def draft_of(qtbot, window) -> None:
    window.tabs.setCurrentIndex(DRAFT)
    qtbot.waitUntil(lambda: window.draft.current is not None, timeout=5000)


@pytest.mark.parametrize("idle", ["quits first", "quits last", "is killed"])
def test_one_window_types_the_other_idles_every_word_is_in_the_store(qtbot, tmp_path, idle):
    store, ini = tmp_path / "store.sqlite3", tmp_path / "settings.ini"
    typing = open_window(qtbot, store, ini)
    start_mod_with_keys(qtbot, typing)
    qtbot.waitUntil(typing.workspace.edits.all_saved, timeout=10000)
    other = open_window(qtbot, store, ini)  # the same contribution, remembered for this store
    assert other.session.contribution_uid == typing.session.contribution_uid
    draft_of(qtbot, other)
    focus(qtbot, typing)
    typed = type_words(qtbot, typing, TWELVE)
    qtbot.waitUntil(typing.workspace.edits.all_saved, timeout=10000)
    assert "annually" + typed in stored_text(store)  # all 12 reached the store
    if idle == "quits first":
        quit_with_keys(qtbot, other, None)
        quit_with_keys(qtbot, typing, None)
    else:
        quit_with_keys(qtbot, typing, None)
        killed(other) if idle == "is killed" else quit_with_keys(qtbot, other, None)
    again = open_window(qtbot, store, ini)
    qtbot.waitUntil(again.workspace.edits.all_saved, timeout=10000)
    assert "annually" + typed in stored_text(store)  # every word, where it was typed
    assert len(proposals(store)) == 1  # and no copy: nothing was written over
    quit_with_keys(qtbot, again, None)


def test_both_windows_type_in_one_proposal_and_every_word_is_kept(qtbot, tmp_path):
    store, ini = tmp_path / "store.sqlite3", tmp_path / "settings.ini"
    first = open_window(qtbot, store, ini)
    start_mod_with_keys(qtbot, first)
    qtbot.waitUntil(first.workspace.edits.all_saved, timeout=10000)
    second = open_window(qtbot, store, ini)
    draft_of(qtbot, second)
    focus(qtbot, first)
    mine = type_words(qtbot, first, TWELVE[:6])
    qtbot.waitUntil(first.workspace.edits.all_saved, timeout=10000)
    focus(qtbot, second)
    theirs = type_words(qtbot, second, TWELVE[6:])  # over the text as it read it, before the first's words
    qtbot.waitUntil(lambda: "copy" in second.statusBar().currentMessage(), timeout=10000)
    assert second.draft.editor.toPlainText().count("annually" + theirs) == 1  # it goes on with its own text
    more = type_words(qtbot, second, [" again"], after="annually" + theirs)  # in the copy
    quit_with_keys(qtbot, first, None)
    quit_with_keys(qtbot, second, None)
    again = open_window(qtbot, store, ini)
    qtbot.waitUntil(again.workspace.edits.all_saved, timeout=10000)
    texts = proposals(store)
    assert len(texts) == 2
    assert "annually" + theirs + more in texts[0] and "annually" + mine in texts[1]  # the copy, the newer after it
    quit_with_keys(qtbot, again, None)


def test_the_last_contribution_is_remembered_for_each_store(qtbot, tmp_path):
    """A window on another store does not open this store's contribution, nor the
    other way round; the Draft editor takes no typing while nothing is open."""
    ini = tmp_path / "settings.ini"
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    window = open_window(qtbot, first, ini)
    start_mod_with_keys(qtbot, window)
    uid = window.session.contribution_uid
    quit_with_keys(qtbot, window, None)
    other = open_window(qtbot, second, ini)
    assert other.session.contribution_uid is None
    draft_of_nothing = other.draft
    other.tabs.setCurrentIndex(DRAFT)
    assert draft_of_nothing.editor.isReadOnly() and draft_of_nothing.status.text()
    quit_with_keys(qtbot, other, None)
    back = open_window(qtbot, first, ini)
    assert back.session.contribution_uid == uid
    quit_with_keys(qtbot, back, None)
    assert QSettings(str(ini), QSettings.Format.IniFormat).value("session/contribution") is None
