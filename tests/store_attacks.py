"""What the world does to a store while the app has it open: another program
holds its write lock, the disk fills up, the store is on read-only media.
Shared by the service and window tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import ROOT

_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


@contextlib.contextmanager
def write_lock_held(store: Path, seconds: float = 30):
    """Another process holds the store's write lock (BEGIN IMMEDIATE), as a
    second Delegate window, a backup or a sync tool would, for up to ``seconds``
    or until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(store), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise OSError(result.stderr.strip())


def _can_mount() -> str:
    """Why these attacks cannot run here ('' when they can): they need root and mount."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return "needs root and mount(8) (CI runs as root)"
    return ""


@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int = 24):
    """A tmpfs of a few megabytes at ``folder``, unmounted afterwards."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder))
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk under ``folder`` to the last byte; the file that does it."""
    filler = folder / f"filler-{uuid.uuid4().hex[:6]}"
    with open(filler, "wb", buffering=0) as fh:  # unbuffered: no write is left over for close to fail on
        size = 1 << 20
        while size:
            try:
                fh.write(b"\0" * size)
            except OSError:
                size //= 2
    return filler


@contextlib.contextmanager
def read_only_view(source: Path, at: Path):
    """``source`` (a folder) seen read-only at ``at`` (a read-only bind mount), as a
    store on a read-only share or disk is seen."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    at.mkdir(parents=True, exist_ok=True)
    try:
        _mount("--bind", str(source), str(at))
        _mount("-o", "remount,bind,ro", str(at))
    except OSError as exc:
        subprocess.run(["umount", "-l", str(at)], check=False)
        pytest.skip(f"cannot bind-mount read-only here: {exc}")
    try:
        yield at
    finally:
        subprocess.run(["umount", "-l", str(at)], check=False)


@contextlib.contextmanager
def writable_view(source: Path, at: Path):
    """``source`` seen at ``at`` again, writable (the share or disk is writable again)."""
    reason = _can_mount()
    if reason:
        pytest.skip(reason)
    _mount("--bind", str(source), str(at))
    try:
        yield at
    finally:
        subprocess.run(["umount", "-l", str(at)], check=False)


def python_env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT))
