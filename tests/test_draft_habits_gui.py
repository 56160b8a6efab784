"""Small habits of the Draft and Contribution views, in the real window with real
keys: the marks pane follows the editor's cursor (typing at the end of a long
MOD keeps the pane on the typed words); the Reasons box starts empty; the words
counted are singular or plural as they should be; the chooser's count of
proposals changes at once; "Acts on" names the revision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from test_app import make_window, type_at, version_id


@pytest.fixture
def env(tmp_path, qapp):
    """The English plural forms installed, as the app installs them."""
    from delegate_app.ui.i18n import install

    translators = install(qapp, "en")
    yield {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}
    for translator in translators:
        qapp.removeTranslator(translator)


def visible_blocks(view) -> range:
    """The block numbers a text view shows."""
    rect = view.viewport().rect()
    top = view.cursorForPosition(QPoint(4, 2)).blockNumber()
    bottom = view.cursorForPosition(QPoint(4, rect.height() - 2)).blockNumber()
    return range(top, bottom + 1)


def test_typing_at_the_end_of_a_long_mod_keeps_the_marks_on_the_typed_words(qtbot, env):
    window = make_window(qtbot, env)
    window.library.select_version(version_id(window, "Rev. Kigali, 2022"))
    chooser = window.contribution.chooser
    window.new_mod()
    assert chooser.currentText().endswith(" · 1 proposal")  # at once
    draft = window.draft
    assert draft.reasons.toPlainText() == "" and draft.reasons.placeholderText() == ""
    marks, editor = draft.marks, draft.editor
    assert marks.verticalScrollBar().maximum() > 0  # longer than the pane: the end is out of sight
    type_at(qtbot, editor, "those two Sectors", " plus further typed words")
    qtbot.waitUntil(lambda: "inserted" in draft.status.text() and "0 inserted" not in draft.status.text(), timeout=5000)
    assert draft.status.text() == "0 words deleted, 4 inserted"
    found = marks.document().find("further typed words")
    assert not found.isNull()
    assert found.blockNumber() in visible_blocks(marks)
    assert found.blockNumber() > 20 and marks.verticalScrollBar().value() > 0
    # the cursor moved back to the top: the pane follows it there
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert marks.verticalScrollBar().value() == 0
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert marks.verticalScrollBar().value() > 0
    # one word deleted is one word
    type_at(qtbot, editor, "shall continue", "")
    for _ in range(len(" continue")):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: draft.status.text().startswith("1 word deleted,"), timeout=5000)
    window.tabs.setCurrentIndex(3)
    window.contribution.add_add()
    assert chooser.currentText().endswith(" · 2 proposals")
    table = window.contribution.proposals
    assert table.item(0, 2).text() == "WTDC Resolution 59 (Rev. Kigali, 2022)"  # "Acts on" names the revision
