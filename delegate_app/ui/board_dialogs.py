"""The board's two small dialogs: a conference (name, body, dates, place;
Council's session deadline) and a typed agenda item (day, meeting, item,
document numbers). Values only: the board saves them through the writer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

translate = QCoreApplication.translate


class ConferenceDialog(QDialog):
    """A conference's name, body, dates and place (Council: its session's deadline)."""

    def __init__(self, conf=None, parent=None) -> None:
        from ..core.conference import BODIES

        super().__init__(parent)
        self.setWindowTitle(translate("Board", "Conference"))
        form = QFormLayout(self)
        self.name, self.place = QLineEdit(conf.name if conf else ""), QLineEdit(conf.place if conf else "")
        self.body = QComboBox()
        self.body.addItems(list(BODIES))
        if conf is not None:
            self.body.setCurrentText(conf.body)
        self.dates = {}
        for key in ("opens", "closes", "deadline"):
            value = getattr(conf, key) if conf is not None else ""
            edit = QLineEdit(value)
            edit.setPlaceholderText("YYYY-MM-DD")
            self.dates[key] = edit
        form.addRow(translate("Board", "Name"), self.name)
        form.addRow(translate("Board", "Body"), self.body)
        form.addRow(translate("Board", "Place"), self.place)
        form.addRow(translate("Board", "Opens"), self.dates["opens"])
        form.addRow(translate("Board", "Closes"), self.dates["closes"])
        form.addRow(translate("Board", "Deadline (Council)"), self.dates["deadline"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "body": self.body.currentText(),
            "place": self.place.text().strip(),
            **{k: e.text().strip() for k, e in self.dates.items()},
        }


class AgendaItemDialog(QDialog):
    def __init__(self, day: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Board", "Add agenda item"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.fromString(day, Qt.DateFormat.ISODate) if day else QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.meeting, self.item, self.documents = QLineEdit(), QLineEdit(), QLineEdit()
        form.addRow(translate("Board", "Day"), self.date)
        form.addRow(translate("Board", "Meeting"), self.meeting)
        form.addRow(translate("Board", "Agenda item"), self.item)
        form.addRow(translate("Board", "Documents"), self.documents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str, str]:
        return (
            self.date.date().toString(Qt.DateFormat.ISODate),
            self.meeting.text(),
            self.item.text(),
            self.documents.text(),
        )
