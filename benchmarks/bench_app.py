"""The app: start to first painted main window on a library, against a bare
PySide6 QMainWindow started the same way; and the work behind one pause in
typing in a 5,000-word MOD (parse the text, redline it, render the marks).

    python benchmarks/bench_app.py [--repeat 5] [--versions 300] [--json OUT]

Both start-ups run as fresh processes offscreen and quit as soon as the window
has been painted once; the figure is the time from starting the process to the
window's first paint, which each process tells on its standard output (a start
is what a delegate waits for; the process's exit, afterwards, is not). The
whole process's wall time, its exit included, is reported beside it
(``process_ms``). Our
modules are compiled to bytecode first, as an install compiles them (pip, the
PyInstaller bundle) and as PySide6's own already are: with
PYTHONDONTWRITEBYTECODE set, as on CI machines, every start would otherwise
compile the app from source and measure the compiler.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BARE = """
import sys
PAINTED = "painted"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 820); w.show()
QTimer.singleShot(0, lambda: (w.repaint(), print(PAINTED, flush=True), app.quit()))
app.exec()
"""

# A window of plain Qt widgets of the kinds the app's first window shows (a menu
# bar of actions with a submenu, a toolbar, tabs, a search field, a list of 40
# texts, a row of a label, a combo box and three buttons over a text view with a
# page of HTML, a count under the list, a status bar), with no store and none of
# our code: what any real window costs over the bare one, which creates no
# style, loads no font and lays out no text. (The toolbar, the combo box, the
# buttons and the labels came in when the Library view did; the peer had been
# left without them.)
QT_WINDOW = """
import sys
PAINTED = "painted"
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton,
                               QSplitter, QTabWidget, QTextBrowser, QToolBar, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 820)
tools = QToolBar("Main")
for title in ("&File", "&Edit", "&View", "&Help"):
    menu = w.menuBar().addMenu(title)
    for i in range(8):
        action = QAction(f"{title[1:]} action {i}", w)
        menu.addAction(action)
        if title == "&File" and i < 5:
            tools.addAction(action)
    menu.addMenu(f"{title[1:]} more").addAction(QAction("More", w))
w.addToolBar(tools)
left = QWidget(); column = QVBoxLayout(left)
column.addWidget(QLineEdit(placeholderText="Search resolutions"))
tree = QTreeWidget(); tree.setHeaderHidden(True)
for i in range(40):
    QTreeWidgetItem(tree, [f"{i} (Rev. Dubai, 2018) · Title of resolution {i}"])
column.addWidget(tree)
column.addWidget(QLabel("2,500 texts in the library"))
right = QWidget(); side = QVBoxLayout(right); row = QHBoxLayout(); side.addLayout(row)
row.addWidget(QLabel("Revisions:")); row.addWidget(QComboBox(), 1)
for name in ("Compare", "As amended", "Put in force"):
    button = QPushButton(name); button.setEnabled(False); row.addWidget(button)
text = QTextBrowser(); text.setHtml("<h2>RESOLUTION 1</h2><p>" + "considering that the text " * 120 + "</p>")
side.addWidget(text)
split = QSplitter(); split.addWidget(left); split.addWidget(right)
tabs = QTabWidget(); tabs.addTab(split, "Library")
for name in ("Positions", "Draft", "Contribution"):
    tabs.addTab(QWidget(), name)
w.setCentralWidget(tabs); w.statusBar().showMessage("Ready"); w.show()
QTimer.singleShot(0, lambda: (w.repaint(), print(PAINTED, flush=True), app.quit()))
app.exec()
"""

# Where the app's start goes beyond that window's (startup_parts): the same
# window with the store opened and its outline read in raw sqlite3 (what any app
# on the library must do), then with our modules the first window needs imported
# too (the Qt classes and enums they touch included); the app itself then only
# adds building its window instead of the plain one. Each is imported where the
# app imports it: sqlite3 and our Qt-free modules before PySide6 (imported after
# it, PySide6 reads every module's source, and sqlite3 alone cost 12 ms).
_AFTER_APP = "app = QApplication(sys.argv[:1])\n"
_READ_STORE = (
    "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA cache_size = -8192')\n"
    "c.execute('SELECT r.body, count(*) FROM versions v JOIN resolutions r ON r.id = v.resolution_id "
    "GROUP BY r.body ORDER BY r.body').fetchall()\n"
)
QT_WINDOW_STORE = "import sqlite3\n" + QT_WINDOW.replace(_AFTER_APP, _AFTER_APP + _READ_STORE)
QT_WINDOW_STORE_MODULES = (
    "import sqlite3\nimport delegate_app.cli.parser, delegate_app.services.library, delegate_app.services.starter\n"
    + QT_WINDOW.replace(
        _AFTER_APP,
        _AFTER_APP
        + "from delegate_app.ui.app import skip_source_scan\nskip_source_scan()\n"
        + "import delegate_app.ui.i18n, delegate_app.ui.main_window\n"
        + _READ_STORE,
    )
)


# The app through its own entry point (python -m delegate_app --db LIB), with
# nothing of Qt imported ahead of it: QApplication.exec is patched as
# PySide6.QtWidgets loads, to quit once the window has been painted.
APP = """
import sys
from importlib.machinery import PathFinder

class QuitAfterFirstPaint:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            app_exec = module.QApplication.exec

            def first_paint_then_quit(*_):
                from PySide6.QtCore import QTimer
                window = next(w for w in module.QApplication.topLevelWidgets() if w.isVisible())
                def paint_then_quit():
                    window.repaint()
                    print("painted", flush=True)
                    module.QApplication.quit()
                QTimer.singleShot(0, paint_then_quit)
                return app_exec()
            module.QApplication.exec = first_paint_then_quit
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, QuitAfterFirstPaint())
from delegate_app.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def compile_app() -> None:
    import compileall

    compileall.compile_dir(str(ROOT / "delegate_app"), quiet=1)


PROCESS_MS: dict[str, list[float]] = {}  # by the code run: each run's whole process, its exit included


def _run(code: str, *args: str) -> float:
    """Start ``code`` and return the milliseconds until it says its window is
    painted (its first line, "painted"); the whole process's time goes to PROCESS_MS."""
    # settings in a folder of their own: a benchmark never touches the user's
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=os.path.join(tempfile.gettempdir(), "delegate-bench-config"),
    )
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        said = child.stdout.readline()
        painted = (time.perf_counter() - start) * 1000
        rest, errors = child.communicate()
    PROCESS_MS.setdefault(code, []).append((time.perf_counter() - start) * 1000)
    if child.returncode or said.strip() != b"painted":
        raise RuntimeError(f"the start failed ({child.returncode}): {(said + rest + errors).decode()[-2000:]}")
    return painted


def process_medians() -> dict[str, float]:
    """The median whole-process time of the app, the bare and the plain-Qt window
    in the last startup_runs, their exits included."""
    codes = {"app": APP, "bare": BARE, "qt_window": QT_WINDOW}
    return {name: round(statistics.median(PROCESS_MS[code]), 1) for name, code in codes.items() if code in PROCESS_MS}


def startup_pair(store: str, repeat: int) -> tuple[float, float]:
    """Median start-up of the app on ``store`` and of the bare window."""
    ours, bare, _ = startup_runs(store, repeat, qt_window=False)
    return ours, bare


def startup_runs(
    store: str, repeat: int, qt_window: bool = True, warm: bool = True
) -> tuple[float, float, float | None]:
    """Median start-up of the app on ``store``, of the bare window and (with
    ``qt_window``) of the plain-Qt window. The runs alternate, so a machine that
    slows down or speeds up meanwhile (frequency scaling, a neighbour on the
    host) weighs on all alike. ``warm``: each started once first, unmeasured,
    so that the file cache holds them (--quick, which judges no timing, skips it)."""
    compile_app()
    os.sync()  # the store just written (a grown one is hundreds of MB) is on disk before any start is timed
    PROCESS_MS.clear()  # process_medians() after it: these runs' alone
    runs: dict[str, list[float]] = {"ours": [], "bare": [], "qt": []}
    if warm:
        _run(APP, store)
        _run(BARE)
        if qt_window:
            _run(QT_WINDOW)
    for _ in range(repeat):
        runs["ours"].append(_run(APP, store))
        runs["bare"].append(_run(BARE))
        if qt_window:
            runs["qt"].append(_run(QT_WINDOW))
    qt = statistics.median(runs["qt"]) if qt_window else None
    return statistics.median(runs["ours"]), statistics.median(runs["bare"]), qt


def startup_parts(store: str, repeat: int) -> dict[str, float]:
    """Medians (ms) of the plain-Qt window, of it with the store opened and read
    (``store``), and with our first window's modules imported too, alternating;
    the app's start beside them says what is ours."""
    compile_app()
    os.sync()
    variants = {
        "qt_window": (QT_WINDOW, ()),
        "with_store": (QT_WINDOW_STORE, (store,)),
        "with_store_and_modules": (QT_WINDOW_STORE_MODULES, (store,)),
        "app": (APP, (store,)),
    }
    for code, args in variants.values():
        _run(code, *args)
    runs: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(max(1, repeat)):
        for name, (code, args) in variants.items():
            runs[name].append(_run(code, *args))
    return {k: round(statistics.median(v), 1) for k, v in runs.items()}


def startup(repeat: int, versions: int) -> dict:
    from library_gen import generate

    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "lib.sqlite3")
        db = open_database(store)
        import_paths(db, [generate(Path(tmp) / "lib", versions)[0].parent])
        db.close()
        ours, bare = startup_pair(store, repeat)
    return {
        "name": "startup",
        "value": round(ours, 1),
        "unit": "ms",
        "peer": "bare PySide6 QMainWindow",
        "peer_value": round(bare, 1),
        "ratio": round(ours / bare, 2),
        "versions": versions,
    }


# Memory: the peak of the process's own resident set (VmHWM) with the library
# open, searched, a text shown and a MOD of it open, against a bare window's.
# ru_maxrss on Linux carries over the parent's peak across fork and exec, and the
# parent has just built or imported the library.
RSS_PROBE = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow
db = open_database(sys.argv[1])
w = MainWindow(db, sys.argv[1], QSettings(sys.argv[1] + ".rss.ini", QSettings.Format.IniFormat)); w.show()
app.processEvents()
w.library.search_field.setText("remote participation")
app.processEvents()
w.library.search_field.clear()
app.processEvents()
w.library.show_pending_text()
assert w.library.current_version is not None
w.new_mod()
w.draft.update_marks()
app.processEvents()
print(int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024)
"""
BARE_RSS = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 820); w.show(); w.repaint(); app.processEvents()
print(int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024)
"""


def rss_pair(store: str) -> tuple[float, float]:
    """Peak memory (MB) of the app on ``store`` and of a bare window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = []
    for code, args in ((RSS_PROBE, [store]), (BARE_RSS, [])):
        run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)
        out.append(float(run.stdout.strip().splitlines()[-1]))
    return out[0], out[1]


TYPING_PROBE = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from bench_redline import edit_sequence
from delegate_app.formats.text_writer import resolution_text
from delegate_app.services import library
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow
store = sys.argv[1]
db = open_database(store)
w = MainWindow(db, store, QSettings(store + ".ini", QSettings.Format.IniFormat)); w.show()
app.processEvents()
vid = library.list_versions(db)[0].id
w.library.select_version(vid)
w.new_mod()
app.processEvents()
base = library.text_of(db, vid)
texts = [resolution_text(step, editor=True) for step in edit_sequence(base, int(sys.argv[3]))]
editor, times, saves = w.draft.editor, [], []
writes = w.workspace.edits
real_write = writes._write
def timed_write(db_):
    start = time.perf_counter()
    try:
        return real_write(db_)
    finally:
        saves.append((time.perf_counter() - start) * 1000)
writes._write = timed_write
whole = []
from PySide6.QtGui import QTextCursor
def type_in(text):
    # the edit as typing makes it: the changed span replaced where it is, and the
    # editor laid out as it is while the delegate types (before the pause)
    # the editor's characters as they are (toPlainText makes no-break spaces plain), paragraph ends as newlines
    old = editor.document().toRawText().replace(chr(0x2029), chr(10))
    start = next((i for i, (a, b) in enumerate(zip(old, text)) if a != b), min(len(old), len(text)))
    end = 0
    while end < min(len(old), len(text)) - start and old[-1 - end] == text[-1 - end]:
        end += 1
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(len(old) - end, QTextCursor.MoveMode.KeepAnchor)
    editor.blockSignals(True)
    cursor.insertText(text[start:len(text) - end])
    editor.blockSignals(False)
    app.processEvents()
for text in texts:
    type_in(text)
    saved = len(saves)
    start = time.perf_counter()
    w.draft.update_marks(True)  # the pause: read, journal, redline, render (typed in: signals were blocked)
    app.processEvents()
    times.append((time.perf_counter() - start) * 1000)
    writes.flush(10)  # the save runs on the writer's thread; timed there
    whole.append(times[-1] + sum(saves[saved:]))
assert "inserted" in w.draft.status.text(), w.draft.status.text()
print(json.dumps({"whole": statistics.median(whole), "pause": statistics.median(times),
                  "save": statistics.median(saves) if saves else 0,
                  "words": sum(len(p.text.split()) for p in base.provisions())}))
w.workspace.close()
"""


def typing(repeat: int) -> dict:
    """One pause in typing in a 5,000-word MOD as the window does it: the draft
    view hands the text to the session (journaled and synced, read, redlined),
    renders the marks, and the views showing the contribution follow; then the
    save that follows on the writer's thread. The figure is the whole keystroke,
    the pause and its save added (each also given alone). A fresh process on
    a store holding the 5,000-word text, offscreen."""
    from bench_redline import big_resolution

    from delegate_app.formats.text_writer import resolution_text
    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.txt"
        source.write_text(resolution_text(big_resolution(5000)), encoding="utf-8")
        store = str(Path(tmp) / "lib.sqlite3")
        db = open_database(store)
        import_paths(db, [source])
        db.close()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        out = subprocess.run(
            [sys.executable, "-c", TYPING_PROBE, store, str(Path(__file__).resolve().parent), str(max(3, repeat))],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        found = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "name": "typing_pause_5k",
        "value": round(found["whole"], 2),
        "unit": "ms",
        "peer": None,
        "peer_value": None,
        "ratio": None,
        "words": found["words"],
        "pause_ms": round(found["pause"], 2),
        "save_on_writer_thread_ms": round(found["save"], 2),
    }


def run(repeat: int = 5, versions: int = 300) -> list[dict]:
    return [startup(repeat, versions), typing(repeat * 3)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--versions", type=int, default=300)
    parser.add_argument("--json")
    args = parser.parse_args(argv)
    from common import report

    report(run(args.repeat, args.versions), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
