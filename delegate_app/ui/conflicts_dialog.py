"""File > Conflicts…: the fields a colleague and this store edited both, as a
delegate reads them, in the interface's language: where the record is (from the
parts services/exchange_view.py gives: the resolution and provision, the
contribution and proposal, the conference, the agenda item, the common proposal
and member), the field's name, known values (a stance, a status, deleted or
kept, a day) in the interface's words and typed ones as typed; who and when;
below, the selected one's values side by side, texts with the redline from mine
to theirs. Keep mine, Take theirs and Edit… settle it through ExchangeActions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

FIELD_LABELS = {  # services/exchange_view.py LABELS, by the field's name in the record
    "stance": QT_TRANSLATE_NOOP("ConflictsDialog", "Stance"),
    "priority": QT_TRANSLATE_NOOP("ConflictsDialog", "Priority"),
    "rationale": QT_TRANSLATE_NOOP("ConflictsDialog", "Rationale"),
    "talking_points": QT_TRANSLATE_NOOP("ConflictsDialog", "Talking points"),
    "regional_alignment": QT_TRANSLATE_NOOP("ConflictsDialog", "Regional alignment"),
    "owner": QT_TRANSLATE_NOOP("ConflictsDialog", "Owner"),
    "contribution": QT_TRANSLATE_NOOP("ConflictsDialog", "Contribution"),
    "order": QT_TRANSLATE_NOOP("ConflictsDialog", "Place in the contribution"),
    "action": QT_TRANSLATE_NOOP("ConflictsDialog", "Action"),
    "number": QT_TRANSLATE_NOOP("ConflictsDialog", "ITU number"),
    "auto_number": QT_TRANSLATE_NOOP("ConflictsDialog", "Numbered by Delegate"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "status_date": QT_TRANSLATE_NOOP("ConflictsDialog", "Status date"),
    "status_note": QT_TRANSLATE_NOOP("ConflictsDialog", "Status note"),
    "reasons": QT_TRANSLATE_NOOP("ConflictsDialog", "Reasons"),
    "text": QT_TRANSLATE_NOOP("ConflictsDialog", "Text"),
    "base": QT_TRANSLATE_NOOP("ConflictsDialog", "Base text"),
    "data": QT_TRANSLATE_NOOP("ConflictsDialog", "Front matter"),
    "deleted": QT_TRANSLATE_NOOP("ConflictsDialog", "Deleted or kept"),
    "body": QT_TRANSLATE_NOOP("ConflictsDialog", "Body"),
    "place": QT_TRANSLATE_NOOP("ConflictsDialog", "Place"),
    "opens": QT_TRANSLATE_NOOP("ConflictsDialog", "Opens"),
    "closes": QT_TRANSLATE_NOOP("ConflictsDialog", "Closes"),
    "deadline": QT_TRANSLATE_NOOP("ConflictsDialog", "Deadline (Council)"),
    "conference": QT_TRANSLATE_NOOP("ConflictsDialog", "Conference"),
    "day": QT_TRANSLATE_NOOP("ConflictsDialog", "Day"),
    "meeting": QT_TRANSLATE_NOOP("ConflictsDialog", "Meeting"),
    "item": QT_TRANSLATE_NOOP("ConflictsDialog", "Agenda item"),
    "documents": QT_TRANSLATE_NOOP("ConflictsDialog", "Documents"),
    "agenda order": QT_TRANSLATE_NOOP("ConflictsDialog", "Place among the day's items"),
    "introduction": QT_TRANSLATE_NOOP("ConflictsDialog", "Introduction"),
}
STATUS_WORDS = {  # a proposal's status as the command line writes it (core/model.py)
    "draft": QT_TRANSLATE_NOOP("ConflictsDialog", "draft"),
    "submitted": QT_TRANSLATE_NOOP("ConflictsDialog", "submitted"),
    "adopted": QT_TRANSLATE_NOOP("ConflictsDialog", "adopted"),
    "adopted-modified": QT_TRANSLATE_NOOP("ConflictsDialog", "adopted with modifications"),
    "not-adopted": QT_TRANSLATE_NOOP("ConflictsDialog", "not adopted"),
    "withdrawn": QT_TRANSLATE_NOOP("ConflictsDialog", "withdrawn"),
    "noted": QT_TRANSLATE_NOOP("ConflictsDialog", "noted"),
    "suppressed": QT_TRANSLATE_NOOP("ConflictsDialog", "suppressed"),
}
DAYS = ("day", "opens", "closes", "deadline", "status_date")  # ISO days, shown in the interface's language


translate = QCoreApplication.translate  # lupdate reads the context from each call: "ConflictsDialog"


def _tr(text: object) -> str:
    return QCoreApplication.translate("ConflictsDialog", str(text))


def field_label(kind: str, name: str, english: str = "") -> str:
    """A field's name in the interface's language (an agenda item's ``order`` is
    its place among the day's); one the table does not know as the service gave it."""
    key = "agenda order" if kind == "agenda" and name == "order" else name
    return _tr(FIELD_LABELS[key]) if key in FIELD_LABELS else english or name


def day_text(day: str) -> str:
    """An ISO day in the interface's language ("10 novembre 2026"); anything else as it is."""
    found = QDate.fromString(day, Qt.DateFormat.ISODate)
    return QLocale().toString(found, "d MMMM yyyy") if found.isValid() and len(day) == 10 else day


def value_text(kind: str, name: str, shown) -> str:
    """A value in the interface's language where it is one of a known list (a
    stance, a priority, a status, deleted or kept, a day); typed text as typed."""
    value = shown.value
    if name == "deleted":
        return translate("ConflictsDialog", "deleted") if value == "1" else translate("ConflictsDialog", "kept")
    if name == "auto_number":
        return translate("ConflictsDialog", "yes") if value == "1" else translate("ConflictsDialog", "no")
    if name == "status" and value in STATUS_WORDS:
        return _tr(STATUS_WORDS[value])
    if name == "stance" and kind == "support":
        from .conference_ui import stance_words

        return stance_words().get(value, shown.text)
    if name in ("stance", "priority", "regional_alignment") and kind == "position":
        from .positions_view import priority_name, regions_shown, stance_name

        return {"stance": stance_name, "priority": priority_name, "regional_alignment": regions_shown}[name](value)
    if name in DAYS:
        return day_text(value)
    if name == "data":
        return _front_text(value) or shown.text
    return shown.text


def _front_text(value: str) -> str:
    """A contribution's front matter a line a field, named as its form names them."""
    from ..services.exchange_view import front_matter
    from .contribution_view import HEADER_FIELDS

    pairs = front_matter(value)
    if not pairs:
        return ""
    words = {k: QCoreApplication.translate("ContributionView", str(label)) for k, label in HEADER_FIELDS}
    words["abstract"] = QCoreApplication.translate("ContributionView", "Abstract")
    words["introduction"] = _tr(FIELD_LABELS["introduction"])
    return "\n".join(f"{words.get(k, k)}: {v}" for k, v in pairs)


def place_text(place, english: str = "") -> str:
    """Where a record is, in the interface's language, from its parts (the
    service's English words for a kind the window does not know)."""
    from .conference_words import target_text

    get, kind = place.get, place.kind
    if kind == "position":
        provision = get("provision") or translate("ConflictsDialog", "whole resolution")
        if get("body"):
            return translate("ConflictsDialog", "{0} Resolution {1}, {2}").format(get("body"), get("number"), provision)
        return translate("ConflictsDialog", "Resolution {0}, {1}").format(get("number"), provision)
    if kind == "proposal":
        what = " ".join(p for p in (get("action"), target_text(get("target"))) if p)
        return (
            translate("ConflictsDialog", "{0}: {1}").format(get("contribution"), what) if get("contribution") else what
        )
    if kind == "contribution":
        return translate("ConflictsDialog", "Contribution {0}").format(get("contribution"))
    if kind == "conference":
        return translate("ConflictsDialog", "Conference {0}").format(get("conference"))
    if kind == "conference_document":
        return translate("ConflictsDialog", "Conference {0}, document {1}").format(
            get("conference"), get("contribution")
        )
    if kind == "agenda":
        day = day_text(get("day"))
        if get("meeting"):
            return translate("ConflictsDialog", "{0} agenda, {1}, {2}: {3}").format(
                get("conference"), day, get("meeting"), get("item")
            )
        return translate("ConflictsDialog", "{0} agenda, {1}: {2}").format(get("conference"), day, get("item"))
    if kind == "support":
        return translate("ConflictsDialog", "Support of {0} by {1}").format(get("contribution"), get("member"))
    return english


class ConflictsDialog(QDialog):
    """The fields edited on both sides, as a delegate reads them: where (the
    resolution and provision, or the contribution and proposal), the ITU number,
    the field, mine and theirs, who and when; below, the selected one's values
    side by side, texts with the redline from mine to theirs."""

    COLUMNS = 7

    def __init__(self, actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.exchange = actions
        self.setWindowTitle(self.tr("Conflicts"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Where"),
                self.tr("ITU number"),
                self.tr("Field"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("From"),
                self.tr("When"),
            ]
        )
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self.show_details())
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The values side by side"))
        self.details.setOpenLinks(False)
        buttons = QHBoxLayout()
        for text, take in (
            (self.tr("Keep mine"), "mine"),
            (self.tr("Take theirs"), "theirs"),
            (self.tr("Edit…"), "edit"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, t=take: self.settle(t))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.details, 3)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(1000, 560)
        self.found: list = []
        self.reload()

    def reload(self) -> None:
        from ..services.exchange_view import readable_conflicts

        self.found = readable_conflicts(self.exchange.window.db)
        self.table.setRowCount(len(self.found))
        for row, c in enumerate(self.found):
            theirs = c.theirs
            mine = next((v for v in c.values if v.mine), c.values[0] if c.values else None)
            cells = (
                place_text(c.place, c.where),
                c.number,
                field_label(c.place.kind, c.name, c.field),
                _short(value_text(c.place.kind, c.name, mine)) if mine else "",
                _short(value_text(c.place.kind, c.name, theirs)) if theirs else "",
                theirs.author if theirs else "",
                theirs.at if theirs else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if self.found:
            self.table.setCurrentCell(0, 0)
        self.show_details()

    def show_details(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            self.details.clear()
            return
        c = self.found[row]
        self.details.setHtml(
            details_html(
                c,
                self.tr("Mine"),
                self.tr("Theirs"),
                place_text(c.place, c.where),
                field_label(c.place.kind, c.name, c.field),
                [value_text(c.place.kind, c.name, v) for v in c.values],
            )
        )

    def settle(self, take: str, value: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return
        conflict = self.found[row]
        if take == "edit" and value is None:
            theirs = conflict.theirs
            value, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Edit"),
                field_label(conflict.place.kind, conflict.name, conflict.field),
                theirs.text if theirs else conflict.mine,
            )
            if not ok:
                return
        self.exchange.settle(conflict.id, take, value)


def _short(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def details_html(
    conflict,
    mine_label: str,
    theirs_label: str,
    where: str | None = None,
    field: str | None = None,
    texts: list[str] | None = None,
) -> str:
    """The values side by side (who and when above each); for texts, the redline
    from mine to theirs. ``where``, ``field`` and ``texts`` (each value) as the
    window says them; the service's English words when not given."""
    from html import escape

    where = conflict.where if where is None else where
    field = conflict.field if field is None else field
    shown = [v.text for v in conflict.values] if texts is None else texts

    heads = "".join(
        f"<th>{escape(mine_label if v.mine else theirs_label)}<br><small>{escape(v.author)} {escape(v.at)}</small></th>"
        for v in conflict.values
    )
    cells = "".join(f"<td style='vertical-align:top'>{escape(text).replace(chr(10), '<br>')}</td>" for text in shown)
    html = (
        f"<p><b>{escape(where)}</b> {escape(conflict.number)} — {escape(field)}</p>"
        f"<table border='1' cellpadding='4' width='100%'><tr>{heads}</tr><tr>{cells}</tr></table>"
    )
    marks = conflict.marks  # made here, for the one conflict shown
    if marks:
        marked = "".join(
            escape(text).replace("\n", "<br>")
            if op == "="
            else (
                f"<del style='color:#b00'>{escape(text)}</del>"
                if op == "-"
                else f"<ins style='color:#070'>{escape(text)}</ins>"
            )
            for op, text in marks
        )
        html += f"<p><b>{escape(mine_label)} → {escape(theirs_label)}</b></p><p>{marked}</p>"
    return html
