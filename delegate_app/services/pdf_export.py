"""Exports as PDF (``-o FILE.pdf``): the Word file the export writes, the same
content, rendered to A4 pages by Qt's PDF engine in a process of its own
(ui/pdf_render.py), since this layer never loads Qt.

Why this engine: the app must work offline on a machine without LibreOffice,
and Qt is already inside it (the packaged build included); it embeds the fonts
and shapes Arabic and Chinese. The pages follow the Word file's paragraphs,
tables, footnotes and page breaks (formats/docx_html.py), not Word's own line
breaking: a page may end elsewhere than in Word.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..core.errors import DelegateError
from ..formats.docx_html import docx_html
from .files import write_atomically

RENDER_SECONDS = 120


# the entry point's hidden argument (delegate_app/__main__.py RENDER_PDF); not
# imported from there, since this layer never imports the entry point
RENDER_PDF = "--render-pdf"


def render_command(html: str, pdf: str) -> list[str]:
    """The renderer's process, through the app's entry point: in the packaged
    build sys.executable is the frozen app, which takes no ``-m``, so it is
    started with the hidden argument alone; from source, this Python runs the
    same entry point as a module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RENDER_PDF, html, pdf]
    return [sys.executable, "-m", "delegate_app", RENDER_PDF, html, pdf]


def docx_to_pdf(docx: bytes, out: str | os.PathLike[str], title: str = "") -> None:
    """Write ``docx`` (a Word file Delegate made) to ``out`` as a PDF, atomically."""
    with tempfile.TemporaryDirectory(prefix="delegate-pdf-") as tmp:
        html, pdf = Path(tmp) / "in.html", Path(tmp) / "out.pdf"
        html.write_text(docx_html(docx, title), encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        try:
            done = subprocess.run(
                render_command(str(html), str(pdf)),
                env=env,
                capture_output=True,
                text=True,
                timeout=RENDER_SECONDS,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise DelegateError(f"the PDF could not be rendered ({exc})", str(out)) from None
        if done.returncode != 0 or not pdf.exists():
            said = (done.stderr.strip().splitlines() or ["no reason given"])[-1]
            raise DelegateError(f"the PDF could not be rendered ({said})", str(out))
        write_atomically(out, pdf.read_bytes())


def export_as_pdf(run_export: Callable[[str], None], out: str | os.PathLike[str]) -> None:
    """Run ``run_export(docx_path)`` (an export that writes a Word file), then
    write that file's PDF to ``out``."""
    with tempfile.TemporaryDirectory(prefix="delegate-export-") as tmp:
        docx = Path(tmp) / (Path(out).stem + ".docx")
        run_export(str(docx))
        docx_to_pdf(docx.read_bytes(), out, Path(out).stem)
