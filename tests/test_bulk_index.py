"""A bulk fill (an import of many texts, a colleague's first bundle) indexes
its provisions once, after its rows, instead of row by row through the
schema's triggers. The invariant: the store ends exactly as the triggers would
have left it: the same full-text rows token for token (the word index and the
Chinese trigram index), the same search results in the six languages, the
triggers back as the schema wrote them; and an error inside leaves the store,
its index and its triggers as they were."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from conftest import FIXTURES, ROOT, SHARED_TEXTS

from delegate_app.services import exchange_import
from delegate_app.services.exchange import export_bundle, import_bundle
from delegate_app.services.importing import import_paths
from delegate_app.store import editions
from delegate_app.store.database import open_database, writing
from delegate_app.store.search import search

INDEXES = ("provisions_fts", "provisions_cjk")
QUERIES = [
    "resolves",
    "the",
    "Member States",
    "ITU",
    "co",  # a prefix as typed
    "seminars",
    "plénipotentiaires",
    "Conférence de",
    "Resolución",
    "disparidad",
    "Полномочной конференции",
    "разрыва",
    "المندوبين",
    "دبي",
    "决议",
    "三个部门",
    "研讨会",
]


def _texts(folder):
    """The starter library, the six-language texts and the shared real texts: more than a bulk's worth."""
    folder.mkdir()
    sources = [*(ROOT / "resources" / "starter").glob("*.txt"), *(FIXTURES / "languages").glob("*.txt")]
    sources += [p for p in SHARED_TEXTS.glob("*.txt")]
    for path in sources:
        shutil.copy(path, folder / path.name)
    assert len(sources) >= editions.BULK
    return folder


def _index(db) -> dict[str, list[tuple]]:
    """Every index's rows token for token (term, row, column, offset), as FTS5 itself lists them."""
    out = {}
    for name in INDEXES:
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name}_rows USING fts5vocab(main, {name}, 'instance')")
        out[name] = db.execute(f"SELECT term, doc, col, offset FROM temp.{name}_rows ORDER BY 1, 2, 3, 4").fetchall()
    return out


def _triggers(db) -> list[tuple]:
    return db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()


def _sound(db) -> None:
    """FTS5's own check of each index against the provisions, every provision indexed once,
    and the versions counted as they are (schema 15's counts, set aside in a bulk too)."""
    from conftest import counts_kept

    assert counts_kept(db)
    for name in INDEXES:
        db.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
    provisions = db.execute("SELECT count(*) FROM provisions").fetchone()[0]
    assert db.execute("SELECT count(*) FROM provisions_fts_docsize").fetchone()[0] == provisions
    cjk = db.execute("SELECT count(*) FROM provisions WHERE text GLOB '*[一-鿿]*'").fetchone()[0]
    assert cjk > 0 and db.execute("SELECT count(*) FROM provisions_cjk_docsize").fetchone()[0] == cjk


def _found(db) -> dict[str, list[tuple]]:
    return {
        q: [(h.body, h.number, h.revision, h.path, round(h.rank, 6), h.snippet) for h in search(db, q, limit=200)]
        for q in QUERIES
    }


@pytest.fixture
def bulks(monkeypatch):
    """Each time a fill set the triggers aside (True) or found it could not (False)."""
    runs: list[bool] = []
    real = editions._index_triggers

    def spy(db):
        found = real(db)
        runs.append(found is not None)
        return found

    monkeypatch.setattr(editions, "_index_triggers", spy)
    return runs


@pytest.fixture
def stores(tmp_path, monkeypatch, bulks):
    """The same texts imported twice: once row by row (the triggers), once as a bulk."""
    texts = _texts(tmp_path / "texts")
    built = {}
    for how, bulk in (("rows", 10**9), ("bulk", editions.BULK)):
        monkeypatch.setattr(editions, "BULK", bulk)
        db = open_database(tmp_path / f"{how}.sqlite3")
        import_paths(db, [texts])
        built[how] = db
    monkeypatch.setattr(editions, "BULK", 8)
    yield built
    for db in built.values():
        db.close()


def test_an_import_indexed_once_is_the_index_the_triggers_build(stores, bulks):
    assert bulks == [True]  # the second import only
    rows, bulk = stores["rows"], stores["bulk"]
    assert _triggers(bulk) == _triggers(rows)
    assert {name for name, *_ in _triggers(bulk)} >= {"provisions_ai", "provisions_cjk_ai"}
    assert _index(bulk) == _index(rows) and all(_index(bulk).values())
    _sound(bulk)
    found = _found(bulk)
    assert found == _found(rows)
    assert all(found[q] for q in QUERIES), [q for q in QUERIES if not found[q]]


def test_a_first_bundle_indexed_once_is_the_index_the_triggers_build(stores, tmp_path, monkeypatch, bulks):
    bundle = tmp_path / "first.bundle"
    export_bundle(stores["rows"], tmp_path / "rows.sqlite3", bundle, "b", "A")
    taken = {}
    for how, bulk in (("rows", 10**9), ("bulk", 8)):
        monkeypatch.setattr(exchange_import, "BULK", bulk)
        path = tmp_path / f"b-{how}.sqlite3"
        db = taken[how] = open_database(path)
        got = import_bundle(db, path, bundle, "B")
        assert not got.refused and got.written
    assert bulks == [True, True]  # the import's, then the second store's fill
    everything = tmp_path / "everything.bundle"  # every text again: named already, so no bulk (no DDL)
    export_bundle(stores["rows"], tmp_path / "rows.sqlite3", everything, "everyone", "A")
    again = import_bundle(taken["bulk"], tmp_path / "b-bulk.sqlite3", everything, "B")
    assert not again.already and not again.refused and bulks == [True, True]
    try:
        assert _triggers(taken["bulk"]) == _triggers(stores["rows"])
        assert _index(taken["bulk"]) == _index(taken["rows"])
        _sound(taken["bulk"])
        found = _found(taken["bulk"])
        assert found == _found(taken["rows"])
        assert all(found[q] for q in QUERIES), [q for q in QUERIES if not found[q]]
    finally:
        for db in taken.values():
            db.close()


def _one_text(db):
    from delegate_app.formats.reader import read_file

    return read_file(FIXTURES / "languages" / "zh-res59.txt").document


def test_an_error_inside_leaves_rows_index_and_triggers_as_they_were(stores):
    db = stores["bulk"]
    before = (_triggers(db), _index(db), db.execute("SELECT count(*) FROM provisions").fetchone())
    res = _one_text(db)
    res.revision = "Rev. Nowhere, 2099"
    with writing(db):  # caught inside the caller's transaction, which then commits
        with pytest.raises(RuntimeError):
            with editions.indexed_once(db):
                editions.store_version(db, res, None)
                assert not any(name == "provisions_ai" for name, *_ in _triggers(db))
                raise RuntimeError("stop")
    assert (_triggers(db), _index(db), db.execute("SELECT count(*) FROM provisions").fetchone()) == before
    _sound(db)
    with editions.indexed_once(db):  # and a fill that ends well is indexed
        editions.store_version(db, res, None)
    _sound(db)
    assert _triggers(db) == before[0]
    assert any(h.revision == "Rev. Nowhere, 2099" for h in search(db, "三个部门", limit=200))


def test_a_provision_cannot_be_deleted_or_changed_inside_a_bulk(stores):
    db = stores["bulk"]
    res = _one_text(db)
    res.revision = "Rev. Elsewhere, 2098"
    for statement in (
        "DELETE FROM provisions WHERE id = (SELECT min(id) FROM provisions)",
        "UPDATE provisions SET text = 'x' WHERE id = (SELECT max(id) FROM provisions)",
        "UPDATE versions SET edition_of = (SELECT min(id) FROM versions) WHERE id = (SELECT max(id) FROM versions)",
        "UPDATE versions SET resolution_id = (SELECT min(id) FROM resolutions) "
        "WHERE id = (SELECT max(id) FROM versions)",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="bulk fill"):
            with editions.indexed_once(db):
                editions.store_version(db, res, None)
                db.execute(statement)
        _sound(db)
    assert not db.execute("SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger'").fetchall()


def test_a_store_with_another_insert_trigger_is_filled_row_by_row(stores, bulks):
    db = stores["bulk"]
    db.execute("CREATE TRIGGER provisions_seen AFTER INSERT ON provisions BEGIN SELECT 1; END")
    res = _one_text(db)
    res.revision = "Rev. Somewhere, 2097"
    with editions.indexed_once(db):
        assert {"provisions_ai", "provisions_cjk_ai"} <= {name for name, *_ in _triggers(db)}
        editions.store_version(db, res, None)
    assert bulks[-1] is False
    _sound(db)
