"""A value typed to settle a conflict (``exchange resolve --take edit``, the
conflicts panel's Edit…) is checked as a value a colleague's bundle brings: a
record the app would refuse from a bundle is refused here too, in one line,
and nothing changes; a value it can hold settles the conflict."""

from __future__ import annotations

from test_cli import cli, digest
from test_exchange import SET, conflicts, filled, positions, send, take


def _stance_conflict(tmp_path):
    alice, bob = filled(tmp_path)
    take(tmp_path / "ack.bundle", alice)
    cli(*SET, "--stance", "oppose", "--db", alice)
    cli(*SET, "--stance", "neutral", "--db", bob)
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    (conflict,) = conflicts(bob)
    assert conflict["field"] == "stance"
    return alice, bob, conflict


def test_a_value_the_record_cannot_hold_does_not_settle_it(tmp_path):
    alice, bob, conflict = _stance_conflict(tmp_path)
    before = digest(bob)
    for value in ("maybe", "x" * 10_000):
        settle = ["exchange", "resolve", conflict["id"], "--take", "edit", "--value", value]
        result = cli(*settle, "--db", bob, check=False)
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
        assert "cannot settle it" in result.stderr and "is not a stance" in result.stderr and len(result.stderr) < 400
        assert digest(bob) == before and len(conflicts(bob)) == 1


def test_a_value_the_record_can_hold_settles_it_everywhere(tmp_path):
    alice, bob, conflict = _stance_conflict(tmp_path)
    cli("exchange", "resolve", conflict["id"], "--take", "edit", "--value", "support", "--db", bob)
    assert conflicts(bob) == [] and positions(bob)[("WTSA", "18", "")]["stance"] == "support"
    take(send(tmp_path, "b1", bob, "alice", "Bob"), alice)
    assert conflicts(alice) == [] and positions(alice)[("WTSA", "18", "")]["stance"] == "support"
