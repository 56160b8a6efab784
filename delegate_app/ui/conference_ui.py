"""The conference in the main window: the next deadline in the status bar, and
reconciling the stored proposals with an adopted text (Library > the text the
conference adopted, then Edit > Reconcile with the adopted text…).

The reconciliation is computed on the task runner with its own store
connection; the delegate reads it (each proposal, the status it would get,
the provisions that decided it and the marks between what was proposed and
what was adopted) and, after confirming, the statuses are set: those of the
contribution open in the window through its drafting service (journaled, as
every edit of it), the others in one transaction on the workspace's writer.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.errors import DelegateError
from ..core.reconcile import marked

translate = QCoreApplication.translate  # lupdate reads the context from each call: "Conference"


def status_words() -> dict[str, str]:
    return {
        "adopted": translate("Conference", "Adopted"),
        "adopted-modified": translate("Conference", "Adopted with modifications"),
        "not-adopted": translate("Conference", "Not adopted"),
    }


def verdict_words() -> dict[str, str]:
    return {
        "as-proposed": translate("Conference", "as proposed"),
        "other-wording": translate("Conference", "with other wording"),
        "not-taken": translate("Conference", "not taken"),
    }


DECIDED_ROLE = Qt.ItemDataRole.UserRole + 1


def marked_html(segments) -> str:
    """The marks as a reader sees them: inserted words underlined in blue, deleted ones struck in red."""
    out = []
    for op, text in segments:
        if op == "+":
            out.append(f"<u style='color:#1f4eb4'>{escape(text)}</u>")
        elif op == "-":
            out.append(f"<s style='color:#c00000'>{escape(text)}</s>")
        else:
            out.append(escape(text))
    return "".join(out)


def excerpt(segments, words: int = 4) -> str:
    """The first change with a few words either side, for the list ("… on the {+agreed +}principles …")."""
    found = next((n for n, (op, _t) in enumerate(segments) if op != "="), None)
    if found is None:
        return ""
    before = segments[found - 1][1].split() if found and segments[found - 1][0] == "=" else []
    after_at = next((n for n in range(found, len(segments)) if segments[n][0] == "="), len(segments))
    after = segments[after_at][1].split() if after_at < len(segments) else []
    middle = marked(list(segments[found:after_at]))
    head = ("… " if len(before) > words else "") + " ".join(before[-words:])
    tail = " ".join(after[:words]) + (" …" if len(after) > words or after_at + 1 < len(segments) else "")
    return f"{head} {middle}{tail}".strip()


def _hidden_label(window, attr: str) -> QLabel | None:
    """The status bar's label kept as ``window.<attr>``, hidden (nothing to
    show); None when it was never made."""
    label = getattr(window, attr, None)
    if label is not None:
        label.hide()
    return label


def _status_label(window, attr: str, name: str) -> QLabel:
    """The status bar's permanent label kept as ``window.<attr>``, made once
    with the object name the tests find it by, then reused on every refresh."""
    label = getattr(window, attr, None)
    if label is None:
        label = QLabel()
        label.setObjectName(name)
        window.statusBar().addPermanentWidget(label)
        setattr(window, attr, label)
    return label


def show_next_deadline(window) -> QLabel | None:
    """The nearest deadline of the recorded conferences, kept in the status bar."""
    from ..services.conference import upcoming

    found = upcoming(window.db)
    if found is None:
        return _hidden_label(window, "_deadline_label")
    conf, deadline = found
    label = _status_label(window, "_deadline_label", "next-deadline")
    from .conference_words import deadline_for, rule_text

    label.setText(
        translate("Conference", "Next deadline: {0}, {1} ({2})").format(
            conf.name, deadline.day.isoformat(), rule_text(deadline.rule)
        )
    )
    label.setToolTip(deadline_for(deadline.what))
    label.show()
    return label


def show_support(window) -> QLabel | None:
    """The open contribution's support as a common proposal, counted, in the status bar."""
    from ..services.support import counts_for_uid

    uid = window.session.contribution_uid
    found = counts_for_uid(window.db, uid) if uid else None
    if not found or not any(found.values()):
        return _hidden_label(window, "_support_label")
    label = _status_label(window, "_support_label", "support-count")
    label.setText(
        translate("Conference", "Common proposal: {0} signed, {1} supporting, {2} not supporting").format(
            found["signed"], found["supports"], found["does-not-support"]
        )
    )
    label.show()
    return label


def stance_words() -> dict[str, str]:
    """An administration's stance on a common proposal (services/support.py STANCES)."""
    return {
        "signed": translate("Conference", "signed"),
        "supports": translate("Conference", "supports"),
        "does-not-support": translate("Conference", "does not support"),
    }


class SupportDialog(QDialog):
    """Who supports one common proposal: each administration's stance and day;
    Remove… withdraws the selected stance (after a confirmation), for the team too."""

    def __init__(self, window, contribution: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.contribution = contribution
        self.setWindowTitle(translate("Conference", "Support of the common proposal"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(translate("Conference", "Stances"))
        self.tree.setHeaderLabels(
            [
                translate("Conference", "Administration"),
                translate("Conference", "Stance"),
                translate("Conference", "Day"),
            ]
        )
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(translate("Conference", "&Remove stance…"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(lambda: self.remove())
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from ..services.support import list_support

        rows = [r for r in list_support(self.window_.db) if r["contribution"] == self.contribution]
        document = str(rows[0]["document"]) if rows else ""
        self.heading.setText(
            translate("Conference", "Contribution {0}: stances recorded: {1}").format(
                document or self.contribution, len(rows)
            )
        )
        words = stance_words()
        chosen = self.member()
        self.tree.clear()
        for r in rows:
            stance = str(r["stance"])
            node = QTreeWidgetItem([str(r["member"]), words.get(stance, stance), str(r["date"])])
            node.setData(0, Qt.ItemDataRole.UserRole, str(r["member"]))
            self.tree.addTopLevelItem(node)
            if r["member"] == chosen or chosen is None and self.tree.topLevelItemCount() == 1:
                self.tree.setCurrentItem(node)
        self.remove_button.setEnabled(bool(rows))

    def member(self) -> str | None:
        node = self.tree.currentItem()
        return None if node is None else str(node.data(0, Qt.ItemDataRole.UserRole))

    def remove(self, confirm: bool = True):
        member, cid, window = self.member(), self.contribution, self.window_
        if member is None:
            return None
        if confirm:
            answer = QMessageBox.question(
                self,
                translate("Conference", "Remove stance"),
                translate(
                    "Conference", "Withdraw the stance of {0} on this common proposal, for the whole team?"
                ).format(member),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None

        def job(db):
            from ..services.support import remove_support

            return remove_support(db, cid, member)

        def done(_removed) -> None:
            self.reload()
            show_support(window)

        return window.on_writer(translate("Conference", "Withdrawing the stance…"), job, done)


def open_support(window, contribution: int | None = None) -> SupportDialog | None:
    """The support dialog of ``contribution``, or of the one open in the window."""
    if contribution is None:
        from ..services.library import contribution_id

        uid = window.session.contribution_uid
        contribution = contribution_id(window.db, uid) if uid else None
    if contribution is None:
        window.statusBar().showMessage(
            translate("Conference", "Choose a proposal on the board, or open a contribution, to see its support."), 5000
        )
        return None
    found = getattr(window, "_support_dialog", None)
    if found is not None:
        found.close()
    found = window._support_dialog = SupportDialog(window, contribution)
    found.show()
    return found


def refresh_conference_views(window) -> None:
    """After a bundle or a sync: the board when it is shown, an open support
    dialog, and the status bar's deadline and support count read again."""
    board = getattr(window, "_board", None)
    if board is not None and board.isVisible():
        board.reload()
    dialog = getattr(window, "_support_dialog", None)
    if dialog is not None and dialog.isVisible():
        dialog.reload()
    show_next_deadline(window)
    if window._built:
        show_support(window)


def attach(window) -> None:
    """The conference's part of the status bar, once the views are built."""
    show_next_deadline(window)
    try:
        session = window.session
    except DelegateError:  # the views could not be built (said already): no contribution to count
        return
    session.opened.connect(lambda: show_support(window))
    show_support(window)
    from .board_view import board_of

    board_of(window)  # the fifth tab (Ctrl+5)


class ReconcileDialog(QDialog):
    """What the adopted text did with each stored proposal; Set statuses applies it."""

    def __init__(self, result, parent=None) -> None:
        super().__init__(parent)
        self.reconciliation = result
        self.setWindowTitle(translate("Conference", "Reconcile with the adopted text"))
        self.resize(1000, 520)
        layout = QVBoxLayout(self)
        summary = translate("Conference", "{0}: {1} proposal(s); the statuses would be dated {2}.").format(
            result.label, len(result.items), result.day
        )
        self.heading = QLabel(summary)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                translate("Conference", "Proposal"),
                translate("Conference", "Source"),
                translate("Conference", "Status"),
                translate("Conference", "Provision"),
                translate("Conference", "Difference"),
            ]
        )
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(2, 190)
        self.tree.setColumnWidth(3, 150)
        statuses, verdicts = status_words(), verdict_words()
        for item in result.items:
            row = QTreeWidgetItem([item.name, item.source, statuses.get(item.outcome.status, item.outcome.status)])
            row.setData(0, Qt.ItemDataRole.UserRole, item.outcome.status)
            for d in item.outcome.decided:
                child = QTreeWidgetItem(["", "", verdicts.get(d.verdict, d.verdict), d.path, excerpt(d.marks)])
                child.setData(0, DECIDED_ROLE, d)
                row.addChild(child)
            self.tree.addTopLevelItem(row)
            row.setExpanded(True)
        from .conference_words import skipped_text

        for name, why, detail in result.skipped_why:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([name, "", translate("Conference", "not reconciled"), "", skipped_text(why, detail)])
            )
        layout.addWidget(self.tree, 3)
        self.detail = QTextBrowser()  # the selected provision: proposed and adopted, the difference marked
        self.detail.setAccessibleName(translate("Conference", "Proposed and adopted wording"))
        layout.addWidget(self.detail, 2)
        self.tree.currentItemChanged.connect(lambda current, _previous: self.show_decided(current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(translate("Conference", "&Set statuses…"))
        self.apply_button.setEnabled(bool(result.items))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_decided(self, node: QTreeWidgetItem | None) -> None:
        d = node.data(0, DECIDED_ROLE) if node is not None else None
        if d is None:
            self.detail.setHtml("")
            return
        proposed = translate("Conference", "Proposed")
        adopted = translate("Conference", "Adopted text")
        parts = [f"<p><b>{escape(proposed)}</b><br>{escape(d.proposed) or '—'}</p>"]
        if d.marks:
            parts.append(f"<p><b>{escape(adopted)}</b><br>{marked_html(d.marks)}</p>")
        else:
            parts.append(f"<p><b>{escape(adopted)}</b><br>{escape(d.adopted) or '—'}</p>")
        self.detail.setHtml("".join(parts))

    def statuses(self) -> dict[str, str]:
        """Proposal -> its status as listed (what a test and a screen reader read)."""
        rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return {
            row.text(0): row.data(0, Qt.ItemDataRole.UserRole)
            for row in rows
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole)
        }


class Reconciling(QObject):
    """The window's reconciliation: compute, show, confirm, apply."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ReconcileDialog | None = None

    def start(self, version_id: int | None = None):
        window = self.window
        version_id = version_id if version_id is not None else window.library.current_version
        if version_id is None:
            window.statusBar().showMessage(
                translate("Conference", "Select the adopted text in the Library first."), 8000
            )
            return None
        db_path = window.db_path

        def work(progress, cancelled):
            from ..services.library import open_store
            from ..services.reconcile import reconcile_version

            with open_store(db_path) as db:
                return reconcile_version(db, version_id)

        def done(result) -> None:
            window.progress.finish()
            self.show(result)

        token = window.runner.run(work, done, window._failed())
        window.progress.start(translate("Conference", "Reconciling with the adopted text…"), token)
        return token

    def show(self, result) -> ReconcileDialog:
        self.dialog = ReconcileDialog(result, self.window)
        self.dialog.apply_button.clicked.connect(lambda: self.confirm_and_apply(result))
        self.dialog.show()
        return self.dialog

    def confirm(self, result) -> bool:
        answer = QMessageBox.question(
            self.dialog or self.window,
            translate("Conference", "Set statuses"),
            translate("Conference", "Set the status of {0} proposal(s) as listed, dated {1}?").format(
                len(result.items), result.day
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_and_apply(self, result):
        if not self.confirm(result):
            return None
        window = self.window
        session = window.session
        from ..services.library import contribution_id

        open_uid = session.contribution_uid
        open_id = contribution_id(window.db, open_uid) if open_uid is not None else None  # one query, not one an item
        mine = [i for i in result.items if open_id is not None and i.contribution == open_id]
        if mine:  # the contribution open in the window: through its drafting service, journaled
            places = {p.uid: n for n, p in enumerate(session.contribution.proposals)}
            for item in mine:
                if item.uid in places:
                    session.service.set_status(
                        places[item.uid], item.outcome.status, f"reconciled with {result.label}", result.day
                    )
        result.items = [i for i in result.items if i not in mine]

        def job(db):
            from ..services.reconcile import apply

            return apply(db, result)

        def done(changed) -> None:
            count = changed + len(mine)
            window.statusBar().showMessage(
                translate("Conference", "{0} status(es) set, dated {1}").format(count, result.day), 10000
            )
            if self.dialog is not None:
                self.dialog.accept()

        return window.on_writer(translate("Conference", "Setting the statuses…"), job, done, "reconcile")


def reconciling(window) -> Reconciling:
    """The window's one Reconciling, made on first use."""
    found = getattr(window, "_reconciling", None)
    if found is None:
        found = window._reconciling = Reconciling(window)
    return found
