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

import re
from dataclasses import dataclass
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from lxml import etree

FONT = "Times New Roman"
LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}
EAST_ASIAN_FONT = "SimSun"
ARABIC_FONT = "Traditional Arabic"
INDENT = 794  # twips: ITU's 1.4 cm label indent
TAB_STOPS = (794, 1191, 1588, 1985)  # Normal's tab stops: the text after an item's label and sub-labels
LINE = 280  # twips: Normal's exact line height (14 pt)


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
    keep_lines: bool = False
    ragged: bool = False  # left-aligned, where Normal is justified (a call, a table's text)


STYLES = [
    StyleSpec("ResNo", "Res_No", size=14, caps=True, center=True, before=24, keep_next=True),
    StyleSpec("Restitle", "Res_title", size=14, bold=True, center=True, before=18, keep_next=True),
    StyleSpec("Resref", "Res_ref", italic=True, center=True, before=6, keep_next=True),
    StyleSpec("Normalaftertitle", "Normal_after_title", before=20),
    StyleSpec("Call", "Call", italic=True, before=12, left=INDENT, keep_next=True, keep_lines=True, ragged=True),
    StyleSpec("enumlev1", "enumlev1", before=4, left=INDENT, hanging=INDENT),
    StyleSpec("enumlev2", "enumlev2", before=4, left=1191, hanging=397),
    StyleSpec("enumlev3", "enumlev3", before=4, left=1588, hanging=397),
    StyleSpec("Proposal", "Proposal", bold=True, before=24, keep_next=True, tab=1134),
    StyleSpec("Reasons", "Reasons", before=12, tab=1134),
    StyleSpec("Headingb", "Heading_b", bold=True, before=12, keep_next=True),
    # ITU's numbered headings ("1.13<tab>Voting"), not python-docx's blue template ones
    StyleSpec("Heading1", "heading 1", bold=True, before=12, left=INDENT, hanging=INDENT, keep_next=True, ragged=True),
    StyleSpec("Heading2", "heading 2", bold=True, before=8, left=INDENT, hanging=INDENT, keep_next=True, ragged=True),
    StyleSpec("Heading3", "heading 3", bold=True, before=8, left=INDENT, hanging=INDENT, keep_next=True, ragged=True),
    StyleSpec("Title1", "Title 1", size=14, caps=True, center=True, before=12),
    StyleSpec("Source", "Source", size=14, bold=True, center=True, before=24),
    StyleSpec("AnnexNo", "Annex_No", size=14, caps=True, center=True, before=36, keep_next=True),
    StyleSpec("AnnexRef", "Annex_Ref", center=True, before=6, keep_next=True),
    StyleSpec("Annextitle", "Annex_title", size=14, bold=True, center=True, before=12, keep_next=True),
    # a published resolution's own parts (WTSA Resolution 1): sections, notes, appendices, figures
    StyleSpec("SectionNo", "Section_No", size=14, caps=True, center=True, before=24, keep_next=True),
    StyleSpec("Sectiontitle", "Section_title", size=14, bold=True, center=True, before=6, keep_next=True),
    StyleSpec("Note", "Note", size=11, before=5),
    StyleSpec("AppendixNo", "Appendix_No", size=14, caps=True, center=True, before=24, keep_next=True),
    StyleSpec("Appendixtitle", "Appendix_title", size=14, bold=True, center=True, before=12, keep_next=True),
    StyleSpec("Figure", "Figure", center=True, before=12, keep_next=True),
    StyleSpec("Figurelegend", "Figure_legend", size=11, center=True, before=6),
    StyleSpec("Tablehead", "Table_head", size=11, bold=True, center=True, before=3),
    StyleSpec("Tabletext", "Table_text", size=11, before=3, ragged=True),
    StyleSpec("FootnoteText", "footnote text", size=10, before=4, left=255, hanging=255),
    StyleSpec("FootnoteReference", "footnote reference", size=8, character=True, superscript=True),
    StyleSpec("Header", "header", size=10, center=True, before=0),
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


_SECTION = re.compile(r"^(SECTION|SECCIÓN|РАЗДЕЛ)\s+\S+$", re.IGNORECASE)
_NOTE = re.compile(r"^(NOTE|NOTA|ПРИМЕЧАНИЕ)(\s+\d+[a-z]*)?\s+[–—-]\s")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2}){0,2}$")
_APPENDIX = re.compile(r"^(APPENDIX|APPENDICE|APÉNDICE|ДОПОЛНЕНИЕ)\b", re.IGNORECASE)


def provision_style(label: str, depth: int, text: str = "", previous: str = "") -> str:
    """ITU writes an item of a call in Normal ("a)<tab>text", the text after
    Normal's first tab stop and its next lines back at the margin) and keeps
    enumlev1-3 for the items inside an item. A published resolution's own
    parts are told by their words, as ITU's file styles them (shared docs,
    itu-word-styles.md): "SECTION 1" and the title after it, "NOTE 6 – …", and
    a short numbered line with no closing punctuation ("1.13<tab>Voting"), a
    heading of its number's depth."""
    if label and depth:
        return f"enumlev{min(depth, 3)}"
    if not label:
        if _SECTION.match(text):
            return "SectionNo"
        if previous in ("SectionNo", "Sectiontitle") and _is_heading(text):
            return "Sectiontitle"
        return "Note" if _NOTE.match(text) else "Normal"
    if _NUMBERED_HEADING.match(label) and _is_heading(text):
        return f"Heading{min(label.count('.') + 1, 3)}"
    return "Normal"


def _is_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 10 and text[:1].isupper() and not text.rstrip().endswith((".", ";", ",", ":"))


def annex_style(role: str, text: str, appendix: bool) -> str | None:
    """An appendix's number ("APPENDIX I") and title in ITU's Appendix styles
    (``appendix``: the annex being written is one); None: the role's own style."""
    if role == "annex":
        return "AppendixNo" if _APPENDIX.match(text) else None
    return "Appendixtitle" if role == "annex-title" and appendix else None


def install(document: Any, language: str) -> None:
    """Define ITU styles and the document language on a fresh python-docx document."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    _complex_script(normal.element, 12, False, False)
    fmt = normal.paragraph_format
    fmt.space_before = Pt(8)  # as ITU's own file: 8 pt before, justified
    fmt.space_after = Pt(0)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Twips(LINE)
    for stop in TAB_STOPS:
        fmt.tab_stops.add_tab_stop(Twips(stop))
    for spec in STYLES:  # all but "header" are missing from python-docx's blank template
        kind = WD_STYLE_TYPE.CHARACTER if spec.character else WD_STYLE_TYPE.PARAGRAPH
        style = styles[spec.name] if spec.name in styles else styles.add_style(spec.name, kind)
        style.element.set(qn("w:styleId"), spec.style_id)
        _apply(style, spec, normal)
    _language_defaults(document, language)


def _apply(style: Any, spec: StyleSpec, normal: Any) -> None:
    font = style.font
    if spec.character:
        font.superscript = spec.superscript
        font.size = Pt(spec.size)
        _complex_script(style.element, spec.size, False, False)
        return
    style.base_style = normal
    _plain_font(style.element)
    font.size = Pt(spec.size)
    font.bold = spec.bold or None
    font.italic = spec.italic or None
    font.all_caps = spec.caps or None
    fmt = style.paragraph_format
    fmt.space_before = Pt(spec.before)
    fmt.space_after = Pt(spec.after)
    if spec.center:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif spec.ragged:
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if spec.left:
        fmt.left_indent = Twips(spec.left)
    if spec.hanging:
        fmt.first_line_indent = Twips(-spec.hanging)
        fmt.tab_stops.add_tab_stop(Twips(spec.left))
    if spec.tab:  # Normal's stops before it cleared: "(MOD)" and "MOD" alike put the number at the same place
        for stop in TAB_STOPS:
            if stop < spec.tab:
                fmt.tab_stops.add_tab_stop(Twips(stop), WD_TAB_ALIGNMENT.CLEAR)
        fmt.tab_stops.add_tab_stop(Twips(spec.tab))
    if spec.keep_next:
        fmt.keep_with_next = True
    if spec.keep_lines:
        fmt.keep_together = True
    _complex_script(style.element, spec.size, spec.bold, spec.italic)


def _plain_font(style_element: Any) -> None:
    """No theme font, colour or italic of python-docx's template (its headings are
    blue Calibri, with a character style linked): an ITU style takes Normal's
    Times New Roman, in black."""
    for link in style_element.findall(qn("w:link")):
        style_element.remove(link)
    rpr = style_element.find(qn("w:rPr"))
    if rpr is None:
        return
    for tag in ("w:rFonts", "w:color", "w:i", "w:iCs"):
        for found in rpr.findall(qn(tag)):
            rpr.remove(found)
    ppr = style_element.find(qn("w:pPr"))
    if ppr is not None:
        for tag in ("w:spacing", "w:keepLines"):
            for found in ppr.findall(qn(tag)):
                ppr.remove(found)


def _complex_script(style_element: Any, size: float, bold: bool, italic: bool) -> None:
    """The complex-script twins of size, bold and italic (w:szCs, w:bCs, w:iCs):
    Arabic text takes its size and emphasis from these, not from w:sz, w:b, w:i,
    and without them fell back to 11 pt, upright and regular."""
    rpr = style_element.get_or_add_rPr()
    for tag, wanted in (("w:bCs", bold), ("w:iCs", italic)):
        if wanted and rpr.find(qn(tag)) is None:
            rpr.append(etree.Element(qn(tag)))
    old = rpr.find(qn("w:szCs"))
    if old is not None:
        rpr.remove(old)
    size_cs = etree.Element(qn("w:szCs"))
    size_cs.set(qn("w:val"), str(int(size * 2)))
    rpr.append(size_cs)
    _schema_order(rpr)


# CT_RPr's children in schema order (the ones these styles use)
_RPR_ORDER = [
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
    "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
    "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
]  # fmt: skip


def _schema_order(rpr: Any) -> None:
    rank = {qn(tag): n for n, tag in enumerate(_RPR_ORDER)}
    children = sorted(rpr, key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        rpr.append(child)


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
