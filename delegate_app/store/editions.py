"""Storing imported texts, and the editions of a text: the library changes only
when the delegate asks.

A text of the library is a resolution's revision in a language ("PP 191, Rev.
Dubai, 2018, English"). The library holds one wording of it in force, the
version the rest of the app works on, and any number of editions beside it
(``edition_of`` names the version in force, ``replaced_at`` since when the
edition is not in force). An import never changes a text in force:

- the same wording, provision for provision, is "unchanged";
- another wording of a text the library has is kept beside it as an edition,
  not in force ("edition"); the delegate chooses which is in force
  (``use_edition``), and only that changes it;
- the text a tracked Word draft was drafted from (its "original" side) is only
  the draft's base: stored when the library has no text of that revision,
  marked as taken from a draft (``origin``), and otherwise left out, the
  report saying when it differs from the library's;
- a heading read with its revision marks flattened ("Busan, 2014DUBAI,
  2018") is read as the revision it ends with, never stored under a name that
  runs two together.

Imports happen in one transaction per call: several files are all stored, or
none.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from ..core.errors import DelegateError
from .database import Database, decoded, writing
from .library import contribution_label, link_bases, now, resolution_id

if TYPE_CHECKING:
    from ..core.model import Contribution, Resolution

DRAFT = "draft"  # versions.origin of a text taken from a tracked draft's base


class ImportOutcome(NamedTuple):
    path: str
    kind: str
    status: str  # "added", "unchanged", or "edition": kept beside the stored text, not in force
    label: str
    ids: Sequence[int] = ()  # the versions holding the file's wordings, or the contribution id
    warnings: Sequence[str] = ()
    editions: Sequence[tuple[int, int]] = ()  # (an edition of the file's wording, the version in force beside it)


class Stored(NamedTuple):
    """Where one text's wording is in the library after an import."""

    id: int  # the version holding this wording (the one in force, or an edition of it)
    status: str  # "added", "unchanged", "edition", or for a draft's base "differs" (not stored)
    in_force: int  # the version in force of this text
    rows: int = 0  # provisions of this wording, and of the one in force when it differs
    rows_in_force: int = 0


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _document_row(db: Database, kind: str, path: str, digest: str, warnings: list[str]) -> tuple[int, bool]:
    """(the id of the document row of these bytes, whether they were imported before)."""
    existing = db.execute("SELECT id FROM documents WHERE sha256 = ?", [digest]).fetchone()
    if existing:
        return int(existing[0]), True
    cursor = db.execute(
        "INSERT INTO documents (kind, path, sha256, imported_at, warnings) VALUES (?, ?, ?, ?, ?)",
        [kind, path, digest, now(), "\n".join(warnings)],
    )
    return int(cursor.lastrowid or 0), False


def wording(res: Resolution) -> tuple[object, ...]:
    """What makes two texts the same text, provision for provision: the title,
    preamble and history, the calls, every provision's place and words, the
    annexes' heads and the footnotes' words. Not the heading's case or spacing,
    nor where a footnote mark was read."""
    from ..core.outline import outline

    return (
        res.title,
        res.preamble,
        res.history,
        [s.call for s in res.sections],
        [(r.call, r.path, r.text) for r in outline(res)],
        [(a.label, a.reference, a.title) for a in res.annexes],
        [n.text for n in res.footnotes],
    )


def _wording_of(db: Database, version_id: int, data: str) -> tuple[object, ...]:
    import json

    from ..core.model import Resolution

    return wording(decoded(f"version {version_id}", lambda: Resolution.from_dict(json.loads(data))))


def _in_force(db: Database, rid: int, res: Resolution) -> tuple[int, str, str] | None:
    """(id, revision, document) of the text in force of ``res``'s revision and
    language, however its heading is cased or spaced: the Final Acts print
    "(REV. DUBAI, 2018)" where the Sector's file says "(Rev. Dubai, 2018)"."""
    from ..core.revision import revision_key

    wanted = revision_key(res.revision)
    return next(
        (
            (vid, revision, data)
            for vid, revision, data in db.execute(
                "SELECT id, revision, data FROM versions WHERE resolution_id = ? AND language = ? "
                "AND edition_of IS NULL",
                [rid, res.language],
            )
            if revision == res.revision or revision_key(revision) == wanted
        ),
        None,
    )


def store_version(
    db: Database, res: Resolution, document_id: int | None, *, base_of_draft: bool = False, as_sent: str | None = None
) -> Stored:
    """Store one text's wording without changing any text in force (see the module).
    With ``base_of_draft`` it is the text a tracked draft was drafted from: stored
    only when the library has no text of its revision ("differs" when it has
    another wording, and nothing is stored). ``as_sent`` is the JSON ``res`` was
    read from, when another store wrote it from its own ``to_dict`` (the
    exchange): a new text keeps it as it came rather than encode it again."""
    import json

    rid = resolution_id(db, res.body, res.number)
    assert rid is not None
    found = _in_force(db, rid, res)
    if found is None:
        vid = _insert(db, rid, res, document_id, DRAFT if base_of_draft else "", data=as_sent)
        return Stored(vid, "added", vid)
    vid, revision, stored = found
    if revision != res.revision:  # the revision kept as the library first had it
        res = dataclasses.replace(res, revision=revision)
    data = json.dumps(res.to_dict(), ensure_ascii=False)
    if data == stored:
        return Stored(vid, "unchanged", vid)
    mine, theirs = wording(res), _wording_of(db, vid, stored)
    if mine == theirs:
        return Stored(vid, "unchanged", vid)
    if base_of_draft:
        return Stored(vid, "differs", vid, len(_rows(mine)), len(_rows(theirs)))
    for eid, edition in db.execute("SELECT id, data FROM versions WHERE edition_of = ?", [vid]).fetchall():
        if edition == data or _wording_of(db, eid, edition) == mine:  # this wording is kept already
            return Stored(int(eid), "edition", vid)
    return Stored(_insert(db, rid, res, document_id, "", edition_of=vid), "edition", vid)


def _rows(found: tuple[object, ...]) -> list[object]:
    rows = found[4]
    assert isinstance(rows, list)
    return rows


def _insert(
    db: Database,
    rid: int,
    res: Resolution,
    document_id: int | None,
    origin: str,
    edition_of: int | None = None,
    data: str | None = None,
) -> int:
    """A new version row and its provisions: in force, or an edition of ``edition_of``
    (``data``: its JSON as written already, see store_version)."""
    import json

    from ..core.outline import outline
    from ..core.revision import revision_year

    when = now()
    vid = db.execute(
        "INSERT INTO versions (resolution_id, document_id, revision, year, language, title, imported_at, "
        "edition_of, replaced_at, origin, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            rid,
            document_id,
            res.revision,
            revision_year(res.revision or res.history),
            res.language,
            res.title,
            when,
            edition_of,
            when if edition_of is not None else "",
            origin,
            json.dumps(res.to_dict(), ensure_ascii=False) if data is None else data,
        ],
    ).lastrowid
    assert vid is not None
    # plain executemany: sqlite-utils' insert_all looked at every value for JSON to
    # encode and built its queries per batch, 0.3 ms a version of an import
    rows = [(vid, 0, "", "title", "", res.title)]
    rows += [(vid, n, r.call, r.path, r.label, r.text) for n, r in enumerate(outline(res), 1)]
    db.conn.executemany(
        "INSERT INTO provisions (version_id, seq, call, path, label, text) VALUES (?, ?, ?, ?, ?, ?)", rows
    )
    return int(vid)


# The full-text indexes are kept by triggers on ``provisions``, row by row: for
# a first fill of a whole library (60,000 provisions, 20 MB of text) that was
# 2.7 s of a 4.6 s exchange bundle, against 0.45 s for the same rows indexed in
# one statement each. A bulk fill therefore sets the insert triggers aside inside
# its own transaction, indexes its new rows in one statement per index, and puts
# the triggers back as the store holds them (their SQL read from sqlite_master,
# so schema.py stays the one copy). DDL is transactional in SQLite: a crash, an
# error or a rollback leaves the triggers and the index as they were. Only
# triggers of the one shape schema.py gives them (an insert of new.id, new.text
# into an FTS table, with or without a WHEN) are set aside; a store with any
# other insert trigger on provisions is filled row by row, as before.
_INDEX_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) AFTER INSERT ON provisions(?: WHEN (.+?))? BEGIN\s*"
    r"INSERT INTO (\w+)\(rowid, text\) VALUES \(new\.id, new\.text\);\s*END",
    re.DOTALL,
)
_NEW = re.compile(r"\bnew\.")
_WIDE_CLASS = re.compile(r"new\.text GLOB '\*\[([^\]])-([^\]])\]\*'")
BULK = 8  # texts from which an import indexes once (below, the triggers' work is smaller than setting them aside)


@contextmanager
def indexed_once(db: Database, bulk: bool = True) -> Iterator[None]:
    """Provisions inserted inside are indexed once at the end (see above), and
    versions counted once (the count trigger, schema 15, set aside the same
    way), in a savepoint of the caller's transaction (or a transaction of its
    own): an error inside rolls the rows, the index, the counts and the triggers
    back together. Inside, no provision may be deleted (a new one could then take
    an id below the first new one), none inserted inside changed (it is not
    indexed yet), and no version inserted inside moved, put aside or deleted (it
    is not counted yet): temporary triggers refuse these rather than leave the
    index or the counts wrong."""
    from .schema import COUNT_NEW_VERSIONS, COUNT_TRIGGER

    with writing(db):
        triggers = _index_triggers(db) if bulk else None
        if not triggers:
            yield
            return
        first = int(db.execute("SELECT coalesce(max(id), 0) FROM provisions").fetchone()[0]) + 1
        first_version = int(db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]) + 1
        counting = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [COUNT_TRIGGER])
        count_sql = (counting.fetchone() or [None])[0]
        for name in [name for name, _sql, _table, _when in triggers] + ([COUNT_TRIGGER] if count_sql else []):
            db.execute(f"DROP TRIGGER {name}")
        for name, event, table, when in (
            ("bulk_update", "UPDATE OF text", "provisions", f"WHEN old.id >= {first} "),
            ("bulk_delete", "DELETE", "provisions", ""),
            ("bulk_move", "UPDATE OF resolution_id, edition_of", "versions", f"WHEN old.id >= {first_version} "),
            ("bulk_drop", "DELETE", "versions", f"WHEN old.id >= {first_version} "),
        ):
            db.execute(  # TEMP: never in the store, and gone with the connection
                f"CREATE TEMP TRIGGER IF NOT EXISTS {name} BEFORE {event} ON main.{table} {when}"
                "BEGIN SELECT RAISE(ABORT, 'a row changed in a bulk fill before it was indexed and counted'); END"
            )
        try:
            yield
        finally:
            for name in ("bulk_update", "bulk_delete", "bulk_move", "bulk_drop"):
                db.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
        for _name, sql, table, when in triggers:
            where = f" AND ({_replayed(when)})" if when else ""
            db.execute(
                f"INSERT INTO {table}(rowid, text) SELECT id, text FROM provisions WHERE id >= ?{where}", [first]
            )
            db.execute(sql)
        if count_sql:
            db.execute(COUNT_NEW_VERSIONS, [first_version])
            db.execute(count_sql)


def _replayed(when: str) -> str:
    """A trigger's condition on the new row, as a condition on the rows of provisions.
    A test of one character range above ASCII (the Chinese index's) is preceded by
    one that is cheap and implied by it: a text holds a character beyond ASCII
    only if its length in characters and in bytes differ. GLOB goes through the
    text character by character (190 ms for a library of 60,000 provisions in
    English); comparing lengths costs a tenth, and leaves GLOB the texts
    that hold any letter beyond ASCII."""
    found = _WIDE_CLASS.fullmatch(when.strip())
    cheap = "length(text) <> length(CAST(text AS BLOB)) AND " if found and ord(found.group(1)) >= 0x80 else ""
    return cheap + _NEW.sub("provisions.", when)


def _index_triggers(db: Database) -> list[tuple[str, str, str, str]] | None:
    """The insert triggers on provisions, (name, sql, index, condition), when each
    is of the shape that can be replayed in one statement; else None."""
    found = []
    for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'provisions'"
    ):
        head = re.split(r"\bBEGIN\b", sql, maxsplit=1, flags=re.IGNORECASE)[0]
        if not re.search(r"\bINSERT\b", head, re.IGNORECASE):
            continue
        shape = _INDEX_TRIGGER.fullmatch(sql.strip())
        if shape is None or shape.group(1) != name:
            return None
        found.append((str(name), str(sql), shape.group(3), shape.group(2) or ""))
    return found or None


def import_documents(
    db: Database,
    items: list[tuple[str, bytes, Resolution | Contribution, Resolution | Contribution | None, list[str]]],
    more: dict[str, list[Resolution]] | None = None,
) -> list[ImportOutcome]:
    """Store parsed documents in one transaction: (path, bytes, document, original, warnings);
    ``more`` has the further resolutions of a file that holds several (by path).
    ``original`` is the text before a Word file's tracked changes: a draft's base."""
    from ..core.model import Resolution
    from .contributions import store_contribution

    outcomes: list[ImportOutcome] = []
    texts = len(items) + sum(len(found) for found in (more or {}).values())
    with writing(db), indexed_once(db, texts >= BULK):  # a library's worth indexed once, after its rows
        for path, data, document, original, warnings in items:
            doc_id, seen = _document_row(db, document.kind, path, sha256(data), warnings)
            if isinstance(document, Resolution):
                base = original if isinstance(original, Resolution) else None
                outcomes += _store_texts(db, path, doc_id, document, base, (more or {}).get(path, []), warnings)
            elif seen:  # the same bytes: the contribution is in the library already
                label = contribution_label(document)
                outcomes.append(ImportOutcome(path, "contribution", "unchanged", label, warnings=warnings))
            else:
                notes = link_bases(db, document)
                cid = store_contribution(db, document, doc_id)
                label = contribution_label(document)
                outcomes.append(ImportOutcome(path, "contribution", "added", label, [cid], [*warnings, *notes]))
    return outcomes


def _store_texts(
    db: Database,
    path: str,
    doc_id: int,
    document: Resolution,
    base: Resolution | None,
    further: list[Resolution],
    warnings: list[str],
) -> list[ImportOutcome]:
    """A file's resolution (and its draft's base, and the file's further resolutions), each its own outcome."""
    notes = list(warnings)
    document = _as_read(document, notes)
    stored = []
    if base is not None:
        base = _as_read(base, notes)
        found = store_version(db, base, doc_id, base_of_draft=True)
        stored += [found] if found.status == "added" else []
        notes += _base_notes(base, found)
    stored.append(store_version(db, document, doc_id))
    outcomes = [_outcome(path, document.heading, stored, notes)]
    for res in further:  # one file, several resolutions
        notes = []
        res = _as_read(res, notes)
        outcomes.append(_outcome(path, res.heading, [store_version(db, res, doc_id)], notes))
    return outcomes


def _outcome(path: str, label: str, stored: list[Stored], warnings: list[str]) -> ImportOutcome:
    statuses = {s.status for s in stored}
    status = next((s for s in ("added", "edition") if s in statuses), "unchanged")
    editions = [(s.id, s.in_force) for s in stored if s.status == "edition"]
    return ImportOutcome(path, "resolution", status, label, [s.id for s in stored], warnings, editions)


def _as_read(res: Resolution, notes: list[str]) -> Resolution:
    """The text under the revision it is: a heading whose revision marks were
    flattened names the one it ends with (and says so in ``notes``)."""
    from ..core.revision import read_revision

    revision, replaced = read_revision(res.revision, res.language)
    if not replaced:
        return res
    notes.append(
        f'the heading names two revisions run together ("{res.revision}": its revision marks were lost); '
        f"it is read as {revision}, which replaced {replaced}, and its wording may hold the words of both"
    )
    return dataclasses.replace(res, revision=revision)


def _base_notes(base: Resolution, found: Stored) -> list[str]:
    """What the report says of a tracked draft's base."""
    if found.status == "added":
        return [
            f"the text before its tracked changes, {base.heading}, was not in the library: "
            "it is stored as taken from this draft"
        ]
    if found.status != "differs":
        return []
    how = (
        f"{found.rows} provisions against {found.rows_in_force}"
        if found.rows != found.rows_in_force
        else "its provisions are worded otherwise"
    )
    return [
        f"the text before its tracked changes differs from the library's {base.heading} ({how}); "
        "the library's text stays in force and the draft's base was not stored"
    ]


class EditionChoice(NamedTuple):
    in_force: int  # the version now in force
    set_aside: int | None  # the one that was, now an edition beside it; None if it was in force already


def use_edition(db: Database, version_id: int) -> EditionChoice:
    """Put an edition in force in place of the text in force (the delegate's
    choice, the one way a text in force changes): the one in force becomes an
    edition of it, from now, and the other editions stand beside it. Proposals
    marked against either keep the wording they were marked against."""
    with writing(db):
        row = db.execute("SELECT edition_of FROM versions WHERE id = ?", [version_id]).fetchone()
        if row is None:
            raise DelegateError(f"no resolution version with id {version_id}")
        current = row[0]
        if current is None:
            return EditionChoice(version_id, None)
        # the one in force steps aside first: one text in force at a time (versions_current)
        db.execute("UPDATE versions SET edition_of = ?, replaced_at = ? WHERE id = ?", [version_id, now(), current])
        db.execute(
            "UPDATE versions SET edition_of = ? WHERE edition_of = ? AND id <> ?", [version_id, current, version_id]
        )
        db.execute("UPDATE versions SET edition_of = NULL, replaced_at = '' WHERE id = ?", [version_id])
    return EditionChoice(version_id, int(current))


def take_text(db: Database, res: Resolution) -> int:
    """A colleague's text in force (the team exchange, where a field only the
    sender changed takes the sender's value): stored beside the text in force,
    then put in force; the one it replaces is kept as an edition."""
    found = store_version(db, res, None)
    if found.status == "edition":
        use_edition(db, found.id)
    return found.id
