"""A published resolution reproduced (issue 35; shared docs/itu-word-styles.md):
a Word file built with the styles and footnotes of ITU's WTSA Resolution 1,
exported as a MOD of itself, comes back with the same paragraph styles (SECTION,
section title, Heading 1-3, Note, Appendix), the history's footnote marks in
their place ("(Hammamet, 2016)1, 1bis"), its "−" labels, and 1.6-1.10 beside
1.5 rather than under it; its figures (an inline picture, a legacy VML one, one
in the appendix) in their place, the same bytes at the same size; and without a
single mark."""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from pathlib import Path

import docx_factory as f
import figure_factory as ff
from conftest import judged_by_libreoffice, libreoffice_convert, libreoffice_revisions

from delegate_app.formats.docx_writer import contribution_docx, mod_contribution
from delegate_app.formats.reader import read_bytes

HEAD = [p for p in f.ITU_PUBLICATION_HEAD if p[0] != "Resref"][:-2]  # up to the first call
RES1 = [
    *HEAD[:-1],
    ("Resref", [("", "(Malaga-Torremolinos, 1984; Hammamet, 2016)"), ("cnote", (1, "1")), ("", ", "),
                ("cnote", (2, "1bis"))], ""),
    HEAD[-1],
    f.plain("resolves", "Call"),
    f.plain("SECTION 1", "SectionNo"),
    f.plain("World Telecommunication Standardization Assembly", "Sectiontitle"),
    f.plain("1\tGeneral", "Heading1"),
    f.plain("1.1\tThe assembly meets every four years."),
    f.plain("1.5\tThe study groups report to it on:"),
    f.plain("−\tthe work they did;", "enumlev1"),
    f.plain("−\tthe work left.", "enumlev1"),
    f.plain("1.6\tThe sixth paragraph."),
    f.plain("1.7\tThe seventh paragraph."),
    f.plain("1.10\tThe tenth paragraph."),
    f.plain(ff.placeholder(1), "Figure"),
    f.plain("Figure 1 – The sectors and their study groups", "Figurelegend"),
    f.plain(ff.placeholder(2), "Figure"),
    f.plain("Figure 2 – A figure of Word 2003", "Figurelegend"),
    f.plain("1.13\tVoting", "Heading2"),
    f.plain("1.13.1\tRecorded votes", "Heading3"),
    f.plain("1.13.2\tA vote is taken by show of hands."),
    f.plain("NOTE 6 – Notes are set smaller.", "Note"),
    f.plain("APPENDIX I", "AppendixNo"),
    f.plain("Title of the appendix", "Appendixtitle"),
    f.plain("The appendix's text."),
    f.plain(ff.placeholder(3), "Figure"),
    f.plain("Figure 3 – The appendix's figure", "Figurelegend"),
]  # fmt: skip
NOTES = {1: ("1", "Malaga-Torremolinos, 1984."), 2: ("1bis", "Amended at Hammamet, 2016.")}
RED, GREEN, BLUE = (200, 0, 0), (0, 160, 0), (0, 0, 200)
PIXELS = [(24, 12), (12, 12), (16, 8)]  # each a colour in a black frame one pixel wide
IMAGES = {rid: ff.png(*px, rgb) for rid, px, rgb in zip(("rId20", "rId21", "rId22"), PIXELS, (RED, GREEN, BLUE))}
# as ITU's file sets them, in EMU: two inline pictures and a VML one of 72 x 72 pt
SIZES = [(2743200, 1371600), (914400, 914400), (1828800, 914400)]
PICTURES = {1: ff.drawing("rId20", *SIZES[0], 1), 2: ff.vml("rId21", 72, 72), 3: ff.drawing("rId22", *SIZES[2], 2)}


def res1_docx() -> bytes:
    """The test file: ITU's styles, footnotes and figures."""
    return ff.with_figures(f.build(RES1, NOTES), PICTURES, IMAGES)


def _pictures(data: bytes) -> list[tuple[bytes, tuple[int, int]]]:
    """The pictures of the body in order: the image's bytes and the size it is set at (EMU)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
        targets = {}
        for rel in re.findall(r"<Relationship [^>]*>", rels):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', rel))
            targets[attrs["Id"]] = attrs["Target"]
        out = []
        for drawing in re.findall(r"<w:drawing>.*?</w:drawing>", xml, re.S):
            rid = re.search(r'r:embed="([^"]+)"', drawing).group(1)
            cx, cy = map(int, re.search(r'<wp:extent cx="(\d+)" cy="(\d+)"', drawing).groups())
            out.append((z.read("word/" + targets[rid]), (cx, cy)))
    return out


def _styled(data: bytes) -> list[tuple[str, str]]:
    """(style, text) of each body paragraph, a tab as "\\t"."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        style = re.search(r'<w:pStyle w:val="([^"]*)"', p)
        parts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab)/>", p)
        out.append((style.group(1) if style else "Normal", "".join("\t" if tab else t for t, tab in parts)))
    return out


def test_wtsa_resolution_1_exported_as_a_mod_of_itself_keeps_itus_layout():
    res = read_bytes(res1_docx(), "res1.docx").document
    exported = contribution_docx(mod_contribution(res, res, number="ABC/1/1", reasons="—"))[0]
    assert b"<w:ins " not in exported and b"<w:del " not in exported  # a MOD of itself marks nothing
    # every paragraph from the preamble on in the style ITU's file gives it
    start = RES1.index(HEAD[-1])
    wanted = [(style or "Normal", "".join(v for _, v in runs).replace("@", "")) for style, runs, _ in RES1[start:]]
    wanted = [(style, "" if text.startswith("FIGURE") else text) for style, text in wanted]  # a figure's paragraph
    got = _styled(exported)
    first = got.index(wanted[0])
    assert got[first : first + len(wanted)] == wanted
    # the history's marks in their place, ITU's comma between them, the custom "1bis" kept
    assert ("Resref", "(Malaga-Torremolinos, 1984; Hammamet, 2016), 1bis") in got  # mark 1 is Word's own number
    back = read_bytes(exported, "out.docx").document.proposals[0].resolution
    assert [n.footnote for n in back.history_notes] == [1, 2] and [n.mark for n in back.footnotes][1] == "1bis"
    items = back.sections[0].provisions
    assert [p.label for p in items[3:8]] == ["1.1", "1.5", "1.6", "1.7", "1.10"]
    assert [(c.label, c.text) for c in items[4].children] == [("−", "the work they did;"), ("−", "the work left.")]


def _exported() -> bytes:
    res = read_bytes(res1_docx(), "res1.docx").document
    return contribution_docx(mod_contribution(res, res, number="ABC/1/1", reasons="—"))[0]


def test_its_figures_come_back_the_same_bytes_at_the_same_size_unmarked():
    """Three figures in (two inline pictures, one of Word 2003's VML), three out: the
    same images in the same order at the same size, written as inline pictures in
    paragraphs of ITU's Figure style, no tracked change around them; read back
    again, the same figures on the same provisions."""
    read = read_bytes(res1_docx(), "res1.docx")
    assert not [w for w in read.warnings if "figure" in w]
    exported = _exported()
    assert _pictures(exported) == [(IMAGES[rid], size) for rid, size in zip(IMAGES, SIZES)]
    assert b"<w:ins " not in exported and b"<w:del " not in exported
    assert [style for style, _ in _styled(exported)].count("Figure") == 3
    back = read_bytes(exported, "out.docx").document.proposals[0].resolution
    res = read.document
    assert back.figures == res.figures and len(res.figures) == 3
    placed = [(p.label, p.text, p.figure) for p in back.provisions() if p.figure]
    assert placed == [(p.label, p.text, p.figure) for p in res.provisions() if p.figure] and len(placed) == 2


def test_pandoc_sees_the_figures(tmp_path):
    """pandoc (a reader we did not write) finds the three images, the same bytes at the same size."""
    path = tmp_path / "res1-mod.docx"
    path.write_bytes(_exported())
    markdown = subprocess.run(
        ["pandoc", str(path), "-t", "markdown", "--wrap=none", f"--extract-media={tmp_path}"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    shown = re.findall(r"!\[[^]]*\]\(([^)]+)\)\{width=\"([\d.]+)in\" height=\"([\d.]+)in\"\}", markdown)
    assert [Path(name).read_bytes() for name, _, _ in shown] == list(IMAGES.values())
    assert [(float(w), float(h)) for _, w, h in shown] == [(cx / 914400, cy / 914400) for cx, cy in SIZES]
    assert "\ue002" not in markdown and "@@" not in markdown


def _box(ppm: bytes, rgb: tuple[int, int, int]) -> tuple[int, int]:
    """The width and height in pixels of what is near ``rgb`` in a binary PPM (pdftoppm's)."""
    header = re.match(rb"P6\s+(\d+)\s+\d+\s+\d+\s", ppm)
    width, pixels = int(header.group(1)), ppm[header.end() :]
    xs, ys = [], []
    for k in range(0, len(pixels) - 2, 3):
        if abs(pixels[k] - rgb[0]) < 40 and abs(pixels[k + 1] - rgb[1]) < 40 and abs(pixels[k + 2] - rgb[2]) < 40:
            xs.append(k // 3 % width)
            ys.append(k // 3 // width)
    return (max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else (0, 0)


@judged_by_libreoffice
def test_libreoffice_lays_out_the_figures(tmp_path):
    """LibreOffice reads no tracked change and draws each figure on its page: its
    colour is there when the PDF it makes is rendered (pages kept as PNG in the
    artefacts folder, DELEGATE_SHOTS_DIR, to look at)."""
    path = tmp_path / "res1-mod.docx"
    path.write_bytes(_exported())
    assert libreoffice_revisions(path, "none")["redlines"] == 0
    pdf = libreoffice_convert(path, "pdf")
    subprocess.run(["pdftoppm", "-r", "30", str(pdf), str(tmp_path / "page")], check=True)
    pages = [p.read_bytes() for p in sorted(tmp_path.glob("page*.ppm"))]
    # each figure drawn whole at its size (30 dpi: an inch is 30 pixels), not cut to a line's height
    for colour, (cx, cy), (px, py) in zip((RED, GREEN, BLUE), SIZES, PIXELS):
        width, height = max((_box(page, colour) for page in pages), key=lambda box: box[0] * box[1])
        wanted = (cx / 914400 * 30 * (px - 2) / px, cy / 914400 * 30 * (py - 2) / py)  # the colour inside the frame
        assert abs(width - wanted[0]) < 4 and abs(height - wanted[1]) < 4, (colour, (width, height), wanted)
    shots = os.environ.get("DELEGATE_SHOTS_DIR")
    if shots:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), os.path.join(shots, "res1-figures")], check=True)
