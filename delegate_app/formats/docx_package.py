"""The Word package around an export: its properties, its parts and its running header.

python-docx starts every document from its own blank template, which is a
Word 2013 file from a Mac: core properties that say it was created on
2013-12-23 by "python-docx", an app.xml that names "Microsoft Macintosh
Word", a blank thumbnail, a Japanese theme language, a stylesWithEffects part
and 164 styles nobody uses. A secretariat reads those properties (and Word
shows them), so the package is made to describe this document: created and
modified now, by the author, with its title and language, holding only the
parts and styles it uses. Pages after the first carry ITU's running header:
the page number (a PAGE field) and the document number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Twips
from lxml import etree

from .. import APP_NAME, __version__
from .itu_styles import LANG_TAGS

W_STYLE, W_STYLE_ID, W_DEFAULT = qn("w:style"), qn("w:styleId"), qn("w:default")
W_NAME, W_VAL = qn("w:name"), qn("w:val")
_LEFTOVERS = (
    RT.THUMBNAIL,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
    RT.NUMBERING,
    RT.WEB_SETTINGS,
)
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{app}</Application><DocSecurity>0</DocSecurity><Company>{company}</Company>"
    "<AppVersion>{version}</AppVersion></Properties>"
)


def describe(document: Any, *, title: str, author: str, language: str, stamp: datetime, subject: str = "") -> None:
    """Core and app properties of this document, nothing of the template's."""
    props = document.core_properties
    props.title = _property(title)
    props.subject = _property(subject)
    props.author = _property(author)
    props.last_modified_by = _property(author)
    props.created = props.modified = stamp.replace(microsecond=0)
    for printed in props._element.findall(qn("cp:lastPrinted")):  # the template's
        props._element.remove(printed)
    props.revision = 1
    props.language = LANG_TAGS.get(language, "en-GB")
    props.keywords = props.category = props.comments = props.content_status = ""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.format(app=escape(APP_NAME), company="", version=_app_version(__version__)).encode(
                "utf-8"
            )


def _property(text: str) -> str:
    """A core property as the package holds it: one line, XML-safe, at most the
    255 characters python-docx (and Word's dialog) allow; a longer title is cut
    with "…" (the document's own title paragraph keeps it whole)."""
    from .ooxml import xml_text

    text = " ".join(xml_text(text).split())
    return text if len(text) <= 255 else text[:254].rstrip() + "…"


def _app_version(version: str) -> str:
    """app.xml wants "XX.YYYY" digits: 0.3.1 is 00.0003."""
    parts = [int(p) if p.isdigit() else 0 for p in version.split(".")[:2]] + [0, 0]
    return f"{parts[0]:02d}.{parts[1]:04d}"


def drop_leftovers(document: Any, language: str) -> None:
    """The template's parts this document does not use, its theme language, and
    every style no paragraph, run, table or other style refers to."""
    package = document.part.package
    for rels in (package.rels, document.part.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in _LEFTOVERS:
                del rels[rid]
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), LANG_TAGS.get(language, "en-GB"))
        theme.set(qn("w:eastAsia"), "zh-CN")
        theme.set(qn("w:bidi"), "ar-SA")
    for name in ("w:attachedTemplate", "w:rsids", "w:docId"):
        for el in settings.findall(qn(name)):
            settings.remove(el)
    _prune_styles(document)


@contextmanager
def template_styles_aside(document: Any, keep: Iterable[str]) -> Iterator[None]:
    """While styles are being defined: the blank template's styles set aside
    but its defaults and those named in ``keep`` (which are being defined or
    redefined), with what they are based on, link to and are followed by.

    python-docx finds a style by name by reading every style's name, and the
    template has 164 of them: defining the ITU styles against them cost a
    fifth of an export. Afterwards the template's styles are put back in their
    order, before the styles defined meanwhile, so the document is exactly what
    it would have been (a report may use a template style, Heading1; what no
    paragraph uses goes in drop_leftovers, as before)."""
    from docx.styles import BabelFish

    names = {BabelFish.ui2internal(name) for name in keep}
    styles = document.styles.element
    template = list(styles.iterchildren(W_STYLE))
    roots = set()
    for style in template:
        name = style.find(W_NAME)
        if style.get(W_DEFAULT) in ("1", "true") or (name is not None and name.get(W_VAL) in names):
            roots.add(style.get(W_STYLE_ID))
    used = _closure(template, roots)
    for style in template:
        if style.get(W_STYLE_ID) not in used:
            styles.remove(style)
    try:
        yield
    finally:
        known = set(template)
        defined = [style for style in styles.iterchildren(W_STYLE) if style not in known]
        for style in template + defined:
            styles.append(style)  # (moved, for those still there)


def _prune_styles(document: Any) -> None:
    styles = document.styles.element
    roots: set[str] = {s.get(W_STYLE_ID) for s in styles.iterchildren(W_STYLE) if s.get(W_DEFAULT) in ("1", "true")}
    parts = [document.element, *(p.element for p in _xml_parts(document))]
    for root in parts:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            roots |= {el.get(W_VAL) for el in root.iter(qn(tag))}
    _keep_only(styles, roots)


def _keep_only(styles: Any, roots: set[str]) -> None:
    """Remove every style but ``roots`` and what they are based on, link to and are followed by."""
    by_id = {s.get(W_STYLE_ID): s for s in styles.iterchildren(W_STYLE)}
    used = _closure(by_id.values(), roots)
    for sid, style in by_id.items():
        if sid not in used:
            styles.remove(style)


def _closure(styles: Iterable[Any], roots: set[str]) -> set[str]:
    """The ids of ``roots`` and of the styles they are based on, link to and are followed by."""
    by_id = {s.get(W_STYLE_ID): s for s in styles}
    used: set[str] = set()
    todo = [r for r in roots if r in by_id]
    while todo:  # a style keeps what it is based on, links to and is followed by
        sid = todo.pop()
        if sid in used:
            continue
        used.add(sid)
        for tag in ("w:basedOn", "w:link", "w:next"):
            el = by_id[sid].find(qn(tag))
            if el is not None and el.get(W_VAL) in by_id:
                todo.append(el.get(W_VAL))
    return used


def _xml_parts(document: Any) -> list[Any]:
    """Parts besides the body that hold paragraphs: headers, footers, footnotes."""
    found = []
    for rel in document.part.rels.values():
        target = None if rel.is_external else rel.target_part
        if target is not None and hasattr(target, "element") and rel.reltype in (RT.HEADER, RT.FOOTER):
            found.append(target)
        elif target is not None and rel.reltype == RT.FOOTNOTES and getattr(target, "_element", None) is not None:
            found.append(_Wrapped(target._element))
    return found


class _Wrapped:
    def __init__(self, element: Any) -> None:
        self.element = element


def running_header(document: Any, reference: str, rtl: bool) -> None:
    """ITU's header on every page but the first: the page number between dashes
    (a PAGE field, so Word and LibreOffice count the pages) and, under it, the
    document's reference ("C26/89-E"). The first page has the header table."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header_distance = Twips(567)  # 1 cm, as in ITU's files
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]._p
    p.style = "Header"
    p.append(_text_run("– "))
    field = etree.SubElement(p, qn("w:fldSimple"))
    field.set(qn("w:instr"), " PAGE ")
    field.append(_text_run("2"))
    p.append(_text_run(" –"))
    if reference:
        line = header.add_paragraph()._p
        line.style = "Header"
        line.append(_text_run(reference))
    if rtl:
        from .ooxml import set_bidi

        for para in header._element.iter(qn("w:p")):
            set_bidi(para.get_or_add_pPr())
    section.first_page_header.is_linked_to_previous = False


def _text_run(text: str) -> Any:
    from .ooxml import run

    return run(text)
