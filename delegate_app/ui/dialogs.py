"""Small dialogs: settings, about, and the report after an import."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from .. import APP_NAME, __version__
from .i18n import LANGUAGES, SETTING, chosen_language


class SettingsDialog(QDialog):
    """What goes into exported documents: the author of tracked changes, the
    source code used in proposal numbers, the source line and original language."""

    KEYS = [("drafting/author", QT_TRANSLATE_NOOP("SettingsDialog", "Author of tracked changes"), "Delegate"),
            ("drafting/source", QT_TRANSLATE_NOOP("SettingsDialog",
                                                  "Source code in proposal numbers (e.g. RCC, ACP, EUR)"), "ABC"),
            ("drafting/source_line", QT_TRANSLATE_NOOP("SettingsDialog", "Source line of new contributions"), ""),
            ("drafting/original_language", QT_TRANSLATE_NOOP("SettingsDialog", "Original language"), "English")]

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.edits = {}
        for key, label, default in self.KEYS:
            edit = QLineEdit(str(settings.value(key, default)))
            edit.setAccessibleName(self.tr(label))
            form.addRow(self.tr(label), edit)
            self.edits[key] = edit
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language(settings))))
        form.addRow(self.tr("Interface language (applied on the next start)"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for key, edit in self.edits.items():
            self.settings.setValue(key, edit.text().strip())
        self.settings.setValue(SETTING, self.language.currentData())
        super().accept()


def about(parent: QWidget) -> None:
    title = QCoreApplication.translate("about", "About {0}").format(APP_NAME)
    text = QCoreApplication.translate(
        "about", "<h3>{0} {1}</h3><p>The desktop workbench for ITU delegations: resolutions and their "
                 "revisions, positions, proposals with Word tracked changes, and comparison sheets.</p>"
                 "<p>Works fully offline; your library stays on this computer.</p>")
    QMessageBox.about(parent, title, text.format(APP_NAME, __version__))


class ReportDialog(QDialog):
    """What an import recognised and what it did not, and why."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QPlainTextEdit("\n".join(lines))
        text.setReadOnly(True)
        text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(720, 360)
