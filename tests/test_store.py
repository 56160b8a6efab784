"""The store: schema versions, transactional imports, linked versions, search,
positions."""

from __future__ import annotations

import sqlite3

import docx_factory as f
import pytest
from conftest import ROOT, itu_text, store_at_schema

from delegate_app.core.errors import DelegateError, InputError, StoreError
from delegate_app.core.model import Position
from delegate_app.formats.reader import read_bytes, read_file
from delegate_app.services.importing import import_paths
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store import editions, library
from delegate_app.store.database import SCHEMA_VERSION, open_database, schema_version
from delegate_app.store.positions import positions, save_position
from delegate_app.store.search import fts_query, search


def test_new_store_is_at_the_current_schema_in_wal_mode(db):
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_store_from_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "newer.sqlite3-wal").exists()


def test_garbage_file_is_not_a_store(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        open_database(path)


def test_starter_library_loads_once(db):
    report = ensure_starter_library(db)
    assert report is not None and len(report.outcomes) == 5
    labels = {(v.body, v.number, v.revision) for v in library.list_versions(db)}
    assert labels == {
        ("PP", "191", "REV. DUBAI, 2018"),  # as the Final Acts print it
        ("RA", "ITU-R 75", ""),
        ("WTSA", "18", "Rev. New Delhi, 2024"),
        ("WTDC", "59", "Rev. Kigali, 2022"),
        ("WTDC", "59", "Rev. Baku, 2025"),
    }
    db.execute("DELETE FROM provisions")
    db.execute("DELETE FROM versions")
    assert ensure_starter_library(db) is None
    assert library.list_versions(db) == []


def test_revisions_of_one_resolution_are_linked_versions(db):
    ensure_starter_library(db)
    versions = [v for v in library.list_versions(db) if v.number == "59"]
    assert len({v.resolution_id for v in versions}) == 1
    history = library.versions_of(db, versions[0].resolution_id)
    assert [v.revision for v in history] == ["Rev. Kigali, 2022", "Rev. Baku, 2025"]
    row, res = library.get_version(db, history[0].id)
    assert res.to_dict() == read_file(itu_text("wtdc-res59-kigali-2022.txt")).document.to_dict()


def test_import_is_all_or_nothing(db, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    before = library.counts(db)
    with pytest.raises(InputError):
        import_paths(db, [itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"), bad])
    assert library.counts(db) == before


def test_a_failure_while_storing_rolls_back_everything(db, monkeypatch):
    results = [
        read_file(itu_text(n))
        for n in ("wtdc-res59-kigali-2022.txt", "pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
    ]
    calls = {"n": 0}
    real = editions.store_version

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(editions, "store_version", failing)
    with pytest.raises(RuntimeError):
        editions.import_documents(db, [(r.path, r.data, r.document, r.original, r.warnings) for r in results])
    assert library.counts(db)["versions"] == 0 and library.counts(db)["provisions"] == 0


def test_same_file_twice_is_unchanged(db):
    path = itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
    first = import_paths(db, [path]).outcomes[0]
    second = import_paths(db, [path]).outcomes[0]
    assert (first.status, second.status) == ("added", "unchanged")
    assert library.counts(db)["versions"] == 1


def test_docx_with_tracked_changes_stores_both_revisions(db):
    read = read_bytes(f.build(f.MOD_57, f.MOD_57_NOTES), "mod57.docx")
    editions.import_documents(db, [("mod57.docx", b"mod57", read.document, read.original, [])])
    assert [v.revision for v in library.list_versions(db)] == ["Rev. Dubai, 2012", "Rev. Hammamet, 2016"]


def test_contribution_and_its_proposals_are_stored(db):
    import_paths(db, [itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt")])
    rows = library.list_contributions(db)
    assert len(rows) == 1 and rows[0]["proposals"] == 1
    contrib = library.get_contribution(db, rows[0]["id"])
    assert contrib.proposals[0].number == "RCC/47A4/1"
    assert len(contrib.proposals[0].resolution.sections) == 5
    linked = db.execute(
        "SELECT r.body, r.number FROM proposals p JOIN resolutions r ON r.id = p.resolution_id"
    ).fetchall()
    assert linked == [("WTSA", "57")]


def test_search_ranks_and_highlights(db):
    ensure_starter_library(db)
    hits = search(db, "remote participation")
    assert hits and all("\x02" in h.snippet for h in hits)
    assert {h.body for h in hits} >= {"RA", "WTSA", "WTDC"}
    assert hits[0].rank <= hits[-1].rank
    assert "<b>remote</b>" in hits[0].snippet_html().lower()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_connection_reads_nothing_before_the_file_it_opened_is_checked(tmp_path, read_only):
    """open_database looks at the file before and after connecting, so that a file
    put in the store's place in between is never read through the replaced file's
    -wal and -shm still beside it. So connecting reads nothing: no setting that
    reads the schema (cache_size does) runs before that look. A file that is no
    database shows it: connecting to it succeeds, only the first read fails; for
    reading only too (a store on read-only media)."""
    from delegate_app.store.database import _connect

    junk = tmp_path / "store.sqlite3"
    junk.write_bytes(b"not a database, and certainly not this one " * 200)
    conn = _connect(junk, read_only=read_only)  # reads nothing yet
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("PRAGMA user_version").fetchone()
    finally:
        conn.close()


def test_every_connection_keeps_a_page_cache_a_search_fits_in(db):
    """A search of a large library reads more than SQLite's default 2 MiB of
    pages; with them evicted, every search read them from the file again."""
    from delegate_app.store.database import CACHE_KIB

    assert db.execute("PRAGMA cache_size").fetchone()[0] == CACHE_KIB
    other = open_database(db.path)  # a second connection to the same store (the writer's, say)
    try:
        assert other.execute("PRAGMA cache_size").fetchone()[0] == CACHE_KIB
    finally:
        other.close()


def test_search_lists_the_best_first_with_or_without_scores(db):
    """The hits come in BM25 order from one statement (the index's best rows as the
    outer loop): with the scores asked for they ascend, and without them the same
    provisions come in the same order, whatever the limit."""
    ensure_starter_library(db)
    for query in ("development", "remote participation", "resolves", "ITU"):
        scored = search(db, query, limit=200, scores=True)
        assert len(scored) > 5
        assert [h.rank for h in scored] == sorted(h.rank for h in scored)
        expected = [
            row[0]
            for row in db.execute(
                "SELECT rowid FROM provisions_fts WHERE provisions_fts MATCH ? ORDER BY rank LIMIT 200",
                [fts_query(query)],
            )
        ]
        assert [h.provision_id for h in scored] == expected
        assert [h.provision_id for h in search(db, query, limit=200)] == expected
        assert [h.provision_id for h in search(db, query, limit=7)] == expected[:7]


@pytest.mark.parametrize("query", ["IMT-2030", 'say "hello', "AND OR NOT", "ITU-R 75)", "*", "((", "NEAR("])
def test_search_never_passes_syntax_to_fts(db, query):
    ensure_starter_library(db)
    search(db, query)  # no exception


def test_search_prefix_and_hyphenated_terms(db):
    ensure_starter_library(db)
    assert search(db, "coordinat")
    assert not search(db, "coordinat", prefix=False)
    assert any(h.number == "ITU-R 75" for h in search(db, "ITU-R study groups"))
    assert fts_query("ITU-R 75") == '"ITU-R" "75"*'


def test_fts_follows_edits_through_triggers(db):
    ensure_starter_library(db)
    pid = search(db, "catalysing")[0].provision_id
    db.execute("UPDATE provisions SET text = 'a zanzibar clause' WHERE id = ?", [pid])
    assert not [h for h in search(db, "catalysing") if h.provision_id == pid]
    assert search(db, "zanzibar")[0].provision_id == pid
    db.execute("DELETE FROM provisions WHERE id = ?", [pid])
    assert not search(db, "zanzibar")


def test_positions_upsert_per_resolution_and_provision(db):
    saved = save_position(
        db,
        Position(
            body="WTDC",
            number="59",
            stance="support",
            priority="high",
            rationale="Keeps ITU-D in the loop",
            owner="A. Delegate",
        ),
    )
    assert saved.updated
    save_position(
        db,
        Position(
            body="WTDC",
            number="59",
            provision="resolves ¶1",
            stance="oppose",
            priority="low",
            talking_points="Too prescriptive",
        ),
    )
    save_position(db, Position(body="WTDC", number="59", stance="support with changes", priority="high"))
    found = positions(db, "WTDC", "59")
    assert [(p.provision, p.stance) for p in found] == [("", "support with changes"), ("resolves ¶1", "oppose")]
    with pytest.raises(DelegateError, match="'maybe' is not a stance"):
        save_position(db, Position(body="WTDC", number="59", stance="maybe"))


def test_import_a_folder_reports_skipped_files(db, tmp_path):
    tmp_path = tmp_path / "folder"
    (tmp_path / "sub").mkdir(parents=True)
    (tmp_path / "notes.odt").write_bytes(b"%PDF-1.4")
    (tmp_path / "~$lock.docx").write_bytes(b"lock")
    (tmp_path / "sub" / "res.txt").write_bytes((ROOT / "resources/starter/wtdc-res59-baku-2025.txt").read_bytes())
    report = import_paths(db, [tmp_path])
    assert [o.label for o in report.outcomes] == ["RESOLUTION 59 (Rev. Baku, 2025)"]
    assert report.skipped == [f"{tmp_path / 'notes.odt'} (not a .docx, .pdf, .txt or .md file)"]


def test_an_older_store_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    with store_at_schema(path, 1) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59')")
        conn.execute(
            "INSERT INTO versions (id, resolution_id, revision, language, title, data, imported_at) "
            "VALUES (1, 1, 'Rev. Kigali, 2022', 'zh', 't', '{}', 'now')"
        )
        conn.execute(
            "INSERT INTO provisions (version_id, seq, call, path, label, text) "
            "VALUES (1, 1, '忆及', '忆及 a)', 'a)', '全权代表大会关于弥合发展中国家与发达国家之间标准化工作差距的决议')"
        )
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION == 15
    backup = tmp_path / "old.sqlite3.schema1.bak"
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    assert [h.path for h in search(db, "发展中国家")] == ["忆及 a)"]  # the trigram index was filled


def test_schema_5_gives_every_record_a_stable_id(tmp_path):
    """A store of schema 4 with a contribution drafted in the app, an imported one,
    a position and text typed by place: after the migration every record has
    its own id, the typed text is under its proposal's id, the drafted proposals
    are the app's to number and the imported ones keep theirs."""
    import json

    from delegate_app.store import contributions as records
    from delegate_app.store.database import generation

    path = tmp_path / "v4.sqlite3"
    with store_at_schema(path, 4) as conn:
        conn.execute(
            "INSERT INTO documents (id, kind, path, sha256, imported_at) "
            "VALUES (1, 'contribution', 'a.docx', 'x', 'now')"
        )
        for cid, doc in ((1, None), (2, 1)):
            conn.execute(
                "INSERT INTO contributions (id, document_id, data, created, updated) VALUES (?, ?, ?, 'n', 'n')",
                [cid, doc, json.dumps({"kind": "contribution", "proposals": []})],
            )
            for seq in (1, 2):
                conn.execute(
                    "INSERT INTO proposals (contribution_id, seq, action, number, data) VALUES (?, ?, 'ADD', ?, ?)",
                    [cid, seq, f"RCC/47A4/{seq}", json.dumps({"action": "ADD", "number": f"RCC/47A4/{seq}"})],
                )
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59')")
        conn.execute(
            "INSERT INTO positions (resolution_id, stance, priority, updated) VALUES (1, 'support', 'high', 'n')"
        )
        conn.execute("INSERT INTO autosave (key, value, updated) VALUES ('contribution:1:proposal:1', 'typed', 'n')")
        conn.execute("INSERT INTO autosave (key, value, updated) VALUES ('contribution:9:proposal:0', 'orphan', 'n')")
    db = open_database(path)
    uids = [
        row[0]
        for row in db.execute(
            "SELECT uid FROM contributions UNION ALL SELECT uid FROM proposals UNION ALL SELECT uid FROM positions"
        )
    ]
    assert len(uids) == 7 and len(set(uids)) == 7 and all(len(u) == 36 and u[14] == "4" for u in uids)
    drafted, imported = (records.load_contribution(db, records.contribution_uid(db, cid)) for cid in (1, 2))
    assert [p.auto_number for p in drafted.proposals] == [True, True]
    assert [p.auto_number for p in imported.proposals] == [False, False]
    assert records.read_typed(db, drafted.proposals[1].uid) == "typed"
    assert [row[0] for row in db.execute("SELECT key FROM autosave")] == [f"proposal:{drafted.proposals[1].uid}"]
    assert len(generation(db)) == 36


def _a_mod_on_version_2(conn) -> None:
    """A contribution holding a MOD of resolution 1 whose base is version 2."""
    conn.execute("INSERT INTO contributions (id, data, created, updated, uid) VALUES (1, '{}', 'n', 'n', 'c1')")
    conn.execute(
        "INSERT INTO proposals (contribution_id, seq, action, resolution_id, base_version_id, data, uid) "
        "VALUES (1, 1, 'MOD', 1, 2, '{}', 'p1')"
    )


def test_schema_7_keeps_every_version_its_provisions_and_what_refers_to_them(tmp_path):
    """A store of schema 6 with texts, their provisions (indexed for search) and a
    MOD on one of them: the rebuild of the versions table keeps ids, provisions,
    the MOD's base and the search index, leaves no dangling reference, and the
    store then keeps another wording of a stored text as an edition beside it
    (since schema 11 the stored text stays in force: it used to be replaced)."""
    from delegate_app.services.importing import import_paths
    from delegate_app.store.library import list_versions

    path = tmp_path / "v6.sqlite3"
    with store_at_schema(path, 6) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59'), (2, 'PP', '191')")
        for vid, rid, rev in ((1, 1, "Rev. Kigali, 2022"), (2, 1, "Rev. Baku, 2025"), (3, 2, "Rev. Bucharest, 2022")):
            conn.execute(
                "INSERT INTO versions (id, resolution_id, revision, year, language, title, data, imported_at) "
                "VALUES (?, ?, ?, 2022, 'en', 't', ?, 'now')",
                [vid, rid, rev, '{"number": "%s"}' % ("59" if rid == 1 else "191")],
            )
            for seq in (1, 2):
                conn.execute(
                    "INSERT INTO provisions (version_id, seq, call, path, label, text) "
                    "VALUES (?, ?, 'recalling', ?, ?, ?)",
                    [vid, seq, f"recalling {'ab'[seq - 1]})", f"{'ab'[seq - 1]})", f"wording {vid} kangaroo {seq}"],
                )
        _a_mod_on_version_2(conn)
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert [r[0] for r in db.execute("SELECT id FROM versions ORDER BY id")] == [1, 2, 3]
    assert db.execute("SELECT count(*) FROM provisions").fetchone()[0] == 6
    assert db.execute("SELECT base_version_id FROM proposals").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(h.version_id for h in search(db, "kangaroo")) == [1, 1, 2, 2, 3, 3]
    assert all(v.replaced == "" for v in list_versions(db, editions=True))
    report = import_paths(db, [ROOT / "resources/starter/wtdc-res59-kigali-2022.txt"])
    (outcome,) = report.outcomes
    assert outcome.status == "edition" and [in_force for _, in_force in outcome.editions] == [1]
    beside = [v for v in list_versions(db, editions=True) if v.replaced]
    assert [v.id for v in beside] == [edition for edition, _ in outcome.editions]
    assert sorted(h.version_id for h in search(db, "kangaroo")) == [1, 1, 2, 2, 3, 3]
    assert db.execute("SELECT base_version_id FROM proposals").fetchone()[0] == 2
    db.close()


def test_schema_10_stores_each_document_after_the_columns_read_often(tmp_path):
    """A store of schema 9 with a text, an earlier edition of it, their provisions
    and a MOD on the edition: the rebuild puts the document (which fills overflow
    pages) last in its row, so that reading a version's replaced_at or edition_of
    does not walk it, keeps every value, reference and the search index, and
    gives back the pages the old table held and the log the copy went through."""
    from delegate_app.store.library import list_versions

    path = tmp_path / "v9.sqlite3"
    with store_at_schema(path, 9) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'PP', '191')")
        document = '{"long": "' + "x" * 20_000 + '"}'  # beyond a page: stored in overflow pages
        conn.execute(
            "INSERT INTO versions (id, resolution_id, revision, year, language, title, data, imported_at, edition_of, "
            "replaced_at) VALUES (1, 1, 'Rev. Bucharest, 2022', 2022, 'en', 'Current', ?, 'then', NULL, ''), "
            "(2, 1, 'Rev. Bucharest, 2022', 2022, 'en', 'Earlier', '{}', 'before', 1, '2026-03-01T10:00:00')",
            [document],
        )
        for vid in range(3, 23):  # more texts: the pages the rebuild frees are most of the file
            conn.execute(
                "INSERT INTO versions (id, resolution_id, revision, year, language, title, data, imported_at) "
                "VALUES (?, 1, ?, 2022, 'fr', 't', ?, 'then')",
                [vid, f"Rév. {vid}", document],
            )
        conn.execute(
            "INSERT INTO provisions (version_id, seq, call, path, label, text) VALUES "
            "(1, 1, 'resolves', 'resolves 1', '1', 'wording wombat now'), "
            "(2, 1, 'resolves', 'resolves 1', '1', 'wording wombat before')"
        )
        _a_mod_on_version_2(conn)
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    columns = [row[1] for row in db.execute("PRAGMA table_info(versions)")]
    assert columns[-1] == "data" and {"replaced_at", "edition_of", "imported_at"} < set(columns)
    rows = db.execute(
        "SELECT id, title, data, imported_at, edition_of, replaced_at FROM versions WHERE id <= 2 ORDER BY id"
    )
    assert [tuple(r) for r in rows] == [
        (1, "Current", document, "then", None, ""),
        (2, "Earlier", "{}", "before", 1, "2026-03-01T10:00:00"),
    ]
    assert db.execute("SELECT base_version_id FROM proposals").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted((h.version_id, h.replaced) for h in search(db, "wombat")) == [(1, ""), (2, "2026-03-01T10:00:00")]
    assert [v.replaced for v in list_versions(db, editions=True) if v.language == "en"] == ["", "2026-03-01T10:00:00"]
    free, pages = (db.execute(f"PRAGMA {name}").fetchone()[0] for name in ("freelist_count", "page_count"))
    assert free * 10 < pages  # the copied table's old pages were given back
    assert path.with_name(path.name + "-wal").stat().st_size == 0  # and the log they went through
    fresh = open_database(tmp_path / "fresh.sqlite3")
    assert [row[1] for row in fresh.execute("PRAGMA table_info(versions)")] == columns
    db.close()
    fresh.close()


def test_schema_11_marks_where_each_text_came_from_and_keeps_every_version(tmp_path):
    """A store of schema 10 with a text, an earlier edition of it (a re-import
    replaced the text then), their provisions and a MOD on the edition: the
    rebuild gives every version an origin ("": none was taken from a draft's
    base before), placed before the document and in the listing index, so the
    lists still read from the indexes alone; it keeps every value, reference and
    the search index, and a draft's base stored afterwards is marked as such."""
    from delegate_app.store.library import _ORDER, _VERSION_SELECT, list_versions

    path = tmp_path / "v10.sqlite3"
    with store_at_schema(path, 10) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTSA', '57')")
        document = '{"number": "57", "long": "' + "x" * 20_000 + '"}'
        conn.execute(
            "INSERT INTO versions (id, resolution_id, revision, year, language, title, imported_at, edition_of, "
            "replaced_at, data) VALUES (1, 1, 'Rev. Hammamet, 2016', 2016, 'en', 'Current', 'then', NULL, '', ?), "
            "(2, 1, 'Rev. Hammamet, 2016', 2016, 'en', 'Earlier', 'before', 1, '2026-03-01T10:00:00', "
            '\'{"number": "57"}\')',
            [document],
        )
        conn.execute(
            "INSERT INTO provisions (version_id, seq, call, path, label, text) VALUES "
            "(1, 1, 'resolves', 'resolves 1', '1', 'wording wallaby now'), "
            "(2, 1, 'resolves', 'resolves 1', '1', 'wording wallaby before')"
        )
        _a_mod_on_version_2(conn)
    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    columns = [row[1] for row in db.execute("PRAGMA table_info(versions)")]
    assert columns[-2:] == ["origin", "data"]
    rows = db.execute("SELECT id, title, data, imported_at, edition_of, replaced_at, origin FROM versions ORDER BY id")
    assert [tuple(r) for r in rows] == [
        (1, "Current", document, "then", None, "", ""),
        (2, "Earlier", '{"number": "57"}', "before", 1, "2026-03-01T10:00:00", ""),
    ]
    assert db.execute("SELECT base_version_id FROM proposals").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert sorted(h.version_id for h in search(db, "wallaby")) == [1, 2]
    page = _VERSION_SELECT + "WHERE r.body IS ? " + _ORDER
    plan = " ".join(str(r[-1]) for r in db.execute("EXPLAIN QUERY PLAN " + page, ["WTSA"]))
    assert "COVERING INDEX versions_listing" in plan
    read = read_bytes(f.build(f.MOD_57, f.MOD_57_NOTES), "mod57.docx")  # Rev. Dubai, 2012 -> Rev. Hammamet, 2016
    editions.import_documents(db, [("mod57.docx", b"mod57", read.document, read.original, [])])
    listed = {(v.revision, v.title[:7], v.in_force, v.origin) for v in list_versions(db, editions=True)}
    assert ("Rev. Dubai, 2012", "Strengt", True, "draft") in listed  # the draft's base: not in the library before
    assert ("Rev. Hammamet, 2016", "Current", True, "") in listed  # the text in force stays so
    fresh = open_database(tmp_path / "fresh.sqlite3")
    assert [row[1] for row in fresh.execute("PRAGMA table_info(versions)")] == columns
    db.close()
    fresh.close()


def test_one_revision_however_its_heading_is_cased(db, tmp_path):
    """The Final Acts print "(REV. BAKU, 2025)" where the Sector's file says
    "(Rev. Baku, 2025)": one version, not two; a changed wording under the
    upper-case heading is kept beside it as an edition, as any re-import's
    (before schema 11 it replaced the stored text: an import no longer does)."""
    from delegate_app.services.importing import import_paths
    from delegate_app.store.library import list_versions

    baku = ROOT / "resources/starter/wtdc-res59-baku-2025.txt"
    import_paths(db, [baku])
    upper = tmp_path / "final-acts-59.txt"
    text = baku.read_text(encoding="utf-8").replace("(Rev. Baku, 2025)", "(REV. BAKU, 2025)", 1)
    upper.write_text(text, encoding="utf-8")
    (outcome,) = import_paths(db, [upper]).outcomes
    assert outcome.status == "unchanged"
    changed = tmp_path / "final-acts-59-changed.txt"
    changed.write_text(text.replace("recalling", "recalling also", 1), encoding="utf-8")
    (outcome,) = import_paths(db, [changed]).outcomes
    assert outcome.status == "edition" and len(outcome.editions) == 1
    current = [v for v in list_versions(db, "WTDC") if v.number == "59" and "BAKU" in v.revision.upper()]
    assert [v.revision for v in current] == ["Rev. Baku, 2025"]


def test_a_migration_another_instance_has_taken_is_not_taken_again(tmp_path):
    """Two windows opening the same old store each read its version before either
    migrated it; the second, finding each step done once it holds the write lock,
    takes none of them again (schema 2 onwards would fail: a table already there)."""
    from delegate_app.store.migrations import migrate

    db = open_database(tmp_path / "s.sqlite3")
    migrate(db, 1)  # as if it had read version 1 before the other instance migrated
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


@pytest.mark.parametrize(("error", "falls_back"), [("SQLITE_CANTOPEN", True), ("SQLITE_BUSY", False)])
def test_a_read_only_store_is_read_as_immutable_only_when_it_has_no_log_index(tmp_path, monkeypatch, error, falls_back):
    """On read-only media a WAL store without its -shm can be read only as
    immutable (SQLite cannot open it otherwise); a store another program holds
    (busy, locked) is not: read as immutable it could read torn. The first read is
    made to fail as each would."""
    from delegate_app.store import database

    store = tmp_path / "s.sqlite3"
    open_database(store).close()
    real, calls = database._version_with_cache, []

    def first_fails(conn):
        calls.append(conn)
        if len(calls) == 1:
            exc = sqlite3.OperationalError("as SQLite says it")
            exc.sqlite_errorname = error
            raise exc
        return real(conn)

    monkeypatch.setattr(database, "_version_with_cache", first_fails)
    conn = database._connect(store, read_only=True)
    if falls_back:
        again, version = database._first_read(conn, store, read_only=True)
        assert version == SCHEMA_VERSION and again is not conn
        again.close()
    else:
        with pytest.raises(sqlite3.OperationalError):
            database._first_read(conn, store, read_only=True)
        assert len(calls) == 1
