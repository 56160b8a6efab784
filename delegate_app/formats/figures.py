"""Figures (images) of a Word file, from the drawing in a run to the resolution that keeps them.

The Word reader meets a picture in a run (``w:drawing`` with ``a:blip r:embed``,
or a legacy ``w:pict`` with ``v:imagedata r:id``) and leaves a private-use
marker in the paragraph's text (``\\ue002N\\ue003``, N the picture's index in
the file), as footnote references travel. The image part is read here once,
within limits: a file cannot fill the store with images (each at most
``MAX_FIGURE_BYTES``, at most ``MAX_FIGURES`` and ``MAX_FIGURES_BYTES`` a file;
what is over is skipped with a line in the import report, and its marker
dropped before the text is parsed). After parsing, ``attach`` moves each marker
out of the text onto its provision (``Provision.figure``, the image in
``Resolution.figures``), so no other door (text, search, comparison, redline)
ever sees a marker.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from ..core.model import Annex, Contribution, Figure, FootnoteRef, Provision, Resolution
from .ooxml import Element
from .opc import Package

FIG_OPEN, FIG_CLOSE = "\ue002", "\ue003"
MARKER = re.compile(FIG_OPEN + r"(\d+)" + FIG_CLOSE)
MAX_FIGURE_BYTES = 5 * 1024 * 1024  # an ITU figure is tens of kB; a scanned page a few MB
MAX_FIGURES = 100
MAX_FIGURES_BYTES = 20 * 1024 * 1024
EMU_PER_PT = 12_700
_MAX_EMU = 914_400 * 50  # 50 inches: a larger size is a broken or hostile one
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_V = "{urn:schemas-microsoft-com:vml}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_VML_SIZE = re.compile(r"(width|height)\s*:\s*([\d.]+)\s*(pt|in|px|cm|mm)?", re.I)
# the image types kept, as the package may spell them -> as written back (SVG is not: it is XML
# a renderer may follow out of the file, and Word keeps a PNG beside it, which is what is read)
_KINDS = {
    "image/png": "image/png",
    "image/jpeg": "image/jpeg",
    "image/jpg": "image/jpeg",
    "image/gif": "image/gif",
    "image/bmp": "image/bmp",
    "image/tiff": "image/tiff",
    "image/x-emf": "image/x-emf",
    "image/emf": "image/x-emf",
    "image/x-wmf": "image/x-wmf",
    "image/wmf": "image/x-wmf",
}
_SAID = 5  # figures left out named one by one in the import report; the rest counted
_VML_UNITS = {"pt": EMU_PER_PT, "in": 914_400, "px": 9_525, "cm": 360_000, "mm": 36_000, "": EMU_PER_PT}


@dataclass
class Found:
    """A picture met in the text: its relationship id and its size in EMU."""

    rid: str
    width: int
    height: int


def marker(index: int) -> str:
    return f"{FIG_OPEN}{index}{FIG_CLOSE}"


def picture(el: Element) -> Found | None:
    """The picture a ``w:drawing``, ``w:pict`` or ``mc:AlternateContent`` shows, if
    it shows one (a text box or a shape holds none)."""
    blip = el.find(f".//{_A}blip")
    if blip is not None and blip.get(_R + "embed"):
        extent = el.find(f".//{_WP}extent")
        size = (_emu(extent.get("cx")), _emu(extent.get("cy"))) if extent is not None else (0, 0)  # EMU
        return Found(blip.get(_R + "embed") or "", *size)
    image = el.find(f".//{_V}imagedata")
    if image is not None and image.get(_R + "id"):
        shape = image.getparent()
        found = _VML_SIZE.findall((shape.get("style") if shape is not None else "") or "")
        style = {k.lower(): _emu(v, _VML_UNITS.get(u.lower(), EMU_PER_PT)) for k, v, u in found}
        return Found(image.get(_R + "id") or "", style.get("width", 0), style.get("height", 0))
    return None


def _emu(value: str | None, scale: int = 1) -> int:
    """A size in EMU (``value`` times ``scale``), or 0 when it is none, negative or absurd."""
    try:
        number = float(value or 0) * scale
    except ValueError:
        return 0
    return int(number) if 0 < number <= _MAX_EMU else 0


def load(package: Package, main: str, found: list[Found]) -> tuple[list[Figure | None], list[str]]:
    """The images of the pictures found, by index (None: left out), and what was
    left out and why. An image shown many times is read once and counts once
    against the limits; the report names the first few left out and counts the rest."""
    targets = _targets(package, main)
    figures: list[Figure | None] = []
    warnings: list[str] = []
    images: dict[str, bytes] = {}  # part name -> bytes, of the images kept
    total = 0
    for k, item in enumerate(found, 1):
        target = targets.get(item.rid, "")
        data = images.get(target)
        if data is None:
            why, data = _image(package, target, len(images), total)
            if data is None:
                figures.append(None)
                warnings.append(f"figure {k}: {why}; it was left out")
                continue
            images[target] = data
            total += len(data)
        kind = _KINDS[package.content_type(target).lower()]
        width, height = item.width or 2_880_000, item.height or 2_160_000  # 8 x 6 cm when the file says nothing
        # named by its bytes and its size: the same image set larger is another figure
        key = hashlib.sha256(data + f"/{width}x{height}".encode()).hexdigest()[:20]
        figures.append(Figure(key, kind, base64.b64encode(data).decode("ascii"), width, height))
    if len(warnings) > _SAID:
        warnings[_SAID:] = [f"{len(warnings) - _SAID} more figures were left out"]
    return figures, warnings


def _image(package: Package, target: str, kept: int, total: int) -> tuple[str, bytes | None]:
    """The image part's bytes, or why it is not kept."""
    info = package.member(target) if target else None
    if info is None or package.content_type(target).lower() not in _KINDS:
        return "its image is not in the file, or is not one kept (PNG, JPEG, GIF, BMP, TIFF, EMF, WMF)", None
    if kept >= MAX_FIGURES:
        return f"more than {MAX_FIGURES} figures", None
    if info.file_size > MAX_FIGURE_BYTES or total + info.file_size > MAX_FIGURES_BYTES:
        limit = f"{MAX_FIGURE_BYTES // 2**20} MB a figure, {MAX_FIGURES_BYTES // 2**20} MB in all"
        return f"its image is {info.file_size / 2**20:.1f} MB (the limit is {limit})", None
    data = package.read(target)
    return ("its image cannot be read", None) if data is None else ("", data)


def _targets(package: Package, main: str) -> dict[str, str]:
    """The main part's relationships by id (opc.Package lists them by type)."""
    folder, base = posixpath.split(main)
    root = package.xml(posixpath.join(folder, "_rels", base + ".rels"))
    out: dict[str, str] = {}
    if root is None:
        return out
    for el in root.iterchildren(_RELS):
        target = el.get("Target") or ""
        if el.get("TargetMode") == "External" or not el.get("Id"):
            continue  # a linked picture is not in the file: nothing to keep
        path = target if target.startswith("/") else posixpath.join(folder, target)
        out[el.get("Id") or ""] = posixpath.normpath(path)
    return out


def drop_markers(text: str, keep: set[int] | None = None) -> str:
    """``text`` without figure markers (but those of ``keep``)."""
    if FIG_OPEN not in text:
        return text
    return MARKER.sub(lambda m: m.group(0) if keep is not None and int(m.group(1)) in keep else "", text)


def attach(document: Resolution | Contribution, figures: list[Figure | None]) -> list[str]:
    """Each figure marker moved from a provision's text onto the provision and
    its image into the resolution; markers anywhere else dropped. What could not
    be kept is said (a figure in a title, a second figure in one paragraph)."""
    warnings: list[str] = []
    if isinstance(document, Resolution):
        _attach(document, figures, warnings)
        return warnings
    for proposal in document.proposals:
        for res in (proposal.resolution, proposal.base):
            if res is not None:
                _attach(res, figures, warnings, proposal.number)
    _strip(document, warnings, "the contribution")
    return warnings


def _attach(res: Resolution, figures: list[Figure | None], warnings: list[str], where: str = "") -> None:
    kept: dict[str, Figure] = {f.key: f for f in res.figures}
    for prov in list(res.all_provisions()):
        if FIG_OPEN not in prov.text:
            continue
        found = [figures[int(m.group(1))] for m in MARKER.finditer(prov.text) if int(m.group(1)) < len(figures)]
        found_figures = [f for f in found if f is not None]
        _without_markers(prov)
        if found_figures:
            prov.figure = found_figures[0].key
            kept.setdefault(found_figures[0].key, found_figures[0])
        if len(found_figures) > 1:
            warnings.append(
                f"{where + ': ' if where else ''}{len(found_figures)} figures in one paragraph: only the first was kept"
            )
    res.figures = list(kept.values())
    _strip(res, warnings, where or res.heading)


def _without_markers(prov: Provision) -> None:
    """The markers out of the text, the footnote offsets after them moved back."""
    text, notes = prov.text, list(prov.notes)
    for m in reversed(list(MARKER.finditer(text))):
        length = m.end() - m.start()
        notes = [FootnoteRef(n.offset - length if n.offset >= m.end() else n.offset, n.footnote) for n in notes]
        text = text[: m.start()] + text[m.end() :]
    stripped = text.strip()
    if stripped != text:
        lead = len(text) - len(text.lstrip())
        notes = [FootnoteRef(min(max(n.offset - lead, 0), len(stripped)), n.footnote) for n in notes]
    prov.text, prov.notes = stripped, notes


def _strip(obj: Any, warnings: list[str], where: str) -> None:
    """Markers left in any other text (a title, a call, a table cell): dropped, and said."""
    dropped = False
    todo = [obj]
    while todo:
        item = todo.pop()
        if isinstance(item, Resolution) and item is not obj:
            continue  # a proposal's text: attached on its own
        if isinstance(item, list):
            todo.extend(item)
            continue
        if not dataclasses.is_dataclass(item) or isinstance(item, type):
            continue
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, str) and FIG_OPEN in value:
                setattr(item, f.name, drop_markers(value))
                dropped = True
            elif isinstance(value, list) and value and isinstance(value[0], list):  # an annex's table
                setattr(item, f.name, [[drop_markers(cell) for cell in row] for row in value])
            elif isinstance(value, (list, Annex)) or dataclasses.is_dataclass(value):
                todo.append(value)
    if dropped:
        warnings.append(f"{where}: a figure outside the paragraphs of the text was left out")
