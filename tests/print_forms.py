"""Word files laid out the ways ITU prints its texts, for LibreOffice to turn
into PDFs the reader must read back: PP-18 resolutions (the development
corpus) in ADD proposals, then

- ``heads``: running heads that alternate between odd and even pages, as the
  Final Acts have them ("Res. 191 ... 57" on odd pages, "58 ... PP-18" on even
  ones), with the page number at either edge, and running feet under the
  notes ("PP-18 – Resolution 191   5");
- ``typeset``: the text as a typesetter leaves it: soft hyphens inside long
  words the document writes often (LibreOffice breaks lines there and prints
  a hyphen, which the reader removes when the document writes the word whole
  elsewhere, and only then), ligature
  characters (U+FB01 "ﬁ", U+FB02 "ﬂ"), no-break spaces in "No. 47";
- ``hanging``: every labelled item in a narrow hanging indent (ITU's enumlev1:
  the text 0.7 cm after the label, whatever the label's width);
- ``spacing``: 1.5 line spacing;
- ``columns``: the text in two columns;
- ``long_notes``: the "developing countries" note made long enough to be
  continued on the next page, under LibreOffice's continuation rule.

``clean`` is the same document without what only print adds (soft hyphens,
ligatures): what the reader must give back. The no-break spaces stay in both.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from conftest import ROOT, libreoffice_convert

CORPUS = ROOT.parent / "shared" / "fixtures" / "pp18-final-acts"
SAMPLES = ROOT / "resources" / "samples" / "pp18"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def corpus(name: str) -> Path:
    path = CORPUS / name
    return path if path.exists() else SAMPLES / name


def contribution(names: list[str]) -> bytes:
    """The resolutions in ADD proposals, as the app writes a contribution (the
    benchmark's own builder, so that the tests and the benchmark print the same)."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pdf import contribution_of

    return contribution_of([corpus(name) for name in names])


_NO = re.compile(r"\b(Nos?\.|Article|Annex|Resolution) (?=\d)")
_LONG = re.compile(r"[a-z]{10,}")


def _soft(m: re.Match[str]) -> str:
    word = m.group(0)
    cut = len(word) // 2
    return word[:cut] + "\u00ad" + word[cut:]


def _ligatures(text: str) -> str:
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def layout(
    data: bytes,
    *,
    typeset: bool = False,
    heads: bool = False,
    hanging: bool = False,
    spacing: float | None = None,
    columns: int = 1,
    long_notes: bool = False,
) -> bytes:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc = docx.Document(io.BytesIO(data))
    body = doc.element.body
    texts = [t for t in body.iter(W + "t") if t.text and not any(a.tag == W + "tbl" for a in t.iterancestors())]
    # soft hyphens only in words the document writes three times or more: a word broken at a line
    # end is joined again when the document writes it whole elsewhere, and only then
    often = Counter(w.lower() for t in texts for w in _LONG.findall(t.text))
    for t in texts:
        text = _NO.sub(lambda m: m.group(1) + "\u00a0", t.text)
        if typeset:
            text = _ligatures(_LONG.sub(lambda m: _soft(m) if often[m.group(0).lower()] >= 3 else m.group(0), text))
        t.text = text
    for p in doc.paragraphs:
        fmt = p.paragraph_format
        if spacing:
            fmt.line_spacing = spacing
        label = re.match(r"^(?:\(?[a-z]{1,4}\)|\d{1,2}(?:\.\d{1,2})*|[–•])\t", p.text)
        if hanging and label:
            fmt.left_indent, fmt.first_line_indent = Cm(0.7), Cm(-0.7)
            fmt.tab_stops.add_tab_stop(Cm(0.7), WD_TAB_ALIGNMENT.LEFT)
    section = doc.sections[-1]
    if heads:
        doc.settings.odd_and_even_pages_header_footer = True
        section.different_first_page_header_footer = False

        def head(header, left: str, right: str, page_left: bool) -> None:
            p = header.paragraphs[0]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            for extra in header.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)

            def page() -> None:
                fld = OxmlElement("w:fldSimple")
                fld.set(qn("w:instr"), "PAGE")
                run = OxmlElement("w:r")
                t = OxmlElement("w:t")
                t.text = "1"
                run.append(t)
                fld.append(run)
                p._p.append(fld)

            if page_left:
                page()
                p.add_run(f"\t{right}")
            else:
                p.add_run(f"{left}\t")
                page()

        section.header.is_linked_to_previous = False
        section.even_page_header.is_linked_to_previous = False
        head(section.header, "Res. 191", "", page_left=False)
        head(section.even_page_header, "", "PP-18", page_left=True)
        # and feet, under the notes, as ITU's Word publications have them
        section.footer.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        head(section.footer, "PP-18 – Resolution 191", "", page_left=False)
        head(section.even_page_footer, "PP-18 – Resolution 191", "", page_left=False)
    set_columns(section, columns)
    out = io.BytesIO()
    doc.save(out)
    data = out.getvalue()
    if long_notes:
        data = _in_notes(
            data, lambda text: text.replace("economies in transition.", "economies in transition." + _MORE)
        )
    return _in_notes(data, _ligatures) if typeset else data


_MORE = (
    " They are listed by the United Nations, whose lists are reviewed every three years by the Committee for"
    " Development Policy, and the Union follows those lists in its programmes, its fellowships and its reduced"
    " contributions for the participation of their delegates."
) * 6


def set_columns(section, columns: int) -> None:
    """A python-docx section set in ``columns`` columns 1 cm (567 twips) apart, as
    ITU's printed texts are; one column leaves it as it is. python-docx has no
    setting for it: the section's ``w:cols`` is written."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if columns > 1:
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(columns))
        cols.set(qn("w:space"), "567")


def _in_notes(data: bytes, change) -> bytes:
    """The footnotes' texts changed (python-docx does not open the notes)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "word/footnotes.xml":
                text = content.decode("utf-8")
                text = re.sub(
                    r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)",
                    lambda m: m.group(1) + change(m.group(2)) + m.group(3),
                    text,
                )
                content = text.encode("utf-8")
            dst.writestr(item, content)
    return out.getvalue()


def render(files: dict[str, bytes], folder: Path) -> dict[str, bytes]:
    """Each Word file printed to PDF by this process's one LibreOffice."""
    paths = []
    for name, data in files.items():
        path = folder / f"{name}.docx"
        path.write_bytes(data)
        paths.append(path)
    for path in paths:
        libreoffice_convert(path, "pdf")
    return {name: (folder / f"{name}.pdf").read_bytes() for name in files}
