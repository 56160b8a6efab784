"""Texts as real conversions deliver them: PDF to Markdown, Word to text with
lost numbering, odd encodings; and labels that need the sequence to be read."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, ROOT, itu_text

from delegate_app.core.errors import InputError, NotITUText
from delegate_app.core.labels import LETTER, NUMBER, ROMAN, split_label
from delegate_app.core.paragraphs import plain_spaces
from delegate_app.core.parse import parse_source
from delegate_app.formats.reader import read_bytes, read_file
from delegate_app.formats.text_reader import read_text

CONVERTED = FIXTURES / "converted"


def test_pdf_markdown_parses_like_the_word_text():
    md = read_file(CONVERTED / "wtdc-res59-from-pdf.md").document
    word = read_file(itu_text("wtdc-res59-kigali-2022.txt")).document
    assert (md.body, md.number, md.revision, md.title) == (word.body, word.number, word.revision, word.title)
    assert [s.call for s in md.sections] == [
        "recalling",
        "considering",
        "taking into account",
        "resolves",
        "invites Member States and Sector Members",
        "instructs the Director of the Telecommunication Development Bureau",
        "instructs the ITU Telecommunication Development Sector study groups",
    ]
    recalling, considering, taking = md.sections[:3]
    assert [p.label for p in recalling.provisions] == ["a)", "b)", "c)", "d)", "e)", "f)"]
    # the wrapped lines are one paragraph again, bullets and emphasis gone, spaces plain
    for n in (1, 2, 3):  # the PDF lost the non-breaking spaces the Word text keeps
        assert plain_spaces(recalling.provisions[n].text) == plain_spaces(word.sections[0].provisions[n].text)
    # the footnote definition between items became a footnote, not a provision
    assert recalling.provisions[0].notes and md.footnotes[0].text.startswith("These include")
    assert [p.label for p in considering.provisions] == ["a)", "b)", "c)"]
    assert considering.provisions[2].text == word.sections[1].provisions[2].text
    # missing labels: three unlabelled items, each its own provision
    assert [p.label for p in taking.provisions] == ["", "", ""]
    assert (
        taking.provisions[1].text == "the growing number of issues of mutual interest and concern to the three Sectors;"
    )
    instructs = md.sections[5]
    assert [p.label for p in instructs.provisions] == ["1", "2", "3"]
    # a word hyphenated at the end of a line is joined
    assert "duplication of effort" in md.sections[6].provisions[0].text


def test_word_text_with_lost_numbering_and_footnote_between_items():
    res = read_file(CONVERTED / "wtsa-res57-lost-numbering.txt").document
    assert res.history == "(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)"
    noting, recognizing, resolves = res.sections
    assert [p.label for p in noting.provisions] == ["", ""]
    assert [p.label for p in recognizing.provisions] == ["a)", "b)"]
    assert recognizing.provisions[0].notes[0].offset == len(
        "that there is a need to improve the participation of developing countries"
    )
    assert [p.label for p in resolves.provisions] == ["1", "2"]


@pytest.mark.parametrize(
    "line, label, kind, rest",
    [
        ("a)\tResolution 123", "a)", LETTER, "Resolution 123"),
        ("- a) Resolution", "a)", LETTER, "Resolution"),
        ("*i)* the procedure", "i)", LETTER, "the procedure"),
        ("ii)\tthe matter", "ii)", ROMAN, "the matter"),
        ("1\tto ensure", "1", NUMBER, "to ensure"),
        ("12\tto ensure", "12", NUMBER, "to ensure"),
        ("3 to continue", "3", NUMBER, "to continue"),
        ("1. in cooperation", "1", NUMBER, "in cooperation"),
        ("2) to continue", "2", NUMBER, "to continue"),
        ("(b) the role", "b)", LETTER, "the role"),
    ],
)
def test_labels(line, label, kind, rest):
    found, text = split_label(line)
    assert (found.text, found.kind, text) == (label, kind, rest)


@pytest.mark.parametrize(
    "line", ["2022 was a year of change", "5G networks", "that the Council", "ITU-R 75", "abc) is not a label"]
)
def test_not_labels(line):
    assert split_label(line)[0] is None


def _resolution(body: str) -> bytes:
    return (
        "RESOLUTION 1 (Rev. Geneva, 2022)\nTitle\nThe World Telecommunication Standardization Assembly "
        "(Geneva, 2022),\n" + body
    ).encode()


def test_roman_after_b_nests_and_i_after_h_continues():
    items = "".join(f"{c})\titem {c};\n" for c in "abcdefgh")
    res = parse_source(
        read_text(
            _resolution(
                "considering\n" + items + "i)\tninth;\nresolves\n1\tthat:\ni)\tfirst;\nii)\tsecond;\n2\tthat;\n"
            ),
            "t.txt",
        )
    )
    considering, resolves = res.sections
    assert [p.label for p in considering.provisions][-2:] == ["h)", "i)"]
    assert [p.label for p in resolves.provisions] == ["1", "2"]
    assert [c.label for c in resolves.provisions[0].children] == ["i)", "ii)"]


def test_unknown_call_found_by_shape():
    res = parse_source(read_text(_resolution("considering\na)\tone;\nfurther affirming\na)\ttwo;\n"), "t.txt"))
    assert [s.call for s in res.sections] == ["considering", "further affirming"]


def test_encodings():
    text = _resolution("considering\na)\tthe Union’s purposes;\n").decode()
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("cp1252")):
        res = read_bytes(data, "r.txt").document
        assert res.sections[0].provisions[0].text == "the Union’s purposes;"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Dear colleagues,\nThe meeting is on Tuesday.\n", "not an ITU resolution"),
        (b"RESOLUTION 5 (Rev. Kigali, 2022)\nA title with nothing after it\n", "no call"),
        (b"x" * 200_001, "characters long"),
    ],
)
def test_bad_text_is_refused_with_a_clear_message(data, message):
    with pytest.raises(InputError) as info:
        read_bytes(data, "bad.txt")
    assert message in str(info.value) and "bad.txt" in str(info.value)


def test_non_itu_text_is_not_itu():
    with pytest.raises(NotITUText):
        read_bytes(b"Minutes of the meeting\nconsidering the weather\na) rain\n", "m.txt")


def test_pdf_footnotes_are_cut_off_the_items_and_referenced():
    """The PP-18 Final Acts as extracted from ITU's PDF: each page's footnotes
    sit at the end of an item after the printed rule, their marks glued to a
    word ("countries1"). Every note becomes a footnote, referenced where its
    mark stood, and no item keeps a rule or a glued mark."""
    import glob
    import re

    files = sorted(glob.glob(str(ROOT.parent / "shared/fixtures/pp18-final-acts/*.txt")))
    if not files:
        pytest.skip("the PP-18 corpus is in ../shared")
    total = 0
    for name in files:
        res = read_file(name).document
        provisions = list(res.provisions())
        assert not [p.text for p in provisions if "_____" in p.text], name
        used = {r.footnote for p in provisions for r in p.notes} | {r.footnote for r in res.heading_notes}
        assert {n.number for n in res.footnotes} <= used, name
        total += len(res.footnotes)
    assert total >= 50
    res101 = read_file(ROOT.parent / "shared/fixtures/pp18-final-acts/pp18-res101.txt").document
    assert res101.footnotes[0].text.startswith("These include the least developed countries")
    glued = [p.text for p in res101.provisions() if re.search(r"countries1\b|organizations2\b", p.text)]
    assert glued == []


def _resolution_text(items: str) -> bytes:
    head = (
        "RESOLUTION 59 (Rev. Baku, 2025)\nStrengthening coordination\n"
        "The World Telecommunication Development Conference (Baku, 2025),\n"
    )
    return (head + items).encode("utf-8")


def test_bis_labels_are_labels_at_their_items_level():
    """ITU's "b)bis" and "1bis" (items a later conference inserted) are labels,
    siblings of b) and 1, not text of the item before."""
    text = "recalling\na)\tthat one;\nb)\tthat two;\nb)bis\tthat two more;\nc)\tthat three;\n"
    text += "resolves\n1\tthat one;\n1bis\tthat one more;\n2\tthat two;\n"
    result = read_bytes(_resolution_text(text), "bis.txt")
    recalling, resolves = result.document.sections
    assert [p.label for p in recalling.provisions] == ["a)", "b)", "b)bis", "c)"]
    assert [p.label for p in resolves.provisions] == ["1", "1bis", "2"]
    assert result.warnings == []


def test_a_label_sequence_that_starts_again_or_jumps_is_reported():
    text = "considering\na)\tthat one;\nb)\tthat two;\na)\tthat one again;\nb)\tthat two again;\nc)\tthat three;\n"
    text += "resolves\n1\tthat one;\n2\tthat two;\n5\tthat five;\n"
    warnings = read_bytes(_resolution_text(text), "restart.txt").warnings
    assert warnings == [
        "considering: b) then a): the labels start again in one call; check that no call was lost",
        "resolves: 2 then 5: labels are missing between them; check the text",
    ]


def test_compounds_broken_at_a_pdf_line_end_are_joined():
    import glob
    import re

    files = sorted(glob.glob(str(ROOT.parent / "shared/fixtures/pp18-final-acts/*.txt")))
    if not files:
        pytest.skip("the PP-18 corpus is in ../shared")
    left = []
    for name in files:
        for p in read_file(name).document.provisions():
            left += [w for w in re.findall(r"\w+- \w+", p.text) if not w.endswith(("- and", "- or"))]
    assert left == []
    text = "considering\na)\tthat the Secretary- General organizes high- level, short- and long-term events;\n"
    (item,) = read_bytes(_resolution_text(text), "pdf.txt").document.sections[0].provisions
    assert item.text == "that the Secretary-General organizes high-level, short- and long-term events;"


def test_items_a_pdf_extraction_glued_together_are_split_again():
    """ "… funding; vi) to solicit …": in a text extracted from a PDF, an item
    glued onto the end of the one before it is split off where its label is the
    next in the list; a Word text's own inline enumeration is left as written."""
    pdf = (
        "instructs the Secretary-General\n1\tto act;\n"
        "2\tto take the following measures: i) to report on high- level events; ii) to consult Member States; "
        "iii) to publish the results;\n3\tto report to the Council.\n"
    )
    res = read_bytes(_resolution_text(pdf), "pdf.txt").document
    (section,) = res.sections
    assert [p.label for p in section.provisions] == ["1", "2", "3"]
    assert [c.label for c in section.provisions[1].children] == ["i)", "ii)", "iii)"]
    assert section.provisions[1].children[0].text == "to report on high-level events;"
    word = pdf.replace("high- level", "high-level")
    (section,) = read_bytes(_resolution_text(word), "word.txt").document.sections
    assert section.provisions[1].children == [] and "; ii) to consult" in section.provisions[1].text


def test_a_pdf_note_that_runs_on_into_the_next_page_gives_it_back():
    """The last note of a page, in a PDF extraction, runs on into what follows
    it on the next page: a call and its first items ("… 300 GHz. resolves to
    instruct the Directors … 1 to collect …; 2 to work …"). The note ends at
    the sentence before the call; the call and its items are the text's again."""
    text = (
        "considering\na)\tthat developing countries1 need support; ____________________ 1 These include the least "
        "developed countries. resolves to instruct the Directors of the three Bureaux 1 to collect and disseminate "
        "information; 2 to work closely with all relevant organizations;\n"
    )
    res = read_bytes(_resolution_text(text), "pdf.txt").document
    assert [s.call for s in res.sections] == ["considering", "resolves to instruct the Directors of the three Bureaux"]
    assert [p.label for p in res.sections[1].provisions] == ["1", "2"]
    assert res.footnotes[0].text == "These include the least developed countries."


def test_a_lost_hyphen_is_restored_only_where_itu_starts_a_word():
    """The reader finds "ITUR" by its letters and checks the word's start itself (a
    leading \\b made the expression 16 times slower): on random strings of ITU's
    letters, scripts, digits and marks it changes exactly what \\bITU([RTD])\\b does."""
    import random
    import re

    from delegate_app.formats.text_reader import _LOST_HYPHEN, _hyphen

    word_start = re.compile(r"\bITU([RTD])\b")
    rng = random.Random(7)
    pieces = ["ITU", "R", "T", "D", "X", " ", "_", "-", "é", "Ж", "1", "\u2011", "a", "ITUR", "\n", "中", "’", "٣"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _LOST_HYPHEN.sub(_hyphen, text) == word_start.sub("ITU\u2011\\1", text), text
    assert read_text(b"RESOLUTION 1\n\nthe ITUR and ITUT Sectors, not xITUR", "t.txt").paras[2].text == (
        "the ITU\u2011R and ITU\u2011T Sectors, not xITUR"
    )
