"""Justified print read back whole (issue 34's class): ITU sets its Normal
justified, so its PDFs stretch every word space of a line to reach both edges
of the column, and LibreOffice draws no space in a stretched gap. Whatever the
width, every paragraph reads back from the PDF as it was written: one paragraph,
its words joined by spaces (never by tabs, never cut into lines or columns of
their own), its label's tab, its no-break spaces.

The layouts are small Word files of real ITU provisions (the PP-18 corpus),
printed by LibreOffice: two narrow justified columns with hanging lists (in
English, Russian, and French ending in the first column of its last page), a
narrow page at 1.5 lines with a centred title, lines so long that a no-break
space's blank drifts from its gap, and a paragraph whose word spaces line up
down the page (a river, not a gutter). Then the row rule on its own, on
generated lines: a justified line of any words is one line; a table's cells are
not."""

from __future__ import annotations

import io
import re
import sys

import pytest
from conftest import HAS_UNO, ROOT, libreoffice_convert
from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_app.formats.pdf_reader import read_pdf
from delegate_app.formats.pdf_rows import Line, make_lines

sys.path.insert(0, str(ROOT / "tests"))
from print_forms import corpus, set_columns  # noqa: E402

needs_office = pytest.mark.skipif(not HAS_UNO, reason="LibreOffice is installed by the test command")

_NO = re.compile(r"\b(Nos?\.|Article|Annex|Resolution) (?=\d)")


def _provisions(*names: str) -> list[tuple[str, str]]:
    """Labelled provisions of real resolutions, as (label, text), their references
    held together by no-break spaces ("Resolution\u00a070") as ITU prints them;
    items with a footnote mark or a note set inline are left out."""
    out = []
    for name in names:
        for line in corpus(name).read_text(encoding="utf-8").splitlines():
            m = re.match(r"^((?:[a-z]{1,4}\)|\d{1,2}))[\t ](.{120,})$", line)
            if m is None or "____" in line or re.search(r"[a-z]\d", line):
                continue
            out.append((m.group(1), _NO.sub(lambda k: k.group(1) + "\u00a0", m.group(2))))
    return out


def _word_file(paras, *, columns: int = 1, spacing: float | None = None, width: float = 21, margin: float = 1.93):
    """A Word file of ``paras`` ((kind, label, text)): a centred bold title, or a
    justified paragraph, a labelled one in ITU's narrow hanging indent (0.7 cm)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.paragraph_format.space_before, normal.paragraph_format.space_after = Pt(6), Pt(0)
    for kind, label, text in paras:
        p = doc.add_paragraph(f"{label}\t{text}" if label else text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].bold, p.runs[0].font.size = True, Pt(14)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt = p.paragraph_format
        if spacing:
            fmt.line_spacing = spacing
        if label:
            fmt.left_indent, fmt.first_line_indent = Cm(0.7), Cm(-0.7)
            fmt.tab_stops.add_tab_stop(Cm(0.7), WD_TAB_ALIGNMENT.LEFT)
    section = doc.sections[-1]
    section.page_width, section.page_height = Cm(width), Cm(29.7)
    section.left_margin = section.right_margin = Cm(margin)
    set_columns(section, columns)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# instructs the Secretary-General 6 of Resolution 25 (Rev. Dubai, 2018), in French and Russian
_FR = (
    "de poursuivre la mise en œuvre des recommandations du Corps commun d'inspection relatives à la présence"
    " régionale, en tenant compte des besoins des pays en développement et des ressources disponibles dans le"
    " plan financier de l'Union"
)
_RU = (
    "продолжить осуществление рекомендаций Объединенной инспекционной группы, касающихся регионального"
    " присутствия, с учетом потребностей развивающихся стран и ресурсов, имеющихся в финансовом плане Союза"
    " для соответствующего периода"
)


def _layouts():
    items = _provisions("pp18-res48.txt", "pp18-res25.txt", "pp18-res135.txt")
    referenced = [(label, text) for label, text in items if "\u00a0" in text]
    title = ("title", None, "Human resources management and development")
    preamble = ("p", None, "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),")
    return {
        # every third item unlabelled: a plain paragraph between the hanging ones
        "two justified columns": (
            [("p", None if k % 3 == 0 else label, text) for k, (label, text) in enumerate(items[12:40])],
            dict(columns=2),
        ),
        "a narrow page at 1.5 lines": (
            [title, preamble] + [("p", label, text) for label, text in items[:12]],
            dict(spacing=1.5, margin=6),
        ),
        # lines of 200 characters: LibreOffice draws a no-break space's blank up to 2 pt
        # from where PDFium ends the character before it
        "lines as wide as a landscape page": (
            [("p", label, text) for label, text in referenced[:30]],
            dict(width=42, margin=1),
        ),
        # any language: a label before two words of a narrow column (Russian); a text that ends
        # in the first column of its last page (French), where no gutter is to be found
        "Russian in two columns": ([("p", None if k % 2 else str(k + 1), _RU) for k in range(12)], dict(columns=2)),
        "French ending in the first column": (
            [("p", None if k % 2 else str(k + 1), _FR) for k in range(12)],
            dict(columns=2),
        ),
        "word spaces lined up down the page": (
            [("p", None, " ".join([word] * 80)) for word in ("telecommunication", "interoperability")],
            dict(spacing=1.5),
        ),
    }


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("justified")
    out = {}
    for k, (name, (paras, options)) in enumerate(_layouts().items()):
        path = folder / f"layout{k}.docx"
        path.write_bytes(_word_file(paras, **options))
        pdf = libreoffice_convert(path, "pdf").read_bytes()
        out[name] = ([f"{label}\t{text}" if label else text for _, label, text in paras], pdf)
    return out


@needs_office
@pytest.mark.parametrize("layout", list(_layouts()))
def test_every_justified_paragraph_reads_back_whole(printed, layout):
    written, pdf = printed[layout]
    read = [p.text for p in read_pdf(pdf, "justified.pdf").paras]
    assert sum(t.count("\u00a0") for t in read) == sum(t.count("\u00a0") for t in written)
    assert read == written


# -- the row rule on its own --------------------------------------------------------

SIZE = 12.0
_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=6, max_size=14)


def _segment(text: str, x0: float, y0: float) -> Line:
    return Line(text=text, x0=x0, x1=x0 + 6.0 * len(text), y0=y0, y1=y0 + 0.8 * SIZE, size=SIZE)


def _justified(words: list[str], y0: float, left: float, right: float) -> list[Line]:
    """A line of ``words`` spread from ``left`` to ``right``, every gap alike."""
    widths = sum(6.0 * len(w) for w in words)
    gap = (right - left - widths) / (len(words) - 1)
    out, x = [], left
    for w in words:
        out.append(_segment(w, x, y0))
        x += 6.0 * len(w) + gap
    return out


@settings(max_examples=40, deadline=None)
@given(lines=st.lists(st.lists(_WORD, min_size=2, max_size=5), min_size=2, max_size=6), width=st.integers(0, 200))
def test_a_justified_line_of_any_words_is_one_line(lines, width):
    """However few its words and however wide its gaps (two words across a narrow
    column, three spread over four ems apart), a paragraph's justified line is one
    line of words joined by spaces; the paragraph's last line is set ragged."""
    left = 50.0
    right = left + max(6.0 * sum(map(len, words)) + 4.0 * len(words) for words in lines) + width
    segments: list[Line] = []
    for k, words in enumerate(lines[:-1]):
        segments += _justified(words, 700.0 - 14.0 * k, left, right)
    x = left
    for w in lines[-1]:  # the last line: ragged, a word space apart
        segments.append(_segment(w, x, 700.0 - 14.0 * (len(lines) - 1)))
        x = segments[-1].x1 + 3.0
    assert [line.text for line in make_lines(segments)] == [" ".join(words) for words in lines]


@settings(max_examples=20, deadline=None)
@given(cells=st.lists(_WORD, min_size=2, max_size=2), gap=st.floats(5 * SIZE, 20 * SIZE))
def test_a_table_rows_cells_stay_apart(cells, gap):
    """A header table's row, alone, keeps its cells apart however wide the gap:
    it is no justified line, which the lines of its paragraph around it would show."""
    first = _segment(cells[0], 50.0, 700.0)
    second = _segment(cells[1], first.x1 + gap, 700.0)
    assert [line.text for line in make_lines([first, second])] == cells
