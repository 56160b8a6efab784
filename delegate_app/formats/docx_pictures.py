"""Figures written into an export: each image once as a part of the package
(/word/media/figureN.ext, related from the document), and each place that shows
it as an inline picture (``w:drawing/wp:inline``) at the size it was read with.

Our own parts, not python-docx's ``get_or_add_image``: that one parses the
image's header and knows PNG, JPEG, GIF, BMP and TIFF only, while ITU's figures
are often EMF or WMF. The bytes are written as they came, never decoded.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.shared import Emu
from lxml import etree

from ..core.model import Figure
from .ooxml import Element

_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/tiff": "tiff",
    "image/x-emf": "emf",
    "image/x-wmf": "wmf",
}


@dataclass
class Pictures:
    """The figures of one document being written (``document``: python-docx's)."""

    document: Any
    parts: dict[str, str] = field(default_factory=dict)  # Figure.key -> relationship id
    shapes: int = 0  # wp:docPr ids, unique in the document

    def run(self, figure: Figure) -> Element:
        """A w:r showing ``figure``, its image added to the package on first use."""
        rid = self.parts.get(figure.key)
        if rid is None:
            doc_part = self.document.part
            extension = _EXTENSIONS.get(figure.content_type, "bin")
            name = PackURI(f"/word/media/figure{len(self.parts) + 1}.{extension}")
            part = Part(name, figure.content_type, base64.b64decode(figure.data), doc_part.package)
            rid = self.parts[figure.key] = doc_part.relate_to(part, RT.IMAGE)
        self.shapes += 1
        inline = CT_Inline.new_pic_inline(
            self.shapes, rid, f"figure{self.shapes}", Emu(figure.width), Emu(figure.height)
        )
        r = etree.Element(qn("w:r"))
        etree.SubElement(r, qn("w:drawing")).append(inline)
        return r
