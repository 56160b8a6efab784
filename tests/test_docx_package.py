"""Reading a Word package without python-docx: parts found through the
relationships whatever their names, the styles part scanned as lxml would
parse it, and hostile parts refused wherever they hide."""

from __future__ import annotations

import io
import os
import random
import re
import string
import zipfile

import docx
import docx_factory as f
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from delegate_app.core.errors import InputError
from delegate_app.formats import docx_styles
from delegate_app.formats.opc import SAFE_PARSER, declares_dtd
from delegate_app.formats.reader import read_bytes

W = "{" + f.W + "}"


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _texts(read) -> list[str]:
    return [p.text for s in read.document.sections for p in s.provisions]


MOD57 = f.build(f.MOD_57, f.MOD_57_NOTES)


def test_parts_are_found_through_the_relationships_whatever_their_names():
    """Another folder, another case, a space percent-encoded in the references,
    styles and footnotes under names of their own: found as Word finds them."""
    expected = read_bytes(MOD57, "mod57.docx")
    old = _members(MOD57)
    doc_rels = old["word/_rels/document.xml.rels"].replace(b'"styles.xml"', b'"../Layout/Look.xml"')
    members = {
        "[Content_Types].xml": old["[Content_Types].xml"].replace(b"/word/document.xml", b"/text/main%20text.xml"),
        "_rels/.rels": old["_rels/.rels"].replace(b"word/document.xml", b"/text/main%20text.xml"),
        "Text/Main Text.xml": old["word/document.xml"],
        "Text/_rels/Main Text.xml.rels": doc_rels.replace(b'"footnotes.xml"', b'"./notes/n.xml"'),
        "Layout/Look.xml": old["word/styles.xml"],
        "Text/notes/n.xml": old["word/footnotes.xml"],
    }
    read = read_bytes(_zip(members), "moved.docx")
    assert _texts(read) == _texts(expected)
    assert read.document.sections[0].call == "noting"  # the styles were found
    assert read.document.footnotes == expected.document.footnotes  # and the footnotes


def test_a_package_without_relationships_is_found_by_its_content_types():
    members = _members(MOD57)
    del members["_rels/.rels"]
    assert _texts(read_bytes(_zip(members), "norels.docx")) == _texts(read_bytes(MOD57, "mod57.docx"))


@pytest.mark.parametrize(
    "content_type, message",
    [
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "not a Word document"),
        ("application/xml", "not a Word document"),
    ],
)
def test_a_package_whose_main_part_is_not_a_word_document_is_refused(content_type, message):
    members = _members(MOD57)
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(f.MAIN_DOCX.encode(), content_type.encode())
    data = _zip(members)
    with pytest.raises(InputError, match=message):
        read_bytes(data, "sheet.docx")


def test_a_word_template_reads_like_a_document():
    members = _members(MOD57)
    template = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(f.MAIN_DOCX.encode(), template)
    assert _texts(read_bytes(_zip(members), "t.dotx")) == _texts(read_bytes(MOD57, "mod57.docx"))


LONG_COMMENT = "".join(random.Random(1).choices(string.ascii_letters, k=2 * 1024 * 1024))  # not a ZIP bomb
ENTITIES = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    "part, body",
    [
        # a DTD after a comment longer than the first read and than one chunk
        ("word/settings.xml", "<?xml version='1.0'?><!--" + LONG_COMMENT + "-->" + ENTITIES + "<a/>"),
        ("word/theme/theme1.xml", "\ufeff<?xml version='1.0'?>\n<?pi data?>\n" + ENTITIES + "<a/>"),
        ("customXml/item1.xml", ("<?xml version='1.0' encoding='UTF-16'?>" + ENTITIES + "<a/>").encode("utf-16")),
        ("word/_rels/document.xml.rels", "<?xml version='1.0'?>" + ENTITIES + "<a/>"),
    ],
)
def test_a_dtd_is_refused_in_any_part_after_any_prolog(part, body):
    members = _members(MOD57)
    members[part] = body
    with pytest.raises(InputError, match="declares XML entities"):
        read_bytes(_zip(members), "dtd.docx")


def test_a_dtd_in_a_main_part_without_the_xml_extension_is_refused():
    members = _members(MOD57)
    document = members.pop("word/document.xml").decode()
    members["word/document"] = document.replace("?>", "?>" + ENTITIES, 1)
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"word/document.xml", b"word/document")
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/document")
    members["word/_rels/document.rels"] = members.pop("word/_rels/document.xml.rels")
    with pytest.raises(InputError, match="declares XML entities"):
        read_bytes(_zip(members), "dtd.docx")


@pytest.mark.parametrize(
    "xml, declares",
    [
        (b"<?xml version='1.0'?><a/>", False),
        (b"<a><!DOCTYPE x></a>", False),  # not a declaration: no parser reads it as one
        (b"<?xml version='1.0'?><!-- <a/> --><!DOCTYPE a><a/>", True),
        (b"<!-- -- --><!ENTITY x 'y'><a/>", True),
        (b"<!-->--><!DOCTYPE a><a/>", True),  # "<!-->" does not close the comment it opens
        (b"\n\n  <!DOCTYPE a><a/>", True),
        (b"<!-- never closed <!DOCTYPE a>", False),
    ],
)
def test_only_the_prolog_can_declare_a_dtd(xml, declares):
    assert declares_dtd(io.BytesIO(xml).read) is declares


# -- the styles part: scanned where that reads as the parse would, parsed otherwise --------


def _parsed(data: bytes) -> dict[str, str]:
    root = etree.fromstring(data, SAFE_PARSER)
    names = {}
    for style in root.iterchildren(W + "style"):
        style_id = style.get(W + "styleId") or ""
        name_el = style.find(W + "name")
        name = name_el.get(W + "val") if name_el is not None else style_id
        names[style_id] = docx_styles.fold_style(name or style_id)
    return names


def _python_docx_styles() -> bytes:
    buf = io.BytesIO()
    docx.Document().save(buf)
    return _members(buf.getvalue())["word/styles.xml"]


def _styles(body: str, root_attrs: str = f'xmlns:w="{f.W}"', declaration: str = "") -> bytes:
    return f"{declaration}<w:styles {root_attrs}>{body}</w:styles>".encode()


PYTHON_DOCX = _python_docx_styles()
PLAIN = '<w:style w:type="paragraph" w:styleId="ResNo"><w:name w:val="Res_No"/></w:style>'


@pytest.mark.parametrize(
    "data",
    [
        PYTHON_DOCX,
        f.STYLES.encode(),
        _styles(PLAIN, declaration='<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'),
        _styles("<w:style w:styleId='Call'><w:name w:val='Call &amp; &#x41;\tx'/></w:style>"),
        _styles('<w:style w:styleId="A" w:x="a w:styleId=&quot;B"><w:basedOn w:val="x"/><w:name w:val="n"/></w:style>'),
        _styles('<w:style\nw:styleId="A"\n/><w:style w:styleId="B"><w:name/></w:style><w:style w:styleId="C"/>'),
        _styles('<w:style w:styleId="Y" w:x="a>b"><w:name w:val="Why"/></w:style>' + PLAIN),
        _styles('<w:style w:x="it\'s" w:styleId="Q"><w:name w:val="q"/></w:style>'),
    ],
)
def test_the_scan_reads_styles_as_the_parser_does(data):
    assert docx_styles._scan(data) in (None, _parsed(data))


@pytest.mark.parametrize(
    "data",
    [
        _styles("<!-- " + PLAIN.replace("Res_No", "Commented") + " -->" + PLAIN),
        _styles(PLAIN, root_attrs=f'xmlns:w="{f.W}" xmlns:x="{f.W}"'),
        _styles(PLAIN.replace("w:", "x:"), root_attrs=f'xmlns:w="urn:other" xmlns:x="{f.W}"'),
        f'<styles xmlns="{f.W}"><style styleId="A"/></styles>'.encode(),
        _styles(PLAIN, declaration="<?xml version='1.0' encoding='iso-8859-1'?>"),
        _styles("<mc:AlternateContent><w:style w:styleId='Z'/></mc:AlternateContent>" + PLAIN),
    ],
)
def test_a_styles_part_written_otherwise_is_left_to_the_parser(data):
    assert docx_styles._scan(data) is None


def test_python_docx_and_our_own_styles_are_scanned():
    assert docx_styles._scan(PYTHON_DOCX) == _parsed(PYTHON_DOCX)
    assert docx_styles._scan(f.STYLES.encode()) == _parsed(f.STYLES.encode())


def _pieces(special: list[str]) -> st.SearchStrategy[str]:
    """Text of plain letters mostly, and now and then what XML treats specially."""
    return st.lists(st.sampled_from(list("aZé _-w") * 3 + special), max_size=8).map("".join)


@settings(
    max_examples=int(os.environ.get("DELEGATE_FUZZ_EXAMPLES", "300")),
    deadline=None,
    derandomize="DELEGATE_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(['"', "'"]),
            _pieces(list("'\"&;#x0<>\t\n/=:") + ["&amp;", "&#65;", " w:styleId=", "\r\n"]),
            _pieces(list("'\"&;<>\t") + ["&lt;", "&#x42;", "&#0;", "&bogus;", " w:val=", "\x01"]),
            st.booleans(),
            st.booleans(),
        ),
        max_size=6,
    )
)
def test_the_scan_never_reads_a_well_formed_part_otherwise_than_the_parser(styles):
    body = []
    for quote, style_id, name, has_name, named_first in styles:
        attrs = f" w:type={quote}paragraph{quote} w:styleId={quote}{style_id}{quote}"
        name_el = f"<w:name w:val={quote}{name}{quote}/>" if has_name else ""
        children = name_el + "<w:qFormat/>" if named_first else "<w:qFormat/>" + name_el
        body.append(f"<w:style{attrs}>{children}</w:style>")
    data = _styles("".join(body))
    try:
        expected = _parsed(data)
    except etree.XMLSyntaxError:
        return  # not XML: what the scan makes of it does not matter
    assert docx_styles._scan(data) in (None, expected)


def test_the_scan_finds_every_style_of_a_real_template():
    ids = set(re.findall(rb'w:styleId="([^"]*)"', PYTHON_DOCX))
    assert len(docx_styles._scan(PYTHON_DOCX) or {}) == len(ids) > 100
