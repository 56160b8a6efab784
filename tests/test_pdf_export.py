"""Exports as PDF (``-o FILE.pdf``): the brief and a contribution, rendered
by Qt's PDF engine in a process of its own, read back by pdfminer (a reader
we did not write): A4 pages, the brief's stance and talking points, the
contribution's source, proposal number, struck deletion and footnote there;
a workbook export asked for as a PDF is refused in one line, writing nothing."""

from __future__ import annotations

import json

from cli_capsys import import_mod, run
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTPage

from delegate_app.cli.main import run as main


def test_the_brief_and_a_contribution_as_pdf(tmp_path, capsys):
    db = tmp_path / "s.sqlite3"
    import_mod(capsys, tmp_path, db, "c", "shall continue to", "shall", "--number=RCC/12/1",
               "--source=RCC Member States", "--reasons=Shorter.")  # fmt: skip
    versions = json.loads(run(capsys, "list", "--json", "--db", db))
    kigali = next(v["id"] for v in versions if v["revision"] == "Rev. Kigali, 2022")
    run(capsys, "positions", "set", kigali, "--stance", "oppose", "--priority", "high", "--talking-points",
        "No new reporting burden.", "--region", "CEPT=support", "--db", db)  # fmt: skip

    brief = tmp_path / "brief.pdf"
    assert f"wrote {brief}" in run(capsys, "export", "brief", "-o", brief, "--db", db)
    words = " ".join(extract_text(brief).split())
    assert "Delegation brief" in words and "oppose (high)" in words and "No new reporting burden." in words
    assert "Group CEPT Stance support" in words  # the table, read column by column

    contribution = tmp_path / "contribution.pdf"
    run(capsys, "export", "docx", "1", "-o", contribution, "--db", db)
    words = " ".join(extract_text(contribution).split())
    assert "RCC Member States" in words and "MOD RCC/12/1" in words
    assert "shall continue to cooperate actively" in words  # the deletion is there, struck through
    assert "These include the least developed countries" in words  # the footnote
    for pdf in (brief, contribution):
        pages = [p for p in extract_pages(pdf) if isinstance(p, LTPage)]
        assert pages and all(abs(p.width - 595) < 2 and abs(p.height - 842) < 2 for p in pages)

    refused = tmp_path / "positions.pdf"
    assert main(["export", "positions", "-o", str(refused), "--db", str(db)]) == 2
    assert "give a name ending in .xlsx" in capsys.readouterr().err and not refused.exists()
