"""The delegation's positions out to a workbook for colleagues and back, for
the main window: the file dialogs, the work on the writer's thread in the
background (MainWindow.on_writer), and the report row by row."""

from __future__ import annotations

from PySide6.QtCore import QObject


class PositionSheets(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def export(self, path: str | None = None):
        """The positions as a workbook for colleagues, column names in the interface language;
        on the writer's thread: the first export keeps the secret that signs the rows."""
        from PySide6.QtWidgets import QFileDialog

        from .i18n import chosen_language

        window = self.window

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                window, self.tr("Export positions"), "positions.xlsx", self.tr("Excel workbooks (*.xlsx)")
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
        writer's thread, then the report row by row."""
        from PySide6.QtWidgets import QFileDialog

        window = self.window

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                window, self.tr("Import positions"), "", self.tr("Excel workbooks (*.xlsx)")
            )
        if not path:
            return None

        def job(db):
            from ..services.position_sheets import apply_sheet, read_sheet

            return apply_sheet(db, read_sheet(path))

        def done(report) -> None:
            from ..services.position_sheets import summary
            from .dialogs import ReportDialog

            window.positions.refresh()
            names = {
                "updated": self.tr("updated"),
                "added": self.tr("added"),
                "unchanged": self.tr("unchanged"),
                "conflict": self.tr("conflict"),
                "rejected": self.tr("rejected"),
            }
            head = ", ".join(f"{n} {names[k]}" for k, n in summary(report).items() if n)
            window.last_report = ReportDialog(
                self.tr("Positions imported"), [head, ""] + [o.text() for o in report], window
            )
            window.last_report.show()

        return window.on_writer(self.tr("Importing positions…"), job, done, "positions")
