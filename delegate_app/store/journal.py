"""The edit journal: what a delegate did that the store does not hold yet.

Every edit is appended here, and synced to disk, before anything else happens
to it, outside SQLite; the store is written after, in the background. A store
that cannot be written (another program holds its lock, the disk is full, it
is read-only or was replaced) therefore never costs a typed word: what is in
the journal is put into the store on the next start, and once the store has
committed everything the journal is emptied.

Layout: one folder per running window, ``<store>.journal/<session>/``, so two
windows on one store never mix their edits; the session holds a lock on it
while it runs, and a folder nobody holds is what a window that ended without
saving left behind. In the folder two files take turns: appends go to the
current one; emptying it, or rewriting it shorter when it is full, writes the
other from its start under a higher epoch and syncs it, so that at every
moment one complete file says what is unsaved (the one with the highest valid
epoch). Both files are allocated in advance, so appends keep working on a disk
that has filled up since. Where the store's folder cannot take the journal (a
read-only share, a disk already full) it goes to the user data folder.

Each record is a 12-byte header (magic, length, CRC-32) and JSON; reading stops
at the first record that is not whole, so a write cut short by a crash loses
only itself, and it had not been acknowledged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import sys
import threading
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_MAGIC = b"DJ01"
_HEADER = struct.Struct("<4sII")  # magic, payload length, CRC-32 of the payload
_END = b"\0" * _HEADER.size  # what follows the last record
CHUNK = 256 * 1024  # allocated ahead, per file
_FILES = ("0.log", "1.log")
_MAX_RECORD = 64 * 1024 * 1024

_sync = getattr(os, "fdatasync", os.fsync)
LOCK_NAME = ".lock"  # beside the session folders: held while one is made or looked for


class JournalError(OSError):
    """The journal cannot be written (no room, no permission)."""


class JournalFull(JournalError):
    """The current file has no room left and cannot grow: rewrite it shorter."""


def journal_folder(store: Path) -> Path:
    return store.with_name(store.name + ".journal")


def fallback_folder(store: Path) -> Path:
    """Where the journal of a store whose own folder cannot take it goes."""
    import platformdirs

    from .. import APP_NAME

    digest = hashlib.sha256(str(store.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "journal" / digest


def _hold(fd: int) -> bool:
    """Hold the session's lock; False when another live session holds it."""
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _allocate(fd: int, size: int) -> None:
    if hasattr(os, "posix_fallocate"):
        os.posix_fallocate(fd, 0, size)
    else:  # pragma: no cover - macOS and Windows: write the room out
        have = os.fstat(fd).st_size
        if size > have:
            os.pwrite(fd, b"\0" * (size - have), have)
            _sync(fd)


def _record(payload: dict[str, Any]) -> bytes:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return _HEADER.pack(_MAGIC, len(data), zlib.crc32(data)) + data


def _records(data: bytes) -> Iterator[dict[str, Any]]:
    offset = 0
    while offset + _HEADER.size <= len(data):
        magic, length, crc = _HEADER.unpack_from(data, offset)
        start = offset + _HEADER.size
        if magic != _MAGIC or length > _MAX_RECORD or start + length > len(data):
            return
        payload = data[start : start + length]
        if zlib.crc32(payload) != crc:
            return
        try:
            yield json.loads(payload.decode("utf-8"))
        except ValueError:
            return
        offset = start + length


def _read(path: Path) -> tuple[int, list[dict[str, Any]]]:
    """(epoch, entries) of one file; epoch -1 when it holds no valid start, or
    fewer entries than its start says it was written with (a rewrite cut short:
    the other file, older but whole, is the one to believe)."""
    try:
        data = path.read_bytes()
    except OSError:
        return -1, []
    records = list(_records(data))
    if not records or "epoch" not in records[0]:
        return -1, []
    if len(records) - 1 < int(records[0].get("count", 0)):
        return -1, []
    return int(records[0]["epoch"]), records[1:]


def read_folder(folder: Path) -> list[dict[str, Any]]:
    """The unsaved entries a session folder holds: those of its newest file."""
    epoch, entries = max((_read(folder / name) for name in _FILES), key=lambda found: found[0])
    return entries if epoch >= 0 else []


class Leftover:
    """The journal of a session that ended before the store had everything."""

    def __init__(self, folder: Path, fd: int, entries: list[dict[str, Any]]):
        self.folder, self._fd, self.entries = folder, fd, entries

    def remove(self) -> None:
        """Once its entries are safe elsewhere (in the store, or in a new journal)."""
        os.close(self._fd)
        _remove_session(self.folder)

    def release(self) -> None:
        os.close(self._fd)


def leftovers(store: Path) -> list[Leftover]:
    """Journals of this store that no running session holds, oldest first;
    each is locked until ``remove`` or ``release``, and they come in the order
    their sessions last wrote, so that a later edit of the same record wins."""
    found = []
    for parent in (journal_folder(store), fallback_folder(store)):
        if not parent.is_dir():
            continue
        try:
            with _folder_lock(parent):  # no session is being made meanwhile
                found.extend(_unheld(parent))
        except OSError:
            continue
    return sorted(found, key=lambda leftover: _last_written(leftover.folder))  # the one that wrote last replays last


def _unheld(parent: Path) -> list[Leftover]:
    found = []
    for folder in parent.iterdir():
        first = folder / _FILES[0]
        if not first.is_file():
            continue
        try:
            fd = os.open(first, os.O_RDWR)
        except OSError:
            continue
        if not _hold(fd):
            os.close(fd)  # a window that is still open
            continue
        found.append(Leftover(folder, fd, read_folder(folder)))
    return found


def _remove_session(folder: Path) -> None:
    """A session's folder goes; with the last one, the journal folder beside the store too."""
    try:
        with _folder_lock(folder.parent):
            shutil.rmtree(folder, ignore_errors=True)
            if [p.name for p in folder.parent.iterdir()] == [LOCK_NAME]:
                (folder.parent / LOCK_NAME).unlink()
                folder.parent.rmdir()
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _folder_lock(parent: Path) -> Iterator[None]:
    """The journal folder's own lock, held while a session is made or leftovers are looked for."""
    path = parent / LOCK_NAME
    while True:
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            break
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        try:  # the last window to close removes the lock file: the one locked must still be the one named
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield
    finally:
        os.close(fd)


def _last_written(folder: Path) -> float:
    times = []
    for name in _FILES:
        try:
            times.append((folder / name).stat().st_mtime)
        except OSError:  # another window removed its folder meanwhile
            pass
    return max(times, default=0.0)


class Journal:
    """The journal of this session: ``append`` an edit, ``rewrite`` with what is
    still unsaved (nothing, once the store has it all)."""

    def __init__(self, folder: Path, store: Path):
        self.folder, self.store = folder, store
        folder.mkdir(parents=True, exist_ok=True)
        self._fds = [os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o600) for name in _FILES]
        self._lock = threading.Lock()
        if not _hold(self._fds[0]):
            self._close_fds()
            raise JournalError(f"{folder} is in use")
        self._sizes = [0, 0]
        try:
            for fd in self._fds:
                self._grow(fd, CHUNK)
            self.epoch, self.current, self.seq, self._offset = 0, 0, 0, 0
            self._start([])
        except OSError:
            self._close_fds()
            raise

    @classmethod
    def open(cls, store: Path) -> Journal:
        """A new session's journal beside the store, or in the user data folder
        when the store's folder cannot take it; JournalError when neither can.

        It is made and locked under the folder's own lock, which a window
        looking for leftovers takes too: it never takes a session that is being
        born for a dead one."""
        session = uuid.uuid4().hex[:12]
        problems = []
        for parent in (journal_folder(store), fallback_folder(store)):
            try:
                with _folder_lock(parent):
                    return cls(parent / session, store)
            except OSError as exc:
                problems.append(f"{parent}: {exc.strerror or exc}")
                shutil.rmtree(parent / session, ignore_errors=True)
        raise JournalError("; ".join(problems))

    def _grow(self, fd: int, size: int) -> None:
        index = self._fds.index(fd)
        if size <= self._sizes[index]:
            return
        room = -(-size // CHUNK) * CHUNK
        try:
            _allocate(fd, room)
        except OSError as exc:
            raise JournalFull(exc.errno, f"no room for the journal ({exc.strerror})") from None
        self._sizes[index] = room

    def _start(self, entries: list[dict[str, Any]]) -> None:
        """Write the other file (or the first, at creation) from its start: a new
        epoch and ``entries``; it is the current one once synced."""
        target = 1 - self.current if self.epoch else 0
        epoch = self.epoch + 1
        parts = [_record({"epoch": epoch, "store": str(self.store), "count": len(entries)})]
        for entry in entries:
            self.seq += 1
            parts.append(_record({**entry, "seq": self.seq}))
        data = b"".join(parts)
        fd = self._fds[target]
        self._grow(fd, len(data) + len(_END))
        try:
            os.pwrite(fd, data + _END, 0)
            _sync(fd)
        except OSError as exc:
            raise JournalError(exc.errno, f"the journal cannot be written ({exc.strerror})") from None
        self.epoch, self.current, self._offset = epoch, target, len(data)

    def _present(self) -> bool:
        """Whether the files are still where they were (somebody may delete the folder)."""
        try:
            return os.fstat(self._fds[0]).st_nlink > 0 and os.fstat(self._fds[1]).st_nlink > 0
        except OSError:
            return False

    def _revive(self) -> None:
        """The folder was deleted under the session: make it again, empty."""
        self._close_fds()
        self.folder.mkdir(parents=True, exist_ok=True)
        self._fds = [os.open(self.folder / name, os.O_RDWR | os.O_CREAT, 0o600) for name in _FILES]
        if not _hold(self._fds[0]):
            raise JournalError(f"{self.folder} is in use")
        self._sizes = [0, 0]
        for fd in self._fds:
            self._grow(fd, CHUNK)
        self.epoch, self.current, self._offset = 0, 0, 0

    def append(self, entry: dict[str, Any]) -> int:
        """Add one edit, on disk when this returns; its sequence number."""
        with self._lock:
            if not self._fds:
                raise JournalError("the journal is closed")
            if not self._present():  # the rewrite that follows makes it again, with everything unsaved
                raise JournalError(2, "the journal was deleted")
            record = _record({**entry, "seq": self.seq + 1})
            fd = self._fds[self.current]
            self._grow(fd, self._offset + len(record) + len(_END))
            try:
                os.pwrite(fd, record + _END, self._offset)
                _sync(fd)
            except OSError as exc:
                raise JournalError(exc.errno, f"the journal cannot be written ({exc.strerror})") from None
            self.seq += 1
            self._offset += len(record)
            return self.seq

    def rewrite(self, entries: list[dict[str, Any]]) -> None:
        """What is unsaved, and nothing else: empty once the store has everything."""
        with self._lock:
            if not self._fds:
                raise JournalError("the journal is closed")
            if not self._present():
                try:
                    self._revive()
                except OSError as exc:
                    raise JournalError(exc.errno, f"the journal cannot be made again ({exc.strerror})") from None
            self._start(entries)

    def entries(self) -> list[dict[str, Any]]:
        return read_folder(self.folder)

    def _close_fds(self) -> None:
        for fd in self._fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self._fds = []

    def close(self, keep: bool) -> None:
        """End the session: the folder goes, unless what it holds must wait for the next start."""
        with self._lock:
            if not self._fds:
                return
            self._close_fds()
            if not keep:
                _remove_session(self.folder)
