"""Support for a regional common proposal: who supports, does not support or
signed it, recorded through the command line, sent round as the regional form
(proposals as rows, administrations as columns) and taken back, and listed
after the source in the Word export (read by pandoc, which we did not write).

The invariant: what the workbook says after a colleague's edit is what the
library records, cell for cell; a cell that is not a stance refuses the whole
sheet and changes nothing.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from cli_capsys import import_mod, refused, run
from conftest import pandoc_plain
from openpyxl import load_workbook

from delegate_app.cli.main import run as main


@pytest.fixture
def db(tmp_path, capsys):
    """A European Common Proposal: one MOD of WTDC 59, stored."""
    path = tmp_path / "s.sqlite3"
    import_mod(capsys, tmp_path, path, "ecp", "shall continue", "shall", "--number=EUR/9/1",
               "--source=European Common Proposals")  # fmt: skip
    return path


def stances(capsys, db) -> dict[str, tuple[str, str]]:
    return {
        r["member"]: (r["stance"], r["date"]) for r in json.loads(run(capsys, "support", "list", "--json", "--db", db))
    }


def _cells(path) -> dict[str, object]:
    ws = load_workbook(path).active
    return {str(h.value): c.value for h, c in zip(ws[1], ws[2])}


def test_support_round_trips_the_workbook_and_the_signatories_are_in_the_word_export(db, capsys, tmp_path):
    for member, stance in (("F", "signed"), ("d", "signed"), ("G", "supports"), ("RUS", "does-not-support")):
        out = run(
            capsys, "support", "set", "1", "--member", member, "--stance", stance, "--date", "2026-05-04", "--db", db
        )
    assert "1 supports, 1 does-not-support, 2 signed" in out  # the count on the contribution
    recorded = stances(capsys, db)
    assert recorded == {
        "F": ("signed", "2026-05-04"),
        "D": ("signed", "2026-05-04"),
        "G": ("supports", "2026-05-04"),
        "RUS": ("does-not-support", "2026-05-04"),
    }

    sheet = tmp_path / "support.xlsx"
    run(capsys, "support", "export", "-o", sheet, "--db", db)
    wb = load_workbook(sheet)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header == ["Id", "Document", "Title", "D", "F", "G", "RUS"]
    assert [c.value for c in ws[2]][3:] == ["signed 2026-05-04"] * 2 + [
        "supports 2026-05-04",
        "does-not-support 2026-05-04",
    ]
    ws.cell(row=2, column=6).value = "signed 2026-05-11"  # G signs, as the form comes back
    ws.cell(row=1, column=8).value = "I"
    ws.cell(row=2, column=8).value = "supports 2026-05-12"
    wb.save(sheet)
    assert "5 stance(s) recorded" in run(capsys, "support", "import", sheet, "--db", db)
    assert stances(capsys, db) == recorded | {"G": ("signed", "2026-05-11"), "I": ("supports", "2026-05-12")}
    again = tmp_path / "again.xlsx"
    run(capsys, "support", "export", "-o", again, "--db", db)
    assert _cells(again) == _cells(sheet)  # the same, cell for cell (the columns in the symbols' order)

    out = tmp_path / "ecp.docx"
    run(capsys, "export", "docx", "1", "-o", out, "--db", db)
    text = " ".join(pandoc_plain(out).split())
    assert "European Common Proposals (D, F, G)" in text  # the signatories, not those who only support


def test_bad_support_is_refused_in_one_line_and_changes_nothing(db, capsys, tmp_path):
    run(capsys, "support", "set", "1", "--member", "F", "--stance", "signed", "--db", db)
    before = stances(capsys, db)
    assert "no contribution with id 7" in refused(
        capsys, "support", "set", "7", "--member", "F", "--stance", "signed", "--db", db
    )
    assert "ITU symbol" in refused(
        capsys, "support", "set", "1", "--member", "France!", "--stance", "signed", "--db", db
    )
    with pytest.raises(SystemExit) as stopped:  # argparse's choices, said in one line too
        main(["support", "set", "1", "--member", "F", "--stance", "maybe", "--db", str(db)])
    assert stopped.value.code == 2 and capsys.readouterr().err.count("\n") == 1
    sheet = tmp_path / "support.xlsx"
    run(capsys, "support", "export", "-o", sheet, "--db", db)
    wb = load_workbook(sheet)
    wb.active.cell(row=1, column=5).value = "G"
    wb.active.cell(row=2, column=5).value = "perhaps"
    wb.active.cell(row=2, column=4).value = "does-not-support"
    wb.save(sheet)
    assert "row 2, G: 'perhaps' is not a stance" in refused(capsys, "support", "import", sheet, "--db", db)
    assert stances(capsys, db) == before
    # a workbook someone circulated is checked as every other we take in: macros, a bomb, not one at all
    macro = tmp_path / "macro.xlsx"
    with zipfile.ZipFile(sheet) as src, zipfile.ZipFile(macro, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\0" * 64)
    assert "macro-enabled" in refused(capsys, "support", "import", macro, "--db", db)
    (tmp_path / "not.xlsx").write_bytes(b"plain text")
    assert "not a ZIP package" in refused(capsys, "support", "import", tmp_path / "not.xlsx", "--db", db)
    assert stances(capsys, db) == before


def test_the_window_counts_the_support_of_the_open_contribution(db, capsys, qtbot, tmp_path):
    from test_app import make_window

    from delegate_app.services.conference import contribution_uid

    for member, stance in (("F", "signed"), ("D", "signed"), ("G", "supports")):
        run(capsys, "support", "set", "1", "--member", member, "--stance", stance, "--db", db)
    window = make_window(qtbot, {"db": db, "ini": tmp_path / "settings.ini"})
    qtbot.waitUntil(lambda: window._built is not None, timeout=10000)
    window.session.open(contribution_uid(window.db, 1))
    from PySide6.QtWidgets import QLabel

    label = window.statusBar().findChild(QLabel, "support-count")
    assert label is not None and label.isVisible()
    assert label.text() == "Common proposal: 2 signed, 1 supporting, 0 not supporting"
