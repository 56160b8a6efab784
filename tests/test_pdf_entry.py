"""The PDF renderer's door: exports start it through the app's entry point
with a hidden argument, so the packaged build (whose executable is the frozen
app, taking no ``-m``) renders as the source tree does. The command names the
frozen executable alone when frozen; the entry point renders a PDF with its
text when given the argument, and refuses a wrong call in one line."""

from __future__ import annotations

import sys

from pdfminer.high_level import extract_text

from delegate_app import __main__ as entry
from delegate_app.services import pdf_export


def test_the_command_goes_through_the_entry_point_frozen_or_not(monkeypatch):
    assert pdf_export.RENDER_PDF == entry.RENDER_PDF
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert pdf_export.render_command("a.html", "b.pdf") == [
        sys.executable, "-m", "delegate_app", entry.RENDER_PDF, "a.html", "b.pdf",
    ]  # fmt: skip
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdf_export.render_command("a.html", "b.pdf") == [sys.executable, entry.RENDER_PDF, "a.html", "b.pdf"]


def test_the_hidden_argument_renders_and_refuses_a_wrong_call(qapp, tmp_path, capsys, monkeypatch):
    # qapp: the renderer uses the test process's QApplication; made here it would be a
    # QGuiApplication, and every later test's widgets would abort the process
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    html, pdf = tmp_path / "in.html", tmp_path / "out.pdf"
    html.write_text("<h1>Delegation brief</h1><p>Keep the strategic plan short.</p>", encoding="utf-8")
    assert entry.main([entry.RENDER_PDF, str(html), str(pdf)]) == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert "Keep the strategic plan short." in " ".join(extract_text(pdf).split())

    other = tmp_path / "other.pdf"
    assert entry.main([entry.RENDER_PDF, str(html)]) == 2
    assert capsys.readouterr().err.count("\n") == 1 and not other.exists()
