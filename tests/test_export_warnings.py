"""Exports run the rules check and say what the document would lack before a
secretariat does (issue 35): a SUP or NOC with no Reasons, a bare MOD with no
number. The command line writes and warns on stderr; the window asks first,
and writes nothing when told not to."""

from __future__ import annotations

import pytest
from conftest import starter_store

from delegate_app.cli.main import run as main
from delegate_app.core.drafting import new_title_only
from delegate_app.core.model import ContributionHeader
from delegate_app.services import library
from delegate_app.services.exporting import missing_before_export
from delegate_app.services.workspace import Workspace
from delegate_app.store.database import open_database


@pytest.fixture
def store(tmp_path):
    return starter_store(tmp_path / "store.sqlite3")


def _drafted(ws: Workspace) -> str:
    """A SUP with no Reasons and a NOC whose number was cleared, stored."""
    row = next(v for v in library.list_versions(ws.reader) if v.revision == "Rev. Kigali, 2022")
    base = library.text_of(ws.reader, row.id)
    uid = ws.drafting.new(ContributionHeader(document="Document 25-E", title="T", source="S", date="1 May"))
    ws.drafting.add(new_title_only("SUP", base, row.id))
    ws.drafting.add(new_title_only("NOC", base, row.id))
    ws.drafting.update_proposal(1, reasons="Still needed.", number="", auto_number=False)
    assert ws.edits.flush(10)
    return uid


def test_the_command_line_warns_and_writes(store, tmp_path, capsys):
    ws = Workspace(store, source=lambda: "TST")
    try:
        _drafted(ws)
        rules = [f.rule for f in missing_before_export(ws.drafting.snapshot())]
        assert rules == ["reasons-missing", "number-missing"]
    finally:
        ws.close()
    contribution = library.list_contributions(open_database(store))[0]["id"]
    out = tmp_path / "out.docx"
    assert main(["export", "docx", str(contribution), "-o", str(out), "--db", str(store)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert out.stat().st_size > 5000
    assert any("warning" in line and "proposal 1 (SUP" in line and "no Reasons" in line for line in err), err
    assert any("proposal 2 (NOC)" in line and "has no number" in line for line in err), err


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_the_window_asks_before_writing_an_incomplete_document(qtbot, tmp_path, monkeypatch, answer):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    from test_app import make_window

    env = {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}
    window = make_window(qtbot, env)
    _drafted(window.session.workspace)
    window.session.open(window.session.service.contributions()[0].uid)
    asked, saved = [], []
    out = tmp_path / "window.docx"

    def question(parent, title, text, *args):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    def save_dialog(*args, **kwargs):
        saved.append(args)
        return str(out), ""

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.act_word.trigger()
    assert len(asked) == 1 and "SUP" in asked[0] and "NOC" in asked[0]
    if answer == "No":
        assert not saved and not out.exists()  # nothing asked further, nothing written
    else:
        qtbot.waitUntil(lambda: out.exists() and not window.runner.busy(), timeout=30000)
        assert out.stat().st_size > 5000
