"""The names of a Word file's styles, as the reader folds them ("Res_No" → "resno").

A paragraph names its style by id (w:pStyle w:val="ResNo"); what the reader
matches is the style's name, which only the styles part holds. That part is
the largest of most Word files, almost all of it formatting (python-docx's
template: 166 styles in 350 KB, nine thousand elements, mostly table styles),
and of it the reader needs two attributes a style: w:styleId and the w:val of
its w:name. Parsed into an lxml tree it costs about 4 ms a file, more than the
rest of reading a resolution, and more than reading it with python-docx costs.

So a styles part written the way Word, LibreOffice and python-docx write it is
read by scanning its w:style and w:name start tags, and any other is parsed
with lxml. The scan is used only where its result cannot differ from the
parse's, which is when, after the XML declaration:
  - no "<!" and no "<?" occur: no DTD, comment, CDATA section or processing
    instruction, so every "<w:style" in the bytes is a start tag;
  - the WordprocessingML namespace is named once, bound to the prefix w on the
    root element, and w is bound nowhere else, so "w:style" is always its style;
  - the part is UTF-8 and has no markup-compatibility alternative content
    (a style inside it would not be a child of the root);
and an attribute value holds only the references XML itself defines.
A part that is not well formed may be read by the scan where the parse would
refuse it; the styles are then what its tags say, which is all they are used for.
"""

from __future__ import annotations

import re

from .opc import Package

W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(rb"<[^\s/>!?]+([^>]*)>")
# A style's start tag. As Word writes it (double quotes, no references, no white space
# but spaces in values), its attributes are read by the expression itself, which takes
# them one by one from the tag's start, so a value never passes for an attribute: the
# id (group 2), whether the tag is empty (3) and the name, when the w:name comes first
# as the schema puts it (4). Any other start tag is group 5, for _value to read.
_PLAIN = rb'"[^"<&\x00-\x1f]*"'
_STYLE = re.compile(
    rb"<w:style(?=[\s/>])(?:"
    rb"((?:\s+(?!w:styleId=)[\w:.-]+=" + _PLAIN + rb")*\s+w:styleId=(" + _PLAIN + rb")"
    rb"(?:\s+[\w:.-]+=" + _PLAIN + rb")*\s*(/?)>)"
    rb"(?:\s*<w:name\s+w:val=(" + _PLAIN + rb")\s*/>)?"
    rb"|([^>]*)>)"
)
_NAME = re.compile(rb"<w:name(?=[\s/>])([^>]*)>")
_STYLE_ID = re.compile(rb"""(?:^|\s)w:styleId\s*=\s*["']([^"']*)["']""")
_VAL = re.compile(rb"""(?:^|\s)w:val\s*=\s*["']([^"']*)["']""")
_BINDING = re.compile(rb"""(?:^|\s)xmlns:w\s*=\s*["']([^"']*)["']""")
_ENCODING = re.compile(rb"""\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_SPECIAL = re.compile(r"[\x00-\x1f&\ud800-\udfff\ufffe\uffff]")
_REFERENCE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # what no XML part holds
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def fold_style(name: str) -> str:
    return name.replace(" ", "").replace("_", "").lower()


def style_names(package: Package, part: str | None) -> dict[str, str]:
    """Style id to folded name, for every w:style of the styles part ``part``."""
    if part is None:
        return {}
    data = package.read(part)
    if data is None:
        return {}
    scanned = _scan(data)
    if scanned is not None:
        return scanned
    root = package.xml(part, data)
    names: dict[str, str] = {}
    if root is None:
        return names
    for style in root.iterchildren(_W + "style"):
        style_id = style.get(_W + "styleId") or ""
        name_el = style.find(_W + "name")
        name = name_el.get(_W + "val") if name_el is not None else style_id
        names[style_id] = fold_style(name or style_id)
    return names


def _scan(data: bytes) -> dict[str, str] | None:
    """The names read from the start tags, or None when the part is not one
    the scan reads exactly as the parse would (see the module's docstring)."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if data.startswith(b"<?xml", start):
        end = data.find(b"?>", start)
        encoding = _ENCODING.search(data, start, end)
        if end < 0 or (encoding is not None and encoding.group(1).lower() not in (b"utf-8", b"utf8")):
            return None
        start = end + 2
    # "!" and "?" are rare in a styles part: a one-byte search first, the markup only if one is there
    for mark in (b"!", b"?"):
        if data.find(mark, start) >= 0 and data.find(b"<" + mark, start) >= 0:
            return None
    if data.find(b"AlternateContent", start) >= 0:
        return None
    root = _TAG.search(data, start)  # the first tag: the root, nothing else can stand before it
    if root is None or root.group(1).count(W_NS) != 1:
        return None
    names: dict[str, str] = {}
    try:
        if _value(_BINDING, root.group(1)) != W_NS.decode():
            return None
        tags = list(_STYLE.finditer(data, root.end()))
        for k, tag in enumerate(tags):
            end = tags[k + 1].start() if k + 1 < len(tags) else len(data)  # its children are before the next
            if tag.group(1) is not None:  # as Word writes it
                style_id = tag.group(2)[1:-1].decode("utf-8")
                if tag.group(4) is not None:
                    name: str | None = tag.group(4)[1:-1].decode("utf-8")
                else:
                    name = style_id if tag.group(3) else _name(data, tag.end(), end, style_id)
            else:
                attrs = tag.group(5)
                style_id = _value(_STYLE_ID, attrs) or ""
                name = style_id if attrs.endswith(b"/") else _name(data, tag.end(), end, style_id)
            names[style_id] = fold_style(name or style_id)
    except (UnicodeDecodeError, ValueError, OverflowError):
        return None
    return names


def _name(data: bytes, start: int, end: int, style_id: str) -> str | None:
    """The w:val of the first w:name in data[start:end]; the id when there is none."""
    found = _NAME.search(data, start, end)
    return style_id if found is None else _value(_VAL, found.group(1))


def _value(attribute: re.Pattern[bytes], attrs: bytes) -> str | None:
    """The attribute's value as a parser gives it: white space normalised to
    spaces, character and predefined entity references replaced. Raises
    ValueError where the scan cannot be sure of it, for the parse to decide."""
    quote = b'"' if b'"' in attrs else b"'"
    if quote == b'"' and b"'" in attrs:
        raise ValueError("both kinds of quotes")  # values may then hold quotes: tokenise with the parser
    if attrs.count(quote) % 2:
        raise ValueError("a quote left open")  # a value holds ">", so the tag was cut short
    found = attribute.search(attrs)
    while found is not None and attrs.count(quote, 0, found.start()) % 2:  # inside another value
        found = attribute.search(attrs, found.start() + 1)
    if found is None:
        return None
    text = found.group(1).decode("utf-8")
    if _SPECIAL.search(text) is None:
        return text
    if _NOT_XML.search(text):
        raise ValueError("a character XML does not allow")  # the parser refuses such a part
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", " ").replace("\n", " ")
    if "&" in text:
        text = _REFERENCE.sub(_dereference, text)
        if _NOT_XML.search(text):
            raise ValueError("a reference to a character XML does not allow")
    return text


def _dereference(ref: re.Match[str]) -> str:
    name = ref.group(1)
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    if name in _PREDEFINED:
        return _PREDEFINED[name]
    raise ValueError(f"undefined entity &{name};")  # not XML without a DTD: the parser decides
