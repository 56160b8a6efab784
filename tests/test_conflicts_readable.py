"""File > Conflicts… and ``exchange conflicts`` read every kind of record the
team exchange carries: a position, a proposal, a contribution's front matter, a
conference, an agenda item and an administration's stance on a common proposal.

The invariants: each conflict is named by where its record is, in parts (the
service) and in words (English on the command line; the interface's language in
the window, with the field's name and known values such as a stance, a status or
a day translated, and what people typed, a meeting or an item, as typed); never
a global id ("<uid>|D") nor a field's raw name."""

from __future__ import annotations

import pytest
from test_cli import cli
from test_exchange import SET, send, set_status, take
from test_exchange_conference import head_of_delegation

from delegate_app.core.model import Contribution, ContributionHeader, Proposal, Resolution
from delegate_app.services.library import open_store
from delegate_app.store import contributions as contribs

KINDS = {"position", "proposal", "contribution", "conference", "agenda", "support"}


def _front(store, title: str, first: bool = False) -> None:
    db = open_store(store)
    try:
        header = ContributionHeader(document="ABC/12", title=title)
        contribs.write_front(db, contribs.front_row(Contribution(header=header, uid="c1")))
        if first:
            text = Resolution(body="WTSA", number="18", title="Allocation of work")
            proposal = Proposal(action="MOD", number="ABC/12/1", resolution=text, uid="p1")
            contribs.write_proposal(db, "c1", contribs.proposal_row(proposal))
    finally:
        db.close()


def _documents(store, documents: str) -> None:
    """The Minutes item's documents changed, as an edit of the agenda would."""
    db = open_store(store)
    try:
        with db:
            db.execute("UPDATE agenda SET documents = ? WHERE item = 'Minutes'", [documents])
    finally:
        db.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """Bob's store with one open conflict of each kind, Alice's edits against his."""
    tmp_path = tmp_path_factory.mktemp("conflicts")
    alice, doc = head_of_delegation(tmp_path)
    cli(*SET, "--provision", "noting ¶1", "--stance", "support", "--db", alice)
    _front(alice, "Proposals of ABC", first=True)
    bob = tmp_path / "bob.sqlite3"
    take(send(tmp_path, "a1", alice, "bob", "Alice"), bob)
    take(send(tmp_path, "b0", bob, "alice", "Bob"), alice)
    bob_doc = int(cli("support", "list", "--json", "--db", bob).stdout.split('"contribution": ', 1)[1].split(",")[0])
    for store, d, (stance, status, title, closes, documents, support) in (
        (alice, doc, ("oppose", "adopted", "ABC's proposals", "2026-11-28", "12, 47", "signed")),
        (bob, bob_doc, ("neutral", "submitted", "Proposals of ABC (rev.)", "2026-11-26", "12, 48", "does-not-support")),
    ):
        cli(*SET, "--provision", "noting ¶1", "--stance", stance, "--db", store)
        set_status(store, status)
        _front(store, title)
        cli("conference", "set", "PP-26", "--closes", closes, "--db", store)
        _documents(store, documents)
        cli("support", "set", d, "--member", "D", "--stance", support, "--date", "2026-05-05", "--db", store)
    take(send(tmp_path, "a2", alice, "bob", "Alice"), bob)
    return tmp_path, bob


ENGLISH = {  # where: (ITU number, field, mine, theirs) as the window shows them in English
    "WTSA Resolution 18, noting ¶1": ("", "Stance", "neutral", "oppose"),
    "ABC/12: MOD WTSA Resolution 18": ("ABC/12/1", "Status", "submitted", "adopted"),
    "Contribution ABC/12": (
        "",
        "Front matter",
        "Document number: ABC/12 Title: Proposals of ABC (rev.)",
        "Document number: ABC/12 Title: ABC's proposals",
    ),
    "Conference PP-26": ("", "Closes", "26 November 2026", "28 November 2026"),
    "PP-26 agenda, 10 November 2026, Plenary: Minutes": ("", "Documents", "12, 48", "12, 47"),
    "Support of ECP on Resolution 59 by D": ("", "Stance", "does not support", "signed"),
}


def test_the_service_names_each_kind_of_record_in_parts_and_in_english(stores):
    from delegate_app.services.exchange_view import readable_conflicts

    _tmp, bob = stores
    db = open_store(bob)
    try:
        found = readable_conflicts(db)
    finally:
        db.close()
    by_kind = {c.place.kind: c for c in found}
    assert set(by_kind) == KINDS and len(found) == len(KINDS)
    parts = {kind: dict(c.place.values) for kind, c in by_kind.items()}
    assert parts == {
        "position": {"body": "WTSA", "number": "18", "provision": "noting ¶1"},
        "proposal": {"contribution": "ABC/12", "action": "MOD", "target": "WTSA Resolution 18"},
        "contribution": {"contribution": "ABC/12"},
        "conference": {"conference": "PP-26"},
        "agenda": {"conference": "PP-26", "day": "2026-11-10", "meeting": "Plenary", "item": "Minutes"},
        "support": {"contribution": "ECP on Resolution 59", "member": "D"},
    }
    said = {kind: (c.where, c.number, c.name, c.field) for kind, c in by_kind.items()}
    assert said == {
        "position": ("WTSA Resolution 18, noting ¶1", "", "stance", "Stance"),
        "proposal": ("ABC/12: MOD WTSA Resolution 18", "ABC/12/1", "status", "Status"),
        "contribution": ("Contribution ABC/12", "", "data", "Front matter"),
        "conference": ("Conference PP-26", "", "closes", "Closes"),
        "agenda": ("PP-26 agenda, 2026-11-10, Plenary: Minutes", "", "documents", "Documents"),
        "support": ("Support of ECP on Resolution 59 by D", "", "stance", "Stance"),
    }
    front = by_kind["contribution"]
    assert front.mine == "Document number: ABC/12\nTitle: Proposals of ABC (rev.)"  # never the JSON
    assert {(v.value, v.mine) for v in by_kind["support"].values} == {("does-not-support", True), ("signed", False)}


def test_the_command_line_lists_each_kind_in_a_line_of_english(stores):
    _tmp, bob = stores
    lines = cli("exchange", "conflicts", "--db", bob).stdout.splitlines()
    assert len(lines) == len(KINDS)
    for where, (number, field, _mine, _theirs) in ENGLISH.items():
        where = where.replace("10 November 2026", "2026-11-10")
        head = f"{where} ({number}), {field}: " if number else f"{where}, {field}: "
        assert sum(head in line for line in lines) == 1, (head, lines)
    (support,) = [line for line in lines if "Support of" in line]
    assert "mine 'does-not-support' (" in support and "theirs 'signed' (Alice, " in support
    assert not any("|" in line or "conference:" in line or "agenda:" in line for line in lines)


def _rows(panel):
    table = panel.table
    return {
        table.item(r, 0).text(): tuple(table.item(r, c).text() for c in range(1, 5)) for r in range(table.rowCount())
    }


def test_the_window_reads_each_kind_in_english_then_in_french(qtbot, qapp, stores):
    from PySide6.QtCore import QCoreApplication, QLocale
    from test_app import make_window

    from delegate_app.ui import i18n
    from delegate_app.ui.conference_words import target_text
    from delegate_app.ui.positions_view import stance_name

    tmp_path, bob = stores
    window = make_window(qtbot, {"db": bob, "ini": tmp_path / "bob.ini", "tmp": tmp_path})
    window.act_conflicts.trigger()
    panel = window.exchange.dialog
    assert panel is not None and panel.isVisible()
    assert _rows(panel) == ENGLISH
    panel.table.setCurrentCell(next(r for r in range(6) if panel.table.item(r, 2).text() == "Closes"), 0)
    assert "Conference PP-26" in panel.details.toPlainText() and "28 November 2026" in panel.details.toPlainText()
    panel.close()

    locale = QLocale()
    installed = i18n.install(qapp, "fr")
    try:
        window.exchange.dialog = None  # made again, as a window started in French makes it
        window.act_conflicts.trigger()
        panel = window.exchange.dialog
        rows = _rows(panel)
        assert panel.table.horizontalHeaderItem(2).text() != "Field"  # the dialog's own words too
        neutral, oppose = stance_name("neutral"), stance_name("oppose")
        assert (neutral, oppose) != ("neutral", "oppose")
        wtsa = target_text("WTSA Resolution 18")
        assert wtsa != "WTSA Resolution 18"
        assert rows == {
            "Résolution 18 (WTSA), noting ¶1": ("", "Position", neutral, oppose),
            f"ABC/12 : MOD {wtsa}": ("ABC/12/1", "Statut", "soumise", "adoptée"),
            "Contribution ABC/12": (
                "",
                "En-tête",
                _front_fr("Proposals of ABC (rev.)"),
                _front_fr("ABC's proposals"),
            ),
            "Conférence PP-26": ("", "Clôture", "26 novembre 2026", "28 novembre 2026"),
            "Ordre du jour de PP-26, 10 novembre 2026, Plenary : Minutes": ("", "Documents", "12, 48", "12, 47"),
            "Soutien de D à ECP on Resolution 59": ("", "Position", "ne soutient pas", "signataire"),
        }
        panel.table.setCurrentCell(next(r for r in range(6) if panel.table.item(r, 2).text() == "Clôture"), 0)
        details = panel.details.toPlainText()
        assert "Conférence PP-26" in details and "28 novembre 2026" in details and "November" not in details
        panel.close()
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("ConflictsDialog", "Closes") == "Closes"


def _front_fr(title: str) -> str:
    from PySide6.QtCore import QCoreApplication

    number = QCoreApplication.translate("ContributionView", "Document number")
    titled = QCoreApplication.translate("ContributionView", "Title")
    assert (number, titled) != ("Document number", "Title")
    return f"{number}: ABC/12 {titled}: {title}"
