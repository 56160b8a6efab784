"""Writing export files: never over the store or an input, never through a
planted link, and never half a document where a good one was.

The bytes go to a temporary file made exclusively beside the target (a name
nobody else holds, opened with O_EXCL and O_NOFOLLOW, so a link planted under a
predictable name cannot redirect the write), are flushed to the disk, and the
file is renamed over the target; then the folder is flushed, so that after a
crash the name points at the old file or the whole new one.

Before that, the target is checked: an export written over the store (or its
-wal, its journal, a backup) would replace the delegation's whole library with a
Word file, and one written over an input would destroy what it was made from.
Such a target is refused with a message, and nothing is written. So is a name
that is not a file (a named pipe, a device, a socket): it is told by its
status alone, never opened, since opening a pipe waits for whoever writes into
it, for ever; and the rename would put a file in place of a device.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from ..core.errors import DelegateError

_SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_STORE_PARTS = ("-wal", "-shm", "-journal")
_STORE_FOLDERS = (".backups", ".journal")  # beside every store: its backups and its sessions' journals


def check_output(target: Path, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Refuse a target that is a store, a part of one, one of ``inputs``, or not a file."""
    if target.is_dir():
        raise DelegateError("this is a folder; give the name of the file to write", str(target))
    what = _not_a_file(target)
    if what:
        raise DelegateError(f"this is {what}, not a file; give the name of a file to write", str(target))
    if not target.parent.is_dir():
        raise DelegateError("its folder does not exist", str(target))
    for source in inputs:
        if _same_file(target, Path(source)):
            raise DelegateError("this is one of the files being read; write to another name", str(target))
    if _is_store_file(target):
        raise DelegateError(
            "this is a database (a Delegate store or one of its backups); write to another name", str(target)
        )
    here = target.parent.resolve()
    for folder in (here, here.parent):  # <store>.backups/ and <store>.journal/<session>/
        if folder.name.endswith(_STORE_FOLDERS) and folder.with_name(folder.name.rsplit(".", 1)[0]).is_file():
            raise DelegateError("this folder holds the store's backups or journal; write elsewhere", str(target))
    for part in _STORE_PARTS:
        if target.name.endswith(part) and target.with_name(target.name[: -len(part)]).is_file():
            raise DelegateError("this is a part of a store (its -wal, -shm or journal); write elsewhere", str(target))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist: the same only by name
        return a.resolve() == b.resolve()


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(path: Path) -> str:
    """What the name is when it is there and is not a regular file (through its links): '' otherwise."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # not there (or a dangling link): a file will be made
        return ""
    return next((what for test, what in _KINDS if test(mode)), "")


def _is_store_file(path: Path) -> bool:
    """Whether the file begins as SQLite's files do; only a regular file is opened
    (without waiting: a pipe put in its place meanwhile is not read)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, 16)
    except OSError:
        return False
    finally:
        os.close(fd)
    return head == _SQLITE_MAGIC or head[:4] in _WAL_MAGICS


def write_atomically(out: str | os.PathLike[str], data: bytes, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    target = Path(out)
    check_output(target, inputs)  # a folder, a missing folder, a store or an input: refused there
    try:
        tmp, fd = _exclusive_beside(target)
    except OSError as exc:
        raise DelegateError(f"cannot be written ({exc.strerror or exc})", str(target)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DelegateError(f"cannot be written ({exc.strerror or exc})", str(target)) from None
    _sync_folder(target.parent)


def _exclusive_beside(target: Path) -> tuple[Path, int]:
    """A new temporary file in the target's folder (so that the rename is
    atomic), of a name no one else has; created with the user's usual mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(20):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _sync_folder(folder: Path) -> None:
    """Flush the rename to the disk (POSIX); where folders cannot be opened (Windows) the rename is enough."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
