"""Importing the text a conference adopted offers to reconcile: when an import
in the window adds a revision newer than the one stored proposals were drafted
from, a banner above the views names it and how many proposals it would
reconcile, and its Reconcile… button (pressed from the keyboard) opens the
reconciliation of that text. A text no stored proposal acts on is not offered;
Not now puts the offer aside. Never a modal box: the window stays usable."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_app import make_window, wait_idle
from test_reconcile import ADOPTED_RCC, EDITS, KIGALI, run

from delegate_app.services.importing import ImportReport
from delegate_app.store.editions import ImportOutcome
from delegate_app.ui.conference_ui import reconciling
from delegate_app.ui.reconcile_offer import added_versions, offer_of

PP71 = KIGALI.parents[1] / "samples" / "pp18" / "pp18-res71.txt"


def test_an_adopted_revision_imported_in_the_window_is_offered_for_reconciling(qtbot, tmp_path, capsys):
    text = KIGALI.read_text(encoding="utf-8")
    db = tmp_path / "s.sqlite3"
    for n, (source, (old, new)) in enumerate(EDITS.items(), 1):
        proposed = tmp_path / f"{source}.txt"
        proposed.write_text(text.replace(old, new), encoding="utf-8")
        made = tmp_path / f"{source}.docx"
        run(capsys, "redline", KIGALI, proposed, "-o", made, f"--number={source}/{n}/1", f"--source={source}")
        run(capsys, "import", made, "--db", db)
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})

    window.start_import([str(PP71)])  # no stored proposal acts on it: nothing offered
    wait_idle(qtbot, window)
    assert getattr(window, "_reconcile_offer", None) is None

    adopted = text.replace("Rev. Kigali, 2022)\n", "Rev. Doha, 2029)\n", 1)
    adopted = adopted.replace(*EDITS["ARB"]).replace(EDITS["RCC"][0], ADOPTED_RCC)
    path = tmp_path / "wtdc-res59-doha-adopted.txt"
    path.write_text(adopted, encoding="utf-8")
    window.start_import([str(path)])
    qtbot.waitUntil(lambda: getattr(window, "_reconcile_offer", None) is not None, timeout=20000)
    offer = offer_of(window)
    assert offer.isVisible() and QApplication.activeModalWidget() is None
    assert offer.label.text().startswith("WTDC Resolution 59 (Rev. Doha, 2029) was imported")
    assert "reconciled with 3 stored proposal" in offer.label.text()
    if os.environ.get("DELEGATE_SHOTS_DIR"):  # to look at it
        window.grab().save(os.path.join(os.environ["DELEGATE_SHOTS_DIR"], "reconcile-offer.png"))

    offer.reconcile_button.setFocus()
    qtbot.keyClick(offer.reconcile_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: reconciling(window).dialog is not None, timeout=20000)
    dialog = reconciling(window).dialog
    assert dialog.statuses() == {
        "MOD ARB/1/1": "adopted",
        "MOD RCC/2/1": "adopted-modified",
        "MOD CEPT/3/1": "not-adopted",
    }
    assert not offer.isVisible()  # reconciled: the offer is gone
    assert [p["status"] for c in (1, 2, 3) for p in _proposals(capsys, db, c)] == ["draft"] * 3  # not yet applied

    offer.offer([dialog.reconciliation])  # offered again, then put aside with Not now
    assert offer.isVisible()
    offer.later_button.setFocus()
    qtbot.keyClick(offer.later_button, Qt.Key.Key_Space)
    assert not offer.isVisible() and not offer.pending
    dialog.close()


def test_only_texts_put_in_force_are_looked_at():
    report = ImportReport(
        outcomes=[
            ImportOutcome("a.txt", "resolution", "added", "A", [4, 5], editions=[(5, 2)]),
            ImportOutcome("b.txt", "resolution", "unchanged", "B", [6]),
            ImportOutcome("c.docx", "contribution", "added", "C", [7]),
        ]
    )
    assert added_versions(report) == [4]


def _proposals(capsys, db, contribution):
    import json

    return json.loads(run(capsys, "show", contribution, "--contribution", "--json", "--db", db))["proposals"]
