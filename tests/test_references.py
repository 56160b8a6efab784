"""Citations of other resolutions, read in the real texts of four languages,
and brought up to date without disturbing the words or footnotes around them."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT

from delegate_app.core.model import FootnoteRef, Provision, Resolution, Section
from delegate_app.core.references import cited, outdated, update_references
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
    places = {path: c for path, c in cited(res)}
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
