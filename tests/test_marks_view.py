"""The revision marks beside the draft are updated in place, paragraph by
paragraph; after every pause they must be exactly what setting the whole
redline as HTML shows (the same text, marks, colours, alignment, margins)."""

from __future__ import annotations

import sys

from conftest import ROOT

from delegate_app.core.redline import redline
from delegate_app.formats.html_view import redline_blocks, redline_html
from delegate_app.formats.reader import read_file
from delegate_app.ui.marks_view import MarksView
from delegate_app.ui.widgets import SafeTextBrowser

sys.path.insert(0, str(ROOT / "benchmarks"))


def _texts(path, steps, seed=3):
    from bench_redline import edit_sequence

    base = read_file(path).document
    return base, edit_sequence(base, steps, seed=seed)


def test_marks_updated_in_place_equal_marks_set_in_full(qtbot):
    base, steps = _texts(ROOT / "tests" / "fixtures" / "itu-texts" / "wtdc-res59-kigali-2022.txt", 12)
    view, full = MarksView(), SafeTextBrowser()
    qtbot.addWidget(view)
    qtbot.addWidget(full)
    for step in steps:
        rl = redline(base, step)
        view.show_blocks(redline_blocks(rl))
        full.setHtml(redline_html(rl))
        assert view.toHtml() == full.toHtml()
    assert view.set_in_full <= len(steps) // 2  # most pauses changed a paragraph or two: in place


def test_arabic_marks_keep_their_direction_in_place(qtbot):
    base = read_file(ROOT / "tests" / "fixtures" / "languages" / "ar-res59.txt").document
    import copy

    view, full = MarksView(), SafeTextBrowser()
    qtbot.addWidget(view)
    qtbot.addWidget(full)
    edited = copy.deepcopy(base)
    view.show_blocks(redline_blocks(redline(base, edited)), rtl=True)
    first = next(iter(edited.provisions()))
    first.text = first.text + " إضافة"
    rl = redline(base, edited)
    view.show_blocks(redline_blocks(rl), rtl=True)
    full.setHtml(redline_html(rl, rtl=True))
    assert view.toHtml() == full.toHtml()
    view.clear()
    assert view._blocks == [] and view.toPlainText() == ""


def test_paragraphs_not_typed_in_keep_their_html_and_it_is_the_same(qtbot, monkeypatch):
    """As the draft view redlines on every pause (one Redliner, its paragraphs
    handed back for every block not edited): the HTML kept for those paragraphs
    is exactly the HTML made afresh, and only the paragraphs typed in are made."""
    from delegate_app.core.redline import Redliner
    from delegate_app.formats import html_view
    from delegate_app.formats.html_view import RememberedBlocks

    base, steps = _texts(ROOT / "tests" / "fixtures" / "itu-texts" / "wtdc-res59-kigali-2022.txt", 12, seed=5)
    made = []
    make = html_view._paragraph_html
    monkeypatch.setattr(html_view, "_paragraph_html", lambda para, marks: made.append(para) or make(para, marks))
    redliner, remembered = Redliner(base), RememberedBlocks()
    view, full = MarksView(), SafeTextBrowser()
    qtbot.addWidget(view)
    qtbot.addWidget(full)
    shown = remade = 0
    for n, step in enumerate(steps):
        rl = redliner(step)
        made.clear()
        blocks = remembered.blocks(rl)
        if n:  # the first pause makes them all
            shown, remade = shown + len(blocks), remade + len(made)
        afresh = [make(para, html_view._marks()) for para in rl.paragraphs]
        assert blocks == afresh
        view.show_blocks(blocks)
        full.setHtml(redline_html(rl))
        assert view.toHtml() == full.toHtml()
    assert remade < shown // 4  # the rest were kept: only what was typed in was made again
