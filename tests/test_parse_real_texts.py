"""Every real ITU text in the fixtures parses to the right structure, call by
call and item by item."""

from __future__ import annotations

import pytest
from conftest import ROOT, itu_text

from delegate_app.core.model import Contribution, Resolution
from delegate_app.core.paragraphs import plain_spaces
from delegate_app.formats.reader import read_file


def parse(name):
    return read_file(itu_text(name)).document


def labels(section):
    return [p.label for p in section.provisions]


@pytest.fixture(scope="module")
def res59():
    return parse("wtdc-res59-kigali-2022.txt")


def test_wtdc59_heading_title_preamble(res59):
    assert isinstance(res59, Resolution)
    assert (res59.body, res59.number, res59.revision) == ("WTDC", "59", "Rev. Kigali, 2022")
    assert res59.title == (
        "Strengthening coordination and cooperation among the three ITU Sectors on matters of mutual interest"
    )
    assert res59.preamble == "The World Telecommunication Development Conference (Kigali, 2022),"
    assert res59.language == "en"
    assert res59.year == 2022


def test_wtdc59_has_its_ten_calls_in_order(res59):
    calls = [s.call for s in res59.sections]
    assert calls == [
        "recalling",
        "considering",
        "taking into account",
        "resolves",
        "invites the Telecommunication Development Advisory Group, in collaboration with "
        "Radiocommunication Advisory Group and Telecommunication Standardization Advisory Group",
        "invites the Director of the Telecommunication Development Bureau, in collaboration with the "
        "Secretary-General, the Director of the Radiocommunication Bureau and the Director of the "
        "Telecommunication Standardization Bureau",
        "invites Member States and Sector Members",
        "invites the Director of the Telecommunication Development Bureau, the Director of the "
        "Radiocommunication Bureau and the Director of the Telecommunication Standardization Bureau",
        "instructs the Director of the Telecommunication Development Bureau",
        "instructs the ITU Telecommunication Development Sector study groups",
    ]
    assert [s.operative for s in res59.sections] == [False] * 3 + [True] * 7


def test_wtdc59_items(res59):
    recalling, considering, taking, resolves = res59.sections[:4]
    assert labels(recalling) == ["a)", "b)", "c)", "d)", "e)", "f)"]
    assert plain_spaces(recalling.provisions[0].text).startswith("Resolution 123 (Rev. Dubai, 2018) of the Plenipot")
    assert recalling.provisions[0].text.startswith("Resolution\u00a0123")  # ITU's non-breaking space, kept
    # the lost non-breaking hyphen in "ITUR" is restored
    assert plain_spaces(recalling.provisions[3].text).startswith("Resolution ITU-R 7-4 (Rev. Sharm el-Sheikh, 2019)")
    assert "collaboration with ITU\u2011D;" in recalling.provisions[3].text  # as ITU writes it
    assert labels(considering) == ["a)", "b)", "c)"]
    assert labels(taking) == ["a)", "b)", "c)", "d)", "e)", "f)"]
    assert labels(resolves) == [""]
    assert resolves.provisions[0].text.startswith("that the Telecommunication Development Advisory Group")
    instructs = res59.sections[8]
    assert labels(instructs) == ["1", "2", "3"]
    assert instructs.provisions[2].text == "to inform TDAG annually on the implementation of this resolution,"
    last = res59.sections[9]
    assert last.provisions[0].text.endswith("the results of work done by the study groups of those two Sectors.")


def test_wtdc59_footnote_is_a_real_footnote(res59):
    first = res59.sections[0].provisions[0]
    assert len(first.notes) == 1
    note = first.notes[0]
    assert first.text[: note.offset].endswith("between the developing")
    assert res59.footnotes[0].number == note.footnote
    assert res59.footnotes[0].text.startswith("These include the least developed countries")
    assert "[" not in first.text and "footnote" not in first.text


def test_no_extraction_artefacts_remain(res59):
    for prov in res59.provisions():
        assert "[bookmark" not in prov.text and "\t" not in prov.text and "  " not in prov.text


def test_pp191_flattened_revisions():
    res = parse("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")
    assert (res.body, res.number, res.revision) == ("PP", "191", "Busan, 2014DUBAI, 2018")
    assert res.title == (
        "Strategy for the inter-sectoral coordination of efforts among within the three Sectors of the UnionITU"
    )
    assert [s.call for s in res.sections] == [
        "noting",
        "considering",
        "recognizing",
        "bearing in mind",
        "resolves to instruct the Secretary-General and the Coordination Committee",
        "instructs the ITU Council",
        "instructs the Directors of the three Bureaux",
        "instructs the ITU Council",
        "invites the Member States",
    ]
    noting = res.sections[0]
    # flattened labels keep both letters as written; the item count is what the page shows
    assert labels(noting) == ["a)", "b)", "c)", "dc)", "ed)", "f)"]
    assert labels(res.sections[2]) == ["a)", "b)", "ac)", "bd)", "c)", "df)"]
    # the stray ", " line of a flattened revision joins the item before it
    assert res.sections[2].provisions[-1].text.endswith(",")
    assert labels(res.sections[4]) == ["1", "1", "2", "3", "4"]
    assert labels(res.sections[6]) == ["1", "2", "32"]
    assert res.footnotes[0].mark == "1"
    # the printed mark "1" after the reference is not left in the text
    dc = noting.provisions[3]
    assert "countries1" not in dc.text and "countries in the activities" in dc.text


def test_rcc_contribution_mod_57():
    doc = parse("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt")
    assert isinstance(doc, Contribution)
    assert doc.abstract.startswith("This contribution proposes modifying Resolution 57")
    assert doc.introduction.startswith("Much attention is given")
    assert len(doc.proposals) == 1
    proposal = doc.proposals[0]
    assert (proposal.action, proposal.number) == ("MOD", "RCC/47A4/1")
    res = proposal.resolution
    assert (res.body, res.number, res.revision) == ("WTSA", "57", "REV. DUBAI, 2012HAMMAMET, 2016")
    assert res.history == "(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)"
    assert (
        res.title
        == "Strengthening coordination and cooperation among the three ITU Sectors on matters of mutual interest"
    )
    assert [s.call for s in res.sections] == ["noting", "considering", "recognizing", "taking into account", "resolves"]
    assert [labels(s) for s in res.sections] == [
        ["a)", "b)", "c)"],
        ["a)", "b)"],
        ["a)", "b)", "c)"],
        ["a)", "b)", "c)"],
        ["1", "2", "3", "4"],
    ]
    assert res.sections[4].provisions[3].text.startswith("to propose to the Director of TSB to report annually")
    assert res.footnotes and res.sections[2].provisions[0].notes


def test_council_contribution_header_proposal_and_compilation():
    doc = parse("council-c26-89-mod-res191-with-4-sector-compilation.txt")
    assert isinstance(doc, Contribution)
    h = doc.header
    assert h.document == "Document C26/89-E"
    assert h.document_number == "C26/89" and h.addendum is None
    assert h.date == "14 April 2026"
    assert h.original_language == "Russian"
    assert h.agenda_item == "Agenda item: ADM 3"
    assert h.source.startswith("Contribution by the Russian Federation, Armenia")
    assert h.title.startswith("PROPOSAL FOR REVISION OF RESOLUTION 191 (REV. BUCHAREST, 2022)")
    assert doc.abstract.startswith("As part of ongoing efforts to streamline")
    assert len(doc.proposals) == 1
    res = doc.proposals[0].resolution
    assert doc.proposals[0].action == "MOD"
    assert (res.body, res.number) == ("PP", "191")
    assert [s.call for s in res.sections] == [
        "notingrecalling",
        "considering",
        "recognizing",
        "taking into account",
        "bearing in mind",
        "resolves",
        "invites",
        "instructs the Secretary-General",
        "instructs the ITU Council",
        "instructs the Secretary-General and the Directors of the three Bureaux",
        "instructs the study groups of all Sectors",
        "invites Member States and Sector Members",
    ]
    resolves = res.sections[5]
    assert labels(resolves) == ["1", "2", "3", "4", "5", "6", "7"]
    assert [c.label for c in resolves.provisions[2].children] == ["i)", "ii)", "iii)"]
    # "i)" after "h)" is the ninth letter, not a roman sub-item
    assert labels(res.sections[2]) == ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "gj)"]
    assert [a.label for a in res.annexes] == ["ANNEX 1", "ANNEX 2", "ANNEX 3"]
    assert res.annexes[1].title.startswith("Coordination of radiocommunication, standardization")
    assert [p.label for p in res.annexes[1].provisions][-1] == "i)"
    # the four-column compilation is an attachment of the contribution, not part of the resolution
    assert len(doc.attachments) == 1
    assert doc.attachments[0].title.startswith("Compilations of PP and sectoral resolutions")


@pytest.mark.parametrize(
    "name, body, number, revision, calls",
    [
        ("ra-res-itu-r-75-dubai-2023.txt", "RA", "ITU-R 75", "", 10),
        ("wtsa-res18-new-delhi-2024.txt", "WTSA", "18", "Rev. New Delhi, 2024", 10),
        ("wtdc-res59-baku-2025.txt", "WTDC", "59", "Rev. Baku, 2025", 11),
        ("wtdc-res59-kigali-2022.txt", "WTDC", "59", "Rev. Kigali, 2022", 10),
    ],
)
def test_starter_library_texts(name, body, number, revision, calls):
    res = read_file(ROOT / "resources" / "starter" / name).document
    assert (res.body, res.number, res.revision) == (body, number, revision)
    assert len(res.sections) == calls
    assert all(s.provisions for s in res.sections), [s.call for s in res.sections if not s.provisions]


def test_ra75_history_and_annexes():
    res = read_file(ROOT / "resources" / "starter" / "ra-res-itu-r-75-dubai-2023.txt").document
    assert res.history == "(2023)" and res.year == 2023
    assert [a.label for a in res.annexes] == ["ANNEX 1", "ANNEX 2", "ANNEX 3", "ANNEX 4"]
    resolves = next(s for s in res.sections if s.call == "resolves")
    third = resolves.provisions[2]
    assert third.label == "3" and [c.label for c in third.children] == ["a)", "b)", "c)"]


def test_wtsa18_heading_footnote_and_annex_references():
    res = read_file(ROOT / "resources" / "starter" / "wtsa-res18-new-delhi-2024.txt").document
    assert res.heading_notes and res.footnotes[0].text.startswith("This resolution should also be brought")
    assert [a.label for a in res.annexes] == ["ANNEX A", "ANNEX B", "ANNEX C"]
    assert res.annexes[0].reference == "(to Resolution 18 (Rev. New Delhi, 2024))"
    assert res.annexes[0].title == "Procedural method of cooperation"


def test_contribution_with_every_action_and_reasons():
    from conftest import FIXTURES

    doc = read_file(FIXTURES / "converted" / "wtsa-contribution-four-actions.txt").document
    h = doc.header
    # the meeting with its place and dates, on a line of their own as the header table sets them
    assert h.meeting == "World Telecommunication Standardization Assembly (WTSA-24)\nNew Delhi, 15-24 October 2024"
    assert h.document == "Addendum 2 to Document 38-E" and (h.document_number, h.addendum) == ("38", 2)
    assert (h.date, h.original_language, h.agenda_item) == ("12 September 2024", "English", "PLENARY MEETING")
    assert h.source.startswith("Member States of the Regional Commonwealth")
    assert h.title == "PROPOSALS FOR THE WORK OF THE ASSEMBLY"
    assert [(p.action, p.number, p.target) for p in doc.proposals] == [
        ("MOD", "RCC/38A2/1", "WTSA Resolution 57"),
        ("SUP", "RCC/38A2/2", "WTSA Resolution 45"),
        ("NOC", "RCC/38A2/3", "WTSA Resolution 44"),
        ("ADD", "RCC/38A2/4", "DRAFT NEW RESOLUTION [RCC-1]"),
    ]
    mod, sup, noc, add = doc.proposals
    assert mod.reasons == "To bring the resolution into line with Resolution 191 (Rev. Dubai, 2018)."
    assert [s.call for s in mod.resolution.sections] == ["noting", "resolves"]
    assert sup.resolution.title.startswith("Effective coordination of standardization work")
    assert sup.resolution.sections == []
    assert sup.reasons == "Its provisions are now covered by Resolution 57;\nthe study groups agreed in 2023."
    assert noc.reasons == "The resolution remains fully relevant."
    assert add.resolution.draft and add.resolution.title == "Remote participation in ITU-T meetings"
    assert [s.call for s in add.resolution.sections] == ["recognizing", "resolves"]
    assert add.reasons == "To make ITU-T work accessible to all Member States."
