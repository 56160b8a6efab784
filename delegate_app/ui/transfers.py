"""Imports into the library and exports out of it, for the main window: the file
dialogs, the work on the background task runner with progress and cancel, the
import report, and the Word and Excel exports (a MOD whose base is missing asks
for it). Loaded with the first import or export, not while the window opens.

Imports read on the runner's thread and store on the workspace's writer, in turn
with the window's own saves; exports open a connection of their own and work on
a copy of the contribution, so the draft is never changed.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject

from .. import APP_NAME
from ..services.library import open_store
from .errors import output_refused


class Transfers(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    # -- import --------------------------------------------------------------------
    def import_files(self) -> None:
        from .file_dialogs import open_paths

        paths = open_paths(
            self.window,
            self.window.settings,
            "import",
            self.tr("Import resolutions and contributions"),
            self.tr("ITU texts (*.docx *.pdf *.txt *.md)"),
        )
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        from .file_dialogs import folder_path

        folder = folder_path(self.window, self.window.settings, "import-folder", self.tr("Import a folder"))
        if folder:
            self.start_import([folder])

    def load_samples(self):
        """The sample collection, imported like any folder (with progress, cancel
        and the import report) but not remembered among the recent files."""
        from ..services.starter import sample_paths

        paths = sample_paths()
        if not paths:
            from .dialogs import tell

            tell(self.window, self.tr("This installation has no sample library."))
            return None
        return self.start_import(paths, remember=False)

    def start_import(self, paths: list[str], remember: bool = True):
        writer = self.window.workspace.writer

        def work(progress, cancelled):
            # the readers (python-docx, lxml) load on first use: they are not needed to open the window
            from ..services.importing import import_paths

            # reading here; storing on the writer's thread, in turn with the window's own saves
            return import_paths(writer, paths, strict=False, progress=progress, cancelled=cancelled)

        def on_progress(done, total, path):
            self.window.progress.show_progress(
                done, total, self.tr("Reading {0}").format(Path(path).name) if path else self.tr("Storing…")
            )

        def on_done(report):
            from .dialogs import ReportDialog

            self.window.progress.finish()
            if remember:
                self.window._remember([str(p) for p in paths])
            self.window.library.refresh()
            if self.window._built:
                self.window.contribution.refresh_chooser()  # an imported contribution can be opened at once
                if self.window.positions.loaded:
                    self.window.positions.refresh()
            recognised, failed = self.tr("Recognised"), self.tr("Not recognised")
            skipped, warning = self.tr("Skipped"), self.tr("Warning")
            lines = [f"{recognised}: {o.label} ({o.status})  ← {o.path}" for o in report.outcomes]
            lines += [f"{failed}: {f}" for f in report.failures]
            lines += [f"{skipped}: {p}" for p in report.skipped]
            lines += [f"{warning}: {o.path}: {w}" for o in report.outcomes for w in o.warnings]
            beside = self.tr(
                "Edition added: {0} differs from the stored text of that revision, which stays in force; its "
                "wording is kept beside it as an edition (in the Library, select it and choose Put in force)"
            )
            lines += [beside.format(o.label) for o in report.outcomes for _ in o.editions]
            self.window.statusBar().showMessage(self.tr("Imported %n file(s)", "", len(report.outcomes)), 5000)
            self.window.last_report = ReportDialog(self.tr("Import report"), lines, self.window)
            self.window.last_report.show()
            from .reconcile_offer import after_import

            after_import(self.window, report)  # an adopted text: offered to reconcile, in a banner

        token = self.window.runner.run(work, on_done, self.window._failed(), on_progress)
        self.window.progress.start(self.tr("Importing…"), token)
        return token

    # -- exports -------------------------------------------------------------------
    def export_word(self, path: str | None = None, bases: dict[int, int] | None = None, static_marks: bool = False):
        """The open contribution as an ITU Word document; the dialog asks where
        unless ``path`` says. The export works on a copy: the draft is never changed.
        ``bases``: the versions the delegate chose for MODs whose named text is missing."""
        from PySide6.QtWidgets import QMessageBox

        contrib = self.window.session.service.snapshot()
        if contrib is None:
            QMessageBox.information(self.window, APP_NAME, self.tr("Open or start a contribution first."))
            return None
        if path is None:
            if bases is None and not self._incomplete_anyway(contrib):  # asked once, not again for a chosen base
                return None  # the menu's export asks; a caller naming the file has decided (its report warns)
            from .file_dialogs import save_path

            path = save_path(
                self.window,
                self.window.settings,
                "contribution",
                self.tr("Export to Word"),
                "contribution.docx",
                self.tr("Word documents (*.docx)"),
            )
        if not path or output_refused(self.window, path):
            return None
        db_path = self.window.db_path
        author = str(self.window.settings.value("drafting/author", "") or "Delegate")

        def work(progress, cancelled):
            from ..formats.docx_writer import ExportOptions  # loaded on first export, not at start-up
            from ..services.exporting import write_docx

            with open_store(db_path) as db:
                return write_docx(
                    contrib, path, ExportOptions(author=author, static_marks=static_marks), db, bases=bases
                )

        def missing_base(exc) -> bool:
            """A MOD whose base is not in the library: import it, or choose another version."""
            from ..services.exporting import MissingBase
            from .dialogs import BASE_CHOSEN, BASE_IMPORT, choose_base

            if not isinstance(exc, MissingBase):
                return False
            n, named, rid = exc.missing[0]
            from ..services import library

            versions = [(v.id, v.label) for v in library.versions_of(self.window.db, rid)] if rid is not None else []
            message = self.tr(
                "Proposal {0} modifies {1}, which is not in the library. Import that text, or mark the "
                "proposal against another version of the resolution."
            ).format(n, named)
            choice = choose_base(self.window, message, versions)
            if choice is not None and choice[0] == BASE_IMPORT:
                self.import_files()
            elif choice is not None and choice[0] == BASE_CHOSEN and choice[1] is not None:
                self.export_word(path, {**(bases or {}), n: choice[1]}, static_marks)
            return True

        return self._export(work, path, self.tr("Writing the Word document…"), missing_base)

    def _incomplete_anyway(self, contrib) -> bool:
        """What the document would lack (the rules check: Reasons, numbers, header
        fields), said before writing; whether to write it all the same."""
        from PySide6.QtWidgets import QMessageBox

        from ..services.exporting import missing_before_export
        from .rules_panel import sentence, where

        missing = missing_before_export(contrib)
        if not missing:
            return True
        lines = "\n".join(f"• {where(f)}: {sentence(f)}" for f in missing[:12]) + ("\n…" if len(missing) > 12 else "")
        answer = QMessageBox.question(
            self.window,
            self.tr("Export to Word"),
            self.tr("A secretariat would send this document back:\n{0}\n\nExport it all the same?").format(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_excel(self, path: str | None = None):
        """The proposals on one resolution side by side: the selected proposal's
        (else the first with a text), its base, this contribution's proposals on
        it and every other one the library stores, aligned provision by provision."""
        from PySide6.QtWidgets import QMessageBox

        contrib = self.window.session.service.snapshot()
        proposals = [p for p in (contrib.proposals if contrib is not None else []) if p.resolution is not None]
        row = self.window.contribution.proposals.currentRow()
        chosen = contrib.proposals[row] if contrib is not None and 0 <= row < len(contrib.proposals) else None
        if chosen is None or chosen.base is None or chosen.resolution is None or not chosen.resolution.sections:
            chosen = next((p for p in proposals if p.base is not None and p.resolution.sections), None)
        if chosen is None or chosen.base is None:
            QMessageBox.information(self.window, APP_NAME, self.tr("A comparison needs a MOD with its base text."))
            return None
        if path is None:
            from .file_dialogs import save_path

            path = save_path(
                self.window,
                self.window.settings,
                "proposals",
                self.tr("Export comparison to Excel"),
                "comparison.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
        if not path or output_refused(self.window, path):
            return None
        db_path, base = self.window.db_path, chosen.base

        def work(progress, cancelled):
            from ..core.compare import compare  # the aligner loads on first export, not at start-up
            from ..services.comparing import proposals_with, write_comparison

            with open_store(db_path) as db:
                names, texts, _ = proposals_with(db, base.heading, base, proposals, chosen.base_version)
                write_comparison(compare(texts, names), texts, path, db)
            return []

        return self._export(work, path, self.tr("Writing the comparison workbook…"))

    def run_export(self, work, path: str, label: str):
        """An export's ``work`` on the runner, with progress and Cancel; then the file offered."""
        return self._export(work, path, label)

    def _export(self, work, path: str, label: str, handled=None):
        def on_done(report):
            self.window.progress.finish()
            self.written(path, getattr(report, "warnings", report) or [])

        failed = self.window._failed()

        def on_error(exc, trace) -> None:
            if handled is not None and handled(exc):
                self.window.progress.finish()
                return
            failed(exc, trace)

        token = self.window.runner.run(work, on_done, on_error)
        self.window.progress.start(label, token)
        return token

    def written(self, path: str, warnings: list[str]) -> None:
        """An export wrote ``path``: said in the status bar, and the file or its folder offered."""
        self.window.statusBar().showMessage(self.tr("Wrote {0}").format(path), 8000)
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return  # tests and screenshots: no dialog to answer
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setWindowTitle(APP_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a warning may hold "<"
        box.setText(self.tr("Wrote {0}").format(path) + ("\n\n" + "\n".join(warnings) if warnings else ""))
        open_file = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
