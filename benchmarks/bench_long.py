"""The long documents of a conference: one resolution with 50 proposals from 10
sources, and the four documents a delegation makes of it, each from cold.

    python benchmarks/bench_long.py [--repeat 3] [--json OUT]

- consolidated_50: the text as amended by the 50 (consolidate: every proposal
  redlined and laid on the text, their clashes found), written to Word with
  tracked changes against the text in force (what ``amended`` writes);
- compilation_50: every proposal under the provision it touches, in Word;
- contribution_docx_50: the 50 proposals as one Word contribution with
  tracked changes;
- comparison_xlsx_50: the text and the 50 aligned side by side, the workbook.

The base is a real long text, PP Resolution 130 (Rev. Dubai, 2018; 5,033
words); each proposal a MOD of it with a few words changed here and there (as
the redline benchmark edits), from ten administrations, five each. Targets are absolute
(1 s each, issue 38): no peer writes these documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_redline import edited  # noqa: E402
from common import main, median_ms, metric  # noqa: E402

from delegate_app.core.align import clear_caches as clear_align_caches  # noqa: E402
from delegate_app.core.compare import compare  # noqa: E402
from delegate_app.core.consolidate import consolidate, spread  # noqa: E402
from delegate_app.core.model import Contribution, ContributionHeader, Proposal, Resolution  # noqa: E402
from delegate_app.core.redline import clear_caches  # noqa: E402
from delegate_app.formats.docx_reports import amended_docx, compilation_docx  # noqa: E402
from delegate_app.formats.docx_writer import contribution_docx  # noqa: E402
from delegate_app.formats.reader import read_file  # noqa: E402
from delegate_app.formats.report_parts import Account, ProposalLabel  # noqa: E402
from delegate_app.formats.xlsx_writer import comparison_xlsx  # noqa: E402

SOURCES = ("ARB", "ATU", "APT", "CEPT", "CITEL", "RCC", "USA", "CHN", "IND", "BRA")


BASE = ROOT / "resources" / "samples" / "pp18" / "pp18-res130.txt"


def base_text() -> Resolution:
    """PP Resolution 130 (Rev. Dubai, 2018), 5,033 words: a long text many
    administrations propose to change (only Resolution 71 is longer)."""
    return read_file(BASE).document


def fifty(base: Resolution, count: int = 50) -> tuple[list[Proposal], list[ProposalLabel]]:
    proposals, labels = [], []
    for n in range(count):
        source = SOURCES[n % len(SOURCES)]
        number = f"{source}/{10 + n % len(SOURCES)}A{1 + n // len(SOURCES)}/1"
        proposals.append(
            Proposal("MOD", number, resolution=edited(base, edits=4, seed=n), base=base, reasons="To update.")
        )
        labels.append(ProposalLabel("MOD", number, source, "Submitted", "To update."))
    return proposals, labels


def documents(count: int = 50) -> dict:
    """The four documents' makers, each from cold (the redline and align caches
    emptied, as in a fresh process)."""
    base = base_text()
    proposals, labels = fifty(base, count)

    def cold(fn):
        def run():
            clear_caches()
            clear_align_caches()
            return fn()

        return run

    def consolidated() -> bytes:
        found = consolidate(base, proposals)
        return amended_docx(Account("The text as amended", ["Applied: all"]), found.text, base)

    def compilation() -> bytes:
        return compilation_docx(Account("Compilation", [f"{count} proposals"]), spread(base, proposals), labels)

    def contribution() -> bytes:
        header = ContributionHeader(document="Addendum 1 to Document 1-E", source="ABC", title="PROPOSALS")
        return contribution_docx(Contribution(header=header, proposals=proposals))[0]

    def comparison() -> bytes:
        texts = [base] + [p.resolution for p in proposals if p.resolution is not None]
        return comparison_xlsx(compare(texts, ["In force"] + [p.number for p in proposals]))

    return {
        "consolidated": cold(consolidated),
        "compilation": cold(compilation),
        "contribution_docx": cold(contribution),
        "comparison_xlsx": cold(comparison),
    }


def run(repeat: int = 3, count: int = 50) -> list[dict]:
    """The four figures; the names say 50 whatever ``count`` (--quick makes fewer)."""
    makers = documents(count)
    words = sum(len(p.text.split()) for p in base_text().provisions())
    return [
        metric(f"{name}_50", median_ms(make, repeat), proposals=count, base_words=words)
        for name, make in makers.items()
    ]


if __name__ == "__main__":
    sys.exit(main(__doc__, run, 3))
