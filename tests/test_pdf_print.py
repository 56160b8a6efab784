"""The PP-18 resolutions printed the ways ITU prints them, read back from the
PDF LibreOffice makes of them: every call, item and footnote the same as in
the Word file they were printed from (see print_forms for the forms)."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests"))
import print_forms as pf  # noqa: E402

from delegate_app.formats.reader import read_bytes  # noqa: E402

pytestmark = [
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by the test command"),
    pytest.mark.slow,  # a LibreOffice render; skipped by --quick
]

# items and sub-items (i) to vi)), footnotes, long calls and a continued page or two each
TEXTS = ["pp18-res191.txt", "pp18-res25.txt", "pp18-res135.txt", "pp18-res48.txt"]
FORMS = {
    "typeset": dict(typeset=True),
    "heads": dict(heads=True, spacing=1.5),
    "hanging": dict(hanging=True),
    "long notes": dict(long_notes=True),
    "columns": dict(columns=2),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The Word files and their PDFs, rendered once for the module."""
    base = pf.contribution(TEXTS)
    words = {name: pf.layout(base, **options) for name, options in FORMS.items()}
    clean = {
        name: pf.layout(base, hanging=options.get("hanging", False), long_notes=options.get("long_notes", False))
        for name, options in FORMS.items()
    }
    pdfs = pf.render(words, tmp_path_factory.mktemp("print"))
    return clean, pdfs


def _items(res):
    """Every call, label, text and note of a resolution, one line each."""
    out = [f"{res.number} | {res.revision} | {res.title} | {res.history} | {res.preamble}"]
    for s in res.sections:
        out.append(f"CALL {s.call}")
        for p in s.provisions:
            out.append(f"  {p.label}\t{p.text}\t{[n.footnote for n in p.notes]}")
            out += [f"    {c.label}\t{c.text}\t{[n.footnote for n in c.notes]}" for c in p.children]
    out += [f"NOTE {n.mark or n.number}\t{n.text}" for n in res.footnotes]
    return out


def _read_back(clean: bytes, pdf: bytes):
    word = read_bytes(clean, "clean.docx").document
    printed = read_bytes(pdf, "printed.pdf").document
    assert [p.number for p in printed.proposals] == [p.number for p in word.proposals]
    return [(_items(w.resolution), _items(p.resolution)) for w, p in zip(word.proposals, printed.proposals)]


@pytest.mark.parametrize("form", list(FORMS))
def test_every_call_item_and_note_reads_back_from_the_print(printed, form):
    clean, pdfs = printed
    for expected, got in _read_back(clean[form], pdfs[form]):
        if form == "columns":  # a title word too long for its column is cut there, as printed ("informatio n")
            expected[0], got[0] = expected[0].replace(" ", ""), got[0].replace(" ", "")
        assert got == expected


def test_a_note_continued_on_the_next_page_is_kept_whole(printed):
    clean, pdfs = printed
    for expected, got in _read_back(clean["long notes"], pdfs["long notes"]):
        notes = [line for line in got if line.startswith("NOTE")]
        assert notes == [line for line in expected if line.startswith("NOTE")]
    assert any(len(line) > 1500 for line in notes)


def test_words_broken_at_line_ends_are_joined_by_the_documents_own_evidence(printed):
    """Soft hyphens broke many words at line ends, printed as hyphens; a word
    the text writes with its hyphen stays so ("inter-Sector", "2020-2023");
    ligatures are letters again; no-break spaces stay."""
    clean, pdfs = printed
    text = "\n".join(line for _, got in _read_back(clean["typeset"], pdfs["typeset"]) for line in got)
    assert "\ufb01" not in text and "\ufb02" not in text and "\ufb03" not in text
    assert "No.\u00a0119" in text and "sufficient" in text and "flexibility" in text
    assert "inter-Sector" in text and "-\n" not in text


def test_the_reader_joins_line_ends_as_a_reader_of_print_does():
    """Without a document around it: the rules on their own. A soft hyphen in the
    text layer joins; a plain hyphen joins only where the document writes the
    word whole elsewhere and never with the hyphen; otherwise it is kept."""
    from delegate_app.core.paragraphs import Para
    from delegate_app.formats.pdf_reader import _joined, _rejoin_broken_words

    paras = [
        Para(_joined("the distri\u00ad", "bution of work")),  # a soft hyphen in the text layer
        Para(_joined("the distri-\u00ad", "bution of work")),
        Para(_joined("a stra-", "tegic plan")),  # written whole elsewhere
        Para(_joined("the inter-", "sectoral groups")),  # written with its hyphen elsewhere
        Para("the inter-sectoral task force, the strategic plan and the coordination of work"),
        Para(_joined("a people-", "centred set")),  # no evidence either way: kept
        Para(_joined("for 2020-", "2023") + " " + _joined("the Inter-", "Sectoral")),
    ]
    _rejoin_broken_words(paras, [])
    assert [p.text for p in paras] == [
        "the distribution of work",
        "the distribution of work",
        "a strategic plan",
        "the inter-sectoral groups",
        "the inter-sectoral task force, the strategic plan and the coordination of work",
        "a people-centred set",
        "for 2020-2023 the Inter-Sectoral",
    ]
