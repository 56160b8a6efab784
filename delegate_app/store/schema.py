"""The store's schema, as an ordered list of migrations, and the version a
store file's header says it has.

Append, never edit: migration N turns a store of schema N-1 into schema N. The
full-text index is written out by hand rather than with sqlite-utils'
``enable_fts`` so that it is created inside the migration's transaction and its
triggers are visible here; ``table.transform()`` drops triggers, so a later
migration that transforms ``provisions`` must re-create them (see
FTS_TRIGGERS).

Ids are explicit INTEGER PRIMARY KEYs so rowids stay stable under VACUUM and
the external-content FTS table keeps pointing at the right rows.
"""

from __future__ import annotations

import os

FTS_TOKENIZER = "unicode61 remove_diacritics 2"

FTS_TRIGGERS = [
    """CREATE TRIGGER provisions_ai AFTER INSERT ON provisions BEGIN
         INSERT INTO provisions_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER provisions_ad AFTER DELETE ON provisions BEGIN
         INSERT INTO provisions_fts(provisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER provisions_au AFTER UPDATE OF text ON provisions BEGIN
         INSERT INTO provisions_fts(provisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
         INSERT INTO provisions_fts(rowid, text) VALUES (new.id, new.text);
       END""",
]

_V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE documents (
         id INTEGER PRIMARY KEY,
         kind TEXT NOT NULL,
         path TEXT NOT NULL,
         sha256 TEXT NOT NULL UNIQUE,
         imported_at TEXT NOT NULL,
         warnings TEXT NOT NULL DEFAULT ''
       )""",
    """CREATE TABLE resolutions (
         id INTEGER PRIMARY KEY,
         body TEXT NOT NULL,
         number TEXT NOT NULL,
         UNIQUE (body, number)
       )""",
    """CREATE TABLE versions (
         id INTEGER PRIMARY KEY,
         resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
         document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
         revision TEXT NOT NULL,
         year INTEGER,
         language TEXT NOT NULL,
         title TEXT NOT NULL,
         data TEXT NOT NULL,
         imported_at TEXT NOT NULL,
         UNIQUE (resolution_id, revision, language)
       )""",
    "CREATE INDEX versions_resolution ON versions(resolution_id, year)",
    """CREATE TABLE provisions (
         id INTEGER PRIMARY KEY,
         version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
         seq INTEGER NOT NULL,
         call TEXT NOT NULL,
         path TEXT NOT NULL,
         label TEXT NOT NULL,
         text TEXT NOT NULL
       )""",
    "CREATE INDEX provisions_version ON provisions(version_id, seq)",
    f"""CREATE VIRTUAL TABLE provisions_fts USING fts5(
         text, content='provisions', content_rowid='id', tokenize='{FTS_TOKENIZER}'
       )""",
    *FTS_TRIGGERS,
    """CREATE TABLE contributions (
         id INTEGER PRIMARY KEY,
         document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
         document TEXT NOT NULL DEFAULT '',
         meeting TEXT NOT NULL DEFAULT '',
         date TEXT NOT NULL DEFAULT '',
         original_language TEXT NOT NULL DEFAULT '',
         source TEXT NOT NULL DEFAULT '',
         title TEXT NOT NULL DEFAULT '',
         data TEXT NOT NULL,
         created TEXT NOT NULL,
         updated TEXT NOT NULL
       )""",
    """CREATE TABLE proposals (
         id INTEGER PRIMARY KEY,
         contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
         seq INTEGER NOT NULL,
         action TEXT NOT NULL,
         number TEXT NOT NULL DEFAULT '',
         resolution_id INTEGER REFERENCES resolutions(id),
         base_version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
         status TEXT NOT NULL DEFAULT 'draft',
         reasons TEXT NOT NULL DEFAULT '',
         data TEXT NOT NULL
       )""",
    "CREATE INDEX proposals_contribution ON proposals(contribution_id, seq)",
    "CREATE INDEX proposals_resolution ON proposals(resolution_id)",
    """CREATE TABLE positions (
         id INTEGER PRIMARY KEY,
         resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
         provision TEXT NOT NULL DEFAULT '',
         stance TEXT NOT NULL,
         priority TEXT NOT NULL,
         rationale TEXT NOT NULL DEFAULT '',
         talking_points TEXT NOT NULL DEFAULT '',
         regional_alignment TEXT NOT NULL DEFAULT '',
         owner TEXT NOT NULL DEFAULT '',
         updated TEXT NOT NULL,
         UNIQUE (resolution_id, provision)
       )""",
]

# 2: text being edited, saved as typed, so that a crash never loses a keystroke
# older than the autosave delay, even while the text does not parse yet.
_V2 = [
    """CREATE TABLE autosave (
         key TEXT PRIMARY KEY,
         value TEXT NOT NULL,
         updated TEXT NOT NULL
       )""",
]

# 3: Chinese has no spaces between words, so the unicode61 index sees a whole
# clause as one token and a search for a word inside it finds nothing. A trigram
# index finds any sequence of three or more characters; it is kept for provisions
# that contain CJK characters only, so the rest of the library costs nothing.
_CJK = "GLOB '*[一-鿿]*'"
_V3 = [
    """CREATE VIRTUAL TABLE provisions_cjk USING fts5(
         text, content='provisions', content_rowid='id', tokenize='trigram'
       )""",
    f"""CREATE TRIGGER provisions_cjk_ai AFTER INSERT ON provisions WHEN new.text {_CJK} BEGIN
         INSERT INTO provisions_cjk(rowid, text) VALUES (new.id, new.text);
       END""",
    f"""CREATE TRIGGER provisions_cjk_ad AFTER DELETE ON provisions WHEN old.text {_CJK} BEGIN
         INSERT INTO provisions_cjk(provisions_cjk, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    f"""CREATE TRIGGER provisions_cjk_au AFTER UPDATE OF text ON provisions BEGIN
         INSERT INTO provisions_cjk(provisions_cjk, rowid, text)
           SELECT 'delete', old.id, old.text WHERE old.text {_CJK};
         INSERT INTO provisions_cjk(rowid, text) SELECT new.id, new.text WHERE new.text {_CJK};
       END""",
    f"INSERT INTO provisions_cjk(rowid, text) SELECT id, text FROM provisions WHERE text {_CJK}",
]

# 4: the library list is read while the window opens. Versions carry their whole
# parsed text (about 7 KB each), so listing them from the table stepped through
# every row's pages; an index holding the listed columns answers from the index
# alone (2,500 versions: 6 ms -> 3.4 ms). It leads with (resolution_id, year), so
# it also serves everything the index it replaces did.
_V4 = [
    "CREATE INDEX versions_listing ON versions(resolution_id, year, language, revision, title)",
    "DROP INDEX versions_resolution",
]

# 5: stable identities. Contributions, proposals and positions get a UUID that
# survives moves, renumbering, export and re-import, so that a save writes only
# the records that changed (by id, not by place), the edit journal and later
# exchanges between stores can name them, and text typed in a proposal is kept
# under its id rather than its place. The store's generation is a random value
# that a restore changes: a window that finds another generation than the one
# it opened knows the store was replaced under it and never writes stale state
# over it. Proposals of contributions made in the app (not imported) are the
# delegation's own and keep being numbered by the app.
UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)
_V5 = [
    *(
        statement
        for table in ("contributions", "proposals", "positions")
        for statement in (
            f"ALTER TABLE {table} ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
            f"UPDATE {table} SET uid = {UUID_SQL}",
            f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)",
        )
    ),
    """UPDATE proposals SET data = json_set(data, '$.auto_number', json('true'))
       WHERE contribution_id IN (SELECT id FROM contributions WHERE document_id IS NULL)""",
    """UPDATE autosave SET key = 'proposal:' || (
         SELECT p.uid FROM proposals p
         WHERE autosave.key = 'contribution:' || p.contribution_id || ':proposal:' || (p.seq - 1))
       WHERE key IN (SELECT 'contribution:' || contribution_id || ':proposal:' || (seq - 1) FROM proposals)""",
    "DELETE FROM autosave WHERE key LIKE 'contribution:%'",
    f"INSERT INTO meta (key, value) VALUES ('generation', {UUID_SQL}) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
]

# 6: the store's own mark in the file header (PRAGMA application_id, "DELG"), so
# that a backup can be proved a Delegate store before it replaces one, and a
# foreign SQLite file with tables of the same names is not taken for one.
APPLICATION_ID = 0x44454C47
_V6 = [f"PRAGMA application_id = {APPLICATION_ID}"]

# 7: earlier editions. Importing a text under a heading the library has (same
# resolution, revision and language) with other wording used to overwrite the
# stored text: a junk document could replace a resolution without a trace. The
# earlier wording is now kept as an edition of that version, a row of its own
# (listed, searchable, comparable) that points at the current one and says when
# it was replaced. A version is unique among the current ones only, so the table
# is rebuilt (SQLite cannot drop a UNIQUE constraint), with foreign keys off for
# the rebuild (REBUILDS) and checked before it commits.
_V7 = [
    """CREATE TABLE versions_v7 (
         id INTEGER PRIMARY KEY,
         resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
         document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
         revision TEXT NOT NULL,
         year INTEGER,
         language TEXT NOT NULL,
         title TEXT NOT NULL,
         data TEXT NOT NULL,
         imported_at TEXT NOT NULL,
         edition_of INTEGER REFERENCES versions(id) ON DELETE CASCADE,
         replaced_at TEXT NOT NULL DEFAULT ''
       )""",
    "INSERT INTO versions_v7 (id, resolution_id, document_id, revision, year, language, title, data, imported_at) "
    "SELECT id, resolution_id, document_id, revision, year, language, title, data, imported_at FROM versions",
    "DROP TABLE versions",
    "ALTER TABLE versions_v7 RENAME TO versions",
    "CREATE UNIQUE INDEX versions_current ON versions(resolution_id, revision, language) WHERE edition_of IS NULL",
    "CREATE INDEX versions_listing "
    "ON versions(resolution_id, year, language, revision, title, replaced_at, edition_of)",
    "CREATE INDEX versions_editions ON versions(edition_of) WHERE edition_of IS NOT NULL",
]

# 8: the team exchange. Bundles of changes swapped between stores: the ones taken
# in (so one taken twice changes nothing) and the fields both sides changed, each
# kept with both values until a delegate settles it.
_V8 = [
    """CREATE TABLE exchange_received (
         bundle TEXT PRIMARY KEY,
         store TEXT NOT NULL,
         author TEXT NOT NULL DEFAULT '',
         created TEXT NOT NULL DEFAULT '',
         received TEXT NOT NULL
       )""",
    """CREATE TABLE exchange_conflicts (
         id INTEGER PRIMARY KEY,
         gid TEXT NOT NULL,
         field TEXT NOT NULL,
         mine TEXT,
         theirs TEXT,
         author TEXT NOT NULL DEFAULT '',
         at TEXT NOT NULL DEFAULT '',
         bundle TEXT NOT NULL DEFAULT '',
         created TEXT NOT NULL,
         resolved TEXT NOT NULL DEFAULT ''
       )""",
    "CREATE INDEX exchange_conflicts_open ON exchange_conflicts(gid) WHERE resolved = ''",
]

# 9: a library ten times larger (every revision in six languages, 25,000 versions).
# The Library list reads a body's versions a page at a time in its order
# (bodies, then resolutions by number, then year and language): an index in that
# order lets a page be read from the indexes alone, where sorting the body's
# 5,000 versions for each page took 28 ms. Counting the versions of each body,
# the list's outline, reads a slim index instead of the listing one, which
# carries every title (8.6 ms -> 2 ms, and a fraction of the pages read cold).
ORDER_NUMBER = "CAST(replace(number, 'ITU-R ', '') AS INTEGER)"  # "ITU-R 75" sorts as 75, "191" as 191
_V9 = [
    f"CREATE INDEX resolutions_order ON resolutions(body, {ORDER_NUMBER}, number)",
    "CREATE INDEX versions_count ON versions(resolution_id, edition_of)",
]

# 10: a version's document last in its row. The document (JSON, 7 KB on average,
# up to 26 KB) fills overflow pages, and SQLite reaches a column stored after it
# only by walking that chain: every search hit read its version's replaced_at
# through the whole document (2.5 µs of 7 a lookup, 4% of a search), and so did
# every other read of edition_of or imported_at. The table is rebuilt with the
# small columns first, as in 7.
_V10 = [
    """CREATE TABLE versions_v10 (
         id INTEGER PRIMARY KEY,
         resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
         document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
         revision TEXT NOT NULL,
         year INTEGER,
         language TEXT NOT NULL,
         title TEXT NOT NULL,
         imported_at TEXT NOT NULL,
         edition_of INTEGER REFERENCES versions(id) ON DELETE CASCADE,
         replaced_at TEXT NOT NULL DEFAULT '',
         data TEXT NOT NULL
       )""",
    "INSERT INTO versions_v10 (id, resolution_id, document_id, revision, year, language, title, imported_at, "
    "edition_of, replaced_at, data) SELECT id, resolution_id, document_id, revision, year, language, title, "
    "imported_at, edition_of, replaced_at, data FROM versions",
    "DROP TABLE versions",
    "ALTER TABLE versions_v10 RENAME TO versions",
    "CREATE UNIQUE INDEX versions_current ON versions(resolution_id, revision, language) WHERE edition_of IS NULL",
    "CREATE INDEX versions_listing "
    "ON versions(resolution_id, year, language, revision, title, replaced_at, edition_of)",
    "CREATE INDEX versions_editions ON versions(edition_of) WHERE edition_of IS NOT NULL",
    "CREATE INDEX versions_count ON versions(resolution_id, edition_of)",
]

# 11: the library changes only when the delegate asks. An import no longer
# replaces a stored text: a wording that differs is kept beside it as an edition,
# and the delegate chooses which is in force. The text a tracked Word draft was
# drafted from (its "original" side) is only the draft's base: stored when the
# library has no text of that revision, and marked so ("draft" where; every
# other text ""). The mark is listed with every version, so it goes before the
# document and into the listing index (the lists read from the index alone, as
# in 9); the table is rebuilt as in 10.
_V11 = [
    """CREATE TABLE versions_v11 (
         id INTEGER PRIMARY KEY,
         resolution_id INTEGER NOT NULL REFERENCES resolutions(id),
         document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
         revision TEXT NOT NULL,
         year INTEGER,
         language TEXT NOT NULL,
         title TEXT NOT NULL,
         imported_at TEXT NOT NULL,
         edition_of INTEGER REFERENCES versions(id) ON DELETE CASCADE,
         replaced_at TEXT NOT NULL DEFAULT '',
         origin TEXT NOT NULL DEFAULT '',
         data TEXT NOT NULL
       )""",
    "INSERT INTO versions_v11 (id, resolution_id, document_id, revision, year, language, title, imported_at, "
    "edition_of, replaced_at, data) SELECT id, resolution_id, document_id, revision, year, language, title, "
    "imported_at, edition_of, replaced_at, data FROM versions",
    "DROP TABLE versions",
    "ALTER TABLE versions_v11 RENAME TO versions",
    "CREATE UNIQUE INDEX versions_current ON versions(resolution_id, revision, language) WHERE edition_of IS NULL",
    "CREATE INDEX versions_listing "
    "ON versions(resolution_id, year, language, revision, title, replaced_at, edition_of, origin)",
    "CREATE INDEX versions_editions ON versions(edition_of) WHERE edition_of IS NOT NULL",
    "CREATE INDEX versions_count ON versions(resolution_id, edition_of)",
]

# 12: what each edit was based on. A contribution, a proposal and a position
# carry the store's version of their row (``rev``): a number counted for the
# whole store (the one row of ``revision``) and taken by every insert and every
# change of what the row holds (a proposal's text kept as typed counts as the
# proposal's), whoever writes it: the window, the command line, an import, the
# exchange. A number is never given twice, not even to a row deleted and made
# again. A window's edit says which version it began from; it is written, or
# replayed from the journal after a crash, only over that version, and is
# otherwise kept as a copy beside the newer one (services/edits.py): two windows
# on one store, or the journal of one that ended, never put older text over newer.
_NEXT_REV = "UPDATE revision SET n = n + 1; "
_REVISED = {  # the columns whose change is a new version (a proposal's place, seq, is not)
    "contributions": "document, meeting, date, original_language, source, title, data",
    "proposals": "contribution_id, action, number, resolution_id, base_version_id, status, reasons, data",
    "positions": "resolution_id, provision, stance, priority, rationale, talking_points, regional_alignment, owner",
}
_TYPED_REV = _NEXT_REV + "UPDATE proposals SET rev = (SELECT n FROM revision) WHERE uid = substr({row}.key, 10); END"
_V12 = [
    "CREATE TABLE revision (n INTEGER NOT NULL)",
    "INSERT INTO revision (n) VALUES (0)",
    *(
        statement
        for table, columns in _REVISED.items()
        for statement in (
            f"ALTER TABLE {table} ADD COLUMN rev INTEGER NOT NULL DEFAULT 0",
            f"CREATE TRIGGER {table}_rev_ai AFTER INSERT ON {table} BEGIN {_NEXT_REV}"
            f"UPDATE {table} SET rev = (SELECT n FROM revision) WHERE id = new.id; END",
            f"CREATE TRIGGER {table}_rev_au AFTER UPDATE OF {columns} ON {table} BEGIN {_NEXT_REV}"
            f"UPDATE {table} SET rev = (SELECT n FROM revision) WHERE id = new.id; END",
        )
    ),
    "CREATE TRIGGER autosave_rev_ai AFTER INSERT ON autosave WHEN new.key LIKE 'proposal:%' BEGIN "
    + _TYPED_REV.format(row="new"),
    "CREATE TRIGGER autosave_rev_au AFTER UPDATE ON autosave WHEN new.key LIKE 'proposal:%' BEGIN "
    + _TYPED_REV.format(row="new"),
    "CREATE TRIGGER autosave_rev_ad AFTER DELETE ON autosave WHEN old.key LIKE 'proposal:%' BEGIN "
    + _TYPED_REV.format(row="old"),
]

# 13: the conference itself. A conference or assembly the delegation prepares
# for (its body decides the deadlines, core/deadlines.py), the delegation's
# documents for it, its agenda by day and meeting (the day's board), and who
# supports, does not support or signed a regional common proposal. The team
# exchange carries them (store/exchange_conference.py): a conference by its name,
# a document of it by the conference's name and the contribution's uid, support
# by the contribution's uid and the member, an agenda item by its uid (14).
_V13 = [
    """CREATE TABLE conferences (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE,
         body TEXT NOT NULL,
         place TEXT NOT NULL DEFAULT '',
         opens TEXT NOT NULL DEFAULT '',
         closes TEXT NOT NULL DEFAULT '',
         deadline TEXT NOT NULL DEFAULT '',
         updated TEXT NOT NULL
       )""",
    """CREATE TABLE conference_documents (
         conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
         contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
         PRIMARY KEY (conference_id, contribution_id)
       )""",
    "CREATE INDEX conference_documents_contribution ON conference_documents(contribution_id)",
    """CREATE TABLE agenda (
         id INTEGER PRIMARY KEY,
         conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
         day TEXT NOT NULL,
         meeting TEXT NOT NULL DEFAULT '',
         item TEXT NOT NULL,
         documents TEXT NOT NULL DEFAULT '',
         seq INTEGER NOT NULL DEFAULT 0
       )""",
    "CREATE INDEX agenda_day ON agenda(conference_id, day, seq)",
    """CREATE TABLE support (
         id INTEGER PRIMARY KEY,
         contribution_id INTEGER NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
         member TEXT NOT NULL,
         stance TEXT NOT NULL,
         day TEXT NOT NULL DEFAULT '',
         updated TEXT NOT NULL,
         UNIQUE (contribution_id, member)
       )""",
]

# 14: an agenda item's global id, the same in every store, so that the team
# exchange names it as it names a proposal (an item has no other identity: two
# items can say the same on the same day). Existing items get one here; a new
# one is given one by whoever inserts it, or by the trigger when none is given.
_V14 = [
    "ALTER TABLE agenda ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    f"UPDATE agenda SET uid = {UUID_SQL}",
    "CREATE UNIQUE INDEX agenda_uid ON agenda(uid)",
    f"CREATE TRIGGER agenda_uid_ai AFTER INSERT ON agenda WHEN new.uid = '' BEGIN "
    f"UPDATE agenda SET uid = {UUID_SQL} WHERE id = new.id; END",
]

# 15: how many versions each resolution has, and how many are in force, kept by
# triggers: the window's list opens on these counts by body, which counting the
# versions table's index took 3 ms of the start at 25,000 versions (0.3 ms here).
_COUNT_IN = (
    "INSERT INTO version_counts (resolution_id, versions, in_force) VALUES ({row}.resolution_id, 1, "
    "{row}.edition_of IS NULL) ON CONFLICT (resolution_id) DO UPDATE SET versions = versions + 1, "
    "in_force = in_force + excluded.in_force;"
)
_COUNT_OUT = (
    "UPDATE version_counts SET versions = versions - 1, in_force = in_force - ({row}.edition_of IS NULL) "
    "WHERE resolution_id = {row}.resolution_id;"
)
_V15 = [
    """CREATE TABLE version_counts (
         resolution_id INTEGER PRIMARY KEY,
         versions INTEGER NOT NULL DEFAULT 0,
         in_force INTEGER NOT NULL DEFAULT 0
       )""",
    "INSERT INTO version_counts (resolution_id, versions, in_force) "
    "SELECT resolution_id, count(*), sum(edition_of IS NULL) FROM versions GROUP BY resolution_id",
    "CREATE TRIGGER versions_count_ai AFTER INSERT ON versions BEGIN " + _COUNT_IN.format(row="new") + " END",
    "CREATE TRIGGER versions_count_ad AFTER DELETE ON versions BEGIN " + _COUNT_OUT.format(row="old") + " END",
    "CREATE TRIGGER versions_count_au AFTER UPDATE OF resolution_id, edition_of ON versions BEGIN "
    + _COUNT_OUT.format(row="old")
    + " "
    + _COUNT_IN.format(row="new")
    + " END",
]

# what versions_count_ai does, for the versions from id ? on at once: a bulk fill sets the trigger
# aside and counts its versions in one statement (store/editions.py, indexed_once)
COUNT_TRIGGER = "versions_count_ai"
COUNT_NEW_VERSIONS = (
    "INSERT INTO version_counts (resolution_id, versions, in_force) "
    "SELECT resolution_id, count(*), sum(edition_of IS NULL) FROM versions WHERE id >= ? GROUP BY resolution_id "
    "ON CONFLICT (resolution_id) DO UPDATE SET versions = versions + excluded.versions, "
    "in_force = in_force + excluded.in_force"
)

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12, _V13, _V14, _V15]
REBUILDS = frozenset({7, 10, 11})  # migrations that rebuild a table others refer to: run with foreign keys off


def schema_on_disk(path: str | os.PathLike[str]) -> int | None:
    """The schema version written in the file's header (bytes 60-63), read without
    opening it with SQLite; None when the file is not an SQLite database. A
    version changed since the last checkpoint is still in the -wal, so this is
    for telling the user ahead of a long upgrade, never for deciding one."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(64)
    except OSError:
        return None
    if len(header) < 64 or not header.startswith(b"SQLite format 3\0"):
        return None
    return int.from_bytes(header[60:64], "big")


def needs_upgrade(path: str | os.PathLike[str]) -> bool:
    """Whether opening the store at ``path`` migrates it (as far as its header says)."""
    version = schema_on_disk(path)
    return version is not None and 0 < version < len(MIGRATIONS)
