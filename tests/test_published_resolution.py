"""A published resolution reproduced (issue 35; shared docs/itu-word-styles.md):
a Word file built with the styles and footnotes of ITU's WTSA Resolution 1,
exported as a MOD of itself, comes back with the same paragraph styles (SECTION,
section title, Heading 1-3, Note, Appendix), the history's footnote marks in
their place ("(Hammamet, 2016)1, 1bis"), its "−" labels, and 1.6-1.10 beside
1.5 rather than under it; and without a single mark.

Not reproduced yet: figures (the reader keeps no images; see the report)."""

from __future__ import annotations

import io
import re
import zipfile

import docx_factory as f

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
    f.plain("1.13\tVoting", "Heading2"),
    f.plain("1.13.1\tRecorded votes", "Heading3"),
    f.plain("1.13.2\tA vote is taken by show of hands."),
    f.plain("NOTE 6 – Notes are set smaller.", "Note"),
    f.plain("APPENDIX I", "AppendixNo"),
    f.plain("Title of the appendix", "Appendixtitle"),
    f.plain("The appendix's text."),
]  # fmt: skip
NOTES = {1: ("1", "Malaga-Torremolinos, 1984."), 2: ("1bis", "Amended at Hammamet, 2016.")}


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
    res = read_bytes(f.build(RES1, NOTES), "res1.docx").document
    exported = contribution_docx(mod_contribution(res, res, number="ABC/1/1", reasons="—"))[0]
    assert b"<w:ins " not in exported and b"<w:del " not in exported  # a MOD of itself marks nothing
    # every paragraph from the preamble on in the style ITU's file gives it
    start = RES1.index(HEAD[-1])
    wanted = [(style or "Normal", "".join(v for _, v in runs)) for style, runs, _ in RES1[start:]]
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
