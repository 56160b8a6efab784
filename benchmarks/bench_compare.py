"""Aligning 4 texts of 200 provisions each, and writing the comparison workbook
with rich text against openpyxl writing the same cells plainly, in one run.

    python benchmarks/bench_compare.py [--repeat 5] [--json OUT]
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_redline import big_resolution, edited  # noqa: E402
from common import main, median_ms, paired_median_ms  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from delegate_app.core.align import clear_caches as clear_align_caches  # noqa: E402
from delegate_app.core.compare import compare  # noqa: E402
from delegate_app.core.redline import clear_caches  # noqa: E402
from delegate_app.formats.xlsx_writer import comparison_xlsx  # noqa: E402


def texts(provisions: int = 200) -> list:
    base = big_resolution(provisions * 35)
    count = 0
    for section in base.sections:  # trim to exactly `provisions` provisions
        keep = max(0, min(len(section.provisions), provisions - count))
        section.provisions = section.provisions[:keep]
        count += keep
    base.sections = [s for s in base.sections if s.provisions]
    out = [base]
    for seed in (1, 2, 3):
        variant = edited(base, edits=30, seed=seed)
        for section in variant.sections[seed::5]:  # some items dropped and reordered
            if len(section.provisions) > 2:
                section.provisions.pop(0)
                section.provisions.reverse()
        out.append(variant)
    return out


def plain_xlsx(comp) -> bytes:
    """The same cells as the comparison sheet, plainly: for each aligned row its
    call, its label and every text with its label, as plain strings."""
    wb = Workbook()
    ws = wb.active
    call = ""
    for r, row in enumerate(comp.rows, 1):
        present = [c for c in row.cells if c is not None]
        if row.kind == "call":
            call = present[0].text if present else ""
        label = next((c.label for c in present if c.label), "")
        values = [call, label] + [f"{c.label}  {c.text}" if c and c.label else c.text if c else None for c in row.cells]
        for c, value in enumerate(values, 1):
            ws.cell(row=r, column=c, value=value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def run(repeat: int = 5, provisions: int = 200) -> list[dict]:
    four = texts(provisions)

    def align():  # from cold: no citation remembered from the last round
        clear_align_caches()
        return compare(four)

    align_ms = median_ms(align, repeat)
    comp = compare(four)

    def ours():  # from cold, as an export in a fresh process: no word diff remembered
        clear_caches()
        return comparison_xlsx(comp)

    ours_ms, plain = paired_median_ms(ours, lambda: plain_xlsx(comp), repeat)
    return [
        {
            "name": "align_4x200",
            "value": round(align_ms, 1),
            "unit": "ms",
            "peer": None,
            "peer_value": None,
            "ratio": None,
            "provisions": [sum(1 for _ in t.provisions()) for t in four],
            "rows": len(comp.rows),
        },
        {
            "name": "export_xlsx",
            "value": round(ours_ms, 1),
            "unit": "ms",
            "peer": "openpyxl plain cells",
            "peer_value": round(plain, 1),
            "ratio": round(ours_ms / plain, 2),
        },
    ]


if __name__ == "__main__":
    sys.exit(main(__doc__, run, 5))
