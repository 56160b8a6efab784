"""Drafting from either door: a contribution made with two proposals, their texts
and Reasons, moved and exported, entirely from the command line (in-process),
and the same through the window's actions, leaves the same records in the two
stores and the same Word file; the command line takes Settings' author and
names versions as the lists do; bad input changes nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog
from test_app import CONTRIBUTION, make_window, type_at, version_id, wait_idle

from delegate_app.__main__ import main
from delegate_app.cli.settings import read_ini, unescape
from delegate_app.services import library
from delegate_app.store.database import open_database

AUTHOR = 'Élise "Jo" Müller, RCC'
SETTINGS = {
    "drafting/author": AUTHOR,
    "drafting/source": "RCC",
    "drafting/source_line": "Russian Federation",
    "ui/language": "en",
}
DOCUMENT = "Addendum 4 to Document 47-E"


@pytest.fixture
def config(tmp_path, monkeypatch):
    """The window's Settings where QSettings keeps them on Linux, written by Qt itself."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings = QSettings(str(tmp_path / "config" / "Delegate" / "Delegate.conf"), QSettings.Format.IniFormat)
    for key, value in SETTINGS.items():
        settings.setValue(key, value)
    settings.sync()
    return tmp_path


def run(capsys, *args) -> str:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def refused(capsys, *args) -> str:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1, (code, err)
    return err


def records(db_path) -> dict:
    """Everything stored of the one contribution, without its ids."""
    db = open_database(db_path)
    try:
        (row,) = library.list_contributions(db)
        data = library.get_contribution(db, row["id"]).to_dict()
    finally:
        db.close()

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "uid"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(data)


def test_the_settings_file_reads_as_qt_writes_it(config):
    found = read_ini(config / "config" / "Delegate" / "Delegate.conf")
    assert {k: found[k] for k in SETTINGS} == SETTINGS
    assert unescape(r'"a\\b", c') == "a\\b, c" and unescape(r"x\ty") == "x\ty"


def cli_contribution(capsys, db, tmp_path) -> None:
    out = run(capsys, "contribution", "new", "--document", DOCUMENT, "--meeting", "PP-26", "--db", db)
    assert out.startswith("made contribution 1")
    run(capsys, "proposal", "add", "1", "MOD", "--base", "WTDC 59 (Rev. Kigali, 2022) en", "--db", db)
    text = run(capsys, "proposal", "text", "1", "1", "--db", db)
    assert "shall continue to cooperate" in text
    draft = tmp_path / "mod.txt"
    draft.write_text(text.replace("shall continue to cooperate", "shall to cooperate", 1), encoding="utf-8")
    assert "1 word deleted" in run(capsys, "proposal", "text", "1", "RCC/47A4/1", "--from", draft, "--db", db)
    run(capsys, "proposal", "reasons", "1", "1", "Shorter.", "--db", db)
    run(capsys, "proposal", "add", "1", "NOC", "--base", "WTSA 18", "--db", db)
    run(capsys, "proposal", "reasons", "1", "2", "Still right.", "--db", db)
    assert "now proposal 1" in run(capsys, "proposal", "move", "1", "2", "--to", "1", "--db", db)
    assert "added ADD" in run(capsys, "proposal", "add", "1", "ADD", "--db", db)
    run(capsys, "export", "docx", "1", "-o", tmp_path / "cli.docx", "--db", db)


def window_contribution(qtbot, tmp_path, monkeypatch) -> None:
    env = {"db": tmp_path / "window.sqlite3", "ini": tmp_path / "window.ini", "tmp": tmp_path}
    window = make_window(qtbot, env)
    for key, value in SETTINGS.items():
        window.settings.setValue(key, value)
    window.new_contribution()
    view = window.contribution
    for name, typed in (("document", DOCUMENT), ("meeting", "PP-26")):
        qtbot.keyClicks(view.fields[name], typed)
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    window.new_mod()
    editor = window.draft.editor
    type_at(qtbot, editor, "shall continue", "")
    for _ in range(len(" continue")):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.draft.reasons, "Shorter.")  # the typing above is taken when the next proposal opens
    window.tabs.setCurrentIndex(CONTRIBUTION)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *a: (next(i for i in items if "WTSA" in i), True)
    )
    view.add_title_only("NOC")
    window.edit_proposal(1)
    qtbot.keyClicks(window.draft.reasons, "Still right.")
    window.tabs.setCurrentIndex(CONTRIBUTION)
    view.proposals.setCurrentCell(1, 0)
    view._move(-1)
    view.add_add()
    window.export_word(str(tmp_path / "window.docx"))
    wait_idle(qtbot, window)
    assert window._wait_saved(10)
    return env["db"]


def test_the_command_line_and_the_window_draft_the_same_records(qtbot, capsys, config, monkeypatch):
    tmp_path = config
    cli_db = tmp_path / "cli.sqlite3"
    cli_contribution(capsys, cli_db, tmp_path)
    window_db = window_contribution(qtbot, tmp_path, monkeypatch)
    made = records(cli_db)
    assert made == records(window_db)
    assert [(p["action"], p["number"], p["reasons"]) for p in made["proposals"]] == [
        ("NOC", "RCC/47A4/1", "Still right."),
        ("MOD", "RCC/47A4/2", "Shorter."),
        ("ADD", "RCC/47A4/3", ""),
    ]
    assert made["proposals"][2]["resolution"]["body"] == "WTSA"  # the first proposal's body
    from conftest import pandoc_plain

    for mode in ("accept", "reject"):
        assert pandoc_plain(tmp_path / "cli.docx", mode) == pandoc_plain(tmp_path / "window.docx", mode)
    import zipfile

    for name in ("cli.docx", "window.docx"):
        xml = zipfile.ZipFile(tmp_path / name).read("word/document.xml").decode()
        authors = set(__import__("re").findall(r'w:author="([^"]*)"', xml))
        assert authors == {AUTHOR.replace('"', "&quot;")}, (name, authors)


def test_names_work_where_ids_are_asked_and_bad_input_changes_nothing(capsys, config, tmp_path):
    db = tmp_path / "names.sqlite3"
    listed = json.loads(run(capsys, "list", "--json", "--db", db))
    kigali = next(v for v in listed if v["revision"] == "Rev. Kigali, 2022")
    assert kigali["name"] == "WTDC 59 (Rev. Kigali, 2022) en"
    assert kigali["name"] in run(capsys, "list", "--db", db)
    shown = json.loads(run(capsys, "show", kigali["name"], "--json", "--db", db))
    assert (shown["id"], shown["name"], shown["revision"]) == (kigali["id"], kigali["name"], "Rev. Kigali, 2022")
    newest = json.loads(run(capsys, "show", "wtdc 59", "--json", "--db", db))
    assert newest["revision"] == "Rev. Baku, 2025"  # no revision given: the newest
    assert json.loads(run(capsys, "show", "WTDC 59 Kigali", "--json", "--db", db))["id"] == kigali["id"]
    assert (
        json.loads(run(capsys, "show", "WTDC Resolution 59 (Rev. Kigali, 2022)", "--json", "--db", db))["id"]
        == kigali["id"]
    )
    assert json.loads(run(capsys, "show", "Resolution ITU-R 75", "--json", "--db", db))["body"] == "RA"
    assert "no text of the library is named" in refused(capsys, "show", "WTDC 60", "--db", db)
    run(capsys, "contribution", "new", "--db", db)
    before = records(db)
    assert before["document"]["source"] == "Russian Federation"
    assert "acts on a library text" in refused(capsys, "proposal", "add", "1", "MOD", "--db", db)
    assert "no text of the library" in refused(capsys, "proposal", "add", "1", "SUP", "--base", "PP 999", "--db", db)
    assert "no contribution with id 7" in refused(capsys, "proposal", "add", "7", "ADD", "--db", db)
    run(capsys, "proposal", "add", "1", "ADD", "--db", db)
    bad = tmp_path / "bad.txt"
    bad.write_text("", encoding="utf-8")
    after_add = records(db)
    assert "does not read as a resolution" in refused(capsys, "proposal", "text", "1", "1", "--from", bad, "--db", db)
    assert "--to must be a place from 1 to 1" in refused(capsys, "proposal", "move", "1", "1", "--to", "3", "--db", db)
    assert "has no proposal '4'" in refused(capsys, "proposal", "reasons", "1", "4", "x", "--db", db)
    assert records(db) == after_add and len(after_add["proposals"]) == 1 and before["proposals"] == []
    run(capsys, "contribution", "set", "1", "--title", "Our proposals", "--language", "fr", "--db", db)
    final = records(db)
    assert (final["document"]["title"], final["language"]) == ("Our proposals", "fr")
