"""An imported contribution keeps its language in every part: a French or
Spanish SUP and NOC, whose heading and title alone cannot tell French from
English, are written back with the document's own heading word."""

from __future__ import annotations

import pytest
from conftest import ROOT

from delegate_app.core.drafting import new_title_only
from delegate_app.core.model import Contribution, ContributionHeader
from delegate_app.formats.docx_writer import contribution_docx
from delegate_app.formats.reader import read_bytes, read_file

WORD = {"fr": "RÉSOLUTION 59", "es": "RESOLUCIÓN 59"}


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_sup_and_a_noc_alone_keep_the_documents_language(lang, tmp_path):
    base = read_file(ROOT / f"tests/fixtures/languages/{lang}-res59.txt").document
    contrib = Contribution(header=ContributionHeader(document="Document 25"), language=lang)
    contrib.proposals = [new_title_only("SUP", base), new_title_only("NOC", base)]
    for n, proposal in enumerate(contrib.proposals, 1):
        proposal.number, proposal.reasons = f"TST/25/{n}", "—"
    data, _ = contribution_docx(contrib)
    back = read_bytes(data, f"{lang}.docx").document
    assert back.language == lang
    assert [p.resolution.language for p in back.proposals] == [lang, lang]
    assert all(p.resolution.heading.startswith(WORD[lang]) for p in back.proposals)
    again = read_bytes(contribution_docx(back)[0], f"{lang}-again.docx").document
    assert [p.resolution.heading for p in again.proposals] == [p.resolution.heading for p in back.proposals]


DRAFT_NEW = """Document 25-E
1 May 2026
Original: English
Russian Federation
PROPOSALS FOR THE WORK OF THE CONFERENCE
ADD\tRUR/25/1
{heading}
Strengthening something
The World Telecommunication Development Conference (Doha, 2026),
considering
a)\tthat something;
resolves
1\tto do something.
Reasons:\tBecause.
"""


@pytest.mark.parametrize(
    "heading",
    ["DRAFT NEW RESOLUTION [RUR-1] (Doha, 2026)", "PROJET DE NOUVELLE RÉSOLUTION [RUR-1] (Doha, 2026)"],
)
def test_a_draft_new_resolution_with_its_place_and_year_is_read(heading, tmp_path):
    """The heading ITU's templates write for an ADD ("… [RUR-1] (Doha, 2026)")
    is read, not refused whole, and written back as it was."""
    path = tmp_path / "add.txt"
    path.write_text(DRAFT_NEW.format(heading=heading), encoding="utf-8")
    res = read_file(path).document.proposals[0].resolution
    assert (res.draft, res.number, res.revision, res.title) == (
        True,
        "[RUR-1]",
        "Doha, 2026",
        "Strengthening something",
    )
    back = read_bytes(contribution_docx(read_file(path).document)[0], "add.docx").document.proposals[0].resolution
    assert (back.draft, back.number, back.revision) == (True, "[RUR-1]", "Doha, 2026")
