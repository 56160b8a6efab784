"""The command line as the tests run it: in this process by default, in a real
one where the process itself is what is tested.

A subprocess costs about half a second of interpreter start and imports, and
the suite ran some 300 of them where the process proved nothing the command's
code does not already show: the same ``delegate_app.__main__.main`` reads the
same arguments, runs the same handler and returns the same exit status, and
what it writes to stdout and stderr is captured here as the process's would
be (through the command line's own ``SafeStream``). What only a real process
shows (the entry point, a traceback never reaching the terminal, signals,
another program holding the store) keeps ``process=True``; set
``DELEGATE_TEST_CLI_PROCESS=1`` to run every call as a process.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALWAYS_PROCESS = os.environ.get("DELEGATE_TEST_CLI_PROCESS") == "1"


def cli(*args, env_db=None, check: bool = True, process: bool = False, stdin: str | None = None):
    """Run ``delegate-app ARGS``; a CompletedProcess with the exit status and the
    text of stdout and stderr. ``env_db`` is the DELEGATE_DB the command sees
    (none unless given)."""
    argv = [str(a) for a in args]
    run = _in_a_process if process or ALWAYS_PROCESS else _in_this_process
    result = run(argv, env_db, stdin)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def _in_a_process(argv: list[str], env_db, stdin: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATE_DB"}
    if env_db:
        env["DELEGATE_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "delegate_app", *argv],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


class _Stream(io.TextIOWrapper):
    """A text stream with a ``buffer``, as a process's stdout has, that reads
    back what was written."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", write_through=True)

    def text(self) -> str:
        self.flush()
        data = self.buffer.getvalue()  # type: ignore[attr-defined]
        return data.decode("utf-8").replace("\r\n", "\n")  # as text=True reads a process's output


@contextlib.contextmanager
def _environment(env_db) -> Iterator[None]:
    saved = os.environ.get("DELEGATE_DB")
    os.environ.pop("DELEGATE_DB", None)
    if env_db:
        os.environ["DELEGATE_DB"] = str(env_db)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(cwd)
        os.environ.pop("DELEGATE_DB", None)
        if saved is not None:
            os.environ["DELEGATE_DB"] = saved


def _in_this_process(argv: list[str], env_db, stdin: str | None) -> subprocess.CompletedProcess:
    from delegate_app.__main__ import main

    out, err = _Stream(), _Stream()
    real_in = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    try:
        with _environment(env_db), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse's usage errors and --help, as the process exits
                if exc.code is None or isinstance(exc.code, int):
                    code = exc.code or 0
                else:
                    print(exc.code, file=sys.stderr)
                    code = 1
    finally:
        sys.stdin = real_in
    return subprocess.CompletedProcess(["delegate-app", *argv], code, out.text(), err.text())
