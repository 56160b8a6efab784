"""Team exchange, offline, as two delegates do it from the command line: a new
store filled from a colleague's first bundle; different edits merged, the same
field edited on both sides kept as a conflict with both values on both sides;
a bundle taken twice changes nothing; a damaged, foreign or newer one refused."""

from __future__ import annotations

import json

from test_cli import cli, digest


def positions(store):
    return {
        (p["body"], p["number"], p["provision"]): p
        for p in json.loads(cli("positions", "list", "--json", "--db", store).stdout)
    }


def conflicts(store):
    return json.loads(cli("exchange", "conflicts", "--json", "--db", store).stdout)


SET = ["positions", "set", "5"]  # WTSA 18 (Rev. New Delhi, 2024) in the starter library


def send(tmp_path, name, store, peer, author):
    bundle = tmp_path / f"{name}.bundle"
    to = ["--for", peer] if peer else []  # no colleague named: everything the store has
    cli("exchange", "export", "-o", bundle, *to, "--author", author, "--db", store)
    return bundle


def take(bundle, store):
    return cli("exchange", "import", bundle, "--db", store).stdout


def set_status(path, value: str) -> None:
    """Proposal p1 of contribution c1 given ``value`` as its status in the store at
    ``path``, as an edit would: the field both sides change in the conflict tests
    (here and in test_exchange_window)."""
    from delegate_app.core.model import Proposal
    from delegate_app.services.library import open_store
    from delegate_app.store import contributions as contribs

    db = open_store(path)
    row = db.execute("SELECT data FROM proposals WHERE uid = 'p1'").fetchone()
    proposal = Proposal.from_dict(json.loads(row[0]))
    proposal.uid, proposal.status = "p1", value
    contribs.write_proposal(db, "c1", contribs.proposal_row(proposal))
    db.close()


def filled(tmp_path):
    """Alice with two positions; Bob's new store filled from her first bundle."""
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli(*SET, "--stance", "support", "--db", alice)
    cli(*SET, "--provision", "noting ¶1", "--stance", "neutral", "--db", alice)
    take(send(tmp_path, "first", alice, "bob", "Alice"), bob)
    cli("exchange", "export", "-o", tmp_path / "ack.bundle", "--for", "alice", "--author", "Bob", "--db", bob)
    return alice, bob


def test_the_first_bundle_back_applies_each_side_s_edit_with_no_false_conflict(tmp_path):
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli(*SET, "--stance", "support", "--db", alice)
    cli(*SET, "--provision", "noting ¶1", "--stance", "neutral", "--db", alice)
    first = send(tmp_path, "first", alice, "bob", "Alice")
    assert "from Alice" in take(first, bob)  # a new store, filled from the first bundle
    assert positions(bob)[("WTSA", "18", "noting ¶1")]["stance"] == "neutral"
    assert positions(bob)[("WTSA", "18", "")]["id"] == positions(alice)[("WTSA", "18", "")]["id"]

    cli(*SET, "--stance", "oppose", "--db", alice)  # Alice edits X
    cli(*SET, "--provision", "noting ¶1", "--stance", "support", "--rationale", "Bob's reasons", "--db", bob)  # Bob, Y
    cli("positions", "set", "3", "--stance", "undecided", "--db", bob)  # and a new one (WTDC 59)
    to_alice = send(tmp_path, "b2a", bob, None, "Bob")  # everything Bob has, Alice's values too
    to_bob = send(tmp_path, "a2b", alice, "bob", "Alice")
    assert "0 conflict(s)" in take(to_alice, alice) and "0 conflict(s)" in take(to_bob, bob)
    for store in (alice, bob):
        found = positions(store)
        assert found[("WTSA", "18", "")]["stance"] == "oppose"
        assert (found[("WTSA", "18", "noting ¶1")]["stance"], found[("WTSA", "18", "noting ¶1")]["rationale"]) == (
            "support",
            "Bob's reasons",
        )
        assert found[("WTDC", "59", "")]["stance"] == "undecided"
        assert conflicts(store) == []
    held = positions(bob)
    again = send(tmp_path, "quiet", alice, "bob", "Alice")  # nothing Bob lacks: nothing changes there
    assert "0 record(s) changed, 0 conflict(s)" in take(again, bob)
    assert positions(bob) == held and conflicts(bob) == []
    before = digest(bob)
    assert "taken in already: nothing changed" in take(again, bob) and digest(bob) == before


def test_a_quiet_round_after_a_conflict_swaps_nothing_and_mine_stays_mine(tmp_path):
    alice, bob = filled(tmp_path)
    take(tmp_path / "ack.bundle", alice)
    cli(*SET, "--stance", "support", "--rationale", "ALICE", "--db", alice)
    cli(*SET, "--stance", "support", "--rationale", "BOB", "--db", bob)
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)

    def state():
        held = {s: positions(s)[("WTSA", "18", "")]["rationale"] for s in (alice, bob)}
        found = {s: [(c["field"], c["mine"], c["theirs"]) for c in conflicts(s)] for s in (alice, bob)}
        return held, found

    held, found = state()
    assert held[alice] == held[bob] in ("ALICE", "BOB")  # one value, the same on both, by the same rule
    assert found == {alice: [("rationale", "ALICE", "BOB")], bob: [("rationale", "BOB", "ALICE")]}
    (conflict,) = conflicts(alice)
    assert {(v["value"], v["author"]) for v in conflict["values"]} == {("ALICE", "Alice"), ("BOB", "Bob")}
    for round_ in (2, 3):  # quiet rounds: nothing swaps
        take(send(tmp_path, f"a{round_}", alice, "bob", "Alice"), bob)
        take(send(tmp_path, f"b{round_}", bob, "alice", "Bob"), alice)
        assert state() == (held, found)

    cli("exchange", "resolve", conflict["id"], "--take", "mine", "--db", alice)
    assert positions(alice)[("WTSA", "18", "")]["rationale"] == "ALICE" and conflicts(alice) == []
    take(send(tmp_path, "a4", alice, "bob", "Alice"), bob)  # the settlement settles it on Bob's side too
    assert positions(bob)[("WTSA", "18", "")]["rationale"] == "ALICE" and conflicts(bob) == []
    take(send(tmp_path, "b4", bob, "alice", "Bob"), alice)
    assert positions(alice)[("WTSA", "18", "")]["rationale"] == "ALICE" and conflicts(alice) == []


def test_bundles_taken_out_of_order_never_revert_the_newer_value(tmp_path):
    alice, bob = filled(tmp_path)
    cli(*SET, "--stance", "support", "--rationale", "one", "--db", alice)
    first = send(tmp_path, "one", alice, "bob", "Alice")
    cli(*SET, "--stance", "support", "--rationale", "two", "--db", alice)
    second = send(tmp_path, "two", alice, "bob", "Alice")
    assert "1 record(s) changed, 0 conflict(s)" in take(second, bob)
    assert "0 record(s) changed, 0 conflict(s)" in take(first, bob)
    assert positions(bob)[("WTSA", "18", "")]["rationale"] == "two" and conflicts(bob) == []
    cli(*SET, "--stance", "support", "--rationale", "three", "--db", alice)
    take(send(tmp_path, "three", alice, "bob", "Alice"), bob)  # the second lost: the third still carries it all
    assert positions(bob)[("WTSA", "18", "")]["rationale"] == "three"


def bundle_of(tmp_path, name, lines, header=None):
    """A bundle written by hand: version lines (dicts, or strings written as they are) under a
    header, with a right last line."""
    import hashlib

    body = b"".join(
        (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)).encode() + b"\n" for line in lines
    )
    head = {"format": "delegate-bundle", "id": name, "store": "mallory", "author": "Mallory", "schema": 1}
    head.update(header or {})
    end = {"end": len(lines), "sha256": hashlib.sha256(body).hexdigest()}
    path = tmp_path / f"{name}.bundle"
    path.write_bytes(
        b"DELEGATE-BUNDLE 2\n" + json.dumps(head).encode() + b"\n" + body + json.dumps(end).encode() + b"\n"
    )
    return path


def test_records_a_bundle_brings_are_checked_as_positions_set_checks_them(tmp_path):
    bob = tmp_path / "bob.sqlite3"
    cli("list", "--db", bob)

    def version(gid, field, value, n):
        return {"r": gid, "f": field, "v": value, "vv": {"mallory": n}, "s": "mallory", "n": n, "a": "M", "t": "x"}

    good, bad, ghost, odd = (
        "position:WTSA|18|",
        "position:WTSA|18|noting ¶1",
        "position:ZZZ|99999|resolves 42",
        "position:WTSA|18|resolves 99",
    )
    lines = [
        version(good, "stance", "oppose", 1),
        version(good, "priority", "high", 1),
        version(good, "deleted", "", 1),
        version(bad, "stance", "DROP TABLE", 2),
        version(bad, "priority", "extreme", 2),
        version(ghost, "stance", "support", 3),
        version(odd, "stance", "support", 4),
    ]
    out = take(bundle_of(tmp_path, "mixed", lines), bob)
    assert "1 record(s) changed" in out and "3 record(s) refused" in out
    assert "'DROP TABLE' is not a stance" in out and "'extreme' is not a priority" in out
    assert "the library has no text of ZZZ Resolution 99999" in out and "no provision 'resolves 99'" in out
    assert set(positions(bob)) == {("WTSA", "18", "")} and positions(bob)[("WTSA", "18", "")]["stance"] == "oppose"

    before = digest(bob)
    for name, content in (
        ("malformed", [version(good, "stance", "support", 5), {"r": good, "f": "stance"}]),
        ("no-vector", [{**version(good, "stance", "support", 6), "vv": "yes"}]),
    ):
        result = cli("exchange", "import", bundle_of(tmp_path, name, content), "--db", bob, check=False)
        assert result.returncode == 2 and "malformed" in result.stderr and len(result.stderr.splitlines()) == 1
    assert digest(bob) == before


def test_a_damaged_foreign_or_newer_bundle_is_refused_and_changes_nothing(tmp_path):
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli("positions", "set", "5", "--stance", "support", "--db", alice)
    bundle = tmp_path / "b.bundle"
    cli("exchange", "export", "-o", bundle, "--author", "Alice", "--db", alice)
    cli("list", "--db", bob)
    before = digest(bob)
    data = bundle.read_bytes()
    head, _, body = data.partition(b"\n")
    header, _, changes = body.partition(b"\n")
    newer = json.loads(header)
    newer["schema"] = 999
    for name, content, message in (
        ("truncated", data[:-3], "damaged or incomplete"),
        ("damaged", data.replace(b'"support"', b'"oppose"'), "checksum does not match"),
        ("older", b"DELEGATE-BUNDLE 1\n" + body, "earlier Delegate"),
        ("foreign", b"PK\x03\x04 not a bundle", "not a Delegate bundle"),
        ("newer", head + b"\n" + json.dumps(newer).encode() + b"\n" + changes, "newer version of Delegate"),
        ("headless", head + b"\n{broken", "damaged"),
    ):
        path = tmp_path / f"{name}.bundle"
        path.write_bytes(content)
        result = cli("exchange", "import", path, "--db", bob, check=False)
        assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1, name
    assert digest(bob) == before
    own = cli("exchange", "import", bundle, "--db", alice, check=False)
    assert own.returncode == 2 and "written by this library" in own.stderr


def test_the_window_sends_and_receives_changes_and_settles_a_conflict(qtbot, tmp_path):
    """File > Receive changes… takes a colleague's bundle in the background, reports it,
    marks the position in conflict and opens the Conflicts panel; Take theirs settles it;
    File > Send changes… writes a bundle the colleague takes in."""
    from PySide6.QtWidgets import QPlainTextEdit
    from test_app import make_window, wait_idle

    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    cli("positions", "set", "5", "--stance", "support", "--db", alice)
    first = tmp_path / "first.bundle"
    cli("exchange", "export", "-o", first, "--for", "bob", "--author", "Alice", "--db", alice)
    cli("exchange", "import", first, "--db", bob)
    cli("positions", "set", "5", "--stance", "oppose", "--db", alice)
    cli("positions", "set", "5", "--stance", "neutral", "--db", bob)
    to_bob = tmp_path / "a2b.bundle"
    cli("exchange", "export", "-o", to_bob, "--for", "bob", "--author", "Alice", "--db", alice)

    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    window.exchange.receive(str(to_bob))
    wait_idle(qtbot, window)
    report = window.last_report.findChild(QPlainTextEdit).toPlainText()
    assert "From Alice" in report and "Conflicts: 1" in report
    panel = window.exchange.dialog
    assert panel is not None and panel.isVisible() and panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in (0, 2, 3, 4, 5)] == [
        "WTSA Resolution 18, whole resolution",
        "Stance",
        "neutral",
        "oppose",
        "Alice",
    ]
    window.tabs.setCurrentIndex(1)
    assert any(
        window.positions.model.data(window.positions.model.index(r, 2)).startswith("⚠")
        for r in range(window.positions.model.rowCount())
    )
    panel.table.setCurrentCell(0, 0)
    panel.settle("theirs")
    wait_idle(qtbot, window)
    assert panel.table.rowCount() == 0 and conflicts(bob) == []
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "oppose"

    back = tmp_path / "b2a.bundle"
    window.settings.setValue("drafting/author", "Bob")
    window.exchange.send("alice", str(back))
    wait_idle(qtbot, window)
    assert "written for alice" in window.statusBar().currentMessage()
    taken = cli("exchange", "import", back, "--db", alice).stdout
    assert "from Bob" in taken and conflicts(alice) == []  # Bob took Alice's value: nothing competes


def test_three_stores_converge_through_a_shared_folder(tmp_path):
    """exchange sync --hub: each store writes only its own folder, reads the others';
    a newcomer fills from the folder; a sync with nothing new writes nothing."""
    hub = tmp_path / "hub"
    hub.mkdir()
    alice, bob, carol = (tmp_path / f"{n}.sqlite3" for n in ("alice", "bob", "carol"))

    def sync(store, who):
        return cli("exchange", "sync", "--hub", hub, "--author", who, "--db", store).stdout

    cli(*SET, "--stance", "support", "--db", alice)
    assert "0 bundle(s) taken in; wrote" in sync(alice, "Alice")
    assert "1 bundle(s) taken in" in sync(bob, "Bob")  # a newcomer, filled from the folder
    cli(*SET, "--stance", "support", "--rationale", "Bob's", "--db", bob)
    cli(*SET, "--provision", "noting ¶1", "--stance", "oppose", "--db", alice)
    sync(bob, "Bob")
    sync(alice, "Alice")
    assert "4 bundle(s) taken in" in sync(carol, "Carol")  # two from each: a newcomer reads them all
    sync(bob, "Bob")
    for store in (alice, bob, carol):
        found = positions(store)
        assert found[("WTSA", "18", "")]["rationale"] == "Bob's"
        assert found[("WTSA", "18", "noting ¶1")]["stance"] == "oppose"
        assert conflicts(store) == []
    folders = sorted(p for p in hub.iterdir())
    assert len(folders) == 3 and all(p.name.endswith(".bundle") for f in folders for p in f.iterdir())
    assert "1 bundle(s) taken in; nothing new to send" in sync(alice, "Alice")  # Carol's: nothing new to her
    assert "0 bundle(s) taken in; nothing new to send" in sync(alice, "Alice")


def test_the_window_shows_a_proposal_conflict_readably_and_keeps_mine(qtbot, tmp_path):
    """A status both sides changed: one row (never the proposal as JSON), named by
    the contribution and the proposal's ITU number, the two values side by side
    with who and when; Keep mine keeps this store's value, and settles it on the
    colleague's side too."""
    from test_app import make_window, wait_idle

    from delegate_app.core.model import Contribution, ContributionHeader, Proposal, Resolution
    from delegate_app.services import exchange
    from delegate_app.services.library import open_store
    from delegate_app.store import contributions as contribs

    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    db = open_store(alice)
    header = ContributionHeader(document="ABC/12", title="Proposals of ABC")
    contribs.write_front(db, contribs.front_row(Contribution(header=header, uid="c1")))
    text = Resolution(body=None, number="[ABC-1]", title="Digital inclusion", draft=True)
    proposal = Proposal(action="ADD", number="ABC/12/1", resolution=text, uid="p1")
    contribs.write_proposal(db, "c1", contribs.proposal_row(proposal))
    db.close()
    take(send(tmp_path, "first", alice, "bob", "Alice"), bob)
    set_status(alice, "adopted")
    set_status(bob, "submitted")
    to_bob = send(tmp_path, "a2b", alice, "bob", "Alice")

    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    window.exchange.receive(str(to_bob))
    wait_idle(qtbot, window)
    panel = window.exchange.dialog
    assert panel is not None and panel.isVisible() and panel.table.rowCount() == 1
    cells = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert cells[:6] == ["ABC/12: ADD Digital inclusion", "ABC/12/1", "Status", "submitted", "adopted", "Alice"]
    details = panel.details.toPlainText()
    assert "submitted" in details and "adopted" in details and "{" not in details
    (line,) = cli("exchange", "conflicts", "--db", bob).stdout.splitlines()  # the command line reads it alike
    assert "ABC/12: ADD Digital inclusion (ABC/12/1), Status: " in line
    assert "theirs 'adopted' (Alice, " in line and "mine 'submitted' (" in line
    panel.table.setCurrentCell(0, 0)
    panel.settle("mine")
    wait_idle(qtbot, window)
    assert panel.table.rowCount() == 0 and conflicts(bob) == []
    db = open_store(bob)
    assert db.execute("SELECT status FROM proposals WHERE uid = 'p1'").fetchone()[0] == "submitted"
    db.close()
    db = open_store(bob)
    exchange.export_bundle(db, bob, tmp_path / "b2a.bundle", "alice", "Bob")
    db.close()
    take(tmp_path / "b2a.bundle", alice)
    assert conflicts(alice) == []
    db = open_store(alice)
    assert db.execute("SELECT status FROM proposals WHERE uid = 'p1'").fetchone()[0] == "submitted"
    db.close()


def test_the_window_exchanges_through_the_shared_folder_named_in_settings(qtbot, tmp_path):
    from test_app import make_window, wait_idle

    hub, alice, bob = tmp_path / "hub", tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    hub.mkdir()
    cli(*SET, "--stance", "oppose", "--db", alice)
    cli("exchange", "sync", "--hub", hub, "--author", "Alice", "--db", alice)
    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    window.settings.setValue("exchange/hub", str(hub))
    window.exchange.sync_hub()
    wait_idle(qtbot, window)
    assert "Shared folder reached at" in window.statusBar().currentMessage()
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "oppose"
    assert len([p for p in hub.iterdir() if p.is_dir()]) == 2  # Bob's own folder beside Alice's


def test_a_store_restored_from_a_backup_takes_a_new_id_and_gets_back_what_it_lost(tmp_path):
    """Its counter went back: the edits it makes now must not reuse the ids of
    versions its colleague already holds (they would be ignored there)."""
    import shutil
    from pathlib import Path

    alice, bob = filled(tmp_path)
    take(tmp_path / "ack.bundle", alice)

    def copy(source, target):  # the store with its write-ahead log, as a backup holds it
        for suffix in ("", "-wal"):
            Path(str(target) + suffix).unlink(missing_ok=True)
            if Path(str(source) + suffix).exists():
                shutil.copyfile(str(source) + suffix, str(target) + suffix)
        Path(str(target) + "-shm").unlink(missing_ok=True)

    saved = tmp_path / "bob-backup.sqlite3"
    copy(bob, saved)  # Bob's backup
    cli(*SET, "--stance", "support", "--rationale", "lost on Bob's side", "--db", bob)
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    send(tmp_path, "a1", alice, "bob", "Alice")  # Alice takes Bob to hold what she holds
    copy(saved, bob)  # restored: the edit above is gone from Bob's store
    assert positions(bob)[("WTSA", "18", "")]["rationale"] == ""
    cli(*SET, "--stance", "support", "--talking-points", "after the restore", "--db", bob)
    take(send(tmp_path, "b2", bob, "alice", "Bob"), alice)
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    for store in (alice, bob):
        found = positions(store)[("WTSA", "18", "")]
        assert (found["rationale"], found["talking_points"]) == ("lost on Bob's side", "after the restore")
        assert conflicts(store) == []


def test_a_hub_sync_takes_its_bundles_in_together_and_refuses_a_damaged_one_alone(tmp_path):
    """A sync takes every new bundle of the folder in one pass (services/exchange_import.py):
    three colleagues' edits of one position merge as taken one by one would (the latest edit
    applies, the concurrent ones are one conflict), a damaged bundle beside them is named and
    left in the folder while the others are taken in, and the sync's report counts each
    changed record once."""
    from delegate_app.services.exchange_hub import sync
    from delegate_app.services.library import open_store

    hub = tmp_path / "hub"
    hub.mkdir()
    stores = {name: tmp_path / f"{name}.sqlite3" for name in ("alice", "bob", "carol", "dan")}
    cli(*SET, "--stance", "support", "--db", stores["alice"])
    cli("exchange", "sync", "--hub", hub, "--author", "Alice", "--db", stores["alice"])
    for name in ("bob", "carol"):  # both fill from Alice, then edit the same position at the same time
        cli("exchange", "sync", "--hub", hub, "--author", name, "--db", stores[name])
    cli(*SET, "--stance", "oppose", "--db", stores["bob"])
    cli(*SET, "--stance", "neutral", "--rationale", "Carol's", "--db", stores["carol"])
    for name in ("bob", "carol"):
        cli("exchange", "sync", "--hub", hub, "--author", name, "--db", stores[name])
    mallory = hub / "00000000-0000-4000-8000-000000000000"
    mallory.mkdir()
    damaged = mallory / "20260101T000000Z-11111111-1111-4111-8111-111111111111.bundle"
    damaged.write_bytes(b"DELEGATE-BUNDLE 2\n{broken")

    db = open_store(stores["dan"])
    done = sync(db, stores["dan"], hub, "Dan")  # a newcomer: five bundles of three colleagues at once
    db.close()
    assert len(done.taken) == 5 and [line.split(":")[0] for line in done.failed] == [damaged.name]
    assert done.changed.count("position:WTSA|18|") == 1 and done.opened == 1
    found = positions(stores["dan"])[("WTSA", "18", "")]
    assert found["stance"] in ("oppose", "neutral") and found["rationale"] == "Carol's"
    (conflict,) = conflicts(stores["dan"])
    assert conflict["field"] == "stance" and {v["value"] for v in conflict["values"]} == {"oppose", "neutral"}
    assert damaged.exists()
    for name in ("bob", "carol"):  # they take each other's edits in: the same values and conflict as Dan's
        cli("exchange", "sync", "--hub", hub, "--author", name, "--db", stores[name])
        assert positions(stores[name])[("WTSA", "18", "")]["stance"] == found["stance"]
        assert [(c["field"], c["values"]) for c in conflicts(stores[name])] == [("stance", conflict["values"])]


def test_a_record_refused_as_bundles_come_together_is_taken_bundle_by_bundle(tmp_path):
    """Two bundles of one sync edit one position: the first with a good stance, the second,
    newer, with one no door accepts. Together the record is refused; taken one after the
    other, as alone, the first's edit is kept and only the second is refused (and counts as
    not seen, so it would come again)."""
    from delegate_app.services.exchange_import import import_bundles
    from delegate_app.services.library import open_store

    bob = tmp_path / "bob.sqlite3"
    cli("list", "--db", bob)

    def version(field, value, n, seen):
        gid = "position:WTSA|18|"
        return {"r": gid, "f": field, "v": value, "vv": {"mallory": n, **seen}, "s": "mallory", "n": n, "a": "M"}

    good = bundle_of(
        tmp_path,
        "good",
        [version("stance", "oppose", 1, {}), version("priority", "high", 1, {}), version("deleted", "", 1, {})],
        {"knowledge": {"mallory": 1}, "base": {}},
    )
    bad = bundle_of(
        tmp_path, "bad", [version("stance", "DROP TABLE", 2, {})], {"knowledge": {"mallory": 2}, "base": {"mallory": 1}}
    )
    db = open_store(bob)
    first, second = import_bundles(db, [good, bad], "Bob")
    db.close()
    assert first.refused == [] and first.written == ["position:WTSA|18|"]
    assert len(second.refused) == 1 and "'DROP TABLE' is not a stance" in second.refused[0]
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "oppose"
