"""Plain text and Markdown: what delegates get from "Save as text" in Word or
from a PDF converter.

Word extractions put one paragraph on a line and leave artefacts such as
``[bookmark: _Toc123]``, ``[footnoteRef:1]`` and ``[1: footnote text]``; PDF
conversions to Markdown wrap lines, put bullets before labels (``- a)``), set
labels and calls in emphasis (``*i)*``, ``*considering*``) and escape brackets
(``a\\)``). This module undoes all of that and hands paragraphs to the core.
"""

from __future__ import annotations

import re

from ..core.errors import InputError
from ..core.model import Footnote
from ..core.paragraphs import Para, Source, note_marker
from ..core.revision import parse_heading
from ..core.vocabulary import match_call

MAX_LINE = 100_000  # characters; an ITU paragraph is a few thousand at most

_BOOKMARK = re.compile(r"\[bookmark:\s*([^\]\n]*)\]")
_FOOTNOTE_BODY = re.compile(r"\[(\d{1,4}):[ \t]?(?:(?P<mark>[^\s\]]{1,3})?[ \t]*\t)?(?P<text>[^\]\n]*)\][ \t]*")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d{1,4})\]([0-9*†‡]{0,3})")
_MD_FOOTNOTE_DEF = re.compile(r"^\[\^(\w{1,8})\]:\s*(.*)$")
_MD_FOOTNOTE_REF = re.compile(r"\[\^(\w{1,8})\]")
_LOST_HYPHEN = re.compile(r"\bITU([RTD])\b")  # "ITUR": a non-breaking hyphen lost in extraction
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPH_LINE = re.compile(r"^\s*(\*{1,3}|_{1,3})(?P<inner>[^*_].*?)\1\s*$")
_MD_EMPH_LABEL = re.compile(r"^(\s*(?:[-*+•]\s+)?)(\*{1,2}|_{1,2})(\(?[a-z]{1,4}\)|\d{1,3}[.)]?)\2")
_BULLET = re.compile(r"^\s*[-*+•]\s+(?=\(?[a-z]{1,4}\)|\d{1,3}[.)]?\s)")
_STARTS_BLOCK = re.compile(r"^\s*(?:[-*+•]\s+|\(?[a-z]{1,4}\)\s|\d{1,3}[.)]?\s|\d{1,3}\t|[#>|])")


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252.

    Binary data is refused rather than decoded into nonsense.
    """
    if not data.strip():
        raise InputError("the file is empty", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"the file claims UTF-16 but is not valid UTF-16 ({exc.reason})", name) from None
    if b"\x00" in data:
        raise InputError("the file is binary, not text (it contains NUL bytes)", name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError("the file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)", name) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > len(text) // 1000 + 2:
        raise InputError("the file is binary, not text", name)
    return text


def read_text(data: bytes, name: str, *, markdown: bool | None = None) -> Source:
    """Parse text bytes into paragraphs and footnotes."""
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    for n, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE:
            raise InputError(f"line {n} is {len(line):,} characters long; this is not an ITU text", name)
    if markdown is None:
        markdown = name.lower().endswith((".md", ".markdown")) or _looks_like_markdown(text)
    footnotes: dict[int, Footnote] = {}

    def body(m: re.Match[str]) -> str:
        number = int(m.group(1))
        footnotes[number] = Footnote(number=number, text=" ".join(m.group("text").split()), mark=m.group("mark") or "")
        return ""

    text = _FOOTNOTE_BODY.sub(body, text)

    def ref(m: re.Match[str]) -> str:
        number = int(m.group(1))
        shown = m.group(2)
        note = footnotes.get(number)
        # the printed mark ("1") that a flattened extraction leaves after the reference
        keep = "" if not shown or (note and (shown == note.mark or shown == str(number))) or note is None else shown
        return note_marker(number) + keep

    text = _FOOTNOTE_REF.sub(ref, text)
    text = _LOST_HYPHEN.sub(r"ITU-\1", text)
    lines = _markdown_footnotes(text.split("\n"), footnotes)
    if markdown:
        lines = _markdown_paragraphs(lines)
    paras = []
    for line in lines:
        if "[bookmark:" not in line:
            paras.append(Para(text=line))
            continue
        anchors = tuple(a.strip() for a in _BOOKMARK.findall(line))
        paras.append(Para(text=_BOOKMARK.sub("", line), anchors=anchors))
    return Source(paras=paras, footnotes=footnotes, name=name)


def _looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    return (
        bool(re.search(r"^\s*[-*]\s+\(?[a-z]\)", sample, re.M))
        or bool(re.search(r"^#{1,6}\s", sample, re.M))
        or bool(re.search(r"^\*[a-z][^*]{2,60}\*\s*$", sample, re.M))
    )


def _markdown_footnotes(lines: list[str], footnotes: dict[int, Footnote]) -> list[str]:
    """Footnotes written the Markdown way, "[^1]" in the text and "[^1]: text" on a
    line of its own, in any text: PDF conversions and the app's own editor use them."""
    if not any("[^" in line for line in lines):
        return lines
    md_notes: dict[str, int] = {}

    def number_of(name: str) -> int:
        if name not in md_notes:
            md_notes[name] = max(list(footnotes) + list(md_notes.values()) + [0]) + 1
        return md_notes[name]

    kept: list[str] = []
    for line in lines:
        d = _MD_FOOTNOTE_DEF.match(line.strip())
        if d:
            number = number_of(d.group(1))
            footnotes[number] = Footnote(
                number=number, text=d.group(2).strip(), mark="" if d.group(1).isdigit() else d.group(1)
            )
            continue
        kept.append(line)
    return [_MD_FOOTNOTE_REF.sub(lambda m: note_marker(number_of(m.group(1))), line) for line in kept]


def _markdown_paragraphs(kept: list[str]) -> list[str]:
    """Markdown to one paragraph a line: unwrap soft line breaks, drop emphasis
    around calls and labels, bullets before labels and escapes."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()

    for raw in kept:
        line = raw.rstrip().replace("<br>", " ").replace("<br/>", " ")
        if not line.strip() or re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):
            flush()
            out.append("")
            continue
        line = _MD_HEADING.sub("", line)
        emph = _MD_EMPH_LINE.match(line)
        whole_emphasis = emph is not None
        if emph:
            line = emph.group("inner")
        line = _MD_EMPH_LABEL.sub(r"\1\3", line)
        line = _BULLET.sub("", line)
        line = _MD_ESCAPE.sub(r"\1", line).replace("**", "")
        alone = whole_emphasis or _MD_HEADING.match(raw) is not None or _own_paragraph(line)
        if alone or _STARTS_BLOCK.match(line) or _starts_block(raw):
            flush()
        if current and current[-1].endswith("-") and line[:1].islower():
            current[-1] = current[-1][:-1] + line.strip()  # a word hyphenated at the line end
            continue
        current.append(line.strip())
        if alone:
            flush()
    flush()
    return out


def _own_paragraph(line: str) -> bool:
    """A heading, annex line or call never shares a paragraph with the next line."""
    text = line.strip()
    if parse_heading(text) or re.match(r"^(ANNEX|ANNEXE|ANEXO|ПРИЛОЖЕНИЕ)\b", text):
        return True
    return len(text.split()) <= 12 and not text.endswith((".", ";", ":")) and match_call(text) is not None


def _starts_block(raw: str) -> bool:
    return bool(re.match(r"^\s*(?:[-*+•]|#{1,6})\s", raw))
