"""Citations of other resolutions, read in the real texts of four languages,
and brought up to date without disturbing the words or footnotes around them."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT

from delegate_app.core.model import FootnoteRef, Provision, Resolution, Section
from delegate_app.core.references import citations, cited, outdated, update_references
from delegate_app.formats.reader import read_file

NEWEST = {
    ("PP", "191", "en"): ("Rev. Bucharest, 2022", 2022),
    ("PP", "191", "fr"): ("Rév. Bucarest, 2022", 2022),
    ("PP", "191", "es"): ("Rev. Bucarest, 2022", 2022),
    ("PP", "191", "ru"): ("Пересм. Бухарест, 2022 г.", 2022),
    ("WTSA", "18", "en"): ("Rev. New Delhi, 2024", 2024),
}


def newest(body, number, language):
    if language:
        return NEWEST.get((body, number, language))
    found = [v for (b, n, _), v in NEWEST.items() if (b, n) == (body, number)]
    return max(found, key=lambda v: v[1]) if found else None


@pytest.mark.parametrize("lang", ["fr", "es", "ru"])
def test_citations_in_other_languages_name_their_body(lang):
    res = read_file(FIXTURES / "languages" / f"{lang}-res59.txt").document
    found = {(c.body, c.number, c.year) for _, c in cited(res)}
    assert ("PP", "191", 2018) in found and ("PP", "123", 2018) in found
    updated, changes = update_references(res, newest)
    assert changes and all("2022" in u.new for u in changes)
    assert not [o for o in outdated(updated, newest) if o.citation.number == "191"]
    assert NEWEST[("PP", "191", lang)][0] in str(updated.to_dict())


def test_the_english_starter_text_and_a_citation_without_body():
    res = read_file(ROOT / "resources" / "starter" / "wtdc-res59-kigali-2022.txt").document
    places = {place.path: c for place, c in cited(res)}
    assert places["recalling f)"].named == "WTSA Resolution 18 (Rev. Geneva, 2022)"
    # "as called for by Resolution 191 (Rev. Dubai, 2018)": its body is the one cited with it before
    assert places["resolves ¶1"].body == "PP"


def test_footnote_marks_after_an_updated_citation_move_with_the_text():
    text = "Resolution 18 (Rev. Geneva, 2022) of WTSA, and countries"
    note = FootnoteRef(len(text), 1)
    res = Resolution(
        body="WTDC",
        number="59",
        sections=[Section("recalling", [Provision("a)", text, notes=[note])])],
        language="en",
    )
    updated, changes = update_references(res, newest)
    prov = updated.sections[0].provisions[0]
    assert prov.text == "Resolution 18 (Rev. New Delhi, 2024) of WTSA, and countries"
    assert prov.notes[0].offset == len(prov.text) and res.sections[0].provisions[0].notes[0].offset == len(text)
    assert [(u.place, u.old, u.new) for u in changes] == [
        ("recalling a)", "Resolution 18 (Rev. Geneva, 2022)", "Resolution 18 (Rev. New Delhi, 2024)")
    ]


def test_brackets_without_a_revision_and_unknown_bodies_are_left_alone():
    res = Resolution(
        body="PP",
        number="1",
        sections=[
            Section("noting", [Provision("a)", "Resolution 18 (see Annex) and Resolution 18 (Rev. Geneva, 2022)")])
        ],
    )
    assert [c.body for _, c in cited(res)] == [None]
    assert update_references(res, newest)[1] == []


def _one(*texts, label="f)"):
    return Resolution(
        body="WTDC",
        number="59",
        sections=[Section("recalling", [Provision(label, t) for t in texts])],
        language="en",
    )


def test_two_items_with_one_label_each_keep_their_own_text():
    """A text with two "f)" items (a conversion's slip, or a draft): each citation
    is rewritten in its own item, once."""
    res = _one(
        "Resolution 18 (Rev. Geneva, 2022) of WTSA, on principles;", "see Resolution 18 (Rev. Hammamet, 2016) of WTSA;"
    )
    updated, changes = update_references(res, newest)
    texts = [p.text for p in updated.sections[0].provisions]
    assert texts == [
        "Resolution 18 (Rev. New Delhi, 2024) of WTSA, on principles;",
        "see Resolution 18 (Rev. New Delhi, 2024) of WTSA;",
    ]
    assert len(changes) == 2


def test_a_newest_text_known_by_its_year_alone_or_in_capitals():
    known = {("RA", "ITU-R 75"): ("", 2023), ("PP", "191"): ("REV. DUBAI, 2018", 2018)}

    def library(body, number, language):
        return known.get((body, number))

    res = _one(
        "Resolution ITU-R 75 (Geneva, 2019) of the Radiocommunication Assembly;",
        "Resolution 191 (Rev. Busan, 2014) of the Plenipotentiary Conference;",
    )
    found = {o.citation.number: o for o in outdated(res, library)}
    assert (found["ITU-R 75"].newest, found["ITU-R 75"].replaceable) == ("2023", False)  # never "()"
    assert found["191"].newest == "Rev. Dubai, 2018"
    updated, changes = update_references(res, library)
    assert [u.new for u in changes] == ["Resolution 191 (Rev. Dubai, 2018)"]
    assert "Geneva, 2019" in updated.sections[0].provisions[0].text


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "la Résolution 18 (Rév. Genève, 2022) de l’Assemblée mondiale de normalisation des télécommunications",
            "WTSA",
        ),
        ("Резолюция 18 (Пересм. Женева, 2022 г.) Всемирной ассамблеи по стандартизации электросвязи", "WTSA"),
        ("Резолюция 59 (Пересм. Кигали, 2022 г.) Всемирной конференции по развитию электросвязи", "WTDC"),
        ("Resolution 191 (Rev. Busan, 2014) of PP", "PP"),
        ("Resolution 18 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly (WTSA)", "WTSA"),
    ],
)
def test_the_body_a_citation_names_in_its_language(text, body):
    (found,) = citations(text)
    assert found.body == body
