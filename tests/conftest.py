"""Shared test fixtures: the real ITU texts, a fresh store, and a guard that
fails any test that tries to open a network connection (the app must work
fully offline and never phone home)."""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user data folder (the app's log, journals that cannot go beside their store)
# is a scratch folder of this run, for the tests and every process they start:
# no test writes into the home of whoever runs them.
_USER_DATA = tempfile.mkdtemp(prefix="delegate-tests-data-")
os.environ["XDG_DATA_HOME"] = _USER_DATA

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ITU_TEXTS = FIXTURES / "itu-texts"
SHARED_TEXTS = ROOT.parent / "shared" / "fixtures" / "itu-texts"
STARTER_TEXTS = len(list((ROOT / "resources" / "starter").glob("*.txt")))  # the texts a new store starts with


def _compiled_translations() -> None:
    """The interface translations compiled before any test runs, when missing or
    older than their sources: tests that start the app in French must not depend
    on another test (or on the README's command) having compiled them first."""
    import sys

    sources = sorted((ROOT / "i18n").glob("delegate_*.ts"))
    built = [ROOT / "resources" / "i18n" / f"{ts.stem}.qm" for ts in sources]
    if all(qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime for ts, qm in zip(sources, built)):
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "compile_translations.sh")],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, LRELEASE=str(lrelease)),
    )


_compiled_translations()


@contextlib.contextmanager
def store_at_schema(path, version: int):
    """A store as an older version of the app left it: the schema's first
    ``version`` migrations, the connection to fill, then marked as that version,
    committed and closed."""
    from delegate_app.store.schema import MIGRATIONS

    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:version]:
        for statement in migration:
            conn.execute(statement)
    yield conn
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def counts_kept(db) -> bool:
    """Whether the counts the store keeps by resolution (schema 15, kept by
    triggers) are those of its versions: how many, and how many in force."""
    kept = db.execute("SELECT resolution_id, versions, in_force FROM version_counts WHERE versions <> 0").fetchall()
    counted = db.execute(
        "SELECT resolution_id, count(*), sum(edition_of IS NULL) FROM versions GROUP BY resolution_id"
    ).fetchall()
    return sorted(kept) == sorted(counted)


def starter_store(path: Path) -> Path:
    """A store at ``path`` holding the starter library, closed (a service or a
    workspace opens it as the app would): its path."""
    from delegate_app.services.starter import ensure_starter_library
    from delegate_app.store.database import open_database

    db = open_database(path)
    ensure_starter_library(db)
    db.close()
    return path


def itu_text(name: str) -> Path:
    """A real ITU text: from ../shared when it is there, else the copy in tests/."""
    shared = SHARED_TEXTS / name
    return shared if shared.exists() else ITU_TEXTS / name


def pandoc_text(path, mode: str = "accept") -> str:
    """A Word file as pandoc's plain text, unwrapped, with its tracked changes
    accepted or rejected (``mode``): the reader we did not write, called one way
    by every test that asks it."""
    return subprocess.run(
        ["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def pandoc_plain(path, mode: str = "accept") -> str:
    """A Word file as pandoc reads it, with its tracked changes accepted or rejected, on one line."""

    text = pandoc_text(path, mode)
    return " ".join(text.replace("\u00a0", " ").split())


SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that has LibreOffice's UNO bridge (python3-uno)


def _has_uno() -> bool:
    import shutil

    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).exists():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0


HAS_UNO = _has_uno()


def judged_by_libreoffice(test):
    """A test that asks LibreOffice (a reader we did not write) for its verdict:
    skipped where LibreOffice and its bridge are missing (the test command
    installs them), and slow (a LibreOffice start a test)."""
    skip = pytest.mark.skipif(not HAS_UNO, reason="LibreOffice and python3-uno are installed by the test command")
    return pytest.mark.slow(skip(test))


class _LibreOffice:
    """One LibreOffice for this test process (tests/lo_revisions.py --serve), started
    at the first verdict asked and stopped at exit: each start cost 2-6 s, most of
    the verdict. A LibreOffice that died is started again once for the next
    document."""

    def __init__(self) -> None:
        self.server: subprocess.Popen | None = None

    def _start(self) -> subprocess.Popen:
        import atexit

        server = subprocess.Popen(
            [SYSTEM_PYTHON, str(ROOT / "tests" / "lo_revisions.py"), "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        atexit.register(self.stop)
        return server

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stdin.close()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()

    def ask(self, path, mode: str = "none", **request) -> dict:
        import json

        request = {"path": str(path), "mode": mode, **request}
        for _attempt in (1, 2):
            if self.server is None or self.server.poll() is not None:
                self.server = self._start()
            try:
                self.server.stdin.write(json.dumps(request) + "\n")
                self.server.stdin.flush()
                line = self.server.stdout.readline()
            except (BrokenPipeError, OSError):
                line = ""
            if line:
                answer = json.loads(line)
                if "error" in answer:
                    raise AssertionError(f"LibreOffice could not read {path}: {answer['error']}")
                return answer["ok"]
            self.stop()  # it died: once more with a new one
        raise AssertionError(f"LibreOffice stopped while reading {path}")


_LIBREOFFICE = _LibreOffice()


def libreoffice_revisions(path, mode: str, out_dir: Path | None = None) -> dict:
    """LibreOffice's reading of a Word file's tracked changes (tests/lo_revisions.py):
    ``mode`` none (count them), accept or reject (all), and the paragraphs after.
    (``out_dir`` is no longer used: the answer comes back on a pipe.)"""
    return _LIBREOFFICE.ask(path, mode)


def libreoffice_convert(path: Path, fmt: str) -> Path:
    """``path`` (a Word file or workbook) converted by LibreOffice to ``fmt`` (pdf, or
    csv: a workbook's first sheet in UTF-8) beside it, as ``soffice --convert-to``
    writes it, by this process's one LibreOffice."""
    out = Path(path).with_suffix(f".{fmt}")
    _LIBREOFFICE.ask(path, convert=fmt, out=str(out))
    return out


def pytest_addoption(parser):
    parser.addoption(
        "--quick", action="store_true", help="skip the tests marked slow (a quick local loop; CI runs them all)"
    )


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--quick"):
        return
    kept = [item for item in items if item.get_closest_marker("slow") is None]
    config.hook.pytest_deselected(items=[item for item in items if item.get_closest_marker("slow") is not None])
    items[:] = kept


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    real_connect = socket.socket.connect

    def guarded(self, address):
        if self.family == socket.AF_UNIX:
            return real_connect(self, address)
        raise AssertionError(f"network connection attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda *a, **k: (_ for _ in ()).throw(AssertionError("network connection attempted")),
    )


@pytest.fixture(autouse=True)
def interface_language_restored():
    """A test that puts the interface in another language (i18n.install) changes
    what the whole process formats: the default locale (a day reads "26 novembre
    2026" in every later test of the worker) and, for Arabic, the layout's
    direction. Both are put back as they were (or as a process starts) after each
    test, so that no test's result depends on which tests its worker ran before.
    Qt is not imported here for a test that does not import it."""
    import sys

    qt = sys.modules.get("PySide6.QtCore")
    before = qt.QLocale() if qt is not None else None
    yield
    qt = sys.modules.get("PySide6.QtCore")
    if qt is None:
        return
    qt.QLocale.setDefault(before if before is not None else qt.QLocale.system())
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None and app.isRightToLeft():
        app.setLayoutDirection(qt.Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite3"
    monkeypatch.setenv("DELEGATE_DB", str(path))
    return path


@pytest.fixture
def db(db_path):
    from delegate_app.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def app_log(tmp_path, monkeypatch):
    """The app's log file, in this test's folder: set up as the app does, removed after."""
    import logging

    from delegate_app.services import logs

    monkeypatch.setenv(logs.LOG_ENV, str(tmp_path / "logs"))
    monkeypatch.setattr(logs, "_handler", None)
    yield logs
    if logs._handler is not None:
        logging.getLogger("delegate_app").removeHandler(logs._handler)
        logs._handler.close()
