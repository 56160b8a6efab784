"""The bundle file of the team exchange: written and read as a stream.

    DELEGATE-BUNDLE 2
    {"format": "delegate-bundle", "id", "store", "author", "created", "schema", "knowledge", "base"}
    {"r": gid, "f": field, "v": value, "vv": {store: counter}, "s": store, "n": counter, "a": author, "t": time}
    ... one line a version ...
    {"end": <versions>, "sha256": <of the version lines>}

A bundle is refused above MAX_BYTES, a line above MAX_LINE, before it is read
further; one without its last line, or whose checksum does not match, is
damaged or incomplete; a line that is not a version is malformed. The caller
reads the versions inside its transaction, so a refusal changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ..core.errors import DelegateError
from ..core.field_versions import Version
from ..store.database import SCHEMA_VERSION, Database
from .files import _exclusive_beside, _sync_folder, check_output

MAGIC = b"DELEGATE-BUNDLE 2\n"
OLD_MAGIC = b"DELEGATE-BUNDLE 1\n"
MAX_BYTES = 512 * 1024 * 1024
MAX_LINE = 64 * 1024 * 1024
MAX_HEADER = 1024 * 1024
Line = tuple[str, str, Version]


def _line(gid: str, field: str, v: Version) -> bytes:
    """A version as one line, its keys sorted; the vector, last, as the store keeps its text."""
    from ..store.exchange import vector_text

    record = {"r": gid, "f": field, "v": v.value, "s": v.store, "n": v.counter, "a": v.author, "t": v.at}
    head = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return f'{head[:-1]}, "vv": {vector_text(v.vv)}}}\n'.encode()


def write_bundle(out: str | os.PathLike[str], header: dict[str, Any], lines: Iterable[Line]) -> tuple[int, int]:
    """Write a bundle by a temporary name beside ``out``, then rename it; (versions, bytes)."""
    target = Path(out)
    check_output(target)
    try:
        tmp, fd = _exclusive_beside(target)
    except OSError as exc:
        raise DelegateError(f"cannot be written ({exc.strerror or exc})", str(target)) from None
    digest, count, size = hashlib.sha256(), 0, 0
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + json.dumps({**header, "format": "delegate-bundle"}).encode("utf-8") + b"\n")
            for gid, field, version in lines:
                data = _line(gid, field, version)
                digest.update(data)
                f.write(data)
                count += 1
                size += len(data)
            f.write(json.dumps({"end": count, "sha256": digest.hexdigest()}).encode("utf-8") + b"\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise DelegateError(f"cannot be written ({exc.strerror or exc})", str(target)) from None
        raise
    _sync_folder(target.parent)
    return count, size


class Bundle:
    """A bundle opened for reading: its header at once, its versions as a stream."""

    def __init__(self, path: str | os.PathLike[str]):
        self.name = str(path)
        try:
            size = Path(path).stat().st_size
            self.file: IO[bytes] = open(path, "rb")  # noqa: SIM115 (closed by close(), or by the with block)
        except OSError as exc:
            raise DelegateError(f"cannot read it ({exc.strerror or exc})", self.name) from None
        try:
            self.header = self._header(size)
        except BaseException:
            self.file.close()
            raise

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.file.close()

    def refuse(self, reason: str) -> DelegateError:
        return DelegateError(reason, self.name)

    def _header(self, size: int) -> dict[str, Any]:
        magic = self.file.read(len(MAGIC))
        if magic == OLD_MAGIC:
            raise self.refuse("this bundle was written by an earlier Delegate; ask for a new one")
        if magic != MAGIC:
            raise self.refuse("this is not a Delegate bundle of changes")
        if size > MAX_BYTES:
            raise self.refuse(f"the bundle is larger than {MAX_BYTES // 2**20} MB; ask for smaller ones")
        head = self.file.readline(MAX_HEADER + 1)
        try:
            if not head.endswith(b"\n"):
                raise ValueError("no header")
            header = json.loads(head)
            if not isinstance(header, dict) or header.get("format") != "delegate-bundle":
                raise ValueError("not a bundle")
            for key in ("id", "store"):
                if not isinstance(header.get(key), str) or not header[key]:
                    raise ValueError(key)
            for key in ("knowledge", "base"):
                header[key] = _vector(header.get(key, {}))
        except ValueError:
            raise self.refuse("the bundle is damaged (its header cannot be read)") from None
        schema = header.get("schema")
        if not isinstance(schema, int) or schema > SCHEMA_VERSION:
            raise self.refuse("the bundle comes from a newer version of Delegate; update this one to take it in")
        return header

    def load(self, db: Database, number: int) -> int:
        """Every version of the bundle into the temporary table ``exchange_incoming``
        (tagged ``number``), checked and taken apart by SQLite's JSON functions:
        a team's version lines carry a vector each, an entry per colleague, and
        parsing, checking and writing them again in Python cost most of a sync.
        The rules are VALID's below; a refusal leaves nothing there."""
        db.execute(LINES)
        db.execute("DELETE FROM exchange_lines")
        digest, count, batch = hashlib.sha256(), 0, []
        try:
            while True:
                line = self.file.readline(MAX_LINE + 1)
                if not line.endswith(b"\n"):
                    what = "a line longer than the limit" if len(line) > MAX_LINE else "no end"
                    raise self.refuse(f"the bundle is damaged or incomplete ({what})")
                if line.startswith(b'{"end"'):
                    self._end(line, count, digest.hexdigest())
                    break
                digest.update(line)
                count += 1
                try:
                    batch.append((count, line.decode("utf-8")))
                except UnicodeDecodeError:
                    raise self.refuse(f"the bundle is malformed (line {count + 2} is not a version)") from None
                if len(batch) >= 2000:
                    db.conn.executemany("INSERT INTO exchange_lines VALUES (?, ?)", batch)
                    batch.clear()
            db.conn.executemany("INSERT INTO exchange_lines VALUES (?, ?)", batch)
            db.execute(MEMBERS)
            db.execute(TAKE_MEMBERS)
            bad = db.execute(f"SELECT min(n) FROM exchange_lines l WHERE NOT EXISTS ({VALID})").fetchone()[0]
            if bad is not None:
                raise self.refuse(f"the bundle is malformed (line {bad + 2} is not a version)")
            db.execute(TAKE_APART, [number])
        finally:
            db.execute("DELETE FROM exchange_lines")
            db.execute("DROP TABLE IF EXISTS temp.exchange_members")
        return count

    def _end(self, line: bytes, count: int, digest: str) -> None:
        try:
            record = json.loads(line)
        except ValueError:
            raise self.refuse(f"the bundle is malformed (line {count + 3} is not a version)") from None
        if not isinstance(record, dict) or record.get("end") != count or record.get("sha256") != digest:
            raise self.refuse("the bundle is damaged or incomplete (its checksum does not match)")
        if self.file.read(1):
            raise self.refuse("the bundle is damaged (something follows its end)")


LINES = "CREATE TEMP TABLE IF NOT EXISTS exchange_lines (n INTEGER PRIMARY KEY, line TEXT NOT NULL)"
# A line's small members are read in one parse of it: json_extract with several paths gives
# them as one JSON array, [r, f, s, n, a, t, vv], kept in exchange_members with the type of
# the value; the checks read that array, and the value, a whole text in a first fill, is read
# from the line once, when it is a text. (A json_extract a member parsed the whole line each
# time: eighteen parses a line, most of reading a first fill's 20 MB; json_each into members
# was slower still, for the many short lines of a team's edits.)
MEMBERS = "CREATE TEMP TABLE IF NOT EXISTS exchange_members (n INTEGER PRIMARY KEY, m TEXT NOT NULL, vt TEXT)"
TAKE_MEMBERS = """INSERT INTO exchange_members (n, m, vt)
    SELECT n, json_extract(line, '$.r', '$.f', '$.s', '$.n', '$.a', '$.t', '$.vv'), json_type(line, '$.v')
    FROM exchange_lines WHERE json_valid(line) AND substr(ltrim(line, ' ' || char(9, 10, 13)), 1, 1) = '{'"""
# a version line as a bundle must hold it: an object, with a record id with a kind, a field, a
# text value or none, a store, a counter >= 1, texts for who and when (or none), and a vector
# of counters whose entry for the store is the counter
VALID = """SELECT 1 FROM exchange_members x WHERE x.n = l.n AND CASE
    WHEN json_type(m, '$[0]') = 'text' AND instr(json_extract(m, '$[0]'), ':') > 0
        AND json_type(m, '$[1]') = 'text' AND json_extract(m, '$[1]') != ''
        AND json_type(m, '$[2]') = 'text' AND json_extract(m, '$[2]') != ''
        AND json_type(m, '$[3]') = 'integer' AND json_extract(m, '$[3]') >= 1
        AND json_type(m, '$[4]') IN ('text', 'null') AND json_type(m, '$[5]') IN ('text', 'null')
        AND json_type(m, '$[6]') = 'object' AND coalesce(vt, 'null') IN ('null', 'text')
    THEN NOT EXISTS (SELECT 1 FROM json_each(m, '$[6]') WHERE type != 'integer' OR value < 0)
        AND (SELECT value FROM json_each(m, '$[6]') e WHERE e.key = json_extract(m, '$[2]'))
            IS json_extract(m, '$[3]')
    ELSE 0 END"""  # nested: SQLite need not stop at the first false term, and json_each raises on a non-object
TAKE_APART = """INSERT INTO exchange_incoming (kind, gid, field, store, counter, value, vv, author, at, bundle)
    SELECT CASE substr(r, 1, instr(r, ':') - 1) WHEN 'version' THEN 0 WHEN 'contribution' THEN 1
        WHEN 'proposal' THEN 2 WHEN 'position' THEN 3 WHEN 'conference' THEN 4 WHEN 'conference_document' THEN 5
        WHEN 'agenda' THEN 5 WHEN 'support' THEN 5 ELSE 9 END, r, f, s, c, v, vv, coalesce(a, ''), coalesce(t, ''), ?
    FROM (SELECT json_extract(m, '$[0]') AS r, json_extract(m, '$[1]') AS f, json_extract(m, '$[2]') AS s,
        json_extract(m, '$[3]') AS c, json_extract(m, '$[4]') AS a, json_extract(m, '$[5]') AS t,
        json_extract(m, '$[6]') AS vv, CASE WHEN x.vt = 'text' THEN json_extract(l.line, '$.v') END AS v
        FROM exchange_members x JOIN exchange_lines l ON l.n = x.n ORDER BY x.n)"""


def _vector(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool) and n >= 0 for k, n in value.items()
    ):
        raise ValueError("not a version vector")
    return dict(value)
