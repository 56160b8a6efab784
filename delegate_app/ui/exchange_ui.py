"""Team exchange in the window: File > Send changes… and Receive changes…, the
shared folder (File > Sync with shared folder now, Choose shared folder…; synced
at start and every few minutes while it can be reached, the status bar saying
when it last was), and the Conflicts panel (ui/conflicts_dialog.py) where a delegate keeps theirs, takes
the colleague's, or writes a third value.

Every exchange writes the store on the workspace's writer, in turn with the
window's own saves, waited for on the task runner. After bundles are taken in,
the views that show what they changed are refreshed and the report says what came in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel

if TYPE_CHECKING:
    from .conflicts_dialog import ConflictsDialog

PEERS = "exchange/peers"
HUB = "exchange/hub"  # the shared folder (Settings)
HUB_REACHED = "exchange/hub_reached"  # when it was last reached


class ExchangeActions(QObject):
    """Send, receive and settle, for the main window."""

    hub_answered = Signal(str, bool)  # a shared folder, and whether it could be reached

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ConflictsDialog | None = None
        self.hub_timer: QTimer | None = None
        self.hub_label: QLabel | None = None
        self.probing = False  # a look at the shared folder is under way
        self.hub_answered.connect(self._hub_answered)

    def author(self) -> str:
        """Who signs this store's edits and settlements: the author from Settings."""
        return str(self.window.settings.value("drafting/author", "") or "")

    def peers(self) -> list[str]:
        found = self.window.settings.value(PEERS, []) or []
        return [found] if isinstance(found, str) else list(found)

    def send(self, peer: str | None = None, path: str | None = None):
        """The changes a colleague has not been sent yet, into a bundle file."""
        window = self.window
        if peer is None:
            peer, ok = QInputDialog.getItem(
                window, self.tr("Send changes"), self.tr("Colleague:"), self.peers() or [""], 0, True
            )
            if not ok or not peer.strip():
                return None
        if path is None:
            from .file_dialogs import save_path

            path = save_path(
                window,
                window.settings,
                "bundle",
                self.tr("Send changes"),
                f"changes-for-{peer}.bundle",
                self.tr("Delegate bundles (*.bundle)"),
            )
        from .errors import output_refused

        if not path or output_refused(window, path):
            return None
        window.settings.setValue(PEERS, [peer] + [p for p in self.peers() if p != peer])
        store, author = Path(window.db_path), self.author()

        def job(db):
            from ..services.exchange import export_bundle

            return export_bundle(db, store, path, peer, author)

        def done(sent) -> None:
            window.statusBar().showMessage(
                self.tr("%n change(s) written for {0}", "", sent.changes).format(peer), 10000
            )

        return window.on_writer(self.tr("Writing the changes…"), job, done, "exchange")

    def receive(self, path: str | None = None):
        """A colleague's bundle taken in; the report says what came in."""
        window = self.window
        if path is None:
            from .file_dialogs import open_path

            path = open_path(
                window,
                window.settings,
                "bundle-received",
                self.tr("Receive changes"),
                self.tr("Delegate bundles (*.bundle)"),
            )
        if not path:
            return None
        store, author = Path(window.db_path), self.author()

        def job(db):
            from ..services.exchange import import_bundle

            return import_bundle(db, store, path, author)

        def done(got) -> None:
            from .dialogs import ReportDialog

            self.refresh_views()
            if got.already:
                lines = [self.tr("This bundle was taken in already: nothing changed.")]
            else:
                lines = [
                    self.tr("From {0} ({1}): %n record(s) changed", "", len(got.written)).format(
                        got.author or "?", got.created[:16]
                    ),
                    self.tr("Conflicts: {0}").format(got.conflicts),
                    "",
                    *got.written,
                ]
            window.last_report = ReportDialog(self.tr("Changes received"), lines, window)
            window.last_report.show()
            if got.conflicts:
                self.show_conflicts()

        return window.on_writer(self.tr("Taking the changes in…"), job, done, "exchange")

    def hub(self) -> str:
        """The shared folder named in Settings ("" when none is)."""
        return str(self.window.settings.value(HUB, "") or "")

    def choose_hub(self) -> str:
        """File > Choose shared folder…: the team's hub, synced with at once and every few minutes."""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Shared folder for the team"), self.hub())
        if folder:
            self.window.settings.setValue(HUB, folder)
            self.start_hub_timer(look=False)
            self.sync_hub(folder)  # at once, and what fails is said: the delegate just chose it
        return folder

    def sync_hub(self, folder: str | None = None, quiet: bool = False):
        """Receive every colleague's bundles from the shared folder, then send
        this store's changes into it; the status bar says when it was reached.
        ``quiet`` (the timer's syncs): a folder that cannot be reached is said in
        the status bar only, not in a message every few minutes."""
        window = self.window
        folder = folder or self.hub()
        if not folder:
            if not quiet:
                self.choose_hub()
            return None
        store, author = Path(window.db_path), self.author()

        def job(db):
            from ..core.errors import DelegateError
            from ..services.exchange_hub import sync

            try:
                return sync(db, store, folder, author)
            except DelegateError as exc:  # said below: in the status bar, and in a message when asked for
                return exc

        def done(synced) -> None:
            from datetime import datetime

            from ..core.errors import DelegateError

            if isinstance(synced, DelegateError):
                self.show_reached(False)
                if not quiet:
                    from .dialogs import tell

                    tell(window, str(synced))
                return
            self.refresh_views()
            reached = datetime.now().strftime("%Y-%m-%d %H:%M")
            window.settings.setValue(HUB_REACHED, reached)
            self.show_reached(True)
            window.statusBar().showMessage(
                self.tr("Shared folder reached at {0}: %n record(s) changed", "", len(synced.changed)).format(
                    reached[11:]
                )
                + (self.tr("; conflicts: {0}").format(synced.opened) if synced.opened else ""),
                30000,
            )
            if synced.opened:
                self.show_conflicts()

        return window.on_writer(self.tr("Exchanging through the shared folder…"), job, done, "exchange")

    def show_reached(self, reached: bool) -> QLabel:
        """The status bar's lasting word on the hub: when it was last reached, or
        that it cannot be reached now (and since when)."""
        if self.hub_label is None:
            self.hub_label = QLabel()
            self.hub_label.setAccessibleName(self.tr("Shared folder"))
            self.window.statusBar().addPermanentWidget(self.hub_label)
        last = str(self.window.settings.value(HUB_REACHED, "") or "")
        if reached:
            text = self.tr("Shared folder reached at {0}").format(last)
        elif last:
            text = self.tr("Shared folder not reached since {0}").format(last)
        else:
            text = self.tr("Shared folder not reached")
        self.hub_label.setText(text)
        self.hub_label.setToolTip(self.hub())
        return self.hub_label

    def start_hub_timer(self, minutes: int = 5, look: bool = True) -> QTimer:
        """Sync every few minutes while the shared folder can be reached, and now
        unless ``look`` is off (one timer however often it is asked for)."""
        if self.hub_timer is None:
            self.hub_timer = QTimer(self)
            self.hub_timer.setInterval(minutes * 60_000)
            self.hub_timer.timeout.connect(self.hub_tick)
            self.hub_timer.start()
        if look:
            self.hub_tick()
        return self.hub_timer

    def hub_tick(self) -> None:
        """What the timer does: look whether the shared folder can be reached, then
        sync with it on the writer's thread, or say quietly that it cannot be.

        The look is taken on a thread of its own: a network share that has gone can
        take seconds to answer (the window would freeze) or never answer (a thread
        of the task runner or the writer would then hold up imports and saves), and
        a daemon thread left waiting does not hold up quitting either. One look at
        a time; the answer comes back as a queued signal."""
        import threading

        folder = self.hub()
        if not folder or self.probing:
            return
        self.probing = True

        def look() -> None:
            try:
                reached = Path(folder).is_dir()
            except OSError:
                reached = False
            try:
                self.hub_answered.emit(folder, reached)
            except RuntimeError:  # the window was closed meanwhile
                pass

        threading.Thread(target=look, name="hub-look", daemon=True).start()

    def _hub_answered(self, folder: str, reached: bool) -> None:
        self.probing = False
        if folder != self.hub():
            return  # another folder was chosen meanwhile: its own sync said what it found
        if reached:
            self.sync_hub(folder, quiet=True)
        else:
            self.show_reached(False)

    def show_conflicts(self) -> ConflictsDialog:
        if self.dialog is None:
            from .conflicts_dialog import ConflictsDialog

            self.dialog = ConflictsDialog(self, self.window)
        self.dialog.reload()
        self.dialog.show()
        return self.dialog

    def settle(self, conflict_id: int, take: str, value: str | None = None):
        """Settle a conflict on the writer's thread; the views and the panel follow."""

        author = self.author()

        def job(db):
            from ..services.exchange import resolve

            return resolve(db, conflict_id, take, value, author)

        def done(_settled) -> None:
            self.refresh_views()
            if self.dialog is not None:
                self.dialog.reload()

        return self.window.on_writer(self.tr("Settling the conflict…"), job, done, "exchange")

    def refresh_views(self) -> None:
        """The views that show what a bundle or a settlement may have changed: the
        library, contributions and positions; the day's board and the support of
        the open common proposal when they are open (a board shown reads the new
        agenda now, not when it is shown again); the next deadline."""
        window = self.window
        window.library.refresh()
        if window._built:
            window.contribution.refresh_chooser()
            window.positions.refresh()
        from .conference_ui import refresh_conference_views

        refresh_conference_views(window)
