"""Killed while typing fast: no word typed more than half a second before the
kill is lost.

The draft editor sends what was typed to the journal on a pause, and under
fast typing there is none: the last one to two seconds typed before a SIGKILL
were lost. A deadline now takes the text at most 250 ms after a key. The test
runs the real window in a process of its own (tests/typing_worker.py) typing a
key every 5 ms, kills it with SIGKILL, and starts the window again on the
store: every word the worker logged 0.5 s or more before the kill is in the
recovered text.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from PySide6.QtCore import QSettings

from delegate_app.services.starter import ensure_starter_library
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow

pytestmark = pytest.mark.slow  # skipped by --quick; CI runs it


def _logged(log):
    words = []
    for line in log.read_text(encoding="utf-8").splitlines():
        name, at = line.split()
        if name != "started":
            words.append((name, float(at)))
    return words


@pytest.mark.parametrize("typing_for", [1.5, 3.0])
def test_sigkill_while_typing_fast_loses_no_word_older_than_half_a_second(qtbot, tmp_path, typing_for):
    store, settings, log = tmp_path / "store.sqlite3", tmp_path / "settings.ini", tmp_path / "typed.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "typing_worker.py"), str(store), str(settings), str(log)], env=env
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "started" in log.read_text(encoding="utf-8")):
            assert worker.poll() is None, "the typing worker ended before it typed"
            assert time.monotonic() < deadline, "the typing worker did not start"
            time.sleep(0.05)
        time.sleep(typing_for)
        killed_at = time.monotonic()
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    words = _logged(log)
    assert len(words) > 10, "the worker typed too little to judge"
    owed = [w for w, at in words if at <= killed_at - 0.5]
    assert owed, "nothing was typed half a second before the kill"

    db = open_database(store)
    ensure_starter_library(db)
    window = MainWindow(db, str(store), QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.draft.current is not None, timeout=10000)
    recovered = window.draft.editor_text()
    lost = [w for w in owed if w not in recovered]
    assert not lost, f"{len(lost)} of {len(owed)} words lost, the first {lost[0]}"
