"""Reconciling the stored proposals with the text a conference adopted.

The invariant: a proposal whose every change reads in the adopted text as it
proposed it is adopted; one none of whose changes is there is not adopted; one
whose change is there in other words is adopted with modifications, and the
difference is given as marks. An adopted revision of WTDC Resolution 59 is
made from Kigali 2022 ("Rev. Doha, 2029", an invented one) taking ARB's change as proposed, RCC's in other words,
and leaving CEPT's out; the three are classified so through the service and
the command line, and ``--apply`` sets the statuses dated the conference's
close. Readers we did not write (pandoc, openpyxl) read the reports.
"""

from __future__ import annotations

import json
import os

import pytest
from cli_capsys import KIGALI, import_mod, run
from conftest import pandoc_plain

from delegate_app.cli.main import run as main

EDITS = {  # source: the words changed
    "ARB": ("shall continue to cooperate", "shall cooperate"),
    "RCC": ("of WTSA, on principles", "of WTSA, on the principles"),
    "CEPT": (
        "between developing and developed countries;",
        "between developing and developed countries, in particular;",
    ),
}
ADOPTED_RCC = "of WTSA, on the agreed principles"  # RCC's change, in other words


@pytest.fixture
def store(tmp_path, capsys):
    """Three contributions, each a MOD of WTDC 59 (Rev. Kigali, 2022), and the adopted revision."""
    text = KIGALI.read_text(encoding="utf-8")
    db = tmp_path / "s.sqlite3"
    for n, (source, (old, new)) in enumerate(EDITS.items(), 1):
        import_mod(capsys, tmp_path, db, source, old, new, f"--number={source}/{n}/1", f"--source={source}")
    adopted = text.replace("Rev. Kigali, 2022)\n", "Rev. Doha, 2029)\n", 1)
    adopted = adopted.replace(*EDITS["ARB"]).replace(EDITS["RCC"][0], ADOPTED_RCC)
    path = tmp_path / "wtdc-res59-baku-adopted.txt"
    path.write_text(adopted, encoding="utf-8")
    run(capsys, "import", path, "--db", db)
    versions = json.loads(run(capsys, "list", "--json", "--db", db))
    baku = next(v["id"] for v in versions if v["revision"] == "Rev. Doha, 2029")
    return db, baku


def test_the_adopted_text_classifies_each_proposal_and_apply_sets_the_statuses(store, capsys, tmp_path):
    db, baku = store
    run(capsys, "conference", "set", "WTDC-29", "--body", "WTDC", "--opens", "2029-11-12", "--closes", "2029-11-23",
        "--db", db)  # fmt: skip
    found = json.loads(run(capsys, "reconcile", baku, "--json", "--db", db))
    by_number = {p["proposal"]: p for p in found["proposals"]}
    assert {n: p["status"] for n, p in by_number.items()} == {
        "ARB/1/1": "adopted",
        "RCC/2/1": "adopted-modified",
        "CEPT/3/1": "not-adopted",
    }
    assert found["conference"] == "WTDC-29" and found["date"] == "2029-11-23" and not found["applied"]
    (rcc,) = by_number["RCC/2/1"]["provisions"]
    assert rcc["provision"] == "recalling f)" and rcc["verdict"] == "other-wording"
    assert "on the {+agreed +}principles" in rcc["marks"]  # proposed -> adopted, as marks
    assert [p["provision"] for p in by_number["CEPT/3/1"]["provisions"]] == ["recalling e)"]
    # nothing was set by looking
    statuses = [p["status"] for c in (1, 2, 3) for p in _proposals(capsys, db, c)]
    assert statuses == ["draft"] * 3

    run(capsys, "reconcile", baku, "--apply", "--db", db)
    got = {p["number"]: (p["status"], p["status_date"]) for c in (1, 2, 3) for p in _proposals(capsys, db, c)}
    assert got == {
        "ARB/1/1": ("adopted", "2029-11-23"),
        "RCC/2/1": ("adopted-modified", "2029-11-23"),
        "CEPT/3/1": ("not-adopted", "2029-11-23"),
    }

    docx, xlsx = tmp_path / "r.docx", tmp_path / "r.xlsx"
    run(capsys, "reconcile", baku, "-o", docx, "--db", db)
    run(capsys, "reconcile", baku, "-o", xlsx, "--db", db)
    text = " ".join(pandoc_plain(docx).split())
    assert "Reconciliation with WTDC Resolution 59 (Rev. Doha, 2029)" in text
    assert "Adopted with modifications" in text and "CEPT/3/1" in text
    from openpyxl import load_workbook

    rows = list(load_workbook(xlsx).active.iter_rows(min_row=3, values_only=True))
    assert {(r[0], r[2], r[4]) for r in rows} == {
        ("MOD ARB/1/1", "Adopted", "as proposed"),
        ("MOD RCC/2/1", "Adopted with modifications", "with other wording"),
        ("MOD CEPT/3/1", "Not adopted", "not taken"),
    }


def _proposals(capsys, db, contribution):
    return json.loads(run(capsys, "show", contribution, "--contribution", "--json", "--db", db))["proposals"]


def test_bad_input_is_one_line_and_changes_nothing(store, capsys, tmp_path):
    db, baku = store
    assert main(["reconcile", "999", "--db", str(db)]) == 2
    assert "no resolution version with id 999" in capsys.readouterr().err
    assert main(["reconcile", str(baku), "--conference", "PP-99", "--apply", "--db", str(db)]) == 2
    assert "no conference named 'PP-99'" in capsys.readouterr().err
    assert main(["reconcile", str(baku), "-o", str(tmp_path / "r.pdf"), "--db", str(db)]) == 2
    assert ".docx or .xlsx" in capsys.readouterr().err
    assert [p["status"] for c in (1, 2, 3) for p in _proposals(capsys, db, c)] == ["draft"] * 3


def test_the_same_through_the_window_after_the_delegate_confirms(store, qtbot, tmp_path, capsys):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from test_app import make_window

    from delegate_app.ui.conference_ui import ReconcileDialog, reconciling

    db, baku = store
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    from delegate_app.services.conference import contribution_uid

    window.session.open(contribution_uid(window.db, 1))  # ARB's is open: its status goes through the journal
    window.library.select_version(baku)
    window.act_reconcile.trigger()
    qtbot.waitUntil(lambda: reconciling(window).dialog is not None, timeout=20000)
    dialog = reconciling(window).dialog
    assert isinstance(dialog, ReconcileDialog)
    assert dialog.statuses() == {
        "MOD ARB/1/1": "adopted",
        "MOD RCC/2/1": "adopted-modified",
        "MOD CEPT/3/1": "not-adopted",
    }
    marks = [dialog.tree.topLevelItem(1).child(0).text(n) for n in (2, 3, 4)]
    assert marks == [
        "with other wording",
        "recalling f)",
        "… of WTSA, on the {+agreed +}principles and procedures for …",
    ]
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1).child(0))
    assert (
        "text-decoration: underline" in dialog.detail.toHtml()
        and "on the agreed principles" in dialog.detail.toPlainText()
    )
    if os.environ.get("DELEGATE_SHOTS_DIR"):  # to look at it
        dialog.grab().save(os.path.join(os.environ["DELEGATE_SHOTS_DIR"], "reconcile.png"))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "status(es) set" in window.statusBar().currentMessage(), timeout=20000)
    assert window._wait_saved(10)
    got = {p["number"]: p["status"] for c in (1, 2, 3) for p in _proposals(capsys, db, c)}
    assert got == {"ARB/1/1": "adopted", "RCC/2/1": "adopted-modified", "CEPT/3/1": "not-adopted"}
    window.tabs.setCurrentIndex(3)  # the Contribution view shows the status set through the journal
    qtbot.waitUntil(lambda: window.contribution.proposals.rowCount() == 1, timeout=5000)
    assert window.contribution.proposals.item(0, 3).text().startswith("Adopted · ")


def test_a_mod_is_adopted_when_the_text_reads_as_proposed_and_not_when_it_is_unchanged():
    """Any one provision reworded: the adopted text that is the proposal is
    ``adopted``; the base under a new revision is ``not-adopted``; a third
    wording of that provision is ``adopted-modified`` at that provision."""
    import copy

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from delegate_app.core.drafting import new_mod
    from delegate_app.core.reconcile import reconcile
    from delegate_app.formats.reader import read_file

    base = read_file(KIGALI).document
    provisions = [p for p in base.provisions() if len(p.text.split()) > 4]

    @settings(max_examples=8, deadline=None)
    @given(st.sampled_from(range(len(provisions))), st.sampled_from(["duly", "fully", "also"]))
    def check(k, word):
        proposal = new_mod(base)
        target = [p for p in proposal.resolution.provisions() if len(p.text.split()) > 4][k]
        target.text = f"{word} {target.text}"
        adopted = copy.deepcopy(proposal.resolution)
        adopted.revision = "Rev. Doha, 2029"
        assert reconcile(proposal, base, adopted).status == "adopted"
        unchanged = copy.deepcopy(base)
        unchanged.revision = "Rev. Doha, 2029"
        assert reconcile(proposal, base, unchanged).status == "not-adopted"
        other = copy.deepcopy(adopted)
        changed = [p for p in other.provisions() if len(p.text.split()) > 4][k]
        changed.text = changed.text.replace(word, "and " + word, 1)
        outcome = reconcile(proposal, base, other)
        assert outcome.status == "adopted-modified"
        assert [d.verdict for d in outcome.decided] == ["other-wording"]
        assert "{+and +}" in outcome.decided[0].to_dict()["marks"]

    check()
