"""The neutral input of the parsers: paragraphs with an optional style.

Every reader (plain text, Markdown, Word) turns its format into a list of
``Para``; the structure parsers in this package never see a file format. Footnote
references travel inside the text as a private-use marker (``\\ue000N\\ue001``)
until the parser has split off labels and normalised spaces, and only then
become offsets, so that offsets always refer to the final text.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .model import Footnote, FootnoteRef

NOTE_OPEN, NOTE_CLOSE = "\ue000", "\ue001"
_NOTE = re.compile(NOTE_OPEN + r"(\d+)" + NOTE_CLOSE)
_SPACES = re.compile(r"[ \t\n\u00a0\u2007\u202f\u2000-\u200a\u3000]+")
# the same, a non-breaking space in a run of spaces kept as the run's one space
_BREAKING = r"[ \t\n\u2000-\u200a\u3000]"
# (a lone plain space, most of a text's, is left alone rather than matched and put back)
_SPACES_BREAKING = re.compile(
    rf"{_BREAKING}*[\u00a0\u2007\u202f](?:{_BREAKING}|[\u00a0\u2007\u202f])*"
    rf"|[\t\n\u2000-\u200a\u3000]{_BREAKING}*| {_BREAKING}+"
)


def note_marker(number: int) -> str:
    return f"{NOTE_OPEN}{number}{NOTE_CLOSE}"


@dataclass
class Para:
    text: str
    style: str = ""  # the Word style id, lower-case, when the source has one
    anchors: tuple[str, ...] = ()  # bookmark names, e.g. "dsource" in ITU templates
    italic: bool = False
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a paragraph in a Word table


@dataclass
class Source:
    """What a reader hands to the parsers: paragraphs and the footnotes they cite."""

    paras: list[Para]
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    name: str = ""
    warnings: list[str] = field(default_factory=list)  # what the reader repaired or could not read

    def without_soft_hyphens(self) -> Source:
        """The text with its soft hyphens taken out. A file's soft hyphens are
        where one program once allowed a line to break: imported texts drop
        them (search finds "forecast" whole), while a delegate's own typing
        keeps every character it has (the parser keeps them)."""
        if not any("\u00ad" in p.text for p in self.paras) and not any(
            "\u00ad" in n.text for n in self.footnotes.values()
        ):
            return self
        paras = [dataclasses.replace(p, text=p.text.replace("\u00ad", "")) for p in self.paras]
        notes = {k: dataclasses.replace(n, text=n.text.replace("\u00ad", "")) for k, n in self.footnotes.items()}
        return Source(paras=paras, footnotes=notes, name=self.name, warnings=self.warnings)


@functools.lru_cache(maxsize=16384)  # the same lines on every pause in typing (see labels.split_label)
def normalize_spaces(text: str, keep_nonbreaking: bool = False) -> str:
    """One plain space between words; typographic spaces and tabs made plain,
    soft hyphens dropped; non-breaking spaces and hyphens made plain too, and
    soft hyphens kept, unless ``keep_nonbreaking`` (the text as stored).

    Texts keep them ("Resolution\u00a0123", "ITU\u2011R": ITU sets them so that
    a number never starts a line alone and "ITU-R" is never cut), so the stored
    provisions and what is written from them have them; matching and
    classification work on the plain form."""
    if text.isascii():  # most lines: no Unicode spaces or hyphens to make plain
        text = text.replace("\t", " ").replace("\n", " ")  # a Word line break inside a paragraph
        return (text if "  " not in text else _SPACES.sub(" ", text)).strip()
    text = unicodedata.normalize("NFC", text).replace("\u200b", "")
    if keep_nonbreaking:
        return _SPACES_BREAKING.sub(_one_space, text).strip()
    text = text.replace("\u00ad", "").replace("\u2011", "-")
    return _SPACES.sub(" ", text).strip()


_NONBREAKING = (("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u2011", "-"))


def plain_spaces(text: str) -> str:
    """``text`` with its non-breaking spaces and hyphens made plain: what two
    texts are compared by, where a non-breaking space is no difference. Four
    scans and a replace where one is found: str.translate with a table looks
    every character up in a dict, 13 us a provision, a third of aligning four
    texts of 200 provisions."""
    if text.isascii():
        return text
    for char, plain in _NONBREAKING:
        if char in text:
            text = text.replace(char, plain)
    return text


def _one_space(m: re.Match[str]) -> str:
    run = m.group()
    return next((ch for ch in run if ch in "\u00a0\u2007\u202f"), " ")


def take_notes(text: str) -> tuple[str, list[FootnoteRef]]:
    """Remove footnote markers from normalised text, returning their offsets."""
    refs: list[FootnoteRef] = []
    out: list[str] = []
    pos = 0
    length = 0
    for m in _NOTE.finditer(text):
        chunk = text[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        refs.append(FootnoteRef(offset=length, footnote=int(m.group(1))))
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    # a marker between two spaces leaves a double space: fold it, keeping offsets right
    if "  " in clean or clean != clean.strip():
        return _refold(clean, refs)
    return clean, refs


def _refold(text: str, refs: list[FootnoteRef]) -> tuple[str, list[FootnoteRef]]:
    out: list[str] = []
    mapping: list[int] = []  # old offset -> new offset
    prev_space = True
    for ch in text:
        mapping.append(len(out))
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        out.append(ch)
    mapping.append(len(out))
    folded = "".join(out)
    stripped = folded.rstrip()
    refs = [FootnoteRef(min(mapping[r.offset], len(stripped)), r.footnote) for r in refs]
    return stripped, refs


def plain(text: str) -> str:
    """Text without footnote markers (for matching and classification)."""
    return _NOTE.sub("", text)
