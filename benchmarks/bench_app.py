"""The app: start to first painted main window on a library, against a bare
PySide6 QMainWindow started the same way; and the work behind one pause in
typing in a 5,000-word MOD (parse the text, redline it, render the marks).

    python benchmarks/bench_app.py [--repeat 5] [--versions 300] [--json OUT]

Both start-ups run as fresh processes offscreen and quit as soon as the window
has been painted once; the figure is the wall time of the whole process.
"""
from __future__ import annotations

import argparse
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 820); w.show()
QTimer.singleShot(0, lambda: (w.repaint(), app.quit()))
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow
db = open_database(sys.argv[1]); ensure_starter_library(db)
w = MainWindow(db, sys.argv[1], QSettings(sys.argv[1] + ".ini", QSettings.Format.IniFormat)); w.show()
QTimer.singleShot(0, lambda: (w.repaint(), app.quit()))
app.exec()
"""


def _run(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return (time.perf_counter() - start) * 1000


def startup(repeat: int, versions: int) -> dict:
    from library_gen import generate

    from delegate_app.services.importing import import_paths
    from delegate_app.store.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "lib.sqlite3")
        db = open_database(store)
        import_paths(db, [generate(Path(tmp) / "lib", versions)[0].parent])
        db.close()
        _run(APP, store)  # warm the file cache once for both
        _run(BARE)
        ours = statistics.median(_run(APP, store) for _ in range(repeat))
        bare = statistics.median(_run(BARE) for _ in range(repeat))
    return {"name": "startup", "value": round(ours, 1), "unit": "ms", "peer": "bare PySide6 QMainWindow",
            "peer_value": round(bare, 1), "ratio": round(ours / bare, 2), "versions": versions}


def typing(repeat: int) -> dict:
    from bench_redline import big_resolution, edited

    from delegate_app.core.redline import redline
    from delegate_app.formats.html_view import redline_html
    from delegate_app.formats.text_writer import resolution_text
    from delegate_app.ui.draft_view import parse_typed

    base = big_resolution(5000)
    text = resolution_text(edited(base), editor=True)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        redline_html(redline(base, parse_typed(text)))
        times.append((time.perf_counter() - start) * 1000)
    return {"name": "typing_pause_5k", "value": round(statistics.median(times), 2), "unit": "ms", "peer": None,
            "peer_value": None, "ratio": None}


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
