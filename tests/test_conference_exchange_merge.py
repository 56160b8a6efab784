"""The conference record's exchange converges and refuses only what a version
is alone (docs/team.md, Checks):

- two colleagues' concurrent dates that only together close the conference
  before it opens are taken on both stores, which then show the same record
  and say so as a warning (``conference list``, ``deadlines``, ``board``);
  later edits of the record are not refused;
- a field ``conference set`` was not given (empty) is no version: a colleague's
  value of it is shown on both stores;
- a place on an agenda or in a contribution that ``str.isdigit`` takes but no
  integer column does, an agenda key that names no item, text the app's own
  commands would have stripped: refused in one line, and the import of the rest
  goes on (never a crash)."""

from __future__ import annotations

from test_cli import cli
from test_exchange import bundle_of, conflicts, send, take
from test_exchange_conference import record

from delegate_app.services import conference as conferences
from delegate_app.services import exchange
from delegate_app.services.library import open_store


def colleagues(tmp_path, *fields):
    """Alice records PP-26 with ``fields``, and Bob takes it in."""
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli("conference", "set", "PP-26", "--body", "PP", *fields, "--db", alice)
    take(send(tmp_path, "a0", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b0", bob, "alice", "Bob"), alice)
    return alice, bob


def test_dates_that_close_before_opening_only_together_are_taken_shown_and_editable(tmp_path):
    alice, bob = colleagues(tmp_path, "--opens", "2026-11-09", "--closes", "2026-11-27")
    cli("conference", "set", "PP-26", "--closes", "2026-11-10", "--db", alice)
    cli("conference", "set", "PP-26", "--opens", "2026-11-15", "--db", bob)
    out_b = take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    out_a = take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    assert "refused" not in out_a + out_b or "0 record(s) refused" in out_a + out_b
    assert record(alice) == record(bob)
    assert record(bob)[0]["PP-26"][2:4] == ("2026-11-15", "2026-11-10")
    assert conflicts(alice) == conflicts(bob) == []  # different fields: no conflict, a warning
    warning = "PP-26 would close (2026-11-10) before it opens (2026-11-15)"
    for store in (alice, bob):
        assert warning in cli("conference", "list", "--db", store).stdout
        assert warning in cli("deadlines", "PP-26", "--db", store).stderr
        assert warning in cli("board", "PP-26", "--db", store).stderr
    # a later edit of the record is taken, and travels
    cli("conference", "set", "PP-26", "--place", "Doha", "--db", bob)
    take(send(tmp_path, "b2", bob, "alice", "Bob"), alice)
    assert record(alice) == record(bob) and record(alice)[0]["PP-26"][1] == "Doha"
    # the delegate's own dates must still agree
    refused = cli("conference", "set", "PP-26", "--closes", "2026-11-01", "--db", alice, check=False)
    assert refused.returncode != 0 and "before it opens" in refused.stderr
    cli("conference", "set", "PP-26", "--closes", "2026-11-27", "--db", alice)
    assert "warning" not in cli("conference", "list", "--db", alice).stdout


def test_a_suppressed_status_beside_an_action_another_colleague_changed_is_not_refused(tmp_path):
    """Each is a version alone a store keeps; together only a merge makes them."""
    from delegate_app.services.exchange_checks import Checks

    db = open_store(tmp_path / "s.sqlite3")
    try:
        fields = {"contribution": "c1", "action": "MOD", "status": "suppressed", "order": "1", "deleted": ""}
        assert Checks(db).problem("proposal:p1", fields) is None
        assert Checks(db).problem("proposal:p1", {**fields, "status": "gone"}) is not None
    finally:
        db.close()


def test_a_field_conference_set_was_not_given_does_not_blank_a_colleague_s_value(tmp_path):
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli("conference", "set", "PP-26", "--body", "PP", "--opens", "2026-11-09", "--closes", "2026-11-27",
        "--place", "Doha", "--db", alice)  # fmt: skip
    cli("conference", "set", "PP-26", "--body", "PP", "--db", bob)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b2", bob, "alice", "Bob"), alice)
    assert record(alice) == record(bob)
    assert record(bob)[0]["PP-26"][:4] == ("PP", "Doha", "2026-11-09", "2026-11-27")
    assert [c["field"] for c in conflicts(alice)] == []


def test_an_agenda_item_s_empty_documents_do_not_blank_a_colleague_s(tmp_path):
    from delegate_app.store import exchange_conference as held

    alice, _bob = colleagues(tmp_path)
    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--meeting", "COM5", "--item", "Minutes", "--db", alice)
    db = open_store(alice)
    try:
        ((gid, fields),) = [(g, f) for g, f in held.current(db) if g.startswith("agenda:")]
        assert "documents" not in fields and fields["item"] == "Minutes"
    finally:
        db.close()


def version(n, gid, field, value):
    return {"r": gid, "f": field, "v": value, "vv": {"mallory": n}, "s": "mallory", "n": n, "a": "M", "t": "x"}


BAD_ORDERS = ("99999999999999999999", "²", "1" * 5000, "٣")


def test_a_place_no_integer_column_takes_is_refused_in_a_line_and_the_rest_is_taken(tmp_path):
    _alice, bob = colleagues(tmp_path)
    lines, n = [], iter(range(1, 1000))
    for k, order in enumerate(BAD_ORDERS):
        gid = f"agenda:{k:032x}"
        lines += [version(next(n), gid, f, v) for f, v in (("conference", "PP-26"), ("day", "2026-11-10"))]
        lines += [version(next(n), gid, "item", f"item {k}"), version(next(n), gid, "order", order)]
    for k, order in enumerate(BAD_ORDERS):
        lines.append(version(next(n), f"proposal:q{k}", "order", order))
    lines += [version(next(n), f"agenda:{99:032x}", f, v) for f, v in
              (("conference", "PP-26"), ("day", "2026-11-10"), ("item", "Minutes"), ("order", "3"))]  # fmt: skip
    out = take(bundle_of(tmp_path, "orders", lines), bob)
    assert f"{2 * len(BAD_ORDERS)} record(s) refused" in out
    assert sum("its place on the agenda is not a number" in line for line in out.splitlines()) == len(BAD_ORDERS)
    assert sum("is not a place in the contribution" in line for line in out.splitlines()) == len(BAD_ORDERS)
    assert all(len(line) < 300 for line in out.splitlines())
    assert [i[3] for i in record(bob)[1]["PP-26"]] == ["Minutes"]
    # and the store exchanges on: an export and another import do not crash
    cli("conference", "set", "PP-26", "--place", "Doha", "--db", bob)
    send(tmp_path, "b1", bob, "alice", "Bob")
    take(bundle_of(tmp_path, "orders2", lines), bob)


def test_an_agenda_version_no_command_would_write_is_refused_and_adds_no_row(tmp_path):
    _alice, bob = colleagues(tmp_path)
    n = iter(range(1, 1000))

    def item(key, **values):
        fields = {"conference": "PP-26", "day": "2026-11-10", "item": "Minutes", **values}
        return [version(next(n), f"agenda:{key}", f, v) for f, v in fields.items()]

    lines = [
        *item(""),
        *item("x|y"),
        *item("A" * 32),  # not as agenda_uid writes it
        *item(f"{2:032x}", item="   "),
        *item(f"{3:032x}", item=" Minutes "),
        *item(f"{4:032x}", meeting="COM5 "),
        *item(f"{5:032x}", documents="\t12"),
    ]
    n_support = next(n)
    db = open_store(bob)
    try:
        out = exchange.import_bundle(db, bob, bundle_of(tmp_path, "keys", lines)).refused
        assert len(out) == 7, out
        assert conferences.list_conferences(db)[0].name == "PP-26"
    finally:
        db.close()
    assert record(bob)[1]["PP-26"] == []
    # a stance whose day is "" is no stance support set writes (it writes today)
    uid_line = version(n_support, "support:c1|F", "stance", "signed")
    day_line = version(n_support + 1, "support:c1|F", "day", "")
    db = open_store(bob)
    try:
        (refused,) = exchange.import_bundle(db, bob, bundle_of(tmp_path, "day", [uid_line, day_line])).refused
        assert "not a date" in refused
    finally:
        db.close()


def test_the_window_s_board_says_a_merge_closes_the_conference_before_it_opens(qtbot, tmp_path, monkeypatch):
    """Bob's window takes Alice's closing day beside his opening day: the board says so
    above the agenda (in the interface's words), and says nothing once the dates agree."""
    from PySide6.QtWidgets import QFileDialog
    from test_app import make_window, wait_idle

    alice, bob = colleagues(tmp_path, "--opens", "2026-11-09", "--closes", "2026-11-27")
    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--item", "Minutes", "--db", bob)
    cli("conference", "set", "PP-26", "--closes", "2026-11-10", "--db", alice)
    cli("conference", "set", "PP-26", "--opens", "2026-11-15", "--db", bob)
    bundle = send(tmp_path, "a1", alice, "bob", "Alice")
    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    window.act_board.trigger()
    board = window._board
    assert board.warning.isHidden()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), "")))
    window.act_receive.trigger()
    wait_idle(qtbot, window)
    if window.exchange.dialog is not None:
        window.exchange.dialog.close()
    window.act_board.trigger()
    board.reload()
    assert not board.warning.isHidden()
    assert board.warning.text().startswith("PP-26 closes (2026-11-10) before it opens (2026-11-15)")
    cli("conference", "set", "PP-26", "--closes", "2026-11-27", "--db", bob)
    board.reload()
    assert board.warning.isHidden()


def test_the_writer_never_crashes_on_a_place_no_integer_column_takes(tmp_path):
    """What a store already holds (a version an older check let through, waiting for its
    conference) is written when the conference comes, with no place, never a crash."""
    from delegate_app.store import exchange_conference as held
    from delegate_app.store.database import writing

    _alice, bob = colleagues(tmp_path)
    db = open_store(bob)
    try:
        for k, order in enumerate(BAD_ORDERS):
            fields = {"conference": "PP-26", "day": "2026-11-10", "item": f"item {k}", "order": order, "deleted": ""}
            with writing(db):
                held.write(db, "agenda", f"{k:032x}", fields)
        assert [r[0] for r in db.execute("SELECT seq FROM agenda ORDER BY uid")] == [0] * len(BAD_ORDERS)
    finally:
        db.close()
