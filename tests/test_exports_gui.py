"""File > Export in the real window: every export the command line makes is in
the menu, each with its options in one dialog, and writes its file through the
same service; a cancelled export leaves no file; file dialogs open in the
folder last used for their kind."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtWidgets import QDialog
from test_app import make_window, version_id, wait_idle

from delegate_app.__main__ import main
from delegate_app.core.errors import DelegateError
from delegate_app.services import library
from delegate_app.ui import export_dialog
from delegate_app.ui.export_dialog import ExportDialog
from delegate_app.ui.export_kinds import KINDS


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "store.sqlite3"
    for args in (
        ["contribution", "new", "--document", "Document 47-E"],
        ["proposal", "add", "1", "MOD", "--base", "WTDC 59 Kigali"],
        ["positions", "set", "WTDC 59 Kigali", "--stance", "support", "--priority", "high"],
    ):
        assert main([*args, "--db", str(db)]) == 0
    handle = library.open_store(db)
    try:
        (row,) = library.list_contributions(handle)
    finally:
        handle.close()
    return {"db": db, "ini": tmp_path / "settings.ini", "tmp": tmp_path, "uid": row["uid"]}


def menu_actions(window) -> dict[str, object]:
    """The File > Export submenu's actions, by their text."""
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    file_menu.aboutToShow.emit()  # as it is opened: filled by then (just after the first paint), or now
    export = next(a.menu() for a in file_menu.actions() if a.menu() is not None and a.text() == "E&xport")
    return {a.text(): a for a in export.actions()}


def test_every_export_of_the_file_menu_writes_its_file(qtbot, env, monkeypatch, capsys):
    text = env["tmp"] / "text.txt"
    assert main(["proposal", "text", "1", "1", "--db", str(env["db"])]) == 0
    shown = capsys.readouterr().out
    text.write_text(shown.replace("shall continue to cooperate", "shall cooperate", 1), encoding="utf-8")
    assert main(["proposal", "text", "1", "1", "--from", str(text), "--db", str(env["db"])]) == 0
    assert main(["set-status", "1", "1", "adopted", "--db", str(env["db"])]) == 0
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    window.session.open(env["uid"])
    written = {}

    def accept(dialog: ExportDialog) -> QDialog.DialogCode:
        ext = ".xlsx" if "xlsx" in KINDS[dialog.kind][1] else ".docx"
        written[dialog.kind] = env["tmp"] / "out" / f"{dialog.kind}{ext}"
        dialog.path.setText(str(written[dialog.kind]))
        if dialog.kind == "consolidated":
            assert dialog.version.currentText() == "WTDC 59 (Rev. Kigali, 2022) en"
            assert [s for s, c in dialog.statuses.items() if c.isChecked()] == ["adopted", "adopted-modified"]
            dialog.marks.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    (env["tmp"] / "out").mkdir()
    actions = menu_actions(window)
    assert len(actions) == len(KINDS) == 7
    for action in actions.values():
        action.trigger()
        wait_idle(qtbot, window)
    assert set(written) == set(KINDS)
    for kind, path in written.items():
        assert path.exists() and zipfile.is_zipfile(path), kind
    consolidated = zipfile.ZipFile(written["consolidated"]).read("word/document.xml").decode()
    assert "<w:del " in consolidated and "continue" in consolidated  # the adopted MOD, marked
    assert "Wrote " in window.statusBar().currentMessage()
    # the folder is remembered for the kind: the next dialog of it opens there
    assert export_dialog.remembered_folder(window.settings, "brief") == str(env["tmp"] / "out")
    assert ExportDialog(window, "brief").path.text().startswith(str(env["tmp"] / "out"))


def test_a_cancelled_export_leaves_no_file(tmp_path, env):
    out = tmp_path / "compilation.docx"
    chosen = {"version": 4, "statuses": [], "marks": False, "body": None, "min_priority": None, "language": "en"}
    db = library.open_store(env["db"])
    try:
        chosen["version"] = next(v.id for v in library.list_versions(db) if v.revision == "Rev. Kigali, 2022")
    finally:
        db.close()
    calls = iter([False, True])  # cancelled while it was writing
    work = export_dialog._work("compilation", str(out), chosen, "A", str(env["db"]))
    with pytest.raises(DelegateError, match="cancelled"):
        work(None, lambda: next(calls))
    assert not out.exists()
    work(None, lambda: False)
    assert out.exists()
