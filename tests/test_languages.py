"""The reader works in the six ITU languages: the same resolution (WTDC 59,
modelled on the real English text) written in French, Spanish, Russian, Arabic
and Chinese parses to the same structure, with each call named canonically."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, itu_text

from delegate_app.core.vocabulary import match_call
from delegate_app.formats.reader import read_file

LANGS = FIXTURES / "languages"
CANONICAL = ["recalling", "considering", "taking into account", "resolves", "invites", "instructs"]


@pytest.mark.parametrize(
    "lang, number, revision_year",
    [("fr", "59", 2022), ("es", "59", 2022), ("ru", "59", 2022), ("ar", "59", 2022), ("zh", "59", 2022)],
)
def test_same_structure_in_every_language(lang, number, revision_year):
    res = read_file(LANGS / f"{lang}-res59.txt").document
    assert res.language == lang
    assert res.body == "WTDC"
    assert (res.number, res.year) == (number, revision_year)
    assert res.title and res.preamble
    assert [match_call(s.call).canonical for s in res.sections] == CANONICAL
    assert [s.operative for s in res.sections] == [False, False, False, True, True, True]
    counts = [len(s.provisions) for s in res.sections]
    assert counts == [2, 2, 2, 1, 1, 2]
    assert [p.label for p in res.sections[5].provisions] == ["1", "2"]
    assert res.sections[0].provisions[0].notes and res.footnotes


def test_arabic_labels_are_abjad_letters():
    res = read_file(LANGS / "ar-res59.txt").document
    assert [p.label for p in res.sections[0].provisions] == ["أ)", "ب)"]


def test_english_reference_has_the_same_calls():
    res = read_file(itu_text("wtdc-res59-kigali-2022.txt")).document
    canon = [match_call(s.call).canonical for s in res.sections]
    assert canon[:4] == CANONICAL[:4] and canon[-2:] == ["instructs", "instructs"]


@pytest.mark.parametrize(
    "line, canonical, language",
    [
        ("considérant en outre", "considering", "fr"),
        ("ayant à l'esprit", "bearing in mind", "fr"),
        ("ayant à l’esprit", "bearing in mind", "fr"),
        ("reconociendo además", "recognizing", "es"),
        ("учитывая,", "considering", "ru"),
        ("поручает Генеральному секретарю", "instructs", "ru"),
        ("وإذ يدرك", "recognizing", "ar"),
        ("وَإذْ يُدرِكُ", "recognizing", "ar"),
        ("إذ تدرك", "recognizing", "ar"),
        ("يكلف الأمين العام", "instructs", "ar"),
        ("责成秘书长", "instructs", "zh"),
        ("做出决议", "resolves", "zh"),
    ],
)
def test_call_vocabulary(line, canonical, language):
    match = match_call(line)
    assert (match.canonical, match.language) == (canonical, language)


@pytest.mark.parametrize("line", ["considerations of cost", "chargement", "resolved", "invitee"])
def test_no_false_calls(line):
    assert match_call(line) is None
