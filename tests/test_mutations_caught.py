"""Small rules that no other test would miss if they were broken: each test
here was written for a change of the code that the rest of the suite let pass
(CONTRIBUTING lists them with the test that catches each)."""

from __future__ import annotations

import os

from delegate_app.core.model import Provision, Resolution, Section
from delegate_app.core.numbering import format_proposal_number, parse_proposal_number
from delegate_app.core.structure import label_warnings


def _labelled(*labels: str) -> Resolution:
    return Resolution(
        body="PP",
        number="1",
        revision="Rev. Dubai, 2018",
        sections=[Section(call="resolves", provisions=[Provision(label, f"item {label};") for label in labels])],
    )


def test_a_label_jump_of_exactly_one_is_a_warning():
    """ "a)" then "c)": one item lost (or "b)" read as something else) is said,
    as a longer jump is; "a)" then "b)" is no jump."""
    assert any("missing" in w for w in label_warnings(_labelled("a)", "c)")))
    assert any("missing" in w for w in label_warnings(_labelled("1", "3")))
    assert any("missing" in w for w in label_warnings(_labelled("a)", "e)")))
    assert label_warnings(_labelled("a)", "b)", "c)")) == []
    assert label_warnings(_labelled("1", "2", "3")) == []


def test_addendum_1_is_in_every_proposal_number():
    """Addendum 1 is an addendum like any other: RCC/12A1/1, never RCC/12/1."""
    assert format_proposal_number("RCC", "12", 1, 1) == "RCC/12A1/1"
    assert format_proposal_number("RCC", "12", 2, 3) == "RCC/12A2/3"
    assert format_proposal_number("RCC", "12", None, 1) == "RCC/12/1"
    parsed = parse_proposal_number("RCC/12A1/4")
    assert parsed is not None and (parsed.document, parsed.addendum, parsed.n) == ("12", 1, 4)


def test_addendum_1_reaches_the_numbers_a_delegate_gets(tmp_path):
    """Through the drafting service, from the header as typed."""
    from delegate_app.core.model import Proposal
    from delegate_app.services.workspace import Workspace

    workspace = Workspace(tmp_path / "store.sqlite3")
    try:
        drafting = workspace.drafting
        drafting.source = lambda: "RCC"
        drafting.new()
        drafting.add(Proposal("MOD", auto_number=True))
        drafting.set_header(document="Addendum 1 to Document 12-E")
        assert drafting.contribution.proposals[0].number == "RCC/12A1/1"
    finally:
        workspace.close()


def test_every_journal_append_is_on_disk_before_it_returns(tmp_path, monkeypatch):
    """An edit is acknowledged only once synced: a power cut after the call
    returns must find it. Each append syncs the file it wrote, after writing."""
    from delegate_app.store import journal as journal_module

    events: list[tuple[str, int]] = []
    real_pwrite, real_sync = os.pwrite, journal_module._sync

    def pwrite(fd, data, offset):
        events.append(("write", fd))
        return real_pwrite(fd, data, offset)

    def sync(fd):
        events.append(("sync", fd))
        return real_sync(fd)

    store = tmp_path / "store.sqlite3"
    store.write_bytes(b"")
    journal = journal_module.Journal.open(store)
    try:
        monkeypatch.setattr(journal_module.os, "pwrite", pwrite)
        monkeypatch.setattr(journal_module, "_sync", sync)
        for n in range(3):
            events.clear()
            journal.append({"op": "set", "n": n})
            writes = [fd for kind, fd in events if kind == "write"]
            assert writes, "nothing was written"
            assert events[-1] == ("sync", writes[-1]), events  # the last thing done: the written file synced
    finally:
        journal.close(keep=False)
