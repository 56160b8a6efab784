"""The proposals of a contribution as the Contribution view lists them: action,
number, what each acts on and where it stands, filtered by status; and the
small dialog that records a status with its day and note.

Rows stay in the proposals' order and a filtered-out row is hidden, never
removed, so a row's number is always its proposal's place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..core import terms
from ..core.model import Proposal

STATUS_NAMES = {  # the values of core.model.Status, in words
    "draft": QT_TRANSLATE_NOOP("Status", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Status", "Submitted"),
    "adopted": QT_TRANSLATE_NOOP("Status", "Adopted"),
    "adopted-modified": QT_TRANSLATE_NOOP("Status", "Adopted with modifications"),
    "not-adopted": QT_TRANSLATE_NOOP("Status", "Not adopted"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "Withdrawn"),
    "noted": QT_TRANSLATE_NOOP("Status", "Noted"),
    "suppressed": QT_TRANSLATE_NOOP("Status", "Suppressed"),
}
ALL = ""


def status_name(value: str) -> str:
    name = STATUS_NAMES.get(value)
    return QCoreApplication.translate("Status", str(name)) if name else value


def statuses_for(proposal: Proposal) -> list[str]:
    """The statuses a proposal can take: "suppressed" is a SUP's alone."""
    return [s for s in STATUS_NAMES if s != "suppressed" or proposal.action in terms.SUPS]


class ProposalTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Number"), self.tr("Acts on"), self.tr("Status")])
        self.setAccessibleName(self.tr("Proposals"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def show_proposals(self, proposals: list[Proposal], status: str = ALL, conflicted: set[str] | None = None) -> None:
        """The proposals in order; those not of ``status`` (when one is given)
        hidden; those with a conflict from the team exchange marked."""
        row = self.currentRow()
        self.setRowCount(len(proposals))
        for n, p in enumerate(proposals):
            shown = status_name(p.status)
            if p.status_date:
                shown += f" · {p.status_date}"
            if f"proposal:{p.uid}" in (conflicted or ()):
                shown = f"⚠ {shown}"
            for column, text in enumerate((p.action, p.number, acts_on(p), shown)):
                item = QTableWidgetItem(text)
                if column == 3 and p.status_note:
                    item.setToolTip(p.status_note)
                self.setItem(n, column, item)
            self.setRowHidden(n, bool(status) and p.status != status)
        if proposals:
            self.setCurrentCell(max(0, min(row, len(proposals) - 1)), 0)


def acts_on(p: Proposal) -> str:
    """What a proposal acts on, with the revision it is drafted on ("WTDC Resolution 59
    (Rev. Kigali, 2022)"): two revisions of one resolution are told apart at a glance."""
    base = p.base if p.base is not None else p.resolution
    revision = base.revision if base is not None and not base.draft else ""
    return f"{p.target} ({revision})" if revision and p.target else p.target


class StatusDialog(QDialog):
    """A proposal's status, the day it was decided and a note (the committee document)."""

    def __init__(self, proposal: Proposal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Status of {0}").format(f"{proposal.action} {proposal.number}".strip()))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for value in statuses_for(proposal):
            self.status.addItem(status_name(value), value)
        self.status.setCurrentIndex(max(0, self.status.findData(proposal.status)))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        found = QDate.fromString(proposal.status_date, "yyyy-MM-dd")
        self.day.setDate(found if found.isValid() else QDate.currentDate())
        self.note = QLineEdit(proposal.status_note)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. the committee document"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        """(status, note, day as YYYY-MM-DD)."""
        return str(self.status.currentData()), self.note.text().strip(), self.day.date().toString("yyyy-MM-dd")
