"""The team exchange carries the conference record (docs/team.md): the head of
delegation records the conference, its documents, its agenda and who supports
each common proposal, and after an exchange every colleague's store says the
same, the board and the support sheet alike.

The invariants: after an exchange both stores hold the same conference record
(by the names every store shares: the conference's, the contribution's uid, the
member's symbol, the agenda item's uid); an edit, a deletion, a late record whose
parent comes after it all arrive; two colleagues who set the same field
differently get one value, the same on both sides, and a conflict listed; a
record no door would accept (an unknown body, a date that is none, a member
that is no ITU symbol) is refused in one short line and changes nothing."""

from __future__ import annotations

import json

from test_cli import cli
from test_exchange import bundle_of, conflicts, send, take

from delegate_app.services import conference as conferences
from delegate_app.services import exchange
from delegate_app.services import support as supporting
from delegate_app.services.library import open_store
from delegate_app.store.contributions import contribution_uid


def new_contribution(store, title="ECP on Resolution 59"):
    out = cli("contribution", "new", "--title", title, "--db", store).stdout
    return int(out.split("made contribution ", 1)[1].split(":", 1)[0])


def record(store):
    """The store's conference record as a colleague sees it, by the names every store shares."""
    db = open_store(store)
    try:
        uid = {int(c["id"]): contribution_uid(db, int(c["id"])) for c in db_contributions(db)}
        confs = {
            c.name: (c.body, c.place, c.opens, c.closes, c.deadline, sorted(uid[d] for d in c.contributions))
            for c in conferences.list_conferences(db)
        }
        items = {
            c.name: [(r.uid, r.day, r.meeting, r.item, r.documents) for r in agenda_of(db, c.id)]
            for c in conferences.list_conferences(db)
        }
        stances = sorted(
            (uid[int(str(r["contribution"]))], r["member"], r["stance"], r["date"]) for r in supporting.list_support(db)
        )
        return confs, items, stances
    finally:
        db.close()


def db_contributions(db):
    from delegate_app.store.library import list_contributions

    return list_contributions(db)


def agenda_of(db, conference_id):
    from delegate_app.store.conferences import agenda

    return agenda(db, conference_id)


def head_of_delegation(tmp_path):
    """Alice records PP-26, its ECP, two agenda items and three administrations' stances."""
    alice = tmp_path / "alice.sqlite3"
    doc = new_contribution(alice)
    cli("conference", "set", "PP-26", "--body", "PP", "--opens", "2026-11-09", "--closes", "2026-11-27",
        "--place", "Doha", "--document", doc, "--db", alice)  # fmt: skip
    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--meeting", "COM5", "--item", "Resolution 59",
        "--documents", "12", "--db", alice)  # fmt: skip
    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--meeting", "Plenary", "--item", "Minutes", "--db", alice)
    for member, stance in (("F", "signed"), ("D", "supports"), ("RUS", "does-not-support")):
        cli("support", "set", doc, "--member", member, "--stance", stance, "--date", "2026-05-04", "--db", alice)
    return alice, doc


def test_a_colleague_s_store_shows_the_same_conference_agenda_and_support_after_an_exchange(tmp_path):
    alice, doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    out = take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    assert "refused" not in out
    held = record(alice)
    confs, items, stances = held
    assert confs["PP-26"][:4] == ("PP", "Doha", "2026-11-09", "2026-11-27") and len(confs["PP-26"][5]) == 1
    assert [i[3] for i in items["PP-26"]] == ["Resolution 59", "Minutes"] and len(stances) == 3
    assert record(bob) == held
    board = json.loads(cli("board", "PP-26", "--day", "2026-11-10", "--json", "--db", bob).stdout)
    assert [(i["meeting"], i["item"]) for i in board] == [("COM5", "Resolution 59"), ("Plenary", "Minutes")]

    # Bob adds what he learnt at the venue; Alice changes the place: both arrive, nothing conflicts
    bob_doc = int(json.loads(cli("support", "list", "--json", "--db", bob).stdout)[0]["contribution"])
    cli("support", "set", bob_doc, "--member", "G", "--stance", "signed", "--date", "2026-05-06", "--db", bob)
    cli("agenda", "add", "PP-26", "--day", "2026-11-11", "--item", "Resolution 140", "--db", bob)
    cli("conference", "set", "PP-26", "--place", "Doha, QNCC", "--db", alice)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    assert record(alice) == record(bob)
    confs, items, stances = record(bob)
    assert confs["PP-26"][1] == "Doha, QNCC" and ("G", "signed") in {(s[1], s[2]) for s in stances}
    assert [i[3] for i in items["PP-26"]] == ["Resolution 59", "Minutes", "Resolution 140"]
    assert conflicts(alice) == [] and conflicts(bob) == []

    # deletions travel too: a stance withdrawn, an agenda item taken off
    db = open_store(alice)
    try:
        supporting.remove_support(db, doc, "RUS")
        gone = next(r.uid for r in agenda_of(db, conferences.named(db, "PP-26").id) if r.item == "Minutes")
        conferences.remove_agenda_item(db, gone)
    finally:
        db.close()
    take(send(tmp_path, "a3", alice, "bob", "Alice"), bob)
    confs, items, stances = record(bob)
    assert "RUS" not in {s[1] for s in stances} and "Minutes" not in [i[3] for i in items["PP-26"]]
    assert record(alice) == record(bob)


def test_two_colleagues_setting_one_field_differently_get_one_value_and_a_conflict(tmp_path):
    alice, doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b0", bob, "alice", "Bob"), alice)
    cli("conference", "set", "PP-26", "--place", "Doha", "--closes", "2026-11-28", "--db", alice)
    cli("conference", "set", "PP-26", "--closes", "2026-11-26", "--db", bob)
    bob_doc = int(json.loads(cli("support", "list", "--json", "--db", bob).stdout)[0]["contribution"])
    cli("support", "set", doc, "--member", "D", "--stance", "signed", "--date", "2026-05-05", "--db", alice)
    cli("support", "set", bob_doc, "--member", "D", "--stance", "does-not-support", "--date", "2026-05-05",
        "--db", bob)  # fmt: skip
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b2", bob, "alice", "Bob"), alice)
    assert record(alice) == record(bob)  # one value shown, by the rule every store follows
    for store in (alice, bob):
        found = {(c["record"], c["field"]): {v["value"] for v in c["values"]} for c in conflicts(store)}
        assert found == {
            ("conference:PP-26", "closes"): {"2026-11-28", "2026-11-26"},
            (f"support:{uid_of(store, 'D')}|D", "stance"): {"signed", "does-not-support"},
        }
    (closes,) = [c for c in conflicts(alice) if c["field"] == "closes"]
    cli("exchange", "resolve", closes["id"], "--take", "mine", "--db", alice)
    take(send(tmp_path, "a3", alice, "bob", "Alice"), bob)
    assert record(bob)[0]["PP-26"][3] == "2026-11-28"
    assert [c["field"] for c in conflicts(bob)] == ["stance"]


def uid_of(store, member):
    db = open_store(store)
    try:
        (cid,) = {int(str(r["contribution"])) for r in supporting.list_support(db) if r["member"] == member}
        return contribution_uid(db, cid)
    finally:
        db.close()


def test_support_and_agenda_that_come_before_their_parent_wait_for_it(tmp_path):
    """Bundles taken out of order: the stance before its common proposal, the agenda
    before its conference. Neither is refused; each is written when its parent comes,
    and an agenda waiting for a conference Bob then types himself is written too."""
    alice, bob, carol = (tmp_path / f"{n}.sqlite3" for n in ("alice", "bob", "carol"))
    cli("list", "--db", bob)
    cli("list", "--db", carol)
    doc = new_contribution(alice)
    cli("conference", "set", "PP-26", "--body", "PP", "--db", alice)
    first = send(tmp_path, "a1", alice, "bob", "Alice")
    cli("support", "set", doc, "--member", "F", "--stance", "signed", "--date", "2026-05-04", "--db", alice)
    cli("agenda", "add", "PP-26", "--day", "2026-11-10", "--item", "Resolution 59", "--db", alice)
    cli("conference", "set", "PP-26", "--document", doc, "--db", alice)
    second = send(tmp_path, "a2", alice, "bob", "Alice")  # only what the first did not carry
    assert "refused" not in take(second, bob)
    assert record(bob) == ({}, {}, [])  # nothing to hang them on yet
    assert "refused" not in take(first, bob)
    assert record(bob) == record(alice)
    assert record(bob)[2] == [(uid_of(alice, "F"), "F", "signed", "2026-05-04")]

    db = open_store(carol)  # Carol has the agenda, then records the conference herself
    try:
        exchange.import_bundle(db, carol, second)
        assert conferences.list_conferences(db) == []
        conferences.set_conference(db, "PP-26", body="PP")
        exchange.export_bundle(db, carol, tmp_path / "c1.bundle", "alice", "Carol")  # her next exchange
        (conf,) = conferences.list_conferences(db)
        assert [r.item for r in agenda_of(db, conf.id)] == ["Resolution 59"]
    finally:
        db.close()


def test_a_hostile_bundle_s_conference_records_are_refused_in_a_line_each_and_change_nothing(tmp_path):
    bob = tmp_path / "bob.sqlite3"
    doc = new_contribution(bob)
    db = open_store(bob)
    uid = contribution_uid(db, doc)
    db.close()
    n = iter(range(1, 100))

    def version(gid, field, value):
        k = next(n)
        return {"r": gid, "f": field, "v": value, "vv": {"mallory": k}, "s": "mallory", "n": k, "a": "M", "t": "x"}

    AGENDA_KEY = f"agenda:{1:032x}"  # noqa: N806 (a key as agenda_uid makes one)
    lines = [
        version("conference:XYZ-26", "body", "XYZ"),
        version("conference:PP-26", "body", "PP"),
        version("conference:PP-26", "opens", "2026-13-45"),
        version("conference:WRC-27", "body", "WRC"),
        version("conference:WRC-27", "closes", "27/11/2027"),
        version(f"support:{uid}|F", "stance", "maybe"),
        version(f"support:{uid}|D", "stance", "signed"),
        version(f"support:{uid}|D", "day", "2026-02-30"),
        version(AGENDA_KEY, "conference", "PP-26"),
        version(AGENDA_KEY, "day", "someday"),
        version(AGENDA_KEY, "item", "Resolution 59"),
        version(f"conference:{'P' * 300}", "bogus", "1"),
    ]
    before = record(bob)
    out = take(bundle_of(tmp_path, "hostile", lines), bob)
    assert "0 record(s) changed" in out and "7 record(s) refused" in out
    for reason in (
        "'XYZ' is not a conference body",
        "'2026-13-45' is not a date",
        "'27/11/2027' is not a date",
        "'maybe' is not a stance",
        "'2026-02-30' is not a date",
        "'someday' is not a date",
        "not a field of a conference: bogus",
    ):
        assert sum(reason in line for line in out.splitlines()) == 1, reason
    assert record(bob) == before

    huge = version(f"support:{uid}|{'F' * 10_000_000}", "stance", "signed")
    db = open_store(bob)
    try:
        (refused,) = exchange.import_bundle(db, bob, bundle_of(tmp_path, "huge", [huge])).refused
        assert refused.endswith(": a member is an ITU symbol (one to four letters), not 10000000 characters")
        assert len(refused) < 400 and refused.startswith(f"support:{uid[:8]}")  # its id cut short: one line
        assert supporting.list_support(db) == []
    finally:
        db.close()


def test_a_store_of_schema_13_gives_its_agenda_items_their_ids(tmp_path):
    from conftest import store_at_schema

    from delegate_app.store.database import SCHEMA_VERSION, open_database, schema_version

    path = tmp_path / "old.sqlite3"
    with store_at_schema(path, 13) as conn:
        conn.execute("INSERT INTO conferences (id, name, body, updated) VALUES (1, 'PP-26', 'PP', 'n')")
        for n in (1, 2):
            conn.execute(
                "INSERT INTO agenda (conference_id, day, item, seq) VALUES (1, '2026-11-10', ?, ?)", [f"i{n}", n]
            )
    db = open_database(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        uids = [r[0] for r in db.execute("SELECT uid FROM agenda ORDER BY id")]
        assert len(set(uids)) == 2 and all(len(u) == 36 for u in uids)
        db.execute("INSERT INTO agenda (conference_id, day, item) VALUES (1, '2026-11-11', 'typed by an old app')")
        assert len({r[0] for r in db.execute("SELECT uid FROM agenda")} - {""}) == 3
    finally:
        db.close()


def test_the_board_in_a_colleague_s_window_shows_the_agenda_a_bundle_brought(qtbot, tmp_path, monkeypatch):
    """File > Receive changes… in Bob's window takes Alice's bundle in; the day's
    board (Ctrl+5) then lists her conference, its day and its agenda by meeting."""
    from PySide6.QtWidgets import QFileDialog
    from test_app import make_window, wait_idle

    alice, _doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    cli("list", "--db", bob)
    bundle = send(tmp_path, "a1", alice, "bob", "Alice")
    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bundle), "")))
    window.act_receive.trigger()
    wait_idle(qtbot, window)
    if window.exchange.dialog is not None:
        window.exchange.dialog.close()  # the report of what came in
    window.act_board.trigger()  # View > The day's board (Ctrl+5)
    board = window._board
    assert window.tabs.currentWidget() is board
    assert [board.conference.itemText(i) for i in range(board.conference.count())] == ["PP-26"]
    board.day.setCurrentIndex(board.day.findData("2026-11-10"))
    meetings = [board.tree.topLevelItem(i) for i in range(board.tree.topLevelItemCount())]
    shown = [(m.text(0), m.child(k).text(0)) for m in meetings for k in range(m.childCount())]
    assert shown == [("COM5", "Resolution 59 [12]"), ("Plenary", "Minutes")]  # its documents in brackets


def test_a_proposal_that_overtook_its_contribution_is_written_when_the_contribution_comes(tmp_path):
    """The rule the conference records follow, for the proposals it was taken from:
    the second bundle (the proposal) taken before the first (its contribution)."""
    from delegate_app.core.model import Contribution, Proposal, Resolution
    from delegate_app.store import contributions as contribs

    alice, bob = open_store(tmp_path / "alice.sqlite3"), open_store(tmp_path / "bob.sqlite3")
    try:
        contribs.write_front(alice, contribs.front_row(Contribution(uid="c1")))
        exchange.export_bundle(alice, tmp_path, tmp_path / "1.bundle", "bob", "Alice")
        text = Resolution(body=None, number="[ABC-1]", title="draft", draft=True)
        contribs.write_proposal(alice, "c1", contribs.proposal_row(Proposal(action="ADD", resolution=text, uid="p1")))
        exchange.export_bundle(alice, tmp_path, tmp_path / "2.bundle", "bob", "Alice")
        assert exchange.import_bundle(bob, tmp_path, tmp_path / "2.bundle").refused == []
        assert bob.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0
        assert exchange.import_bundle(bob, tmp_path, tmp_path / "1.bundle").refused == []
        assert [r[0] for r in bob.execute("SELECT uid FROM proposals")] == ["p1"]
    finally:
        alice.close()
        bob.close()
