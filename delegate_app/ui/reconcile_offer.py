"""After an import, the offer to reconcile: a text the import added that is
newer than the one stored proposals were drafted from (a conference's adopted
revision, or the Final Acts) is named in a banner above the views, with how
many proposals it would reconcile and a Reconcile… button.

A banner, not a question box: the import report is already on screen, the
delegate may have more to import first, and a modal box would stop the window
(and any script or test driving it) until answered. Whether a text is worth
offering is worked out on the task runner with its own store connection, so
a Final Acts import of a hundred texts does not hold the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from .widgets import plain

translate = QCoreApplication.translate  # lupdate reads the context from each call: "Conference"


def added_versions(report) -> list[int]:
    """The resolution versions an import put in force (not editions kept beside)."""
    found: list[int] = []
    for outcome in report.outcomes:
        if outcome.kind != "resolution" or outcome.status != "added":
            continue
        beside = {edition for edition, _in_force in outcome.editions}
        found += [v for v in outcome.ids if v not in beside]
    return found


class ReconcileOffer(QFrame):
    """The banner: one adopted text at a time, the next shown when this one is
    reconciled or put aside."""

    def __init__(self, window) -> None:
        super().__init__()
        self.main = window
        self.pending: list = []  # Reconciliation results, the first one shown
        self.setObjectName("reconcile-offer")
        self.setStyleSheet("#reconcile-offer { background: #e8f0fb; border-bottom: 1px solid #9db7e0; }")
        self.label = plain(QLabel())  # a label names a text, which may hold "<"
        self.label.setWordWrap(True)
        self.reconcile_button = QPushButton(translate("Conference", "&Reconcile…"))
        self.reconcile_button.clicked.connect(self.reconcile)
        self.later_button = QPushButton(translate("Conference", "Not now"))
        self.later_button.clicked.connect(self.next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reconcile_button)
        layout.addWidget(self.later_button)
        self.hide()

    def offer(self, results: list) -> None:
        known = {r.version for r in self.pending}
        self.pending += [r for r in results if r.version not in known]
        self.show_first()

    def show_first(self) -> None:
        if not self.pending:
            self.hide()
            return
        first = self.pending[0]
        count = len(first.items)  # self.tr: lupdate marks a plural only there, not in translate()
        text = self.tr(
            "{0} was imported: it can be reconciled with %n stored proposal(s) drafted from an earlier text.", "", count
        ).format(first.label)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()

    def reconcile(self):
        """Reconcile the text named (worked out afresh: the store may have changed since)."""
        if not self.pending:
            return None
        first = self.pending.pop(0)
        self.show_first()
        from .conference_ui import reconciling

        return reconciling(self.main).start(first.version)

    def next(self) -> None:
        """Put the text named aside (Edit > Reconcile with the adopted text… still does it)."""
        if self.pending:
            self.pending.pop(0)
        self.show_first()


def offer_of(window) -> ReconcileOffer:
    """The window's one banner, above the views, made on first use."""
    found = getattr(window, "_reconcile_offer", None)
    if found is None:
        found = window._reconcile_offer = ReconcileOffer(window)
        window._column.insertWidget(0, found)
    return found


def after_import(window, report):
    """Look, off the window's thread, at what the import added; offer those texts
    that stored proposals can be reconciled with. Returns the task's token, or
    None when the import added no resolution text."""
    versions = added_versions(report)
    if not versions:
        return None
    db_path = window.db_path

    def work(progress, cancelled):
        from ..services.library import open_store
        from ..services.reconcile import offers

        with open_store(db_path) as db:
            return offers(db, versions)

    def done(results) -> None:
        if results:
            offer_of(window).offer(results)

    def failed(exc, trace) -> None:  # only an offer: said in the status bar, the import itself went well
        window.statusBar().showMessage(
            translate("Conference", "Could not look for proposals to reconcile: {0}").format(exc), 10000
        )

    return window.runner.run(work, done, failed)
