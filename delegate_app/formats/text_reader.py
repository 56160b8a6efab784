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
from ..core.limits import check_lines
from ..core.model import Footnote
from ..core.paragraphs import Para, Source, note_marker
from ..core.revision import parse_heading
from ..core.vocabulary import match_call
from .pdf_text import join_broken_compounds, looks_extracted_from_pdf, separate_footnotes, split_glued_items

MAX_LINE = 100_000  # characters; an ITU paragraph is a few thousand at most

_BOOKMARK = re.compile(r"\[bookmark:\s*([^\]\n]*)\]")
_FOOTNOTE_BODY = re.compile(r"\[(\d{1,4}):[ \t]?(?:(?P<mark>[^\s\]]{1,3})?[ \t]*\t)?(?P<text>[^\]\n]*)\][ \t]*")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(\d{1,4})\]([0-9*†‡]{0,3})")
_MD_FOOTNOTE_DEF = re.compile(r"^\[\^(\w{1,8})\]:\s*(.*)$")
_MD_FOOTNOTE_REF = re.compile(r"\[\^(\w{1,8})\]")
_MD_FOOTNOTE_MARK = re.compile(r"([^\s\]]{1,6})\t(.*)$")
# "ITUR": a non-breaking hyphen lost in extraction. Found by its letters, the word's
# start checked by _hyphen: a leading \b keeps the expression engine from looking for
# "ITU" first, and it then took 0.8 ms of every pause in typing in a 5,000-word MOD.
_LOST_HYPHEN = re.compile(r"ITU([RTD])\b")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPH_LINE = re.compile(r"^\s*(\*{1,3}|_{1,3})(?P<inner>[^*_].*?)\1\s*$")
_MD_EMPH_LABEL = re.compile(r"^(\s*(?:[-*+•]\s+)?)(\*{1,2}|_{1,2})(\(?[a-z]{1,4}\)|\d{1,3}[.)]?)\2")
_BULLET = re.compile(r"^\s*[-*+•]\s+(?=\(?[a-z]{1,4}\)|\d{1,3}[.)]?\s)")
_STARTS_BLOCK = re.compile(r"^\s*(?:[-*+•]\s+|\(?[a-z]{1,4}\)\s|\d{1,3}[.)]?\s|\d{1,3}\t|[#>|])")


_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text and what the reader should be told about it: UTF-8 (with or
    without BOM), UTF-16 with BOM, or Windows-1252.

    A file is decoded line by line when it is not UTF-8 throughout, so that one
    paragraph pasted from an old Windows program does not turn every dash of
    the rest into "â€“": such lines are read as Windows-1252, and lines that
    were converted twice ("Ã©" for "é") are repaired; both are reported by line
    number. Binary data is refused rather than decoded into nonsense.
    """
    if not data.strip():
        raise InputError("the file is empty", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise InputError(f"the file claims UTF-16 but is not valid UTF-16 ({exc.reason})", name) from None
    if b"\x00" in data:
        raise InputError("the file is binary, not text (it contains NUL bytes)", name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError:  # not UTF-8 throughout: binary, or some lines in a legacy encoding
        text, warnings = _decode_by_line(data, name)
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
        if controls > len(text) // 1000 + 2:
            raise InputError("the file is binary, not text", name) from None
    text, repaired = _repair_double_encoding(text)
    if repaired:
        warnings.append(
            f'{_lines(repaired)} had been converted to UTF-8 twice ("Ã©" for "é") and {_were(repaired)} '
            "repaired; check them"
        )
    return text, warnings


def _decode_by_line(data: bytes, name: str) -> tuple[str, list[str]]:
    """A file that is not UTF-8 throughout: each line in the encoding it is in."""
    lines = data.split(b"\n")
    out: list[str] = []
    utf8 = cp1252 = 0
    legacy: list[int] = []
    for n, raw in enumerate(lines, 1):
        try:
            line = raw.decode("utf-8")
            utf8 += not raw.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError(
                    f"line {n} is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)", name
                ) from None
            cp1252 += 1
            legacy.append(n)
        out.append(line)
    warnings = []
    if utf8:  # a UTF-8 file with some Windows-1252 lines; a Windows-1252 file says nothing
        warnings.append(
            f"{_lines(legacy)} {_were(legacy)} not UTF-8 like the rest of the file and "
            f"{_were(legacy)} read as Windows-1252; check them"
        )
    return "\n".join(out), warnings


def _repair_double_encoding(text: str) -> tuple[str, list[int]]:
    """Lines whose UTF-8 bytes were once read as Windows-1252 and saved again,
    put back: only when the whole line converts back cleanly."""
    if "Ã" not in text and "Â" not in text and "â" not in text:  # a substring test is 30 times faster
        return text, []
    if _MOJIBAKE.search(text) is None:
        return text, []
    lines = text.split("\n")
    repaired: list[int] = []
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line) is None:
            continue
        try:
            fixed = line.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        lines[i] = fixed
        repaired.append(i + 1)
    return "\n".join(lines), repaired


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10]) + (f" and {len(numbers) - 10:,} more" if len(numbers) > 10 else "")
    return f"line {shown}" if len(numbers) == 1 else f"lines {shown}"


def _were(numbers: list[int]) -> str:
    return "was" if len(numbers) == 1 else "were"


def read_text(data: bytes, name: str, *, markdown: bool | None = None, repairs: bool = True) -> Source:
    """Parse text bytes into paragraphs and footnotes.

    ``repairs`` mends what conversions break (a lost "ITU-R" hyphen, a PDF's
    broken lines and glued items); the draft editor's text is read without
    them: it is what the delegate typed, and is kept as typed."""
    text, warnings = decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    for n, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE:
            raise InputError(f"line {n} is {len(line):,} characters long; this is not an ITU text", name)
    check_lines(text.count("\n") + 1, name)
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
    if repairs:
        text = _LOST_HYPHEN.sub(_hyphen, text)  # ITU writes it with a non-breaking hyphen
    lines = _markdown_footnotes(text.split("\n"), footnotes)
    if repairs:  # what a web page's text leaves when pasted: never the editor's own text
        lines = _web_footnotes(lines, footnotes)
        lines = [_unglued_label(line) for line in lines]
    if repairs and looks_extracted_from_pdf(lines):  # the repairs of a PDF's text, never applied to a Word text
        lines = separate_footnotes(lines, footnotes)
        lines = split_glued_items([join_broken_compounds(line) for line in lines])
    if markdown:
        lines = _markdown_paragraphs(lines)
    paras = []
    for line in lines:
        if "[bookmark:" not in line:
            paras.append(Para(text=line))
            continue
        anchors = tuple(a.strip() for a in _BOOKMARK.findall(line))
        paras.append(Para(text=_BOOKMARK.sub("", line), anchors=anchors))
    return Source(paras=paras, footnotes=footnotes, name=name, warnings=warnings)


# a label glued to its text by a web page's layout ("a)No. 47", "4.1the Council", "1that ITU");
# not "1bis", an ordinal ("2nd") or a code ("5G", "3GPP")
_GLUED = re.compile(
    r"^(\(?[a-z]{1,4}\)|\d{1,2}(?:\.\d{1,2})*)"
    r"(?=[^\W\d_])(?!(?:bis|ter|quater|st|nd|rd|th)\b)(?:(?=[a-z]{2,}\b)|(?=[A-Z][a-z])|(?<=\)))"
)


def _unglued_label(line: str) -> str:
    m = _GLUED.match(line)
    return f"{m.group(1)}\t{line[m.end() :]}" if m is not None else line


_WEB_NOTE = re.compile(r"^\s*\[(\d{1,3})\]\s*(\S.*)$")
_WEB_REF = re.compile(r"(?<=\S)\[(\d{1,3})\]")


def _web_footnotes(lines: list[str], footnotes: dict[int, Footnote]) -> list[str]:
    """A web page's footnotes: "[1]" in the text, "[1] These include …" on a line
    of its own after it. Only notes the text calls are taken, and only when
    every one of them has its line."""
    if not any("[" in line for line in lines):
        return lines
    notes: dict[str, tuple[int, str]] = {}
    for i, line in enumerate(lines):
        m = _WEB_NOTE.match(line)
        if m is not None and m.group(1) not in notes:
            notes[m.group(1)] = (i, m.group(2).strip())
    if not notes:
        return lines
    called = {m.group(1) for i, line in enumerate(lines) for m in _WEB_REF.finditer(line)}
    taken = {mark: note for mark, note in notes.items() if mark in called}
    if not taken or any(mark not in notes for mark in called):
        return lines
    numbers: dict[str, int] = {}
    for mark, (_, text) in sorted(taken.items(), key=lambda item: item[1][0]):
        own = int(mark)
        number = own if own not in footnotes else max(footnotes) + 1
        footnotes[number] = Footnote(number=number, text=text)
        numbers[mark] = number
    skip = {i for i, _ in taken.values()}
    out = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        out.append(
            _WEB_REF.sub(lambda m: note_marker(numbers[m.group(1)]) if m.group(1) in numbers else m.group(0), line)
        )
    return out


def _hyphen(m: re.Match[str]) -> str:
    """The hyphen restored (ITUR to ITU-R) where ITU starts a word, as \\bITUR\\b would find it."""
    before = m.string[m.start() - 1] if m.start() else " "
    return m.group(0) if before.isalnum() or before == "_" else "ITU\u2011" + m.group(1)


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
        # "[^6]" is footnote 6 (the editor writes a text's own numbers, and a
        # restart must show the same marks) unless that number is taken already
        if name not in md_notes:
            taken = set(footnotes) | set(md_notes.values())
            own = int(name) if name.isdigit() and len(name) <= 4 else 0
            md_notes[name] = own if own and own not in taken else max(taken | {0}) + 1
        return md_notes[name]

    kept: list[str] = []
    for line in lines:
        d = _MD_FOOTNOTE_DEF.match(line.strip())
        if d:
            number = number_of(d.group(1))
            marked = _MD_FOOTNOTE_MARK.match(d.group(2))  # "[^4]: 1bis<TAB>text": a mark printed as it is
            mark, body = (marked.group(1), marked.group(2)) if marked else ("", d.group(2))
            footnotes[number] = Footnote(
                number=number, text=body.strip(), mark=mark or ("" if d.group(1).isdigit() else d.group(1))
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
