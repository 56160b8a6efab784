"""Hand-built Word packages for tests: exact control over tracked changes,
paragraph marks, styles and footnotes, and over the ways a file can be broken
or hostile. Paragraphs are given as (style, [runs], mark) where a run is
("", text), ("ins", text), ("del", text) or ("note", footnote_id), and mark is
"", "ins" or "del" for an inserted or deleted paragraph mark."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_AUTH = 'w:author="Tester" w:date="2026-11-21T10:00:00Z"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{main}"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""
MAIN_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MAIN_DOCM = "application/vnd.ms-word.document.macroEnabled.main+xml"

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def _doc_rels(extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
{extra}</Relationships>"""


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Call"><w:name w:val="Call"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ResNo"><w:name w:val="Res_No"/></w:style>
<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/></w:style>
</w:styles>"""


def _run(kind: str, value, rid: list[int]) -> str:
    if kind == "note":
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{value}"/></w:r>'
    if kind == "cnote":  # a custom mark, as ITU writes "1bis": the mark typed after the reference
        number, mark = value
        return (
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:customMarkFollows="1" w:id="{number}"/><w:t>{escape(mark)}</w:t></w:r>'
        )
    parts = []
    for i, chunk in enumerate(str(value).split("\t")):
        if i:
            parts.append("<w:tab/>")
        if chunk:
            tag = "w:delText" if kind == "del" else "w:t"
            parts.append(f'<{tag} xml:space="preserve">{escape(chunk)}</{tag}>')
    run = f"<w:r>{''.join(parts)}</w:r>"
    if kind in ("ins", "del"):
        rid[0] += 1
        return f'<w:{kind} w:id="{rid[0]}" {_AUTH}>{run}</w:{kind}>'
    return run


def paragraph_xml(style: str, runs, mark: str = "", rid=None) -> str:
    rid = rid if rid is not None else [100]
    ppr = ""
    if style or mark:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if mark:
            rid[0] += 1
            inner += f'<w:rPr><w:{mark} w:id="{rid[0]}" {_AUTH}/></w:rPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f"<w:p>{ppr}{''.join(_run(k, v, rid) for k, v in runs)}</w:p>"


def document_xml(paragraphs, body_prefix: str = "") -> str:
    rid = [0]
    body = "".join(paragraph_xml(style, runs, mark, rid) for style, runs, mark in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body_prefix}{body}<w:sectPr/></w:body></w:document>'
    )


def footnotes_xml(notes: dict[int, str]) -> str:
    def body(text) -> str:  # a custom mark ("1bis", text) is typed where Word puts its number
        if isinstance(text, tuple):
            mark, text = text
            return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{escape(mark)}</w:t></w:r>' + (
                f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            )
        return f'<w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'

    items = "".join(f'<w:footnote w:id="{n}"><w:p>{body(text)}</w:p></w:footnote>' for n, text in notes.items())
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f"{items}</w:footnotes>"
    )


def build(
    paragraphs=(),
    notes: dict[int, str] | None = None,
    *,
    document: str | None = None,
    extra_parts: dict[str, bytes | str] | None = None,
    doc_rels_extra: str = "",
    main_type: str = MAIN_DOCX,
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main_type))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", _doc_rels(doc_rels_extra))
        z.writestr("word/document.xml", document if document is not None else document_xml(paragraphs))
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/footnotes.xml", footnotes_xml(notes or {}))
        for name, data in (extra_parts or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def plain(text: str, style: str = ""):
    return (style, [("", text)], "")


# A MOD of WTSA Resolution 57 with every kind of tracked change a delegate makes.
MOD_57 = [
    ("ResNo", [("", "RESOLUTION 57 (Rev. "), ("del", "Dubai, 2012"), ("ins", "Hammamet, 2016"), ("", ")")], ""),
    plain("Strengthening coordination and cooperation among the three ITU Sectors on matters of mutual interest"),
    (
        "",
        [
            ("", "The World Telecommunication Standardization Assembly ("),
            ("del", "Dubai, 2012"),
            ("ins", "Hammamet, 2016"),
            ("", "),"),
        ],
        "",
    ),
    plain("noting", "Call"),
    (
        "enumlev1",
        [
            ("", "a)\tResolution 191 of the Plenipotentiary Conference ("),
            ("del", "Guadalajara, 2010"),
            ("ins", "Busan, 2014"),
            ("", "), on strategy for the coordination of efforts among the three Sectors;"),
        ],
        "",
    ),
    ("enumlev1", [("del", "b)\tResolution 59 (Hyderabad, 2010) of WTDC, on strengthening coordination;")], "del"),
    (
        "enumlev1",
        [
            ("", "c)\tthat there is a need to improve the participation of developing countries"),
            ("note", 1),
            ("", " in the work of ITU,"),
        ],
        "",
    ),
    ("enumlev1", [("ins", "d)\tthe establishment of an Intersector Coordination Task Force,")], "ins"),
    plain("resolves", "Call"),
    (
        "",
        [
            ("", "1\tto invite the advisory groups to "),
            ("ins", "continue to "),
            ("", "assist in the identification of subjects common to the three Sectors;"),
        ],
        "",
    ),
    ("", [("", "2\tto invite the Directors of the Bureaux to report"), ("del", " annually"), ("", ".")], ""),
]
MOD_57_NOTES = {1: "These include the least developed countries."}


# ITU's own Word file of a resolution, up to its first call: a cover page, the FOREWORD and
# the copyright, an EMPTY ResNo paragraph (a section break), then the real heading.
ITU_PUBLICATION_HEAD = [
    plain("International Telecommunication Union"),
    plain("ITU-T"),
    plain("WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY"),
    plain("Hammamet, 25 October – 3 November 2016"),
    plain("Resolution 1 – Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)"),
    plain("FOREWORD"),
    plain("The International Telecommunication Union (ITU) is the United Nations specialized agency."),
    plain("© ITU 2017"),
    plain("All rights reserved. No part of this publication may be reproduced, by any means whatsoever."),
    ("ResNo", [], ""),
    plain("RESOLUTION 1 (Rev. Hammamet, 2016)", "ResNo"),
    plain("Rules of procedure of the ITU Telecommunication Standardization Sector (ITU-T)", "Restitle"),
    plain("(Malaga-Torremolinos, 1984; Helsinki, 1993; Hammamet, 2016)", "Resref"),
    plain("The World Telecommunication Standardization Assembly (Hammamet, 2016),", "Normalaftertitle"),
    plain("considering", "Call"),
    plain("a)\tthat the Plenipotentiary Conference adopted the Constitution;"),
]
