"""The counts the window's list opens on (how many versions each body has, and
how many in force) are kept by the store itself, by triggers on its versions
(schema 15), so that the list need not count 25,000 versions before its first
paint. They must be the versions' own counts whatever writes the versions: an
import (tests/test_editions.py checks each step of random imports and choices
of the edition in force), a first fill from a colleague's bundle, the upgrade
of an older store, and any insert, move or delete of a version row."""

from __future__ import annotations

from conftest import counts_kept, starter_store, store_at_schema

from delegate_app.store.database import open_database, writing
from delegate_app.store.library import body_counts

_COUNTED = (
    "SELECT r.body, count(*) FROM versions v JOIN resolutions r ON r.id = v.resolution_id {} "
    "GROUP BY r.body ORDER BY r.body"
)


def _counted(db, editions: bool) -> list[tuple[str, int]]:
    """The bodies' counts by counting the versions, as body_counts did before schema 15."""
    return db.execute(_COUNTED.format("" if editions else "WHERE v.edition_of IS NULL")).fetchall()


def test_an_older_store_is_counted_when_it_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    with store_at_schema(path, 14) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'PP', '191'), (2, 'WTDC', '59')")
        for vid, rid, language, edition_of in (
            (1, 1, "en", None),
            (2, 1, "fr", None),
            (3, 1, "en", 1),
            (4, 2, "en", None),
        ):
            conn.execute(
                "INSERT INTO versions (id, resolution_id, revision, language, title, imported_at, edition_of, data) "
                "VALUES (?, ?, 'Rev. Dubai, 2018', ?, 'T', '', ?, '{}')",
                [vid, rid, language, edition_of],
            )
    db = open_database(path)
    try:
        assert counts_kept(db)
        assert body_counts(db, editions=True) == [("PP", 3), ("WTDC", 1)] == _counted(db, True)
        assert body_counts(db) == [("PP", 2), ("WTDC", 1)] == _counted(db, False)
    finally:
        db.close()


def test_a_version_moved_put_aside_or_deleted_is_counted_where_it_now_is(tmp_path):
    """Rows changed the way no service changes them today (a version moved to
    another resolution, deleted with its resolution): the triggers keep up."""
    db = open_database(starter_store(tmp_path / "s.sqlite3"))
    try:
        assert counts_kept(db) and body_counts(db) == _counted(db, False)
        first, second = (r[0] for r in db.execute("SELECT id FROM versions ORDER BY id LIMIT 2"))
        with writing(db):
            other = db.execute("SELECT resolution_id FROM versions WHERE id = ?", [second]).fetchone()[0]
            db.execute("UPDATE versions SET resolution_id = ? WHERE id = ?", [other, first])
        assert counts_kept(db)
        with writing(db):
            db.execute("UPDATE versions SET edition_of = ? WHERE id = ?", [second, first])
        assert counts_kept(db) and body_counts(db) == _counted(db, False)
        assert body_counts(db, editions=True) == _counted(db, True)
        with writing(db):
            db.execute("DELETE FROM versions WHERE id = ?", [first])
        assert counts_kept(db) and body_counts(db, editions=True) == _counted(db, True)
        with writing(db):
            db.execute("DELETE FROM versions")
        assert counts_kept(db) and body_counts(db) == [] == body_counts(db, editions=True)
    finally:
        db.close()


def test_a_first_fill_from_a_colleagues_bundle_is_counted(tmp_path):
    from delegate_app.services.exchange import export_bundle, import_bundle

    alice = starter_store(tmp_path / "alice.sqlite3")
    with open_database(alice) as db:
        export_bundle(db, alice, tmp_path / "first.bundle", "bob", "Alice")
        expected = body_counts(db)
    bob = tmp_path / "bob.sqlite3"
    with open_database(bob) as db:
        import_bundle(db, bob, tmp_path / "first.bundle")
        assert counts_kept(db)
        assert body_counts(db) == expected == _counted(db, False)
