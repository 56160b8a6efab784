"""A MOD of a resolution with figures, drafted in the window with real keys: the
figures stay in the text as stored and in the Word file, unmarked. The editor
shows each as a "[Figure N]" line and reads the text back without images, so
every pause in typing once dropped them, and the export deleted every figure
of the resolution as a tracked change nobody made."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from test_editor_fidelity import _export, _marked, _settle, _stored
from test_published_resolution import IMAGES, SIZES, _pictures, res1_docx

from delegate_app.services.importing import import_paths
from delegate_app.services.starter import ensure_starter_library
from delegate_app.store import library
from delegate_app.store.database import open_database
from delegate_app.ui.main_window import MainWindow

pytestmark = pytest.mark.slow  # a window and an export


def test_typing_in_a_mod_with_figures_keeps_them_unmarked(qtbot, tmp_path):
    source, db_path = tmp_path / "res1.docx", tmp_path / "store.sqlite3"
    source.write_bytes(res1_docx())
    db = open_database(db_path)
    ensure_starter_library(db)
    import_paths(db, [source])
    window = MainWindow(db, str(db_path), QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    (vid,) = [v.id for v in library.list_versions(window.db) if v.body == "WTSA" and v.number == "1"]
    window.session.new()
    window.library.select_version(vid)
    window.new_mod()
    editor = window.draft.editor
    base = window.session.contribution.proposals[-1].base
    assert base.figures, "the imported text has its figures"
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("The tenth paragraph.") + len("The tenth paragraph"))
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClicks(editor, ", amended")
    _settle(qtbot, window)
    stored = _stored(window)
    assert stored.figures == base.figures
    assert [p.figure for p in stored.provisions() if p.figure] == [p.figure for p in base.provisions() if p.figure]
    docx = _export(qtbot, window, tmp_path / "mod.docx")
    data = docx.read_bytes()
    assert _pictures(data) == [(IMAGES[rid], size) for rid, size in zip(IMAGES, SIZES)]
    marked = _marked(docx)
    assert len(marked) == 1 and "amended" in marked[0][0], marked  # the one paragraph typed in, nothing else
    cursor.movePosition(QTextCursor.MoveOperation.End)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # and after a key that makes a new paragraph, the same
    _settle(qtbot, window)
    assert _stored(window).figures == base.figures


def test_the_text_as_amended_keeps_the_figures_of_the_base_and_of_a_proposal():
    """core.consolidate: a MOD applied to a text with figures gives the amended text
    with them (their paragraphs and their images)."""
    from delegate_app.core.consolidate import consolidate
    from delegate_app.core.model import Proposal
    from delegate_app.formats.reader import read_bytes
    from delegate_app.formats.text_writer import resolution_text
    from delegate_app.services.drafts import parse_typed

    base = read_bytes(res1_docx(), "res1.docx").document
    text = resolution_text(base, editor=True).replace("The tenth paragraph.", "The tenth paragraph, amended.")
    proposal = Proposal("MOD", "ABC/1/1", resolution=parse_typed(text, base), base=base)
    amended = consolidate(base, [proposal]).text
    assert amended.figures == base.figures
    assert [p.figure for p in amended.provisions() if p.figure] == [p.figure for p in base.provisions() if p.figure]
    assert any("amended" in p.text for p in amended.provisions())


def test_show_prints_each_figure_as_its_placeholder():
    """`delegate-app show` of a text with figures: "[Figure N]" where each stands
    (it printed a blank line)."""
    from delegate_app.cli.render import resolution
    from delegate_app.formats.reader import read_bytes

    shown = resolution(read_bytes(res1_docx(), "res1.docx").document)
    assert [line.strip() for line in shown.splitlines() if line.strip().startswith("[Figure")] == [
        "[Figure 1]",
        "[Figure 2]",
        "[Figure 3]",
    ]
