"""Six ITU languages: complete translation files, translators that load, the
whole window right to left in Arabic, search in every script, and exports that
carry the language."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest
from conftest import FIXTURES, ROOT
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from delegate_app.formats.docx_writer import contribution_docx
from delegate_app.formats.reader import read_file
from delegate_app.services.importing import import_paths
from delegate_app.store.search import search
from delegate_app.ui import i18n

LANGS = ["ar", "es", "fr", "ru", "zh"]
PLURAL_FORMS = {"ar": 6, "es": 2, "fr": 2, "ru": 3, "zh": 1}
_PLACEHOLDER = re.compile(r"\{\d\}|%n")


def messages(lang):
    root = ET.parse(ROOT / "i18n" / f"delegate_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.fixture(scope="session", autouse=True)
def compiled():
    """The .qm files as the set-up command makes them, from the .ts files of this checkout."""
    import os
    from pathlib import Path

    env = dict(os.environ, LRELEASE=str(Path(sys.executable).with_name("pyside6-lrelease")))
    subprocess.run(["bash", str(ROOT / "packaging" / "compile_translations.sh")], check=True, cwd=ROOT, env=env)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_is_complete(lang):
    found = list(messages(lang))
    assert len(found) > 100
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            assert len(forms) == PLURAL_FORMS[lang], (source, forms)
            assert all(f.strip() and "%n" in f for f in forms), (source, forms)
        else:
            text = translation.text or ""
            assert text.strip(), (context, source)
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), (source, text)
            assert source.count("&") <= 1 or text.count("&") >= 1


@pytest.mark.parametrize(
    "lang, expected", [("fr", "résolution"), ("es", "resolución"), ("ru", "резолюц"), ("ar", "قرار"), ("zh", "决议")]
)
def test_itu_terms(lang, expected):
    joined = " ".join((m.find("translation").text or "") for _, m in messages(lang)).lower()
    assert expected in joined


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_loads_and_translates(qapp, lang):
    installed = i18n.install(qapp, lang)
    try:
        assert installed, "no translator loaded"
        for context, source in (
            ("MainWindow", "Library"),
            ("MainWindow", "&File"),
            ("ContributionView", "Proposals"),
            ("DraftView", "Reasons"),
            ("PositionsModel", "Stance"),
        ):
            assert QCoreApplication.translate(context, source) != source, (lang, source)
        plural = QCoreApplication.translate("LibraryView", "%n match(es)", "", 5)
        assert "5" in plural and plural != "5 match(es)"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_arabic_lays_the_window_out_right_to_left(qapp, qtbot, db, tmp_path):
    installed = i18n.install(qapp, "ar")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        from delegate_app.ui.main_window import MainWindow

        window = MainWindow(
            db, str(tmp_path / "x.sqlite3"), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.tabs.tabText(0) != "Library"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    english = i18n.install(qapp, "en")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        for t in english:
            qapp.removeTranslator(t)


def test_english_plurals_are_english(qapp):
    """ "1 text", "4 texts": the English file holds the plural forms of every "%n" message."""
    installed = i18n.install(qapp, "en")
    try:
        tr = QCoreApplication.translate
        assert tr("LibraryView", "%n match(es)", "", 1) == "1 match"
        assert tr("LibraryView", "%n match(es)", "", 47) == "47 matches"
        assert tr("LibraryView", "%n text(s) in the library", "", 4) == "4 texts in the library"
        assert tr("ContributionView", "%n proposal(s)", "", 1) == "1 proposal"
        assert tr("Transfers", "Imported %n file(s)", "", 2) == "Imported 2 files"
    finally:
        for t in installed:
            qapp.removeTranslator(t)
    root = ET.parse(ROOT / "i18n" / "delegate_en.ts").getroot()
    for message in root.iter("message"):  # every plural message of the interface, none unfinished
        assert message.find("translation").get("type") is None, message.findtext("source")


def test_language_choice(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings, "fr") == "fr"
    settings.setValue(i18n.SETTING, "ru")
    assert i18n.chosen_language(settings) == "ru"
    assert i18n.chosen_language(settings, "xx") == "ru"


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_lang_flag_with_screenshot(tmp_path, lang):
    out = tmp_path / f"{lang}.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_app",
            "--db",
            str(tmp_path / "s.sqlite3"),
            "--lang",
            lang,
            "--screenshot",
            str(out),
            "--view",
            "library",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "query, language",
    [
        ("coordination intersectorielle", "fr"),
        ("coordinación", "es"),
        ("Резолюцию", "ru"),
        ("الاتصالات", "ar"),
        ("发展中国家", "zh"),
        ("合作", "zh"),
        ("remote participation", "en"),
    ],
)
def test_search_in_every_script(db, query, language):
    import_paths(db, [FIXTURES / "languages", ROOT / "resources" / "starter"])
    hits = search(db, query)
    assert hits, query
    assert "\x02" in hits[0].snippet


def test_chinese_export_has_east_asian_fonts_and_language():
    from delegate_app.core.model import Contribution, ContributionHeader, Proposal

    res = read_file(FIXTURES / "languages" / "zh-res59.txt").document
    contrib = Contribution(
        header=ContributionHeader(document="文件 12-C"),
        language="zh",
        proposals=[Proposal("ADD", "CHN/12/1", resolution=res)],
    )
    data, _ = contribution_docx(contrib)
    styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode()
    assert 'w:eastAsia="SimSun"' in styles and 'w:val="zh-CN"' in styles
