"""The main window's menus, toolbar and recent files, built once over the window.

Kept apart from `main_window` so the window's module holds its views and long work,
and each feature adds its actions here in one place. The texts keep the translation
context "MainWindow" they were written under, so no translation is lost by the move.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

from .. import APP_NAME
from . import shortcuts

if TYPE_CHECKING:
    from .main_window import MainWindow

MAX_RECENT = 8
translate = QCoreApplication.translate


def make_action(w: MainWindow, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, w)
    if shortcut is not None:
        shortcuts.bind(action, shortcut)
    action.setToolTip(tip or text.replace("&", "").replace("…", ""))
    action.triggered.connect(slot)
    return action


def build(w: MainWindow) -> None:
    """Before the first paint: what it shows, the menu bar's titles and the
    toolbar's actions. Their keys and every other action come in ``fill``, just
    after the paint (binding the platform's standard keys and making thirty
    actions was 3 ms of the window's start), or as soon as an action is asked for
    (MainWindow.__getattr__)."""
    bar = w.menuBar()
    a = functools.partial(make_action, w)
    w.act_import = a(translate("MainWindow", "&Import files…"), w.import_files)
    w.act_new = a(translate("MainWindow", "&New contribution"), w.new_contribution)
    w.act_mod = a(translate("MainWindow", "New &MOD of the selected resolution"), w.new_mod)
    # triggered passes `checked`: never let it become the export's path
    w.act_word = a(translate("MainWindow", "Export contribution to &Word…"), lambda _checked=False: w.export_word())
    w.act_excel = a(translate("MainWindow", "Export comparison to &Excel…"), lambda _checked=False: w.export_excel())
    w.top_menus = [
        bar.addMenu(title)
        for title in (
            translate("MainWindow", "&File"),
            translate("MainWindow", "&Edit"),
            translate("MainWindow", "&View"),
            translate("MainWindow", "&Help"),
        )
    ]
    for menu in w.top_menus:  # opened before the first turn of the loop after the paint: filled then
        menu.aboutToShow.connect(w.fill_menus)
    toolbar = QToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("main-toolbar")
    w.toolbar = toolbar
    for action in (w.act_import, w.act_new, w.act_mod, w.act_word, w.act_excel):
        toolbar.addAction(action)
    w.addToolBar(toolbar)


def fill(w: MainWindow) -> None:
    """Every menu's actions, and every key (see ``build``)."""
    for on_toolbar, key in (
        (w.act_import, shortcuts.IMPORT_FILES),
        (w.act_new, shortcuts.NEW_CONTRIBUTION),
        (w.act_mod, shortcuts.NEW_MOD),
        (w.act_word, shortcuts.EXPORT_WORD),
        (w.act_excel, shortcuts.EXPORT_EXCEL),
    ):
        shortcuts.bind(on_toolbar, key)
    file_menu, edit, view, help_menu = w.top_menus
    a = functools.partial(make_action, w)
    w.act_import_folder = a(translate("MainWindow", "Import &folder…"), w.import_folder, shortcuts.IMPORT_FOLDER)
    w.act_samples = a(
        translate("MainWindow", "Load s&ample library…"),
        lambda _checked=False: w.load_samples(),
        tip=translate("MainWindow", "Add the 54 resolutions of the PP-18 Final Acts (Dubai, 2018) to the library"),
    )
    w.act_send = a(
        translate("MainWindow", "Send &changes…"),
        lambda _checked=False: w.exchange.send(),
        tip=translate("MainWindow", "Write the changes a colleague has not been sent yet into a file"),
    )
    w.act_receive = a(
        translate("MainWindow", "Recei&ve changes…"),
        lambda _checked=False: w.exchange.receive(),
        tip=translate("MainWindow", "Take in a file of changes from a colleague"),
    )
    w.act_conflicts = a(
        translate("MainWindow", "Co&nflicts…"),
        lambda _checked=False: w.exchange.show_conflicts(),
        tip=translate("MainWindow", "The fields you and a colleague both changed"),
    )
    w.act_sync_hub = a(
        translate("MainWindow", "S&ync with shared folder now"),
        lambda _checked=False: w.exchange.sync_hub(),
        tip=translate("MainWindow", "Take in the team's changes from the shared folder and put yours there"),
    )
    w.act_choose_hub = a(
        translate("MainWindow", "C&hoose shared folder…"),
        lambda _checked=False: w.exchange.choose_hub(),
        tip=translate("MainWindow", "The folder the team exchanges through (a network share or a synced folder)"),
    )
    for action in (
        w.act_new,
        w.act_import,
        w.act_import_folder,
        w.act_samples,
        None,
        w.act_word,
        w.act_excel,
        None,
        w.act_send,
        w.act_receive,
        w.act_conflicts,
        w.act_sync_hub,
        w.act_choose_hub,
    ):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    export_menu = file_menu.addMenu(translate("MainWindow", "E&xport"))  # every export the command line makes
    file_menu.insertMenu(w.act_send, export_menu)
    file_menu.insertSeparator(w.act_send)
    from .export_kinds import KINDS

    for kind, (text, _filter, _name) in KINDS.items():
        export_menu.addAction(a(translate("Exports", str(text)), lambda _checked=False, k=kind: w.exports.ask(k)))
    w.act_print = a(
        translate("MainWindow", "&Print…"), lambda _checked=False: _printing().print_view(w), shortcuts.PRINT
    )
    w.act_pdf = a(translate("MainWindow", "Save view as P&DF…"), lambda _checked=False: _printing().save_pdf(w))
    file_menu.insertAction(w.act_send, w.act_print)
    file_menu.insertAction(w.act_send, w.act_pdf)
    file_menu.insertSeparator(w.act_send)
    w.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
    fill_recent(w)
    file_menu.addSeparator()
    file_menu.addAction(a(translate("MainWindow", "&Settings…"), w.open_settings, shortcuts.SETTINGS))
    file_menu.addAction(a(translate("MainWindow", "&Quit"), w.close, shortcuts.QUIT))
    edit.addAction(a(translate("MainWindow", "&Undo"), lambda: w.draft.editor.undo(), shortcuts.UNDO))
    edit.addAction(a(translate("MainWindow", "&Redo"), lambda: w.draft.editor.redo(), shortcuts.REDO))
    edit.addAction(a(translate("MainWindow", "&Find in library"), w.find_in_library, shortcuts.FIND))
    edit.addAction(w.act_mod)
    w.act_reconcile = a(
        translate("MainWindow", "Re&concile with the adopted text…"),
        lambda _checked=False: _conference_ui().reconciling(w).start(),
        tip=translate("MainWindow", "Which stored proposals the text selected in the Library took"),
    )
    edit.addAction(w.act_reconcile)
    for index, (name, key) in enumerate(
        (
            (translate("MainWindow", "&Library"), shortcuts.VIEW_LIBRARY),
            (translate("MainWindow", "&Positions"), shortcuts.VIEW_POSITIONS),
            (translate("MainWindow", "&Draft"), shortcuts.VIEW_DRAFT),
            (translate("MainWindow", "&Contribution"), shortcuts.VIEW_CONTRIBUTION),
        )
    ):
        view.addAction(a(name, lambda _=False, i=index: w.tabs.setCurrentIndex(i), key))
    w.act_board = a(
        translate("MainWindow", "The day's &board"),
        lambda _checked=False: _board_view().show_board(w),
        shortcuts.VIEW_BOARD,
    )
    view.addAction(w.act_board)
    help_menu.addAction(a(translate("MainWindow", "&Getting started"), w.getting_started))
    help_menu.addAction(a(translate("MainWindow", "&About {0}").format(APP_NAME), w.about))


def _printing():
    from . import printing  # Qt's PDF writer and print dialog load on first use

    return printing


def _board_view():
    from . import board_view  # loaded on first use, not with the window

    return board_view


def _conference_ui():
    from . import conference_ui  # loaded on first use, not with the window

    return conference_ui


def recent(w: MainWindow) -> list[str]:
    """The recent imports. An INI file gives a list of one as a plain string."""
    value = w.settings.value("recent/files", [])
    return [value] if isinstance(value, str) else [str(p) for p in value or []]  # type: ignore[attr-defined]


def fill_recent(w: MainWindow) -> None:
    w.recent_menu.clear()
    paths = recent(w)
    for path in paths[:MAX_RECENT]:
        w.recent_menu.addAction(path, functools.partial(w.start_import, [path]))
    w.recent_menu.setEnabled(bool(paths))


def remember(w: MainWindow, paths: list[str]) -> None:
    others = [p for p in recent(w) if p not in paths]
    w.settings.setValue("recent/files", (paths + others)[:MAX_RECENT])
    fill_recent(w)
