"""The conference workflow in the real window (offscreen), with real key events
where a delegate would type: statuses shown, set and filtered; actions and
bases changed with care; the rules check translated, going to its place and
fixing an outdated citation; the library's proposals per provision, side by
side, and the text as amended."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from test_app import CONTRIBUTION, DRAFT, make_window, type_at, version_id
from test_cli import cli

from delegate_app.ui.proposal_table import StatusDialog


@pytest.fixture
def env(tmp_path):
    return {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}


def drafted_mod(qtbot, window, revision="Rev. Kigali, 2022"):
    """A MOD of WTDC 59 drafted in the window: a word deleted by keys, Reasons typed."""
    window.library.select_version(version_id(window, revision))
    window.new_mod()
    editor = window.draft.editor
    type_at(qtbot, editor, "shall continue", "")
    for _ in range(len(" continue")):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: "1 words deleted" in window.draft.status.text(), timeout=5000)
    qtbot.keyClicks(window.draft.reasons, "Shorter.")
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view = window.contribution
    view.proposals.setCurrentCell(0, 0)
    return view


def stored(window, env):
    assert window._wait_saved(10)
    (row,) = json.loads(cli("list", "--contributions", "--json", "--db", env["db"]).stdout)
    return json.loads(cli("show", str(row["id"]), "--contribution", "--json", "--db", env["db"]).stdout)


def test_status_is_set_by_keys_shown_filtered_and_saved(qtbot, env):
    window = make_window(qtbot, env)
    view = drafted_mod(qtbot, window)
    assert view.proposals.item(0, 3).text() == "Draft"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StatusDialog)
        dialog.status.setFocus()
        for _ in range(3):  # Draft, Submitted, Adopted, Adopted with modifications
            qtbot.keyClick(dialog.status, Qt.Key.Key_Down)
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "COM4/12")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    view.set_status()
    assert view.proposals.item(0, 3).text().startswith("Adopted with modifications · ")
    assert view.proposals.item(0, 3).toolTip() == "COM4/12"
    for shown, hidden in (("Adopted with modifications", False), ("Withdrawn", True), ("All statuses", False)):
        view.status_filter.setCurrentIndex(view.status_filter.findText(shown))
        assert view.proposals.isRowHidden(0) is hidden
    proposal = stored(window, env)["proposals"][0]
    assert (proposal["status"], proposal["status_note"]) == ("adopted-modified", "COM4/12")


def test_findings_go_to_their_place_and_fix_an_outdated_citation(qtbot, env):
    window = make_window(qtbot, env)
    view = drafted_mod(qtbot, window)
    rules = view.rules
    assert {"base-not-latest", "number-placeholder", "outdated-reference"} <= set(rules.rule_ids())
    row = rules.rule_ids().index("outdated-reference")
    rules.list.setCurrentRow(row)
    assert rules.fix_button.isEnabled() and rules.go_button.isEnabled()
    rules.go_button.click()  # what a double-click does
    assert window.tabs.currentIndex() == DRAFT
    assert window.draft.editor.textCursor().selectedText().replace("\u00a0", " ") == "Rev. Geneva, 2022"
    window.tabs.setCurrentIndex(CONTRIBUTION)
    rules.list.setCurrentRow(row)
    qtbot.mouseClick(rules.fix_button, Qt.MouseButton.LeftButton)
    assert "outdated-reference" not in rules.rule_ids()
    assert "1 citation(s) updated" in window.statusBar().currentMessage()
    text = json.dumps(stored(window, env)["proposals"][0]["resolution"], ensure_ascii=False)
    assert "New Delhi, 2024) of WTSA" in text and "shall to cooperate" in text  # what was typed is kept


def test_action_and_base_changes_ask_first_and_warn(qtbot, env, monkeypatch):
    window = make_window(qtbot, env)
    view = drafted_mod(qtbot, window)
    view.change_action("SUP")  # keeps the text: the check says a deletion inside a paragraph is a MOD
    assert "deletion-inside-provision-is-mod" in view.rules.rule_ids()
    assert window.session.contribution.proposals[0].action == "SUP"
    view.change_action("MOD")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    view.change_action("NOC")
    assert asked and "will be lost" in asked[0] and window.session.contribution.proposals[0].action == "MOD"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    labels = []

    def choose(parent, title, label, items, current, editable):
        labels.extend(items)
        return next(i for i in items if "Baku" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    view.change_base()
    assert all("Resolution 59" in item for item in labels) and not warned
    proposal = window.session.contribution.proposals[0]
    assert proposal.base.revision == "Rev. Baku, 2025"
    assert "base-not-latest" not in view.rules.rule_ids()
    view.change_base(version_id(window, "Rev. Kigali, 2022"))
    assert warned and "Rev. Baku, 2025" in warned[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.change_action("NOC")
    assert window.session.contribution.proposals[0].action == "NOC"
    assert stored(window, env)["proposals"][0]["action"] == "NOC"


def test_an_editorial_mod_is_created(qtbot, env):
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Baku, 2025"))
    view = window.contribution
    index = view.add_editorial_mod(version_id(window, "Rev. Baku, 2025"))
    assert window.session.contribution.proposals[index].action == "(MOD)"
    assert stored(window, env)["proposals"][0]["action"] == "(MOD)"


def test_the_library_shows_the_proposals_on_each_provision_and_the_text_as_amended(qtbot, env, tmp_path):
    from test_amending import _store_with_three_mods

    store, kigali = _store_with_three_mods(tmp_path)
    cli("set-status", "1", "1", "adopted", "--db", store)
    env["db"] = store
    window = make_window(qtbot, env)
    library = window.library
    library.select_version(kigali)
    html = library.reader.toHtml()
    assert 'href="touch:' in html and "2 proposal(s)" in html and "1 proposal(s)" in html
    assert library.amended_button.isEnabled()
    laid = library.laid[1]
    k = laid.paths.index("recalling f)")
    library.show_competing(k)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle().startswith("Proposals on")
    )
    shown = dialog.view.toPlainText()
    assert "MOD ARB/1/1 (ARB) — Adopted" in shown and "MOD CEPT/3/1 (CEPT) — Draft" in shown
    dialog.close()
    qtbot.mouseClick(library.amended_button, Qt.MouseButton.LeftButton)
    amended = library.reader.toHtml()
    assert "As amended by the adopted proposals: MOD ARB/1/1" in library.reader.toPlainText()
    assert "line-through" in amended and "New Delhi, 2024" in library.reader.toPlainText()


@pytest.mark.parametrize("lang, expected, stance", [("fr", "L'en-tête", "appui"), ("ru", "В заголовке", "поддержка")])
def test_findings_and_stances_are_said_in_the_interface_language(qtbot, env, lang, expected, stance):
    from delegate_app.ui import i18n

    app = QApplication.instance()
    installed = i18n.install(app, lang)
    try:
        window = make_window(qtbot, env)
        window.contribution.session.new(__import__("delegate_app.core.model").core.model.ContributionHeader())
        window.tabs.setCurrentIndex(CONTRIBUTION)
        texts = window.contribution.rules.texts()
        assert any(expected in t for t in texts), texts
        positions = window.positions
        assert positions.stance.itemText(0) == stance and positions.stance.itemData(0) == "support"
        assert positions.regions["CEPT"].itemText(1) == stance
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_the_excel_comparison_puts_every_proposal_on_the_resolution_side_by_side(qtbot, env, tmp_path):
    """The open contribution's MOD, with its status, and the other stored proposals on
    the same resolution, in one sheet against their base (not MODs of other texts)."""
    from openpyxl import load_workbook
    from test_amending import _store_with_three_mods
    from test_app import wait_idle

    store, _ = _store_with_three_mods(tmp_path)
    cli("set-status", "2", "1", "adopted", "--db", store)
    env["db"] = store
    window = make_window(qtbot, env)
    second = window.session.service.contributions()[1]  # the RCC contribution
    window.session.open(second.uid)
    window.contribution.proposals.setCurrentCell(0, 0)
    out = tmp_path / "cmp.xlsx"
    window.export_excel(str(out))
    wait_idle(qtbot, window)
    headers = [c.value for c in load_workbook(out)["Comparison"][1] if c.value]
    assert headers[2:6] == [
        "RESOLUTION 59 (Rev. Kigali, 2022) (reference)",
        "MOD RCC/2/1 (Adopted)",
        "MOD ARB/1/1",
        "MOD CEPT/3/1",
    ], headers


def test_positions_follow_the_library_and_go_out_and_back_as_a_workbook(qtbot, env, tmp_path):
    """Selecting WTSA 18 in the Library brings it to the Positions form with its nested
    provisions; a position with two groups' stances is saved; the workbook goes out,
    a colleague changes the stance, and it comes back with a report."""
    from openpyxl import load_workbook
    from test_app import wait_idle

    window = make_window(qtbot, env)
    view = window.positions
    window.library.select_version(version_id(window, "Rev. New Delhi, 2024"))
    window.tabs.setCurrentIndex(1)  # Positions (Ctrl+2)
    assert view.resolution.currentText() == "WTSA Resolution 18"
    paths = [view.provision.itemText(i) for i in range(view.provision.count())]
    assert "resolves 2 ii)" in paths and "noting ¶1" in paths
    view.provision.setCurrentIndex(paths.index("resolves 2 ii)"))
    view.stance.setCurrentIndex(view.stance.findData("oppose"))
    view.regions["CEPT"].setCurrentIndex(view.regions["CEPT"].findData("support"))
    view.regions["APT"].setFocus()
    qtbot.keyClicks(view.regions["APT"], "o")  # the keyboard picks "oppose" from the list
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    view.rationale.setFocus()
    qtbot.keyClicks(view.rationale, "Too broad")
    qtbot.keyClick(view.rationale, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    saved = next(p for p in window.workspace.positions.list() if p.provision == "resolves 2 ii)")
    assert (saved.stance, saved.regional_alignment) == ("oppose", "APT: oppose; CEPT: support")
    assert window._wait_saved(10)

    out = tmp_path / "positions.xlsx"
    window.export_positions(str(out))
    wait_idle(qtbot, window)
    book = load_workbook(out)
    sheet = book.active
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 5).value == "resolves 2 ii)")
    assert sheet.cell(row, 6).value == "oppose"
    sheet.cell(row, 6).value = "neutral"
    book.save(out)
    window.import_positions(str(out))
    wait_idle(qtbot, window)
    report = window.last_report.findChild(__import__("PySide6.QtWidgets", fromlist=["QPlainTextEdit"]).QPlainTextEdit)
    assert "1 updated" in report.toPlainText() and "stance 'oppose' -> 'neutral'" in report.toPlainText()
    assert any("neutral" == view.model.rows[r].stance for r in range(len(view.model.rows)))


def test_the_rules_check_follows_edits_made_while_its_view_was_hidden(qtbot, env):
    """Typing in the Draft view does not rebuild the hidden Contribution view on every
    pause; it is up to date the moment it is shown."""
    window = make_window(qtbot, env)
    view = drafted_mod(qtbot, window)  # on the Contribution view
    assert "reasons-missing" not in view.rules.rule_ids()
    window.tabs.setCurrentIndex(DRAFT)
    window.draft.reasons.clear()  # the Reasons emptied while the Contribution view is hidden
    window.tabs.setCurrentIndex(CONTRIBUTION)
    assert "reasons-missing" in view.rules.rule_ids()
