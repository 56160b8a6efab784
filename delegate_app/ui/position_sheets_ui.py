"""The delegation's positions out to a workbook for colleagues and back, for
the main window: the file dialogs, the work on the writer's thread in the
background (MainWindow.on_writer), and the report row by row."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .dialogs import ReportDialog


class PositionSheets(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export(self, path: str | None = None):
        """The positions as a workbook for colleagues, column names in the interface language;
        on the writer's thread: the first export keeps the secret that signs the rows."""
        from .file_dialogs import save_path
        from .i18n import chosen_language

        window = self.window

        if path is None:
            path = save_path(
                window,
                window.settings,
                "positions",
                self.tr("Export positions"),
                "positions.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
        from .errors import output_refused

        if not path or output_refused(window, path):
            return None
        language = chosen_language(window.settings)

        def job(db):
            from ..services.position_sheets import export_positions

            return export_positions(db, path, None, language)

        def done(_count) -> None:
            window.statusBar().showMessage(self.tr("Wrote {0}").format(path), 10000)

        return window.on_writer(self.tr("Writing the positions workbook…"), job, done, "positions")

    def take_back(self, path: str | None = None):
        """Take back a positions workbook: applied in one transaction on the
        writer's thread, then the report row by row, with each conflict offered
        to be taken from the sheet."""
        from .file_dialogs import open_path

        window = self.window

        if path is None:
            path = open_path(
                window,
                window.settings,
                "positions-import",
                self.tr("Import positions"),
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not path:
            return None

        def job(db):
            from ..services.position_sheets import apply_sheet, read_sheet

            rows = read_sheet(path)
            return rows, apply_sheet(db, rows)

        return window.on_writer(self.tr("Importing positions…"), job, self._reported, "positions")

    def take_theirs(self, rows, take: dict[tuple[int, str], str]):
        """The sheet's values of the conflicts chosen, taken from the rows as they were read
        (the other fields of the workbook were applied already: applying them again changes nothing)."""

        def job(db):
            from ..services.position_sheets import apply_sheet

            return rows, apply_sheet(db, rows, take=take)

        return self.window.on_writer(self.tr("Importing positions…"), job, self._reported, "positions")

    def _reported(self, found) -> None:
        from ..services.position_sheets import summary

        window = self.window
        rows, report = found
        window.positions.refresh()
        names = {
            "updated": self.tr("updated"),
            "added": self.tr("added"),
            "unchanged": self.tr("unchanged"),
            "conflict": self.tr("conflict"),
            "rejected": self.tr("rejected"),
        }
        head = ", ".join(f"{n} {names[k]}" for k, n in summary(report).items() if n)
        if getattr(window, "last_report", None) is not None:
            window.last_report.close()
        window.last_report = SheetReport(
            self.tr("Positions imported"), [head, ""] + [o.text() for o in report], report, window
        )
        window.last_report.take.connect(lambda take: self.take_theirs(rows, take))
        window.last_report.show()


class SheetReport(ReportDialog):
    """The import report; below it, each field in conflict with both values, to
    be ticked and taken from the sheet (the library's value is kept otherwise)."""

    take = Signal(object)  # {(row, field): "theirs"}

    def __init__(self, title: str, lines: list[str], report, parent=None) -> None:
        super().__init__(title, lines, parent)
        conflicts = [(o, c) for o in report for c in o.conflicts]
        if not conflicts:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

        from .widgets import plain

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ReportDialog's
        note = plain(
            QLabel(
                self.tr(
                    "Changed both in the library and in the sheet since the export: the library's "
                    "value was kept. Tick those to take from the sheet."
                )
            )
        )
        note.setWordWrap(True)
        layout.insertWidget(1, note)
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        for outcome, conflict in conflicts:
            text = self.tr("Row {0}, {1}, {2}: library {3}, sheet {4}").format(
                outcome.line, outcome.what, conflict.field, repr(conflict.library), repr(conflict.sheet)
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, (outcome.line, conflict.field))
            self.conflicts.addItem(item)
        layout.insertWidget(2, self.conflicts)
        self.take_button = QPushButton(self.tr("Take the ticked values from the sheet"))
        self.take_button.clicked.connect(self._take)
        layout.insertWidget(3, self.take_button)

    def _take(self) -> None:
        from PySide6.QtCore import Qt

        chosen = {}
        for n in range(self.conflicts.count()):
            item = self.conflicts.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[tuple(item.data(Qt.ItemDataRole.UserRole))] = "theirs"
        if chosen:
            self.take_button.setEnabled(False)
            self.take.emit(chosen)
