"""Help > Getting started: a MOD from the starter library to a Word file in five
steps, with pictures of the real window, in the six languages; the window shows
the page of its interface language, pictures loaded."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from test_app import make_window

HELP = ROOT / "resources" / "help"
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_has_five_steps_with_their_pictures_in_its_language(language):
    page = (HELP / f"getting-started.{language}.html").read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', page)
    assert pictures == [f"{language}/step{n}.png" for n in range(1, 6)]
    assert all((HELP / p).stat().st_size > 1000 for p in pictures)
    assert page.count("<h3>") == 5 and f'lang="{language}"' in page
    assert ('dir="rtl"' in page) == (language == "ar")
    if language != "en":
        assert "Step " not in page and "Choose " not in page  # nothing left in English
    for shortcut in ("Ctrl+1", "Ctrl+M", "Ctrl+4"):
        assert shortcut in page


@pytest.mark.parametrize("language", ["en", "fr"])
def test_help_getting_started_opens_the_page_of_the_interface_language(qtbot, tmp_path, language):
    env = {"db": tmp_path / "store.sqlite3", "ini": tmp_path / "settings.ini", "tmp": tmp_path}
    window = make_window(qtbot, env)
    window.settings.setValue("ui/language", language)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    help_menu.aboutToShow.emit()  # as it is opened: filled by then (just after the first paint), or now
    action = next(a for a in help_menu.actions() if a.text() == "&Getting started")
    action.trigger()
    dialog = window.help_page
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    browser = dialog.browser
    assert browser.source().toLocalFile().endswith(f"getting-started.{language}.html")
    title = {"en": "Getting started", "fr": "Premiers pas"}[language]
    assert browser.toPlainText().startswith(title)
    for n in range(1, 6):
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(f"{language}/step{n}.png"))
        assert image is not None and not image.isNull(), n
