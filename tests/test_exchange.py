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


def test_two_stores_swap_bundles_and_keep_both_sides_of_a_shared_edit(tmp_path):
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    set_ = ["positions", "set", "5"]  # WTSA 18 (Rev. New Delhi, 2024) in the starter library
    cli(*set_, "--stance", "support", "--db", alice)
    cli(*set_, "--provision", "noting ¶1", "--stance", "neutral", "--db", alice)
    first = tmp_path / "first.bundle"
    sent = cli("exchange", "export", "-o", first, "--for", "bob", "--author", "Alice", "--db", alice).stdout
    assert "change(s) for bob" in sent
    cli("exchange", "import", first, "--db", bob)  # a new store, filled from the first bundle
    assert positions(bob)[("WTSA", "18", "noting ¶1")]["stance"] == "neutral"
    assert positions(bob)[("WTSA", "18", "")]["id"] == positions(alice)[("WTSA", "18", "")]["id"]

    cli(*set_, "--stance", "oppose", "--db", alice)  # the shared position, edited on both sides
    cli(*set_, "--stance", "neutral", "--rationale", "Bob's reasons", "--db", bob)
    cli(*set_, "--provision", "noting ¶1", "--stance", "support", "--db", alice)  # Alice's alone
    cli("positions", "set", "3", "--stance", "undecided", "--db", bob)  # Bob's alone (WTDC 59)
    to_bob, to_alice = tmp_path / "a2b.bundle", tmp_path / "b2a.bundle"
    cli("exchange", "export", "-o", to_bob, "--for", "bob", "--author", "Alice", "--db", alice)
    cli("exchange", "export", "-o", to_alice, "--for", "alice", "--author", "Bob", "--db", bob)
    cli("exchange", "import", to_bob, "--db", bob)
    cli("exchange", "import", to_alice, "--db", alice)

    for store, mine, theirs, who in ((alice, "oppose", "neutral", "Bob"), (bob, "neutral", "oppose", "Alice")):
        found = positions(store)
        assert found[("WTSA", "18", "noting ¶1")]["stance"] == "support"  # Alice's edit, on both sides
        assert found[("WTDC", "59", "")]["stance"] == "undecided"  # Bob's edit, on both sides
        assert found[("WTSA", "18", "")]["rationale"] == "Bob's reasons"  # another field: merged
        assert found[("WTSA", "18", "")]["stance"] == mine  # the shared edit: each keeps its own ...
        (conflict,) = conflicts(store)  # ... and holds the other's
        assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["author"]) == (
            "stance",
            mine,
            theirs,
            who,
        )

    before = digest(bob)
    again = cli("exchange", "import", to_bob, "--db", bob)
    assert "taken in already: nothing changed" in again.stdout and digest(bob) == before

    settled = conflicts(bob)[0]
    cli("exchange", "resolve", settled["id"], "--take", "theirs", "--db", bob)
    assert positions(bob)[("WTSA", "18", "")]["stance"] == "oppose" and conflicts(bob) == []


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
        ("damaged", data[:-3], "checksum does not match"),
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
    assert [panel.table.item(0, c).text() for c in (1, 2, 3)] == ["stance", "neutral", "oppose"]
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
