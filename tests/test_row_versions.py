"""Schema 12: every contribution, proposal and position row carries the store's
version of it, taken by every write whoever makes it, never given twice; what
an edit was based on (services/edits.py)."""

from __future__ import annotations

import json

from conftest import store_at_schema

from delegate_app.core.model import Position
from delegate_app.store import contributions as records
from delegate_app.store.database import SCHEMA_VERSION, open_database, schema_version, writing
from delegate_app.store.positions import positions, save_position


def revs(db, table: str) -> dict[str, int]:
    return dict(db.execute(f"SELECT uid, rev FROM {table}").fetchall())


def test_a_store_of_schema_11_gets_versions_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.sqlite3"
    with store_at_schema(path, 11) as conn:
        conn.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59')")
        conn.execute(
            "INSERT INTO contributions (id, uid, data, created, updated) VALUES (1, 'c1', ?, 'n', 'n')",
            [json.dumps({"kind": "contribution", "proposals": []})],
        )
        conn.execute(
            "INSERT INTO proposals (id, uid, contribution_id, seq, action, data) VALUES (1, 'p1', 1, 1, 'ADD', '{}')"
        )
        conn.execute("INSERT INTO autosave (key, value, updated) VALUES ('proposal:p1', 'typed', 'n')")
        conn.execute(
            "INSERT INTO positions (uid, resolution_id, stance, priority, updated) "
            "VALUES ('s1', 1, 'support', 'high', 'n')"
        )
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert revs(db, "contributions") == {"c1": 0} and revs(db, "proposals") == {"p1": 0}
        assert [(p.uid, p.rev, p.stance) for p in positions(db)] == [("s1", 0, "support")]
        assert records.read_typed(db, "p1") == "typed"
    finally:
        db.close()


def test_every_write_takes_a_new_version_whoever_makes_it(tmp_path):
    db = open_database(tmp_path / "s.sqlite3")
    try:
        with writing(db):
            db.execute("INSERT INTO resolutions (id, body, number) VALUES (1, 'WTDC', '59')")
            db.execute("INSERT INTO contributions (uid, data, created, updated) VALUES ('c1', '{}', 'n', 'n')")
            db.execute(
                "INSERT INTO proposals (uid, contribution_id, seq, action, data) VALUES ('p1', 1, 1, 'ADD', '{}')"
            )
            db.execute(
                "INSERT INTO proposals (uid, contribution_id, seq, action, data) VALUES ('p2', 1, 2, 'ADD', '{}')"
            )
        first = revs(db, "proposals")
        assert len(set(first.values()) | {revs(db, "contributions")["c1"]}) == 3  # one version each, never shared
        with writing(db):
            records.write_order(db, "c1", ["p2", "p1"])  # a proposal's place is not what it holds
        assert revs(db, "proposals") == first
        with writing(db):
            records.write_typed(db, "p1", "typed in it")  # the text kept as typed is the proposal's
        after_typing = revs(db, "proposals")
        assert after_typing["p1"] > max(first.values()) and after_typing["p2"] == first["p2"]
        with writing(db):
            db.execute("UPDATE proposals SET data = '{\"reasons\": \"x\"}' WHERE uid = 'p2'")  # any writer
        assert revs(db, "proposals")["p2"] > after_typing["p1"]
        with writing(db):
            records.delete_proposal(db, "p1")
            db.execute(
                "INSERT INTO proposals (uid, contribution_id, seq, action, data) VALUES ('p1', 1, 3, 'ADD', '{}')"
            )
        assert revs(db, "proposals")["p1"] > revs(db, "proposals")["p2"]  # made again: a version never seen
        saved = save_position(db, Position("WTDC", "59", stance="oppose"))
        again = save_position(db, Position("WTDC", "59", stance="support"))
        assert saved.uid == again.uid and again.rev > saved.rev
        assert positions(db)[0].rev == again.rev
    finally:
        db.close()
