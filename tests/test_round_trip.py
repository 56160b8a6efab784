"""Writing a parsed resolution as text and reading it again gives the same
model, for every real text: the reader and the writer agree on the format."""

from __future__ import annotations

import pytest
from conftest import ROOT, itu_text

from delegate_app.core.model import Contribution
from delegate_app.formats.reader import read_bytes, read_file
from delegate_app.formats.text_writer import resolution_text

REAL = [
    itu_text(n)
    for n in (
        "wtdc-res59-kigali-2022.txt",
        "pp-res191-busan2014-to-dubai2018-flattened-revisions.txt",
        "wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt",
        "council-c26-89-mod-res191-with-4-sector-compilation.txt",
    )
]
REAL += sorted((ROOT / "resources" / "starter").glob("*.txt"))


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_text_round_trip(path):
    doc = read_file(path).document
    resolutions = [p.resolution for p in doc.proposals] if isinstance(doc, Contribution) else [doc]
    for res in resolutions:
        again = read_bytes(resolution_text(res).encode(), "again.txt").document
        assert again.to_dict() == res.to_dict()


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_editor_text_round_trip(path):
    """The draft editor shows footnotes as [^N] with their texts at the end."""
    doc = read_file(path).document
    resolutions = [p.resolution for p in doc.proposals] if isinstance(doc, Contribution) else [doc]
    for res in resolutions:
        text = resolution_text(res, editor=True)
        assert "footnoteRef" not in text
        again = read_bytes(text.encode(), "editor.txt").document
        assert [(p.label, p.text, [n.offset for n in p.notes]) for p in again.provisions()] == [
            (p.label, p.text, [n.offset for n in p.notes]) for p in res.provisions()
        ]
        assert [n.text for n in again.footnotes] == [n.text for n in res.footnotes]
