"""The interface in the six ITU languages.

Translations are Qt Linguist files: i18n/delegate_<lang>.ts in the repository,
compiled to .qm (packaging/compile_translations.sh, run by the set-up command)
into the packaged resources. Qt's own qtbase translation is installed first, so
standard buttons and dialogs follow the same language. Arabic lays the whole
window out right to left, set explicitly rather than left to a translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from ..services.resources import resources_dir

LANGUAGES = {"en": "English", "ar": "العربية", "es": "Español", "fr": "Français", "ru": "Русский", "zh": "中文"}
RIGHT_TO_LEFT = {"ar"}
SETTING = "ui/language"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """--lang, else the language saved in settings, else the system's (English if not an ITU language)."""
    for candidate in (override, settings.value(SETTING), QLocale.system().name()[:2]):
        if candidate and str(candidate)[:2] in LANGUAGES:
            return str(candidate)[:2]
    return "en"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's and the app's translations for ``language`` and set the layout
    direction. Returns the translators (they must stay referenced)."""
    installed: list[QTranslator] = []
    # dates and numbers the views format (the board's day) in the interface's language, --lang included
    QLocale.setDefault(QLocale(language))
    if language != "en":
        from PySide6.QtCore import QLibraryInfo  # where Qt's own translations are: not needed in English

        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    # English too: its file holds only the plural forms ("1 text", "4 texts") of the "%n" messages
    ours = QTranslator(app)
    if ours.load(f"delegate_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    if language in RIGHT_TO_LEFT or app.isRightToLeft():
        # only when it changes: PySide6 builds the whole Qt namespace on its first use (~15 ms of start-up)
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
    return installed
