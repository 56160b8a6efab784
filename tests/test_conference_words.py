"""The conference's vocabulary in the interface language: the ITU rule each
deadline comes from, what it is for, why a proposal was not reconciled and
what a proposal acts on are shown translated (in the status bar's next
deadline, the check's deadline finding, the reconcile dialog and the board),
while the core keeps its English values. Every rule and purpose the core can
give has its translation: a rule added to core/deadlines.py without one fails
here, not silently in English on a French screen."""

from __future__ import annotations

import pytest
from test_app import make_window

from delegate_app.core.conference import BODIES, Conference
from delegate_app.core.deadlines import deadlines
from delegate_app.core.rules import Finding
from delegate_app.services import reconcile
from delegate_app.services.conference import set_conference
from delegate_app.services.library import open_store
from delegate_app.ui import conference_words, i18n
from delegate_app.ui.conference_ui import ReconcileDialog, show_next_deadline
from delegate_app.ui.conference_words import deadline_for, rule_text, skipped_text, target_text
from delegate_app.ui.rules_panel import DEADLINE_WORDS, sentence


@pytest.fixture
def french(qapp):
    installed = i18n.install(qapp, "fr")
    yield
    for t in installed:
        qapp.removeTranslator(t)


def given_by_the_core() -> tuple[set[str], set[str]]:
    rules, purposes = set(), set()
    for body in BODIES:
        for d in deadlines(Conference(f"{body}-30", body, "2030-09-23", "2030-10-11", deadline="2030-05-01")):
            rules.add(d.rule)
            purposes.add(d.what)
    return rules, purposes


@pytest.mark.parametrize("lang", ["ar", "es", "fr", "ru", "zh"])
def test_every_rule_and_purpose_the_core_gives_has_its_translation(qapp, lang):
    rules, purposes = given_by_the_core()
    assert len(rules) == 6 and rules <= set(conference_words.RULES) and purposes <= set(DEADLINE_WORDS)
    assert {k: v for k, v in reconcile.SKIPPED.items()} == {k: str(v) for k, v in conference_words.SKIPPED.items()}
    installed = i18n.install(qapp, lang)
    try:
        for rule in rules:
            assert rule_text(rule) != rule, (lang, rule)
        for what in purposes - {"contributions"}:  # "contributions" is French as well
            assert deadline_for(what) != what, (lang, what)
        for why in reconcile.SKIPPED:
            assert skipped_text(why, "X") != reconcile.SKIPPED[why].format("X"), (lang, why)
        assert target_text("WTDC Resolution 59") not in ("WTDC Resolution 59", "")
    finally:
        for t in installed:
            qapp.removeTranslator(t)


def test_english_stays_as_the_core_says_it():
    assert rule_text("CS 224, CV 519") == "CS 224, CV 519"
    assert rule_text("a rule not yet known") == "a rule not yet known"
    assert target_text("WTDC Resolution 59") == "WTDC Resolution 59"
    assert target_text("DRAFT NEW RESOLUTION [RCC-1]") == "DRAFT NEW RESOLUTION [RCC-1]"


def test_in_french_the_status_bar_the_finding_and_the_reconcile_dialog_cite_in_french(french, qtbot, tmp_path):
    with open_store(tmp_path / "s.sqlite3") as db:
        set_conference(db, "PP-30", "PP", "2030-09-23", "2030-10-11", "Doha")
    window = make_window(qtbot, {"db": tmp_path / "s.sqlite3", "ini": tmp_path / "settings.ini"})
    label = show_next_deadline(window)
    assert label is not None and label.isVisible()
    assert "numéro 224 de la Constitution, numéro 519 de la Convention" in label.text()
    assert "CS 224" not in label.text()
    assert label.toolTip() == "les propositions d'amendement de la Constitution ou de la Convention"

    finding = Finding("deadline-passed", "", ("2030-06-01", "all other proposals", "PP-30", "2030-05-23",
                                              "General Rules No. 40"))  # fmt: skip
    said = sentence(finding)
    assert "Règles générales, numéro 40" in said and "General Rules" not in said and "other proposals" not in said
    assert finding.values[4] == "General Rules No. 40"  # the core's value is untouched

    result = reconcile.Reconciliation(7, "WTDC Resolution 59 (Rev. Doha, 2029)", "2029-11-23", "")
    result.skip("MOD RCC/2/1", "not-older", "Rev. Baku, 2025")
    assert result.skipped == ["MOD RCC/2/1: drafted from Rev. Baku, 2025, not older than the adopted text"]
    dialog = ReconcileDialog(result, window)
    row = dialog.tree.topLevelItem(0)
    assert row.text(0) == "MOD RCC/2/1"
    assert row.text(4) == "rédigée à partir de Rev. Baku, 2025, qui n’est pas antérieur au texte adopté"
    assert target_text("WTDC Resolution 59") == "Résolution 59 (WTDC)"
    dialog.close()
