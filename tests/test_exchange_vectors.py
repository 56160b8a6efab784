"""A bundle's version lines are checked by SQLite's JSON functions as they are
taken apart (services/exchange_bundle.py's VALID): a line is one JSON object
whose members are of the types a version has; a version vector is an
object of counters, each an integer of at least 0, with the writer's own
counter as its entry for the writer. Any other vector makes the bundle
malformed: refused in one line, nothing changed. (The vector is read on its
own, not through the whole line: a first fill's lines carry whole texts.)"""

from __future__ import annotations

import pytest
from cli_runner import cli
from test_exchange import bundle_of

from delegate_app.core.errors import DelegateError
from delegate_app.services.exchange import import_bundle
from delegate_app.store.database import open_database

GOOD = "position:WTSA|18|"


def _line(vv, n=1, store="mallory"):
    return {"r": GOOD, "f": "stance", "v": "oppose", "vv": vv, "s": store, "n": n, "a": "M", "t": "x"}


def _state(db):
    return [
        db.execute("SELECT count(*) FROM exchange_received").fetchone(),
        db.execute("SELECT stance FROM positions").fetchall(),
    ]


@pytest.mark.parametrize(
    "vv",
    [
        {"mallory": 1, "eve": -1},
        {"mallory": 1, "eve": "2"},
        {"mallory": 1, "eve": 1.5},
        {"mallory": 1, "eve": {"n": 1}},
        {"mallory": 1, "eve": None},
        {"eve": 1},
        {"mallory": 2},
        [1],
    ],
)
def test_a_bundle_with_a_wrong_vector_is_refused_whole(tmp_path, vv):
    store = tmp_path / "bob.sqlite3"
    cli("list", "--db", store)
    lines = [_line({"mallory": 1}), {**_line(vv), "f": "priority", "v": "high"}]
    with open_database(store) as db:
        before = _state(db)
        with pytest.raises(DelegateError, match=r"malformed \(line 4 is not a version\)"):
            import_bundle(db, store, bundle_of(tmp_path, "bad", lines))
        assert _state(db) == before


def test_a_bundle_with_right_vectors_is_taken_in(tmp_path):
    store = tmp_path / "bob.sqlite3"
    cli("list", "--db", store)
    lines = [_line({"mallory": 1, "eve": 0}), {**_line({"mallory": 1, "eve": 3}), "f": "priority", "v": "high"}]
    lines[1]["n"], lines[1]["vv"]["mallory"] = 2, 2
    with open_database(store) as db:
        got = import_bundle(db, store, bundle_of(tmp_path, "good", lines))
        assert got.written == [GOOD] and not got.refused
        assert db.execute("SELECT stance, priority FROM positions").fetchall() == [("oppose", "high")]


_RIGHT = '{"r": "position:WTSA|18|", "f": "stance", "v": "oppose", "vv": {"mallory": 1}, "s": "mallory", "n": 1, '


@pytest.mark.parametrize(
    "line",
    [
        "[1, 2]",
        '"a version"',
        "7",
        "null",
        "{}",
        "{",
        _RIGHT + '"a": "M", "t": 5}',
        _RIGHT.replace('"v": "oppose"', '"v": ["oppose"]') + '"a": "M", "t": "x"}',
        _RIGHT.replace('"f": "stance"', '"f": ""') + '"a": "M", "t": "x"}',
        _RIGHT.replace('"r": "position:WTSA|18|"', '"r": "WTSA 18"') + '"a": "M", "t": "x"}',
        _RIGHT.replace('"n": 1', '"n": 1.0') + '"a": "M", "t": "x"}',
    ],
)
def test_a_line_that_is_not_one_version_makes_the_bundle_malformed(tmp_path, line):
    store = tmp_path / "bob.sqlite3"
    cli("list", "--db", store)
    with open_database(store) as db:
        before = _state(db)
        with pytest.raises(DelegateError, match=r"malformed \(line 4 is not a version\)"):
            import_bundle(db, store, bundle_of(tmp_path, "bad", [_line({"mallory": 1}), line]))
        assert _state(db) == before


@pytest.mark.parametrize(
    "line",
    [
        _RIGHT + '"a": "M", "t": "x"}',
        "  \t" + _RIGHT + '"t": "x"}',  # white space before it, and no author: an empty one
        _RIGHT + '"a": "M", "t": "x", "extra": [1]}',  # a member it does not know: left aside
        _RIGHT + '"a": null, "t": null}',  # who and when not said: unknown
    ],
)
def test_a_line_of_one_version_is_taken_in_however_it_is_spaced(tmp_path, line):
    store = tmp_path / "bob.sqlite3"
    cli("list", "--db", store)
    priority = {**_line({"mallory": 2}, n=2), "f": "priority", "v": "high"}
    with open_database(store) as db:
        got = import_bundle(db, store, bundle_of(tmp_path, "good", [line, priority]))
        assert got.written == [GOOD] and not got.refused
        assert db.execute("SELECT stance, priority FROM positions").fetchall() == [("oppose", "high")]
