"""Keyboard shortcuts and spacing in one place, so menus, toolbars, tests and
the documentation agree (as git-cola keeps its hotkeys and spacing)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QHBoxLayout, QLayout, QSplitter, QVBoxLayout, QWidget

NEW_CONTRIBUTION = QKeySequence.StandardKey.New
IMPORT_FILES = QKeySequence("Ctrl+I")
IMPORT_FOLDER = QKeySequence("Ctrl+Shift+I")
EXPORT_WORD = QKeySequence("Ctrl+E")
EXPORT_EXCEL = QKeySequence("Ctrl+Shift+E")
SAVE = QKeySequence.StandardKey.Save
FIND = QKeySequence.StandardKey.Find
UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo
# Quit and Preferences have no standard key on Windows (and none under the
# offscreen platform): their keys are spelled out, so Ctrl+Q and Ctrl+, work everywhere.
SETTINGS = QKeySequence("Ctrl+,")
QUIT = QKeySequence("Ctrl+Q")
VIEW_LIBRARY = QKeySequence("Ctrl+1")
VIEW_POSITIONS = QKeySequence("Ctrl+2")
VIEW_DRAFT = QKeySequence("Ctrl+3")
VIEW_CONTRIBUTION = QKeySequence("Ctrl+4")
VIEW_BOARD = QKeySequence("Ctrl+5")
PRINT = QKeySequence.StandardKey.Print
NEW_MOD = QKeySequence("Ctrl+M")
COMPARE_VERSIONS = QKeySequence("Ctrl+D")

MARGIN = 8
SPACING = 6
LIVE_REDLINE_DELAY_MS = 120  # after the last keystroke
TYPING_MAX_WAIT_MS = 250  # however fast the typing, what was typed reaches the journal this soon after a key


def bind(action: QAction, key: QKeySequence | QKeySequence.StandardKey) -> QAction:
    """Give an action its keys.

    ``setShortcuts`` rather than ``setShortcut``: resolving ``setShortcut``'s
    overloads makes PySide6 build the whole Qt namespace, about 15 ms of the
    window's start-up; and for a standard key it binds every key the platform
    has for it (Redo is both Ctrl+Y and Ctrl+Shift+Z on Windows)."""
    action.setShortcuts(key if isinstance(key, QKeySequence.StandardKey) else [key])
    return action


def bind_button(button: QAbstractButton, key: QKeySequence | QKeySequence.StandardKey, owner: QWidget) -> QAction:
    """A key for a button, active while ``owner`` (the view holding it) is shown;
    a disabled button ignores it."""
    action = bind(QAction(button.text(), owner), key)
    action.triggered.connect(button.click)
    owner.addAction(action)
    return action


def view_layout(view: QWidget) -> QVBoxLayout:
    """The top-level layout of a view: the same margin in every tab."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    return layout


L = TypeVar("L", bound=QBoxLayout)


def _fill(layout: L, items: tuple[object, ...]) -> L:
    """Add each item: a widget, a layout, an int (stretching space of that
    weight), or (widget or layout, its stretch factor)."""
    for item in items:
        item, factor = item if isinstance(item, tuple) else (item, 0)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, factor)
        else:
            layout.addWidget(item, factor)
    return layout


def row(*items) -> QHBoxLayout:
    """Items side by side (see _fill for what an item may be)."""
    return _fill(QHBoxLayout(), items)


def column(*items) -> QWidget:
    """A pane of items one under another, without a margin of its own: the
    view's margin frames it, so panes line up across tabs."""
    pane = QWidget()
    _fill(QVBoxLayout(pane), items).setContentsMargins(0, 0, 0, 0)
    return pane


def splitter(*panes: QWidget, sizes: list[int], stretch: int | None = None) -> QSplitter:
    """Panes side by side that the user can resize; ``sizes`` is their first
    width, ``stretch`` the one that takes a larger window's extra width."""
    split = QSplitter()
    for pane in panes:
        split.addWidget(pane)
    if stretch is not None:
        split.setStretchFactor(stretch, 2)
    split.setSizes(sizes)
    return split
