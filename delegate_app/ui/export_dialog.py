"""File > Export: every export the command line makes, from the window.

Each kind has one small dialog with its options and the file to write (the
folder remembered per kind), then runs on the task runner with progress and
Cancel, through the same service call as its command (``export docx``,
``export consolidated``, ``export compilation``, ``export brief``, ``export xlsx
--proposals-on`` / ``--sisters-of``, ``export positions``), and offers to open
the file or its folder. A cancelled export leaves no file behind.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from ..core import terms
from ..core.errors import DelegateError
from .export_kinds import KINDS, ON_A_TEXT
from .file_dialogs import remember_folder, remembered_folder

ADOPTED = ("adopted", "adopted-modified")


translate = QCoreApplication.translate


def tr(text: object) -> str:
    """A text kept in a table (QT_TRANSLATE_NOOP), translated when shown."""
    return translate("Exports", str(text))


def _dialog_class():
    """The dialog's class, made on first use: the menu is built with the window,
    and the eleven widget classes the dialog uses cost PySide 8 ms to load."""
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QGridLayout,
        QHBoxLayout,
        QLineEdit,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    class ExportDialog(QDialog):
        """One export's options and its file."""

        def __init__(self, window, kind: str):
            super().__init__(window)
            self.window_, self.kind = window, kind
            text, self.filter, name = KINDS[kind]
            self.setWindowTitle(tr(text).replace("&", "").rstrip("…"))
            self.setMinimumWidth(560)
            form = QFormLayout()
            self.version = QComboBox()
            self.statuses: dict[str, QCheckBox] = {}
            self.marks = QCheckBox(translate("Exports", "With revision marks against the text (tracked changes)"))
            self.static = QCheckBox(
                translate("Exports", "Underline and strike-through instead of tracked changes (for printing)")
            )
            self.body = QComboBox()
            self.priority = QComboBox()
            self.language = QComboBox()
            if kind in ON_A_TEXT:
                self._versions()
                form.addRow(translate("Exports", "Text"), self.version)
            if kind == "consolidated":
                form.addRow(translate("Exports", "Apply the proposals that are"), self._status_boxes())
                form.addRow("", self.marks)
            if kind == "contribution":
                form.addRow("", self.static)
            if kind in ("brief", "positions"):
                self._bodies()
                form.addRow(translate("Exports", "Resolutions of"), self.body)
            if kind == "brief":
                from .positions_view import PRIORITY_NAMES, priority_name

                self.priority.addItem(translate("Exports", "Every priority"), "")
                for value in PRIORITY_NAMES:
                    self.priority.addItem(priority_name(value), value)
                form.addRow(translate("Exports", "Lowest priority shown"), self.priority)
            if kind in ("brief", "positions"):
                from .i18n import LANGUAGES, chosen_language

                for code, language in LANGUAGES.items():
                    self.language.addItem(language, code)
                self.language.setCurrentIndex(max(0, self.language.findData(chosen_language(window.settings))))
                form.addRow(translate("Exports", "Language"), self.language)
            folder = remembered_folder(window.settings, kind) or str(Path.home())
            self.path = QLineEdit(str(Path(folder) / self._name(name)))
            self.path.setAccessibleName(translate("Exports", "File"))
            choose = QPushButton(translate("Exports", "Choose…"))
            choose.clicked.connect(self._choose)
            row = QHBoxLayout()
            row.addWidget(self.path, 1)
            row.addWidget(choose)
            form.addRow(translate("Exports", "File"), row)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Exports", "Export"))
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
            layout = QVBoxLayout(self)
            layout.addLayout(form)
            layout.addWidget(buttons)
            self.version.currentIndexChanged.connect(lambda _i: self._renamed(name))

        def _versions(self) -> None:
            from ..services import library

            selected = self.window_.library.current_version
            for v in library.list_versions(self.window_.db):
                self.version.addItem(v.name, v.id)
            self.version.setCurrentIndex(max(0, self.version.findData(selected)))

        def _bodies(self) -> None:
            from ..services import library

            self.body.addItem(translate("Exports", "Every body"), "")
            for body, _count in library.body_counts(self.window_.db):
                if body:
                    self.body.addItem(body, body)

        def _status_boxes(self) -> QWidget:
            from .proposal_table import STATUS_NAMES, status_name

            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            for n, value in enumerate(STATUS_NAMES):
                check = QCheckBox(status_name(value))
                check.setChecked(value in ADOPTED)
                self.statuses[value] = check
                grid.addWidget(check, n // 2, n % 2)
            return box

        def _name(self, default: str) -> str:
            """The file's name: the text's, when the export is of one text."""
            if self.kind not in ON_A_TEXT or self.version.currentIndex() < 0:
                return default
            safe = "".join(c if c.isalnum() or c in " -.,()" else "_" for c in self.version.currentText()).strip()
            return f"{safe} {default}"

        def _renamed(self, default: str) -> None:
            folder = Path(self.path.text()).parent
            self.path.setText(str(folder / self._name(default)))

        def _choose(self) -> None:
            text = self.windowTitle()
            path, _ = QFileDialog.getSaveFileName(self, text, self.path.text(), tr(self.filter))
            if path:
                self.path.setText(path)

        def options(self) -> dict:
            """What the export is given: the same values as its command's options."""
            return {
                "path": self.path.text().strip(),
                "version": self.version.currentData(),
                "statuses": [s for s, check in self.statuses.items() if check.isChecked()],
                "marks": self.marks.isChecked(),
                "static_marks": self.static.isChecked(),
                "body": self.body.currentData() or None,
                "min_priority": self.priority.currentData() or None,
                "language": self.language.currentData() or "en",
            }

    return ExportDialog


_made: dict[str, type] = {}


def __getattr__(name: str) -> type:
    """``ExportDialog``, made when first asked for (``from .export_dialog import ExportDialog``)."""
    if name != "ExportDialog":
        raise AttributeError(name)
    if name not in _made:
        _made[name] = _dialog_class()
    return _made[name]


class Exports(QObject):
    """The window's File > Export menu: ask, then run the export in the background."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def ask(self, kind: str, answer=None):
        """The dialog for ``kind`` (``answer(dialog)`` fills it in instead of the
        delegate, in tests), then the export; the task's token, or None."""
        window = self.window
        if kind == "contribution" and window.session.service.contribution is None:
            from .dialogs import tell

            tell(window, translate("Exports", "Open or start a contribution first."), "information")
            return None
        if kind in ON_A_TEXT and window.library.current_version is None and not self._any_text():
            from .dialogs import tell

            tell(window, translate("Exports", "The library is empty: import resolutions first."), "information")
            return None
        dialog = __getattr__("ExportDialog")(window, kind)
        if answer is not None:
            answer(dialog)
            dialog.accept()
        elif not dialog.exec():
            return None
        chosen = dialog.options()
        path = chosen["path"]
        from .errors import output_refused

        if not path or output_refused(window, path):
            return None
        remember_folder(window.settings, kind, path)
        if kind == "contribution":
            return window.transfers.export_word(path, static_marks=chosen["static_marks"])
        if kind == "positions":
            return self._positions(path, chosen)
        work = _work(kind, path, chosen, self._author(), window.db_path)
        return window.transfers.run_export(work, path, self._label(kind))

    def _any_text(self) -> bool:
        from ..services import library

        return bool(library.body_counts(self.window.db))

    def _author(self) -> str:
        return str(self.window.settings.value("drafting/author", "") or "Delegate")

    def _label(self, kind: str) -> str:
        return translate("Exports", "Writing {0}…").format(tr(KINDS[kind][0]).replace("&", "").rstrip("…"))

    def _positions(self, path: str, chosen: dict):
        """On the writer's thread: the first export keeps the secret that signs the rows."""
        window = self.window

        def job(db):
            from ..services.position_sheets import export_positions

            return export_positions(db, path, chosen["body"], chosen["language"])

        def done(_count) -> None:
            window.transfers.written(path, [])

        return window.on_writer(self._label("positions"), job, done, "positions")


def _work(kind: str, path: str, chosen: dict, author: str, db_path: str):
    """The export's work on the runner's thread, with a connection of its own;
    the same service call as its command."""

    def work(progress, cancelled):
        from ..formats.docx_writer import ExportOptions
        from ..services.library import open_store

        if cancelled():
            raise DelegateError(translate("Exports", "Export cancelled."))
        with open_store(db_path) as db:
            warnings = _export(kind, db, path, chosen, ExportOptions(author=author))
        if cancelled():  # too late to stop the writing: what was written goes, as asked
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise DelegateError(translate("Exports", "Export cancelled."))
        return warnings

    return work


def _export(kind: str, db, path: str, chosen: dict, options) -> list[str]:
    from ..services import amending

    version = chosen["version"]
    if kind == "consolidated":
        statuses = [s for s in chosen["statuses"] if s in terms.STATUSES]
        if not statuses:
            raise DelegateError(translate("Exports", "Choose the statuses of the proposals to apply."))
        found = amending.write_amended(db, version, path, statuses, chosen["marks"], options)
        return found.clash_lines() + found.unapplied_lines()
    if kind == "compilation":
        amending.write_compilation(db, version, path)
        return []
    if kind == "brief":
        from ..services.brief import write_brief

        write_brief(db, path, chosen["body"], chosen["min_priority"], chosen["language"])
        return []
    from ..core.compare import compare
    from ..services.comparing import library_texts, write_comparison

    which = {"proposals_on": version} if kind == "proposals" else {"sisters_of": version}
    names, texts = library_texts(db, **which)
    write_comparison(compare(texts, names, 0), texts, path, db)
    return []
