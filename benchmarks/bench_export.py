"""A contribution with 50 MOD proposals to Word with tracked changes, against
python-docx writing the same paragraphs plainly, in one run.

    python benchmarks/bench_export.py [--repeat 5] [--json OUT]
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from bench_redline import edited  # noqa: E402
from common import main, paired_median_ms  # noqa: E402

from delegate_app.core.model import Contribution, ContributionHeader, Proposal  # noqa: E402
from delegate_app.core.redline import redline  # noqa: E402
from delegate_app.formats.docx_writer import contribution_docx  # noqa: E402
from delegate_app.formats.reader import read_file  # noqa: E402


def fifty_mods(count: int = 50) -> Contribution:
    bases = [read_file(p).document for p in sorted((ROOT / "resources" / "starter").glob("*.txt"))]
    proposals = []
    for n in range(count):
        base = bases[n % len(bases)]
        proposals.append(
            Proposal(
                "MOD",
                f"ABC/1A1/{n + 1}",
                resolution=edited(base, edits=6, seed=n),
                base=base,
                reasons="To bring the text up to date.",
            )
        )
    return Contribution(
        header=ContributionHeader(document="Addendum 1 to Document 1-E", source="ABC", title="PROPOSALS"),
        proposals=proposals,
    )


def plain_docx(contrib: Contribution) -> bytes:
    doc = docx.Document()
    for proposal in contrib.proposals:
        doc.add_paragraph(f"{proposal.action}\t{proposal.number}")
        for text in redline(proposal.base, proposal.resolution).new_paragraphs():
            doc.add_paragraph(text)
        doc.add_paragraph(f"Reasons:\t{proposal.reasons}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def run(repeat: int = 5, count: int = 50) -> list[dict]:
    """``count``: fewer MODs for the tests' smoke run (the figure keeps its name)."""
    contrib = fifty_mods(count)
    ours, plain = paired_median_ms(lambda: contribution_docx(contrib), lambda: plain_docx(contrib), repeat)
    return [
        {
            "name": "export_docx_50",
            "value": round(ours, 1),
            "unit": "ms",
            "peer": "python-docx plain paragraphs",
            "peer_value": round(plain, 1),
            "ratio": round(ours / plain, 2),
        }
    ]


if __name__ == "__main__":
    sys.exit(main(__doc__, run, 5))
