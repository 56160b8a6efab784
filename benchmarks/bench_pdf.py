"""Reading PDFs: the whole import (PDFium's characters, our lines, paragraphs,
footnotes and the parser) against `pdftotext` (poppler) and pdfminer.six's
plain text extraction, on the same files in the same run.

    python benchmarks/bench_pdf.py [--repeat 5] [--json OUT]

The files are made here from the PP-18 development corpus, as LibreOffice
prints them: a few single resolutions of a few pages each (in an ADD proposal:
the contribution's header table, running header, footnotes under their rule),
and a volume of 50 resolutions in one PDF. Targets (issue 34): the median
ratio to pdftotext at most 5, the volume in under 30 s.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import main, metric, paired_median_ms  # noqa: E402

CORPUS = ROOT.parent / "shared" / "fixtures" / "pp18-final-acts"
SAMPLES = ROOT / "resources" / "samples" / "pp18"
SINGLE = ("pp18-res191.txt", "pp18-res11.txt", "pp18-res25.txt", "pp18-res71.txt", "pp18-res135.txt", "pp18-res200.txt")


def _texts() -> list[Path]:
    folder = CORPUS if CORPUS.is_dir() else SAMPLES
    return sorted(folder.glob("pp18-res*.txt"))


def contribution_of(paths: list[Path]) -> bytes:
    """The resolutions in ADD proposals, as the app writes a contribution (tests/print_forms.py too)."""
    from delegate_app.core.model import Contribution, ContributionHeader, Proposal
    from delegate_app.formats.docx_writer import contribution_docx
    from delegate_app.formats.reader import read_file

    header = ContributionHeader(
        meeting="PLENIPOTENTIARY CONFERENCE (PP-26)",
        document="Addendum 1 to Document 12-E",
        date="1 May 2026",
        original_language="English",
        source="Member States",
        title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
    )
    proposals = [
        Proposal(action="ADD", number=f"ABC/12A1/{n}", resolution=read_file(p).document, reasons="As printed.")
        for n, p in enumerate(paths, 1)
    ]
    return contribution_docx(Contribution(header=header, proposals=proposals))[0]


def make_pdfs(folder: Path, singles_count: int = len(SINGLE), volume_count: int = 50) -> tuple[list[Path], Path]:
    """The single resolutions and the volume, printed by LibreOffice in one run."""
    texts = _texts()
    by_name = {p.name: p for p in texts}
    singles = ([by_name[n] for n in SINGLE if n in by_name] or texts[:5])[:singles_count]
    docs = []
    for path in singles:
        docs.append(folder / f"{path.stem}.docx")
        docs[-1].write_bytes(contribution_of([path]))
    volume = folder / "volume-50.docx"
    volume.write_bytes(contribution_of(texts[:volume_count]))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, [*docs, volume]),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return [d.with_suffix(".pdf") for d in docs], volume.with_suffix(".pdf")


def _pages(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def run(repeat: int = 5, quick: bool = False) -> list[dict]:
    """``quick`` (the tests' smoke run): one single resolution, a "volume" of
    two, no pdfminer; the figures keep their names."""
    if shutil.which("soffice") is None or shutil.which("pdftotext") is None:
        print("bench_pdf: needs LibreOffice and pdftotext (poppler-utils)", file=sys.stderr)
        return []
    from pdfminer.high_level import extract_text

    from delegate_app.formats.reader import read_bytes

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        singles, volume = make_pdfs(Path(tmp), 1, 2) if quick else make_pdfs(Path(tmp))
        ratios, miner_ratios = [], []
        for pdf in singles:
            data = pdf.read_bytes()

            def ours(data: bytes = data, name: str = pdf.name) -> None:
                read_bytes(data, name)

            def poppler(path: Path = pdf) -> None:
                subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)

            ours_ms, poppler_ms = paired_median_ms(ours, poppler, repeat)
            start = time.perf_counter()
            if not quick:
                extract_text(str(pdf))
            miner_ms = (time.perf_counter() - start) * 1000
            ratios.append(ours_ms / poppler_ms)
            miner_ratios.append(miner_ms / poppler_ms)
            out.append(
                metric(
                    f"read_pdf_{pdf.stem}",
                    ours_ms,
                    peer="pdftotext",
                    peer_value=poppler_ms,
                    pages=_pages(pdf),
                    pdfminer_ms=round(miner_ms, 1),
                )
            )
        out.append(
            metric(
                "read_pdf_median_ratio",
                statistics.median(ratios),
                unit="x",
                pdfminer_median_ratio=round(statistics.median(miner_ratios), 2),
                files=len(ratios),
            )
        )
        data = volume.read_bytes()
        start = time.perf_counter()
        document = read_bytes(data, volume.name).document
        ours_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        subprocess.run(["pdftotext", str(volume), "-"], check=True, capture_output=True)
        poppler_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        if not quick:
            extract_text(str(volume))
        miner_ms = (time.perf_counter() - start) * 1000
        out.append(
            metric(
                "read_pdf_volume_50",
                ours_ms,
                peer="pdftotext",
                peer_value=poppler_ms,
                pages=_pages(volume),
                resolutions=len(getattr(document, "proposals", [])),
                pdfminer_ms=round(miner_ms, 1),
            )
        )
    return out


if __name__ == "__main__":
    sys.exit(main(__doc__, run, 5))
