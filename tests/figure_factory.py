"""Word files with figures, for tests: tiny PNGs made by hand (no imaging library)
and the inline picture (``w:drawing``) or legacy VML picture (``w:pict``) that
shows one, put into a docx_factory package in place of a placeholder text."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A PNG of one colour with a black frame, ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b""
    for y in range(height):
        row = b"".join(bytes((0, 0, 0) if x in (0, width - 1) or y in (0, height - 1) else rgb) for x in range(width))
        rows += b"\x00" + row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def drawing(rid: str, cx: int, cy: int, shape: int) -> str:
    """A run showing the image of relationship ``rid`` inline, cx x cy EMU."""
    return (
        f'<w:r><w:drawing><wp:inline xmlns:wp="{WP}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{shape}" name="Picture {shape}"/>'
        f'<a:graphic xmlns:a="{A}"><a:graphicData uri="{PIC}"><pic:pic xmlns:pic="{PIC}">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="image{shape}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        f"</wp:inline></w:drawing></w:r>"
    )


def vml(rid: str, width_pt: float, height_pt: float) -> str:
    """A legacy picture (Word 2003's w:pict, v:imagedata) of relationship ``rid``."""
    return (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        f'style="width:{width_pt}pt;height:{height_pt}pt"><v:imagedata r:id="{rid}"/></v:shape></w:pict></w:r>'
    )


def placeholder(n: int) -> str:
    return f"@@FIGURE{n}@@"


def with_figures(data: bytes, runs: dict[int, str], images: dict[str, bytes]) -> bytes:
    """The docx_factory package ``data`` with each placeholder(n) paragraph text
    replaced by ``runs[n]``, and ``images`` ({relationship id: PNG}) added as
    /word/media/<rid>.png parts related from the document."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info).decode("utf-8") if not info.filename.startswith("word/media/") else None
            if info.filename == "word/document.xml":
                for n, run in runs.items():
                    body = body.replace(f'<w:r><w:t xml:space="preserve">{placeholder(n)}</w:t></w:r>', run)
            elif info.filename == "[Content_Types].xml":
                body = body.replace("<Default Extension=\"xml\"", '<Default Extension="png" ContentType="image/png"/>'
                                    '<Default Extension="xml"')  # fmt: skip
            elif info.filename == "word/_rels/document.xml.rels":
                rels = "".join(
                    f'<Relationship Id="{rid}" Type="{IMAGE_REL}" Target="media/{rid}.png"/>' for rid in images
                )
                body = body.replace("</Relationships>", rels + "</Relationships>")
            z.writestr(info.filename, body if body is not None else src.read(info))
        for rid, image in images.items():
            z.writestr(f"word/media/{rid}.png", image)
    return out.getvalue()
