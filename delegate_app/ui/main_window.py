"""The main window: four views in tabs, menus, toolbar, drag and drop, and the
long work (imports, exports) run on the background task runner with progress
and cancel.

The window paints first and builds the rest after. Only the Library view, the
one on screen, is made before the first paint, with its list; the selected
text, the Positions, Draft and Contribution views, the workspace (the writer
thread, the journal, the drafting service) and the modules behind them (the
redline engine, the rules, rapidfuzz) come in the first turn of the event loop
after it, or at once when anything asks for them. Dialogs, file pickers and
message boxes load when first opened.

The window never writes to the store itself: its connection is query-only, and
every edit goes through the workspace's services, which journal it and save it
on the writer's thread. What the writer reports (saving, or why it cannot) is
shown in a banner above the views; quitting with unsaved work asks what to do;
a store replaced under the window (a restore) is noticed and never overwritten
with stale state.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from .. import APP_NAME
from ..core.errors import DelegateError
from ..services.library import Database, as_reader
from . import menus, shortcuts
from .errors import log
from .library_view import LibraryView

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QToolBar

    from .task_progress import TaskProgress
    from .tasks import TaskRunner

LIBRARY, POSITIONS, DRAFT, CONTRIBUTION = range(4)
REPLACED_CHECK_MS = 2000  # how often the window looks whether the store was restored or swapped


class _Later:
    """A part of the window built after its first paint (MainWindow._views()), or as
    soon as anything asks for it."""

    def __init__(self, index: int):
        self.index = index

    def __get__(self, window, owner=None):
        return self if window is None else window._views()[self.index]


class MainWindow(QMainWindow):
    # built by menus.build()
    act_import: QAction
    act_import_folder: QAction
    act_samples: QAction
    act_new: QAction
    act_mod: QAction
    act_word: QAction
    act_excel: QAction
    act_send: QAction
    act_receive: QAction
    act_conflicts: QAction
    act_sync_hub: QAction
    act_choose_hub: QAction
    act_reconcile: QAction
    act_board: QAction
    act_print: QAction
    act_pdf: QAction
    recent_menu: QMenu
    toolbar: QToolBar
    top_menus: list[QMenu]

    def __init__(self, db: Database, db_path: str, settings: QSettings | None = None):
        super().__init__()
        self.db, self.db_path = as_reader(db), db_path  # every write goes through the workspace's writer
        self.settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1280, 820)

        self.library = LibraryView(db)
        self.library.setAccessibleName(self.tr("Library"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.library, self.tr("Library"))
        self.pages: list[QWidget] = []  # the other views go into these once built
        for name in (self.tr("Positions"), self.tr("Draft"), self.tr("Contribution")):
            page = shortcuts.column()
            page.setAccessibleName(name)
            self.pages.append(page)
            self.tabs.addTab(page, name)
        self.tabs.currentChanged.connect(lambda _index: self._views())
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._menus_filled = False
        menus.build(self)  # the titles and the toolbar; the rest just after the first paint (fill_menus)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # a timer the window owns, so it goes with the window (QTimer.singleShot with a
        # context object does the same, but its overloads load QMetaMethod's type at start)
        self._backup_timer = QTimer(self, singleShot=True, interval=3000)
        self._backup_timer.timeout.connect(self.daily_backup)
        self._backup_timer.start()
        self._built: tuple | None = None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._built is None:  # on screen: the rest comes in the next turn of the loop
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        from ..services import logs  # logging loads now, with the rest of the window, not before it is seen

        logs.setup()
        self.fill_menus()
        from .app import set_icon

        set_icon()
        self.library.show_pending_text()
        try:
            self._views()
        except DelegateError:
            pass  # said once, in _views
        from . import conference_ui

        conference_ui.attach(self)
        if self._built and self.settings.value("exchange/hub", ""):  # the team's shared folder: synced now, then
            self.exchange.start_hub_timer()  # every few minutes (ui/exchange_ui.py)

    def fill_menus(self) -> None:
        """Every menu's actions and keys (menus.fill), once."""
        if not self._menus_filled:
            self._menus_filled = True
            menus.fill(self)

    def __getattr__(self, name: str) -> object:
        """An action of the menus asked for before they are filled (they are just
        after the first paint): they are filled now, and it is given."""
        if name.startswith(("act_", "recent_menu")) and self.__dict__.get("_menus_filled") is False:
            self.fill_menus()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _views(self) -> tuple:
        """(workspace, session, positions, draft, contribution), built on first use."""
        if self._built is None:
            try:
                self._built = self._build_views()
            except DelegateError as exc:  # the library opened for reading, but cannot be drafted in
                log(__name__).error("the views cannot be built: %s", exc)
                self._built = ()
                from .dialogs import tell

                tell(self, str(exc), "critical")
        if not self._built:
            raise DelegateError("this library can be read but not drafted in")
        return self._built

    workspace, session, positions, draft, contribution = (_Later(i) for i in range(5))

    @property
    def banner(self):
        """The saving banner above the views, made when first needed (it is hidden
        while everything is saved, which is how the window opens)."""
        if self._banner is None:
            from .save_banner import SaveBanner

            self._banner = SaveBanner()
            self._banner.retry.connect(lambda: self.workspace.writer.retry_now())
            self._column.insertWidget(0, self._banner)
        return self._banner

    _banner = None

    @functools.cached_property
    def runner(self) -> TaskRunner:
        """The long work's thread (imports, exports, backups), made with the first
        task: none runs before the window is painted."""
        from .tasks import TaskRunner

        return TaskRunner(self)

    @functools.cached_property
    def progress(self) -> TaskProgress:
        """The running task's progress in the status bar, made with the first task
        (it is hidden while none runs, which is how the window opens)."""
        from .task_progress import TaskProgress

        progress = TaskProgress(self)
        self.statusBar().addPermanentWidget(progress)
        return progress

    @functools.cached_property
    def exchange(self):
        """Send, receive and settle: its module and dialogs load on first use."""
        from .exchange_ui import ExchangeActions

        return ExchangeActions(self)

    @functools.cached_property
    def position_sheets(self):
        from .position_sheets_ui import PositionSheets

        return PositionSheets(self)

    def _build_views(self) -> tuple:
        from PySide6.QtCore import Qt  # PySide6 builds the whole namespace on first use: ~15 ms

        from ..services.workspace import Workspace
        from .contribution_view import ContributionView
        from .draft_view import DraftView
        from .positions_view import PositionsView
        from .session import DraftSession

        workspace = Workspace(self.db_path, self.db)
        session = DraftSession(workspace, self.settings, self)
        session.save_state.connect(lambda state: self.banner.show_state(state))
        session.store_replaced.connect(self.store_replaced)
        session.kept.connect(lambda kept: self.safekeeping.tell_kept(kept))
        positions = PositionsView(workspace)
        draft = DraftView(session)
        contribution = ContributionView(session, lambda: self.library.current_version)
        contribution.edit_requested.connect(self.edit_proposal)
        self.library.version_shown.connect(positions.follow)
        positions.export_requested.connect(lambda: self.export_positions())
        positions.import_requested.connect(lambda: self.import_positions())
        contribution.show_requested.connect(self.show_in_proposal)
        contribution.export_word.connect(lambda: self.export_word())
        contribution.export_excel.connect(lambda: self.export_excel())
        for page, view in zip(self.pages, (positions, draft, contribution)):
            view.setAccessibleName(page.accessibleName())
            layout = page.layout()
            assert layout is not None  # shortcuts.column() gives every page one
            layout.addWidget(view)
        # text buttons (the actions have no icons, so this changes nothing in the first paint)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.banner.show_state(workspace.edits.state)
        if workspace.read_only:
            self.banner.show_read_only()
        try:
            session.open_remembered()
        except DelegateError as exc:  # the contribution last open cannot be read: the window opens without it
            self.statusBar().showMessage(str(exc), 20000)
        if not workspace.read_only:
            self.safekeeping.check_intact()
        self._replaced_check = QTimer(self, interval=REPLACED_CHECK_MS)
        self._replaced_check.timeout.connect(self._check_replaced)
        self._replaced_check.start()
        self.safekeeping.announce(workspace.recovery)
        return workspace, session, positions, draft, contribution

    def _recent(self) -> list[str]:
        return menus.recent(self)

    def _remember(self, paths: list[str]) -> None:
        menus.remember(self, paths)

    def about(self) -> None:
        from .dialogs import about

        about(self)

    def getting_started(self) -> None:
        """Help > Getting started, in the interface language (ui/dialogs.py)."""
        from .dialogs import getting_started
        from .i18n import chosen_language

        self.help_page = getting_started(self, chosen_language(self.settings))

    def find_in_library(self) -> None:
        self.tabs.setCurrentIndex(LIBRARY)
        self.library.search_field.setFocus()
        self.library.search_field.selectAll()

    def open_settings(self) -> None:
        from .dialogs import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def new_contribution(self) -> None:
        self.session.new()
        self.tabs.setCurrentIndex(CONTRIBUTION)

    def new_mod(self) -> None:
        if self.library.current_version is not None:
            self.contribution.add_mod(self.library.current_version)

    def edit_proposal(self, index: int) -> None:
        self.draft.open(index)
        self.tabs.setCurrentIndex(DRAFT)
        self.draft.editor.setFocus()

    def show_in_proposal(self, index: int, words: str) -> None:
        """A finding's place: its proposal in the Draft view, at the words it is about."""
        self.edit_proposal(index)
        self.draft.show_words(words)

    # -- the store kept safe: checked at open, backed up daily, saved at quit (ui/safekeeping.py)
    @functools.cached_property
    def safekeeping(self):
        from .safekeeping import Safekeeping

        return Safekeeping(self)

    def daily_backup(self):
        return self.safekeeping.daily_backup()

    def _wait_saved(self, seconds: float) -> bool:
        return self.safekeeping.wait_saved(seconds)

    # -- imports and exports, on the background runner (ui/transfers.py) -------------
    @functools.cached_property
    def transfers(self):
        from .transfers import Transfers

        return Transfers(self)

    @functools.cached_property
    def exports(self):
        """File > Export: every export, each with its options (ui/export_dialog.py)."""
        from .export_dialog import Exports

        return Exports(self)

    def import_files(self) -> None:
        self.transfers.import_files()

    def import_folder(self) -> None:
        self.transfers.import_folder()

    def load_samples(self):
        return self.transfers.load_samples()

    def start_import(self, paths: list[str], remember: bool = True):
        return self.transfers.start_import(paths, remember)

    def export_word(self, path: str | None = None, bases: dict[int, int] | None = None):
        return self.transfers.export_word(path, bases)

    def export_excel(self, path: str | None = None):
        return self.transfers.export_excel(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    def _failed(self):
        def on_error(exc: BaseException, trace: str) -> None:
            self.progress.finish()
            from ..services.importing import ImportCancelled

            if isinstance(exc, ImportCancelled):
                self.statusBar().showMessage(str(exc), 5000)
                return
            from ..services.logs import log_path

            if isinstance(exc, DelegateError):
                message = str(exc)
            else:  # a defect: the traceback is in the log (the task runner wrote it there)
                message = self.tr("Something went wrong ({0}). The details are in the log: {1}").format(
                    type(exc).__name__, log_path()
                )
            from .dialogs import tell

            tell(self, message)

        return on_error

    # -- work stored on the writer's thread, in the background -----------------------------
    def on_writer(self, label: str, job, done, name: str = "write"):
        """Run ``job(db)`` on the workspace's writer (in turn with the window's own
        saves), waited for on the task runner with progress; ``done(result)`` on
        the window's thread, errors said as every task's are."""
        writer = self.workspace.writer

        def work(progress, cancelled):
            return writer.submit(job, name).result()

        def finished(result) -> None:
            self.progress.finish()
            done(result)

        token = self.runner.run(work, finished, self._failed())
        self.progress.start(label, token)
        return token

    # -- positions out to a workbook and back (ui/position_sheets_ui.py) -------------------
    def export_positions(self, path: str | None = None):
        return self.position_sheets.export(path)

    def import_positions(self, path: str | None = None):
        return self.position_sheets.take_back(path)

    # -- the store replaced under the window ------------------------------------------
    def _check_replaced(self) -> None:
        if self._built and not self._replacing and self.workspace.replaced():
            self.store_replaced()

    _replacing = False

    def store_replaced(self) -> None:
        """The store was restored from a backup or swapped while open. Nothing stale
        is written over it: the views show the restored library, and when the open
        contribution differs from the restored copy, the delegate chooses which to
        keep (the other is kept as a copy, so nothing typed is lost either way)."""
        if self._replacing or not self._built:
            return
        self._replacing = True
        try:
            from .dialogs import ask_replaced

            header = self.session.contribution.header
            if not self.workspace.settle_replaced(lambda: ask_replaced(self, header.document or header.title)):
                return
            self.db = self.library.db = self.workspace.reader  # a swapped file: the views read the new one
            self.session.reload()
            self.library.refresh()
            if self.positions.loaded:
                self.positions.refresh()
            self.statusBar().showMessage(
                self.tr(
                    "The library was replaced (a backup was restored, or another "
                    "program changed the file); the window now shows it."
                ),
                15000,
            )
        except DelegateError as exc:
            log(__name__).error("the replaced store could not be taken in: %s", exc)
            self.statusBar().showMessage(str(exc), 15000)
        except Exception:
            log(__name__).exception("the replaced store could not be taken in")
        finally:
            self._replacing = False

    # -- closing ------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._built:
            if not self.safekeeping.settle_unsaved():
                event.ignore()
                return
            self._replaced_check.stop()
        if "runner" in self.__dict__:  # a task was ever run
            self.runner.cancel_all()  # an import still reading stops now: Quit ends the app
            self.runner.wait(60000)
        if self._built:
            self.workspace.close()
        geometry = self.saveGeometry()
        if self.settings.value("window/geometry") != geometry:  # else QSettings rewrites the file (and syncs it)
            self.settings.setValue("window/geometry", geometry)
        super().closeEvent(event)
