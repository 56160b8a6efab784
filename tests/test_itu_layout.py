"""ITU's layout (issue 35; shared docs/itu-word-styles.md): Normal as ITU's own
file sets it (8 pt before, justified), the complex-script twins of bold and
size wherever they are set (Arabic takes its bold from w:bCs alone), ITU's
headings for the brief rather than python-docx's blue template ones, and a
header table whose fields are not justified."""

from __future__ import annotations

import io
import zipfile

from conftest import ROOT
from lxml import etree

from delegate_app.core.model import Position
from delegate_app.formats.docx_reports import Account, BriefEntry, brief_docx
from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
from delegate_app.formats.reader import read_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: etree.fromstring(z.read(n)) for n in ("word/document.xml", "word/styles.xml")}


def _style(styles, style_id):
    return next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == style_id)


def test_normal_bold_and_the_header_table_as_itu_sets_them():
    base = read_file(ROOT / "tests/fixtures/languages/ar-res59.txt").document
    contrib = mod_contribution(base, base, number="ABC/1/1", reasons="—")
    contrib.header.meeting, contrib.header.document = "PP-26", "Document 25-A"
    parts = _parts(contribution_docx(contrib)[0])
    normal = _style(parts["word/styles.xml"], "Normal")
    assert normal.find(f"{W}pPr/{W}spacing").get(f"{W}before") == "160"  # 8 pt
    assert normal.find(f"{W}pPr/{W}jc").get(f"{W}val") == "both"
    assert _style(parts["word/styles.xml"], "Call").find(f"{W}pPr/{W}jc").get(f"{W}val") == "left"
    body = parts["word/document.xml"]
    bold = [r for r in body.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    assert bold and all(r.find(f"{W}rPr/{W}bCs") is not None for r in bold)
    assert any("الأسباب:" in "".join(r.itertext()) for r in bold)  # "Reasons:" in Arabic, bold in Arabic too
    cell = next(body.iter(f"{W}tc"))
    assert cell.find(f".//{W}p/{W}pPr/{W}jc").get(f"{W}val") == "left"  # a header field is not justified


def test_the_briefs_headings_are_itus_not_the_templates():
    entry = BriefEntry("Résolution 59 de la CMDT", "high", Position("WTDC", "59", "", "support", "high", "why"))
    styles = _parts(brief_docx(Account("Dossier"), [entry], "fr"))["word/styles.xml"]
    heading = _style(styles, "Heading1")
    assert heading.find(f"{W}rPr/{W}color") is None and heading.find(f"{W}rPr/{W}rFonts") is None
    assert heading.find(f"{W}rPr/{W}b") is not None and heading.find(f"{W}rPr/{W}bCs") is not None
    assert heading.find(f"{W}rPr/{W}sz").get(f"{W}val") == "24"  # 12 pt, as the text
