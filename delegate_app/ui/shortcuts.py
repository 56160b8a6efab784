"""Keyboard shortcuts and spacing in one place, so menus, toolbars, tests and
the documentation agree (as git-cola keeps its hotkeys and spacing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton


class Standard(str):
    """A key the platform defines (QKeySequence.StandardKey, by name): Redo is both
    Ctrl+Y and Ctrl+Shift+Z on Windows, Cmd+Shift+Z on macOS."""


# The keys are plain data, made Qt key sequences when bound (bind): none is bound
# before the window's first paint, and building them at import (QKeySequence's
# type, its seventy standard keys as an enum, twenty sequences parsed) was part
# of its start.
Key = str  # "Ctrl+I", or a Standard
NEW_CONTRIBUTION = Standard("New")
IMPORT_FILES = "Ctrl+I"
IMPORT_FOLDER = "Ctrl+Shift+I"
EXPORT_WORD = "Ctrl+E"
EXPORT_EXCEL = "Ctrl+Shift+E"
SAVE = Standard("Save")
FIND = Standard("Find")
UNDO = Standard("Undo")
REDO = Standard("Redo")
# Quit and Preferences have no standard key on Windows (and none under the
# offscreen platform): their keys are spelled out, so Ctrl+Q and Ctrl+, work everywhere.
SETTINGS = "Ctrl+,"
QUIT = "Ctrl+Q"
VIEW_LIBRARY = "Ctrl+1"
VIEW_POSITIONS = "Ctrl+2"
VIEW_DRAFT = "Ctrl+3"
VIEW_CONTRIBUTION = "Ctrl+4"
VIEW_BOARD = "Ctrl+5"
PRINT = Standard("Print")
NEW_MOD = "Ctrl+M"
COMPARE_VERSIONS = "Ctrl+D"

MARGIN = 8
SPACING = 6
LIVE_REDLINE_DELAY_MS = 120  # after the last keystroke
TYPING_MAX_WAIT_MS = 250  # however fast the typing, what was typed reaches the journal this soon after a key


def bind(action: QAction, key: Key) -> QAction:
    """Give an action its keys.

    ``setShortcuts`` rather than ``setShortcut``: resolving ``setShortcut``'s
    overloads makes PySide6 build the whole Qt namespace, about 15 ms of the
    window's start-up; and for a standard key it binds every key the platform
    has for it (Redo is both Ctrl+Y and Ctrl+Shift+Z on Windows)."""
    from PySide6.QtGui import QKeySequence

    action.setShortcuts(getattr(QKeySequence.StandardKey, key) if isinstance(key, Standard) else [QKeySequence(key)])
    return action


def bind_button(button: QAbstractButton, key: Key, owner: QWidget) -> QAction:
    """A key for a button, active while ``owner`` (the view holding it) is shown;
    a disabled button ignores it."""
    from PySide6.QtGui import QAction

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
