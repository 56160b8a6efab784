"""The store kept safe while the window is open, for the main window: SQLite's
quick check in the background as the window opens (a damaged store takes
nothing more), a backup once a day, at quit nothing unsaved lost (what was
typed in the last fraction of a second taken in, the writer given time, then
the delegate asked: try again, keep it in the journal, save a copy elsewhere,
or stay), and what was recovered at the start or kept as a copy beside a newer
version (another window saved it meanwhile) said in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..core.errors import DelegateError
from ..services.library import open_store
from .errors import log

QUIT_WAIT_S = 3.0  # how long quitting waits for the last save before it asks


class Safekeeping(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.damage_said = False  # the delegate is told once that the library is damaged

    def check_intact(self) -> None:
        """SQLite's quick check of the store, in the background as the window opens:
        a damaged store takes nothing more (edits wait in the journal) and the
        delegate is told what to do."""
        db_path = self.window.db_path

        def work(progress, cancelled):
            from ..services import backups

            with open_store(db_path) as db:
                try:
                    backups.ensure_intact(db, db_path)
                except DelegateError as exc:
                    return exc, backups.advice(db_path)
            return None

        def done(found) -> None:
            if found is None:
                return
            error, advice = found
            self.window.workspace.writer.block(error)
            if self.damage_said:
                return
            self.damage_said = True
            from .dialogs import tell

            tell(
                self.window,
                self.tr(
                    "The library is damaged: {0}. Delegate writes nothing more into it; what you type is kept "
                    "and saved once it is repaired. To repair it, {1}."
                ).format(error.message, advice),
                "critical",
            )

        def failed(exc: BaseException, trace: str) -> None:
            log(__name__).warning("the store could not be checked: %s", exc)

        self.window.runner.run(work, done, failed)

    def damage_found(self, error: DelegateError) -> None:
        """A read met damage (a page SQLite cannot read, a record that is not one, a table
        missing): what can still be read is shown, and the delegate is told once what to do.
        Nothing more is written into it from then on; the whole store is checked too."""
        from ..core.errors import StoreError

        if isinstance(error, StoreError) and not self.window.workspace.read_only:
            # at once, not after the whole store's check: an edit saved meanwhile would be written into it
            self.window.workspace.writer.block(error)
        if self.damage_said:
            return
        self.damage_said = True
        db_path = self.window.db_path

        def work(progress, cancelled):
            from ..services import backups

            return backups.advice(db_path)

        def done(advice: str) -> None:
            from .dialogs import tell

            tell(
                self.window,
                self.tr("The library is damaged: {0}. What can still be read is shown. To repair it, {1}.").format(
                    error.message, advice
                ),
                "critical",
            )

        def failed(exc: BaseException, trace: str) -> None:
            log(__name__).warning("no advice on the damaged store: %s", exc)

        self.window.runner.run(work, done, failed)
        if not self.window.workspace.read_only:
            self.check_intact()

    def daily_backup(self):
        """A backup of the store once a day, in the background (the newest ten are kept)."""
        from ..services import backups

        if self.window.db.read_only or not backups.due(self.window.db_path):
            return None
        db_path = self.window.db_path

        def work(progress, cancelled):
            with open_store(db_path) as db:
                return backups.make_backup(db, db_path)

        def failed(exc: BaseException, trace: str) -> None:  # no dialog: nobody asked for this backup
            self.window.statusBar().showMessage(
                self.tr("Today's backup of the library could not be made: {0}").format(exc), 15000
            )

        return self.window.runner.run(
            work,
            lambda path: self.window.statusBar().showMessage(
                self.tr("Backed up the library to {0}").format(path), 5000
            ),
            failed,
        )

    def wait_saved(self, seconds: float) -> bool:
        """Let the writer finish, the window staying responsive meanwhile (what
        Edits.flush does, without blocking the window's thread)."""
        from PySide6.QtCore import QElapsedTimer, QEventLoop

        edits = self.window.workspace.edits
        edits.save()
        self.window.workspace.writer.retry_now()
        clock = QElapsedTimer()
        clock.start()
        loop = QEventLoop(self.window)
        while not edits.all_saved() and clock.elapsed() < seconds * 1000:
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        return edits.all_saved()

    def settle_unsaved(self) -> bool:
        """Whether the window may close: everything saved, or the delegate chose
        what to do with what is not (the journal keeps it for the next start)."""
        from .dialogs import QUIT_KEEP, QUIT_RETRY, QUIT_STAY, ask_unsaved

        self.window.draft.update_marks()  # take in what was typed in the last fraction of a second
        self.window.positions.flush()
        edits = self.window.workspace.edits
        if edits.replaced:
            self.window.store_replaced()
        if self.wait_saved(QUIT_WAIT_S):
            return True
        while True:
            state = edits.state
            choice = ask_unsaved(self.window, state, self.window.banner.reason(state))
            if choice == QUIT_RETRY:
                if self.wait_saved(QUIT_WAIT_S):
                    return True
                continue
            if choice == QUIT_KEEP:
                log(__name__).info("quit with unsaved changes kept in the journal")
                return True
            if choice == QUIT_STAY:
                return False
            if self.save_copy():  # QUIT_COPY
                return True

    def save_copy(self) -> bool:
        """The open contribution as a Word document where the delegate chooses
        (another disk, a USB stick), written now, on this thread."""
        from PySide6.QtWidgets import QFileDialog

        from ..formats.docx_writer import ExportOptions
        from ..services.exporting import write_docx

        contrib = self.window.session.service.snapshot()
        if contrib is None:
            return True
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the contribution"),
            "contribution.docx",
            self.tr("Word documents (*.docx)"),
        )
        if not path:
            return False
        try:
            write_docx(
                contrib,
                path,
                ExportOptions(author=str(self.window.settings.value("drafting/author", "Delegate"))),
                self.window.db,
            )
        except DelegateError as exc:
            from .dialogs import tell

            tell(self.window, str(exc))
            return False
        return True

    def announce(self, recovery) -> None:
        """What the start put back from the journals of windows that ended before
        the store had it, and what of it was kept as a copy beside a newer version."""
        if not recovery.entries:
            return
        names = ", ".join(recovery.contributions) or self.tr("positions")
        message = self.tr("Recovered changes that were not saved when Delegate last closed: {0}").format(names)
        if recovery.copies:
            message += " " + self.tr(
                "Some had been made on a version that was changed since, in another window: they are kept as "
                "copies beside it, nothing was written over the newer one ({0})."
            ).format("; ".join(self._kept_name(kept) for kept in recovery.copies))
        self.window.statusBar().showMessage(message, 30000)

    def _kept_name(self, kept) -> str:
        return f"{kept.contribution} ({kept.proposal})" if kept.proposal else kept.contribution

    def tell_kept(self, kept) -> None:
        """A save met a version saved meanwhile by another window (or the command line)."""
        if kept.what == "not deleted":
            message = self.tr("{0} was changed in another window after you deleted it here: it was kept.")
        elif kept.what == "contribution":
            message = self.tr(
                "{0} was changed in another window meanwhile: what you typed is kept in a copy of the "
                "contribution, which stays open; the other is in the list."
            )
        else:
            message = self.tr(
                "Another window saved {0} meanwhile: what you typed is kept as a copy, which you go on typing "
                "in, and its version is right after it."
            )
        self.window.statusBar().showMessage(message.format(self._kept_name(kept)), 30000)
