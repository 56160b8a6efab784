"""Outputs checked like inputs: an export aimed at a named pipe, a device or a
socket is refused at once, in one line, exit status 2, by every command that
writes a file and by the window; nothing is waited for and nothing replaced.

A pipe opened for reading waits for a writer for ever, so every command here
runs with a timeout: on code that opens the target to look at it, the test
fails by its timeout instead of hanging the suite."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_attacks_store import store_with_everything

TIMEOUT_S = 30
STARTER = ROOT / "resources" / "starter"
KIGALI, BAKU = STARTER / "wtdc-res59-kigali-2022.txt", STARTER / "wtdc-res59-baku-2025.txt"

# every command of the command line that writes a file the user names ({out})
EXPORTS = {
    "export docx": ("export", "docx", "1", "-o", "{out}"),
    "export xlsx": ("export", "xlsx", "--versions-of", "2", "-o", "{out}"),
    "export positions": ("export", "positions", "-o", "{out}"),
    "export brief": ("export", "brief", "-o", "{out}"),
    "export compilation": ("export", "compilation", "2", "-o", "{out}"),
    "export consolidated": ("export", "consolidated", "2", "-o", "{out}"),
    "exchange export": ("exchange", "export", "-o", "{out}", "--for", "bob"),
    "compare": ("compare", str(KIGALI), str(BAKU), "-o", "{out}"),
    "redline": ("redline", str(KIGALI), str(BAKU), "-o", "{out}"),
    "--screenshot": ("--screenshot", "{out}"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return store_with_everything(tmp_path_factory.mktemp("outputs"))


def _release(fifo: Path) -> None:
    """Let a reader blocked on the pipe go (a writer comes and leaves at once)."""
    with contextlib.suppress(OSError):
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def run_all(commands: dict[str, list[str]], store: Path, release: list[Path] = ()) -> dict[str, tuple]:
    """Every command started at once, each given the same time to finish; one
    that did not is killed and reported as (None, '', 'hung')."""
    env = {k: v for k, v in os.environ.items() if k != "DELEGATE_DB"}
    started = {
        name: subprocess.Popen(
            [sys.executable, "-m", "delegate_app", *args, "--db", str(store)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, args in commands.items()
    }
    deadline = time.monotonic() + TIMEOUT_S
    results = {}
    for name, process in started.items():
        try:
            out, err = process.communicate(timeout=max(0.1, deadline - time.monotonic()))
            results[name] = (process.returncode, out, err)
        except subprocess.TimeoutExpired:
            process.kill()
            for fifo in release:
                _release(fifo)
            process.communicate()
            results[name] = (None, "", "hung: it waited on the target for ever")
    return results


def _targets(tmp_path: Path, name: str) -> dict[str, Path]:
    folder = tmp_path / name
    folder.mkdir()
    return {command: folder / f"{n}.out" for n, command in enumerate(EXPORTS)}


def _commands(targets: dict[str, Path]) -> dict[str, list[str]]:
    return {name: [a.format(out=targets[name]) for a in args] for name, args in EXPORTS.items()}


def _assert_refused(results: dict[str, tuple], message: str) -> None:
    for name, (code, out, err) in results.items():
        assert code == 2, f"{name}: exit {code}: {err}"
        lines = err.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], f"{name}: {err}"
        assert "wrote" not in out, f"{name}: {out}"


def test_every_export_to_a_named_pipe_is_refused_at_once(tmp_path, store):
    targets = _targets(tmp_path, "fifos")
    for target in targets.values():
        os.mkfifo(target)
    results = run_all(_commands(targets), store, list(targets.values()))
    _assert_refused(results, "this is a named pipe (FIFO), not a file; give the name of a file to write")
    assert all(stat.S_ISFIFO(t.lstat().st_mode) for t in targets.values())  # still the pipes they were


def test_every_export_to_a_device_is_refused_and_the_device_left_alone(tmp_path, store):
    """A name that leads to /dev/null (a link to it, and, as root, a device node of
    its own: /dev/null itself is never put at risk by a test)."""
    targets = _targets(tmp_path, "devices")
    for name, target in targets.items():
        if os.geteuid() == 0 and name.startswith("export"):
            os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        else:
            target.symlink_to("/dev/null")
    results = run_all(_commands(targets), store)
    _assert_refused(results, "this is a device, not a file; give the name of a file to write")
    for target in targets.values():
        assert stat.S_ISCHR(target.stat().st_mode)  # not replaced by a file


def test_every_export_to_a_socket_is_refused_and_the_socket_left_alone(tmp_path, store):
    folder = tmp_path / "s"  # a socket's path is short (108 bytes at most)
    folder.mkdir()
    targets = {name: folder / f"{n}" for n, name in enumerate(EXPORTS)}
    listening = []
    try:
        for target in targets.values():
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(target))
            listening.append(server)
        results = run_all(_commands(targets), store)
        _assert_refused(results, "this is a socket, not a file; give the name of a file to write")
        assert all(stat.S_ISSOCK(t.lstat().st_mode) for t in targets.values())
    finally:
        for server in listening:
            server.close()


def test_a_regular_file_and_a_link_to_one_are_still_written(tmp_path, store):
    """The check looks at what a name is, and lets a file (or a link to a file) be replaced as before."""
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"an older export")
    link = tmp_path / "link.xlsx"
    link.symlink_to(tmp_path / "elsewhere.xlsx")
    results = run_all(
        {
            "file": ["export", "xlsx", "--versions-of", "2", "-o", str(old)],
            "dangling link": ["export", "xlsx", "--versions-of", "2", "-o", str(link)],
        },
        store,
    )
    for name, (code, out, err) in results.items():
        assert code == 0 and "wrote" in out, f"{name}: {err}"
    assert old.read_bytes().startswith(b"PK")


def test_the_window_says_so_at_once_for_each_export(qtbot, tmp_path, monkeypatch):
    """Export to Word, to Excel, the positions workbook and Send changes: the
    window's message is the command line's, before any work starts."""
    from test_app import make_window, wait_idle

    from delegate_app.ui import dialogs

    store = store_with_everything(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(dialogs, "tell", lambda parent, text, icon="warning": said.append(text))
    window = make_window(qtbot, {"db": store, "ini": tmp_path / "s.ini", "tmp": tmp_path})
    window.session.new()  # Export to Word exports the open contribution
    fifo = tmp_path / "pipe.out"
    os.mkfifo(fifo)
    exports = {
        "Word": lambda: window.export_word(str(fifo)),
        "positions": lambda: window.export_positions(str(fifo)),
        "send changes": lambda: window.exchange.send("bob", str(fifo)),
    }
    try:
        for name, export in exports.items():
            said.clear()
            export()
            qtbot.waitUntil(lambda: bool(said), timeout=10000)
            assert "named pipe (FIFO), not a file" in said[0], f"{name}: {said}"
        wait_idle(qtbot, window)
    finally:
        _release(fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_the_file_check_never_opens_a_pipe(tmp_path):
    """check_output on a pipe returns in no time (in a thread: a hang fails the test, not the suite)."""
    import threading

    from delegate_app.core.errors import DelegateError
    from delegate_app.services.files import check_output

    fifo = tmp_path / "p.docx"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def check() -> None:
        try:
            check_output(fifo)
            outcome.append("accepted")
        except DelegateError as exc:
            outcome.append(str(exc))

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        _release(fifo)
        worker.join(5)
        pytest.fail("check_output waited on the pipe")
    assert outcome and "named pipe" in str(outcome[0])
