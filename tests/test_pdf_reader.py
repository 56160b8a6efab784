"""PDF files, read by their text layer (PDFium, through pypdfium2): documents rendered by
LibreOffice, a reader we did not write, read back to the same structure as the
Word file or text they were made from; scans, damaged and hostile PDFs refused
in one line."""

from __future__ import annotations

import sys

import pytest
from conftest import HAS_UNO, ROOT, libreoffice_convert

from delegate_app.core.errors import InputError
from delegate_app.core.model import Contribution, ContributionHeader, Proposal
from delegate_app.formats.docx_writer import contribution_docx
from delegate_app.formats.reader import read_bytes, read_file

sys.path.insert(0, str(ROOT / "tests"))
import docx_factory as f  # noqa: E402

needs_office = pytest.mark.skipif(not HAS_UNO, reason="LibreOffice is installed by the test command")
SAMPLE_191 = ROOT / "resources" / "samples" / "pp18" / "pp18-res191.txt"


def _pdf_of(docx: bytes, tmp_path, name: str = "doc") -> bytes:
    source = tmp_path / f"{name}.docx"
    source.write_bytes(docx)
    return libreoffice_convert(source, "pdf").read_bytes()


def _shape(res):
    """What a MOD would be marked against: every call, label, text and note."""
    sections = [
        (s.call, [(p.label, p.text, [c.label for c in p.children]) for p in s.provisions]) for s in res.sections
    ]
    return (res.number, res.revision, res.title, res.preamble, sections, [n.text for n in res.footnotes])


@needs_office
def test_a_contribution_rendered_to_pdf_reads_as_its_word_file(tmp_path):
    """PP Resolution 191 (four pages, a footnote under its rule, a running header
    with the page number and the document number, items crossing pages) in an
    ADD proposal: from the PDF, the same header, the same text, the same note."""
    from delegate_app.core.model import Footnote, FootnoteRef

    res = read_file(SAMPLE_191).document
    item = res.sections[1].provisions[2]  # considering c), on the first page
    res.footnotes.append(Footnote(2, "A note a later conference added.", "1bis"))  # a custom mark
    item.notes = [FootnoteRef(len(item.text) - 1, 2)]
    header = ContributionHeader(
        meeting="PLENIPOTENTIARY CONFERENCE (PP-26)",
        document="Addendum 1 to Document 12-E",
        date="1 May 2026",
        original_language="English",
        source="Member States of the Regional Commonwealth in the field of Communications",
        title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
    )
    proposal = Proposal(action="ADD", number="RCC/12A1/1", resolution=res, reasons="To keep the strategy.")
    data, _ = contribution_docx(Contribution(header=header, proposals=[proposal]))
    pdf = _pdf_of(data, tmp_path)
    from_word = read_bytes(data, "c.docx").document
    from_pdf = read_bytes(pdf, "c.pdf").document
    assert isinstance(from_pdf, Contribution)
    assert from_pdf.header.document == "Addendum 1 to Document 12-E"
    assert (from_pdf.header.meeting, from_pdf.header.date) == (header.meeting, header.date)
    assert _shape(from_pdf.proposals[0].resolution) == _shape(from_word.proposals[0].resolution)
    notes = from_pdf.proposals[0].resolution.footnotes
    assert [n.mark for n in notes] == ["", "1bis"]
    assert notes[0].text.startswith("These include the least developed countries")
    everything = str(from_pdf)
    assert "12(Add.1)-E" not in everything and "– 2 –" not in everything  # the running header is gone


@needs_office
def test_an_itu_publication_rendered_to_pdf_reads_like_its_word_file(tmp_path):
    """ITU's way of publishing a resolution (a cover page, the FOREWORD, an empty
    heading paragraph, then the text), as LibreOffice prints it to PDF."""
    paras = [
        *f.ITU_PUBLICATION_HEAD,
        ("", [("", "b)\tthat working methods need to be stated"), ("note", 1), ("", ";")], ""),
        f.plain("resolves", "Call"),
        f.plain("1\tthat these rules of procedure apply:"),
        f.plain("SECTION 1", "SectionNo"),
        f.plain("General provisions for the conduct of meetings", "Sectiontitle"),
        f.plain("using the traditional approval process", "Sectiontitle"),
        f.plain("1.1\tParticipants shall be:"),
        f.plain("–\tMember States;", "enumlev1"),
        f.plain("–\tSector Members;", "enumlev1"),
        f.plain("1.2\tVoting"),
        f.plain("APPENDIX 1", "AnnexNo"),
        f.plain("Form for the submission of Questions", "Annextitle"),
        f.plain("1\tTitle of the Question."),
    ]
    data = f.build(paras, {1: "As the advisory group proposed."})
    word = read_bytes(data, "r.docx").document
    pdf = read_bytes(_pdf_of(data, tmp_path), "r.pdf").document
    assert (pdf.number, pdf.revision) == ("1", "Rev. Hammamet, 2016")
    assert _shape(pdf) == _shape(word)
    assert pdf.history == word.history
    resolves = word.sections[-1]
    assert [s.call for s in word.sections] == ["considering", "resolves"]  # no call made of a title line
    assert [p.label for p in resolves.provisions] == ["1", "", "", "1.1", "1.2"]
    assert (
        resolves.provisions[2].text
        == "General provisions for the conduct of meetings using the traditional approval process"
    )
    assert [c.label for c in resolves.provisions[3].children] == ["–", "–"]  # sub-items of 1.1; 1.2 goes on
    assert [(a.label, a.title) for a in word.annexes] == [("APPENDIX 1", "Form for the submission of Questions")]


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF made by hand: objects numbered from 1, a cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_scan_with_no_text_layer_is_refused_clearly():
    content = b"q 500 0 0 700 40 60 cm /Im1 Do Q"
    pdf = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream",
        ]
    )
    with pytest.raises(InputError) as refused:
        read_bytes(pdf, "scan.pdf")
    assert "no text" in refused.value.message and "scan" in refused.value.message


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage",
        b"%PDF-1.4\n" + b"\x00\xff" * 5000,
        _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),  # a loop
    ],
    ids=["no root", "binary noise", "pages that contain themselves"],
)
def test_a_damaged_or_hostile_pdf_is_refused_in_one_line(data, tmp_path):
    from test_cli import cli

    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    result = cli("parse", path, check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "PDF" in result.stderr


LONG = (
    "that the coordination and cooperation among the three Sectors of the Union, the General Secretariat and the "
    "regional offices is essential to avoid duplication of effort and to optimize the use of the resources of the "
    "Union, in particular for developing countries, and that the Sector advisory groups should continue to review "
    "the matters under study with a view to reaching agreement on the distribution of work between the Sectors"
)


def _delegates_own_docx(line_spacing=None, space_after=0.0, hanging=False) -> bytes:
    """A delegate's own Word file, not ITU's template: python-docx's defaults, a
    header and a "Page X of Y" footer, a centred title over two lines, long items
    (the same words in several, as drafts have) crossing pages, roman sub-items
    with a hanging indent."""
    import io

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.space_after, normal.paragraph_format.space_before = Pt(space_after), Pt(0)
    if line_spacing:
        normal.paragraph_format.line_spacing = line_spacing
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Document 12-E"
    section.footer.paragraphs[0].text = "Page 1 of 3"

    def para(text, italic=False, centre=False, size=None, indent=False):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:  # ITU's enumlev: label at 0.5 cm, text and its next lines at 1.4 cm
            p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Pt(40), Pt(-26)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(40))
        return p

    para("RESOLUTION 900 (REV. DUBAI, 2018)", centre=True, size=14)
    para(
        "Strategy for the coordination of efforts among the three Sectors of the Union and the General "
        "Secretariat in the implementation of the strategic plan",
        centre=True,
        size=14,
    )
    para("The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),")
    para("considering", italic=True)
    for label in "abcdefghij":
        para(f"{label})\t{LONG} ({label});")
    para("resolves", italic=True)
    para("1\tthat the groups shall:")
    for label in ("i)", "ii)", "iii)"):
        para(f"{label}\t{LONG} ({label});", indent=hanging)
    para("2\tthat this applies at once.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@needs_office
@pytest.mark.parametrize(
    "spacing",
    [dict(line_spacing=1.0), dict(line_spacing=1.5, space_after=6), dict(space_after=0, hanging=True)],
    ids=["single", "one and a half, 6 pt after", "hanging indents"],
)
def test_a_delegates_own_word_file_reads_the_same_from_its_pdf(spacing, tmp_path):
    """Paragraphs are told apart by the document's own line pitch, not ITU's
    14 pt; a line under a hanging indent continues its item; a line that comes
    back on several pages (the same words in several items) is text, while the
    header and the "Page X of Y" footer are not."""
    data = _delegates_own_docx(**spacing)
    word = read_bytes(data, "own.docx").document
    pdf = read_bytes(_pdf_of(data, tmp_path), "own.pdf").document
    assert _shape(pdf) == _shape(word)
    assert [c.label for c in pdf.sections[1].provisions[0].children] == ["i)", "ii)", "iii)"]
    assert "Page 1 of 3" not in str(pdf) and "Document 12-E" not in str(pdf)


def _flate_page(content: bytes) -> bytes:
    import zlib

    packed = zlib.compress(content, 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


@pytest.mark.parametrize(
    "content, said",
    [
        (b" " * (64 * 1024 * 1024), "unpacks to more than"),  # 64 MB of drawing in 64 KB
        (b"BT /F1 1 Tf " + b"(AAAAAAAAAAAAAAAAAAAA) Tj " * 20000 + b"ET", "draws more than"),
    ],
    ids=["a zip bomb", "a page of 400,000 characters"],
)
def test_a_pdf_bomb_is_refused_at_once(content, said, tmp_path):
    import time

    from test_cli import cli

    path = tmp_path / "bomb.pdf"
    path.write_bytes(_flate_page(content))
    started = time.monotonic()
    result = cli("parse", path, check=False)
    assert result.returncode == 2 and said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 60  # minutes and gigabytes before the limits


def test_text_is_drawn_in_chinese_without_the_typesetters_gaps():
    from delegate_app.formats.pdf_pages import no_cjk_spaces as _no_cjk_spaces
    from delegate_app.formats.pdf_reader import _joined

    assert _no_cjk_spaces("第 123 号决议 向 ITU-D 研究组") == "第123号决议向ITU-D研究组"
    assert _joined("（2018 年，", "迪拜") == "（2018 年，迪拜"
    assert _joined("for 2020-", "2023") == "for 2020-2023" and _joined("Inter-", "Sectoral") == "Inter-Sectoral"


@pytest.mark.parametrize(
    "first, rest",
    [
        ("\ue0101bis\ue011A note a later conference added.", []),
        ("\ue0101bis\ue011 1bis A note a later conference added.", []),  # raised, then as typed
        ("1bis \ue0101bis\ue011A note a later conference added.", []),  # as typed, then raised (other fonts)
        ("\ue0101bis\ue011\ue0101bis\ue011 A note a later", ["conference \ue010added.\ue011"]),  # continued
    ],
)
def test_the_readers_own_mark_signs_never_reach_a_note(first, rest):
    """Whatever order the fonts print a custom mark in, the note is its text alone:
    the signs the reader puts around raised characters stay inside the reader."""
    from delegate_app.core.model import Footnote
    from delegate_app.formats.pdf_pages import Line, Page
    from delegate_app.formats.pdf_reader import _note_text, _take_notes, _unmarked

    lines = [Line(text, 50, 500, 100 - 12 * n, 110 - 12 * n, 8) for n, text in enumerate([first, *rest])]
    page = Page(lines=lines, rule=120, height=800)
    notes: dict[int, Footnote] = {}
    marks = _take_notes(page, notes)
    note = notes[1]
    note.mark, note.text = _unmarked(note.mark), _unmarked(note.text)
    assert (note.mark, note.text) == ("1bis", "A note a later conference added.")
    assert marks == {"1bis": 1}
    assert _note_text("1", "1990 figures") == "1990 figures"  # a number that only begins with the mark stays
