"""Small dialogs: settings, about, and the report after an import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from .i18n import LANGUAGES, SETTING, chosen_language


def tell(parent: QWidget | None, text: str, icon: str = "warning") -> None:
    """A message to the delegate, shown as plain text.

    Messages carry file names, headings and errors that come from documents; a
    message box guesses HTML from a leading tag, and would then lay out (and
    load the images of) whatever a file name or heading holds. ``icon`` is
    "critical", "warning" or "information"."""
    from PySide6.QtCore import Qt

    icons = {
        "critical": QMessageBox.Icon.Critical,
        "warning": QMessageBox.Icon.Warning,
        "information": QMessageBox.Icon.Information,
    }
    box = QMessageBox(icons[icon], APP_NAME, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


class SettingsDialog(QDialog):
    """What goes into exported documents: the author of tracked changes, the
    source code used in proposal numbers, the source line and original language."""

    KEYS = [
        ("drafting/author", QT_TRANSLATE_NOOP("SettingsDialog", "Author of tracked changes"), "Delegate"),
        (
            "drafting/source",
            QT_TRANSLATE_NOOP("SettingsDialog", "Source code in proposal numbers (e.g. RCC, ACP, EUR)"),
            "ABC",
        ),
        ("drafting/source_line", QT_TRANSLATE_NOOP("SettingsDialog", "Source line of new contributions"), ""),
        ("drafting/original_language", QT_TRANSLATE_NOOP("SettingsDialog", "Original language"), "English"),
    ]

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.edits = {}
        for key, label, default in self.KEYS:
            edit = QLineEdit(str(settings.value(key, default)))
            edit.setAccessibleName(self.tr(str(label)))
            form.addRow(self.tr(str(label)), edit)
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
        "about",
        "<h3>{0} {1}</h3><p>The desktop workbench for ITU delegations: resolutions and their "
        "revisions, positions, proposals with Word tracked changes, and comparison sheets.</p>"
        "<p>Works fully offline; your library stays on this computer.</p>",
    )
    QMessageBox.about(parent, title, text.format(APP_NAME, __version__))


def getting_started(parent: QWidget, language: str) -> QDialog:
    """Help > Getting started: a MOD from the library to a Word file in five steps,
    with pictures of the window, in the interface language (English when the page
    is not there in it). Not modal: the delegate follows it in the window."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QTextBrowser

    from ..services.resources import resources_dir

    folder = resources_dir() / "help"
    page = folder / f"getting-started.{language}.html"
    if not page.exists():
        page = folder / "getting-started.en.html"
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("help", "Getting started"))
    browser = QTextBrowser()
    browser.setAccessibleName(dialog.windowTitle())
    browser.setOpenLinks(False)  # the page is all there is: no link leads elsewhere
    browser.setSource(QUrl.fromLocalFile(str(page)))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(740, 680)
    dialog.browser = browser  # type: ignore[attr-defined]  # for the tests
    dialog.show()
    return dialog


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


QUIT_RETRY, QUIT_COPY, QUIT_KEEP, QUIT_STAY = range(4)


def ask_unsaved(parent: QWidget, state, reason: str) -> int:
    """Quitting with changes not in the store yet: try again (the default), save a
    copy elsewhere, or quit and find them again on the next start. Escape stays."""
    keep_possible = not state.journal_error
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(QCoreApplication.translate("dialogs", "Some of your changes are not saved in the library yet."))
    later = QCoreApplication.translate(
        "dialogs", "If you quit, Delegate keeps them and saves them when it next starts."
    )
    box.setInformativeText(f"{reason} {later}".strip() if keep_possible else reason)
    retry = box.addButton(QCoreApplication.translate("dialogs", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(QCoreApplication.translate("dialogs", "Save a copy as…"), QMessageBox.ButtonRole.ActionRole)
    keep_text = (
        QCoreApplication.translate("dialogs", "Quit and keep my changes for next start")
        if keep_possible
        else QCoreApplication.translate("dialogs", "Quit and lose my changes")
    )
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.setEscapeButton(stay)
    box.exec()
    return {id(retry): QUIT_RETRY, id(copy): QUIT_COPY, id(keep): QUIT_KEEP}.get(id(box.clickedButton()), QUIT_STAY)


def ask_replaced(parent: QWidget, label: str) -> bool:
    """The store was replaced under the window and the open contribution differs
    from the restored copy: True keeps the delegate's (the default), False shows
    the restored one (the delegate's is kept as a copy)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(
        QCoreApplication.translate(
            "dialogs",
            "The library was replaced while Delegate was open (a backup was restored, or another program "
            "changed the file).",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "dialogs",
            "The contribution you have open, “{0}”, is not the same in the restored library. Keep yours in "
            "the restored library, or use the restored one (yours is then kept as a copy)?",
        ).format(label or QCoreApplication.translate("dialogs", "untitled"))
    )
    mine = box.addButton(QCoreApplication.translate("dialogs", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("dialogs", "Use the restored one"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(mine)
    box.setEscapeButton(mine)
    box.exec()
    return box.clickedButton() is mine


BASE_IMPORT, BASE_CHOSEN = "import", "base"


class BaseDialog(QDialog):
    """A MOD names a text the library does not hold: import it, or mark the MOD
    against another version of that resolution chosen here (never a guess)."""

    def __init__(self, message: str, versions: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        from .widgets import plain

        self.setWindowTitle(QCoreApplication.translate("dialogs", "The text a MOD modifies is missing"))
        self.choice: tuple[str, int | None] | None = None
        label = plain(QLabel(message))
        label.setWordWrap(True)
        self.versions = QComboBox()
        self.versions.setAccessibleName(QCoreApplication.translate("dialogs", "Version to mark the MOD against"))
        for vid, name in versions:
            self.versions.addItem(name, vid)
        buttons = QDialogButtonBox()
        importing = buttons.addButton(
            QCoreApplication.translate("dialogs", "Import the text…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        importing.clicked.connect(lambda: self._done(BASE_IMPORT, None))
        if versions:
            use = buttons.addButton(
                QCoreApplication.translate("dialogs", "Mark against the chosen version"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            use.clicked.connect(lambda: self._done(BASE_CHOSEN, self.versions.currentData()))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if versions:
            layout.addWidget(QLabel(QCoreApplication.translate("dialogs", "Or mark it against another version:")))
            layout.addWidget(self.versions)
        layout.addWidget(buttons)

    def _done(self, kind: str, version: int | None) -> None:
        self.choice = (kind, version)
        self.accept()


def choose_base(parent: QWidget, message: str, versions: list[tuple[int, str]]) -> tuple[str, int | None] | None:
    """("import", None), ("base", version id), or None when the delegate cancels."""
    dialog = BaseDialog(message, versions, parent)
    dialog.exec()
    return dialog.choice
