"""The library says what is in force, and a search hit lands on its provision.

Per resolution and language the newest revision is in force and the older ones
superseded; a resolution whose suppression was adopted is abrogated. The list
of the window and ``list`` say it. Opening a hit (typed in the real window's
search field) scrolls the text to the provision found and highlights the words.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from test_app import make_window, version_id

from delegate_app.__main__ import main
from delegate_app.ui.library_view import _folded, _matches


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}


def listed(capsys, db) -> dict[str, dict]:
    assert main(["list", "--json", "--db", str(db)]) == 0
    return {v["name"]: v for v in json.loads(capsys.readouterr().out)}


def row_texts(window) -> dict[int, str]:
    model, shown = window.library.model, {}
    for r in range(model.rowCount()):
        body = model.index(r)
        for c in range(model.rowCount(body)):
            index = model.index(c, 0, body)
            shown[model.version_id(index)] = model.data(index)
    return shown


def test_in_force_superseded_and_abrogated_in_the_list_and_the_window(qtbot, env, capsys):
    db = env["db"]
    versions = listed(capsys, db)
    kigali, baku = versions["WTDC 59 (Rev. Kigali, 2022) en"], versions["WTDC 59 (Rev. Baku, 2025) en"]
    assert (kigali["standing"], kigali["standing_by"]) == ("superseded", "Rev. Baku, 2025")
    assert baku["standing"] == "in force" and versions["WTSA 18 (Rev. New Delhi, 2024) en"]["standing"] == "in force"
    for args in (
        ["contribution", "new", "--document", "Document 12-E"],
        ["proposal", "add", "1", "SUP", "--base", "WTSA 18"],
        ["set-status", "1", "1", "suppressed"],
    ):
        assert main([*args, "--db", str(db)]) == 0
    capsys.readouterr()
    wtsa = listed(capsys, db)["WTSA 18 (Rev. New Delhi, 2024) en"]
    assert (wtsa["standing"], wtsa["standing_by"]) == ("abrogated", "ABC/12/1")
    assert main(["list", "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "superseded by Rev. Baku, 2025" in text and "abrogated (ABC/12/1)" in text
    window = make_window(qtbot, env)
    shown = row_texts(window)
    assert "superseded by Rev. Baku, 2025" in shown[kigali["id"]]
    assert "in force" in shown[baku["id"]]
    assert "abrogated" in shown[wtsa["id"]]
    window.library.select_version(kigali["id"])
    assert window.library.history.itemText(0) == "Rev. Baku, 2025 (en, in force)"  # what to compare with
    pp = versions["PP 191 (REV. DUBAI, 2018) en"]
    assert "in force" not in shown[pp["id"]] and "superseded" not in shown[pp["id"]]  # the only revision


def test_a_search_hit_lands_on_its_provision_with_the_words_highlighted(qtbot, env):
    window = make_window(qtbot, env)
    view = window.library
    view.search_field.setFocus()
    qtbot.keyClicks(view.search_field, "emergency telecommunications")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    kigali = version_id(window, "Rev. Kigali, 2022")
    row = next(r for r in range(view.model.rowCount()) if view.model.version_id(view.model.index(r)) == kigali)
    hit = view.model.hit(view.model.index(row))
    view.tree.setCurrentIndex(view.model.index(row))
    assert view.current_version == kigali
    reader = view.reader
    assert reader.verticalScrollBar().value() > 0  # not the top of the text
    block = reader.textCursor().block().text()
    assert hit.text[:40] in block.replace("\u00a0", " ") or hit.text[:40] in block
    top = reader.cursorForPosition(reader.viewport().rect().topLeft()).block().blockNumber()
    assert abs(reader.textCursor().block().blockNumber() - top) <= 2  # at the top of the view
    marked = [s.cursor.selectedText() for s in reader.extraSelections()]
    assert marked and {_folded(m) for m in marked} >= {"emergency", "telecommunications"}
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # the next hit lands too
    assert reader.extraSelections()


def test_words_match_as_prefixes_whatever_their_case_and_accents():
    text = _folded("Télécommunications et Standardization; the standards")
    assert [text[s : s + n] for s, n in _matches(text, ["telecom", "standard"])] == [
        "telecommunications",
        "standardization",
        "standards",
    ]
