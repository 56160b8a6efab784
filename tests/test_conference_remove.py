"""A conference recorded by mistake (a mistyped name reaches every colleague at
the next exchange) is removed with ``conference remove NAME``: the conference,
its agenda and its documents' links go, the contributions and the support on
them stay, and the team exchange carries the removal; a contribution linked by
mistake is unlinked with ``conference unlink NAME --document ID``. A name or a
link that is not recorded is refused in one line, and nothing changes."""

from __future__ import annotations

from test_cli import cli
from test_exchange import send, take
from test_exchange_conference import head_of_delegation, record


def test_a_conference_is_removed_with_its_agenda_and_the_removal_travels(tmp_path):
    alice, _doc = head_of_delegation(tmp_path)
    cli("conference", "set", "PP-62", "--body", "PP", "--db", alice)  # the mistyped one
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    assert set(record(bob)[0]) == {"PP-26", "PP-62"} and record(bob) == record(alice)
    before = record(alice)

    out = cli("conference", "remove", "PP-27", "--db", alice, check=False)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "there is no conference 'PP-27'" in out.stderr and record(alice) == before

    out = cli("conference", "remove", "PP-62", "--db", alice).stdout
    assert out.strip() == "removed: PP-62 and its 0 agenda item(s)"
    out = cli("conference", "remove", "PP-26", "--db", alice).stdout
    assert out.strip() == "removed: PP-26 and its 2 agenda item(s)"
    confs, items, stances = record(alice)
    assert confs == {} and items == {} and len(stances) == 3  # the common proposal's support stays
    assert "no conference recorded" in cli("conference", "list", "--db", alice).stdout

    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    assert record(bob) == record(alice)
    assert cli("exchange", "conflicts", "--json", "--db", bob).stdout.strip() == "[]"
    assert len(record(bob)[2]) == 3  # Bob's support sheet keeps the three stances on the proposal


def test_a_document_linked_by_mistake_is_unlinked_and_the_unlinking_travels(tmp_path):
    alice, doc = head_of_delegation(tmp_path)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    assert len(record(bob)[0]["PP-26"][5]) == 1
    before = record(alice)
    for name, document, said in (
        ("PP-27", doc, "there is no conference 'PP-27'"),
        ("PP-26", 99, "contribution 99 is not a document of PP-26"),
    ):
        out = cli("conference", "unlink", name, "--document", document, "--db", alice, check=False)
        assert out.returncode == 2 and said in out.stderr and len(out.stderr.strip().splitlines()) == 1, out
    assert record(alice) == before
    out = cli("conference", "unlink", "PP-26", "--document", doc, "--db", alice).stdout
    assert out.strip() == f"contribution {doc} is no longer a document of PP-26"
    assert record(alice)[0]["PP-26"][5] == [] and record(alice)[1] == before[1]  # the agenda stays
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    assert record(bob) == record(alice)
