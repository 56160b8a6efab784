"""A MOD exported in each of the six ITU languages, judged by pandoc: the
document's own words are in its language (heading word, "Reasons", "Original",
the title), no English boilerplate is left, accept-all and reject-all give the
two texts, and a short insertion in Chinese is marked as short as it is."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from lxml import etree

from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
from delegate_app.formats.reader import read_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXTS = {
    "en": ROOT / "resources/starter/wtdc-res59-kigali-2022.txt",
    **{lang: ROOT / f"tests/fixtures/languages/{lang}-res59.txt" for lang in ("fr", "es", "ru", "ar", "zh")},
}
# what each language's document must say, and the English words none but English may hold
OWN_WORDS = {
    "en": ("RESOLUTION 59", "Reasons:", "Original: English"),
    "fr": ("RÉSOLUTION 59", "Motifs:", "Original: français"),
    "es": ("RESOLUCIÓN 59", "Motivos:", "Original: español"),
    "ru": ("РЕЗОЛЮЦИЯ 59", "Основания:", "Оригинал: русский"),
    "ar": ("القرار 59", "الأسباب:", "الأصل: بالعربية"),
    "zh": ("第59号决议（", "理由：", "原文：中文"),
}
ENGLISH = ("RESOLUTION", "Reasons", "Original", "PROPOSED MODIFICATION", "Abstract")
INSERTED = {"en": "and the Council ", "zh": "有效地推动"}  # five characters in Chinese


def _pandoc(path: Path, mode: str) -> str:
    return subprocess.run(
        ["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _changed(lang: str):
    base = read_file(TEXTS[lang]).document
    proposed = read_file(TEXTS[lang]).document
    item = proposed.sections[1].provisions[0]
    words = INSERTED.get(lang, "ABCDE ")
    cut = len(item.text) // 2
    if lang != "zh":
        cut = item.text.index(" ", cut) + 1
    item.text = item.text[:cut] + words + item.text[cut:]
    return base, proposed, item.text, words


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is installed by the test command")
@pytest.mark.parametrize("lang", list(TEXTS))
def test_a_mod_in_each_language_says_its_own_words(lang, tmp_path):
    base, proposed, changed_text, words = _changed(lang)
    contrib = mod_contribution(base, proposed, number="ABC/1/1", reasons="—")
    data, _ = contribution_docx(contrib)
    path = tmp_path / f"{lang}.docx"
    path.write_bytes(data)
    accepted, rejected = _pandoc(path, "accept"), _pandoc(path, "reject")
    for words_of_language in OWN_WORDS[lang]:
        assert words_of_language in accepted, (lang, words_of_language)
    if lang != "en":
        for english in ENGLISH:
            if english == "Original" and lang in ("fr", "es"):
                continue  # "Original: français", "Original: español": the same word
            assert english not in accepted, (lang, english)
    assert words.strip() in accepted and words.strip() not in rejected
    title = contrib.header.title
    assert base.revision.upper() in title  # the text in force, never a revision yet to be made
    flat = re.sub(r"\s+", " ", accepted)
    assert re.sub(r"\s+", " ", changed_text)[:40] in flat


def test_a_five_character_chinese_insertion_is_marked_as_five_characters(tmp_path):
    base, proposed, _, words = _changed("zh")
    data, _ = contribution_docx(mod_contribution(base, proposed, number="ABC/1/1"))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    inserted = ["".join(t.text or "" for t in ins.iter(f"{W}t")) for ins in root.iter(f"{W}ins")]
    deleted = ["".join(t.text or "" for t in d.iter(f"{W}delText")) for d in root.iter(f"{W}del")]
    assert inserted == [words] and deleted == []
