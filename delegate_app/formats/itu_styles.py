"""The ITU paragraph styles, defined on a python-docx document.

ITU documents are edited in Word by secretariats that rely on named styles, so
exports use them rather than direct formatting. Names follow ITU's templates:
"enumlev1", "enumlev2", "Normalaftertitle", "Headingb", "Table_head"/"Tablehead",
"Table_text"/"Tabletext" and "Annex_Ref" are confirmed in public code; the
resolution, call, proposal and reasons styles (ResNo, Restitle, Resref, Call,
Proposal, Reasons, Title1, Source, AnnexNo, Annextitle) are named as they appear
in ITU's published Word documents. Display names keep ITU's underscores
("Res_No") and style ids drop them ("ResNo"), as ITU's templates do; the reader
folds both, so either spelling in an incoming file is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from lxml import etree

FONT = "Times New Roman"
LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}
EAST_ASIAN_FONT = "SimSun"
ARABIC_FONT = "Traditional Arabic"
INDENT = 794  # twips: ITU's 1.4 cm label indent


@dataclass(frozen=True)
class StyleSpec:
    style_id: str
    name: str
    size: float = 12
    bold: bool = False
    italic: bool = False
    caps: bool = False
    center: bool = False
    before: float = 6
    after: float = 0
    left: int = 0
    hanging: int = 0
    keep_next: bool = False
    character: bool = False
    superscript: bool = False
    tab: int = 0  # a left tab stop, in twips (after "MOD" on the proposal line)


STYLES = [
    StyleSpec("ResNo", "Res_No", caps=True, center=True, before=24, keep_next=True),
    StyleSpec("Restitle", "Res_title", size=14, bold=True, center=True, before=12, keep_next=True),
    StyleSpec("Resref", "Res_ref", italic=True, center=True, before=6, keep_next=True),
    StyleSpec("Normalaftertitle", "Normal after title", before=18),
    StyleSpec("Call", "Call", italic=True, before=10, left=INDENT, keep_next=True),
    StyleSpec("enumlev1", "enumlev1", before=4, left=INDENT, hanging=INDENT),
    StyleSpec("enumlev2", "enumlev2", before=4, left=INDENT * 2, hanging=INDENT),
    StyleSpec("Proposal", "Proposal", bold=True, before=24, keep_next=True, tab=1134),
    StyleSpec("Reasons", "Reasons", before=12, tab=1134),
    StyleSpec("Headingb", "Heading_b", bold=True, before=12, keep_next=True),
    StyleSpec("Title1", "Title 1", size=14, caps=True, center=True, before=12),
    StyleSpec("Source", "Source", size=14, bold=True, center=True, before=24),
    StyleSpec("AnnexNo", "Annex_No", size=14, caps=True, center=True, before=36, keep_next=True),
    StyleSpec("AnnexRef", "Annex_Ref", center=True, before=6, keep_next=True),
    StyleSpec("Annextitle", "Annex_title", size=14, bold=True, center=True, before=12, keep_next=True),
    StyleSpec("Tablehead", "Table_head", size=11, bold=True, center=True, before=3),
    StyleSpec("Tabletext", "Table_text", size=11, before=3),
    StyleSpec("FootnoteText", "footnote text", size=10, before=4, left=284, hanging=284),
    StyleSpec("FootnoteReference", "footnote reference", character=True, superscript=True),
]

ROLE_STYLES = {
    "heading": "ResNo",
    "title": "Restitle",
    "history": "Resref",
    "preamble": "Normalaftertitle",
    "call": "Call",
    "annex": "AnnexNo",
    "annex-reference": "AnnexRef",
    "annex-title": "Annextitle",
}


def provision_style(label: str, depth: int) -> str:
    if not label:
        return "Normal"
    return "enumlev1" if depth == 0 else "enumlev2"


def install(document: Any, language: str) -> None:
    """Define ITU styles and the document language on a fresh python-docx document."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.paragraph_format.space_before = Pt(6)
    normal.paragraph_format.space_after = Pt(0)
    for spec in STYLES:  # none of them is in python-docx's blank template
        kind = WD_STYLE_TYPE.CHARACTER if spec.character else WD_STYLE_TYPE.PARAGRAPH
        style = styles.add_style(spec.name, kind)
        style.element.set(qn("w:styleId"), spec.style_id)
        _apply(style, spec, normal)
    _language_defaults(document, language)


def _apply(style: Any, spec: StyleSpec, normal: Any) -> None:
    font = style.font
    if spec.character:
        font.superscript = spec.superscript
        return
    style.base_style = normal
    font.size = Pt(spec.size)
    font.bold = spec.bold or None
    font.italic = spec.italic or None
    font.all_caps = spec.caps or None
    fmt = style.paragraph_format
    fmt.space_before = Pt(spec.before)
    fmt.space_after = Pt(spec.after)
    if spec.center:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.left:
        fmt.left_indent = Twips(spec.left)
    if spec.hanging:
        fmt.first_line_indent = Twips(-spec.hanging)
        fmt.tab_stops.add_tab_stop(Twips(spec.left))
    if spec.tab:
        fmt.tab_stops.add_tab_stop(Twips(spec.tab))
    if spec.keep_next:
        fmt.keep_with_next = True


def _language_defaults(document: Any, language: str) -> None:
    """w:lang and fonts in the document defaults, so Word spell-checks and
    shapes the text in its language (East Asian font for Chinese, complex-script
    font and right-to-left for Arabic)."""
    styles_el = document.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = etree.SubElement(styles_el, qn("w:docDefaults"))
        styles_el.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = etree.SubElement(defaults, qn("w:rPrDefault"))
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = etree.SubElement(rpr_default, qn("w:rPr"))
    for tag in ("w:rFonts", "w:lang"):
        old = rpr.find(qn(tag))
        if old is not None:
            rpr.remove(old)
    fonts = etree.Element(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT if language == "ar" else FONT)
    rpr.insert(0, fonts)
    lang = etree.SubElement(rpr, qn("w:lang"))
    lang.set(qn("w:val"), LANG_TAGS.get(language, "en-GB"))
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
