"""ITU document references, in every form and language they are written.

A contribution's header names its document: "Document 25-E", "Addendum 2 to
Document 25-E", "Document PP26/25(Add.2)-E", "Document WTDC-29/42-E",
"Additif 2 au Document 25-F", "Addéndum 2 al Documento 25-S", "Дополнительный
документ 2 к Документу 25-R", "الإضافة 2 للوثيقة 25-A", "文件 25(Add.2)-C",
and corrigenda and revisions the same way. Two things are made of it:

- the running header of the pages after the first, as ITU prints it: the
  meeting's prefix, the number, "(Add.2)", "(Corr.1)", "(Rev.1)" and the
  language letter of the document's own language ("PP26/25(Add.2)-E",
  "PP26/25(Add.2)-C" for the Chinese version);
- the document part of proposal numbers: "25A2" in "ABC/25A2/1" (a Council
  document keeps its "C26/" prefix, as the Council's numbers do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LETTERS = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}

_ADDENDUM = (
    r"Addendum|Add\.|Addéndum|Adendum|Additif|Дополнительный\s+документ|Добавление|الإضافة|إضافة|增补文件|增补|补遗"
)
_CORRIGENDUM = r"Corrigendum|Corr\.|Corrigéndum|Rectificatif|Исправление|التصويب|تصويب|更正"
_REVISION = r"Revision|Rev\.|Révision|Revisión|Пересмотр|المراجعة|مراجعة|修订本|修订"
_DOCUMENT = r"Document|Documento|Документу|Документа|Документ|للوثيقة|الوثيقة|وثيقة|文件"
_TO = r"to|au|du|de|al|del|к|إلى|of"
# "PP26/25", "C26/89", "WTDC-29/42", "WTSA16/2000", "25", "42B": the meeting's prefix and the number
_NUMBER = r"(?:(?P<prefix>[A-Z]{1,5}-?\d{0,2})/)?(?P<number>\d{1,4}[A-Z]?)"
_SUFFIXES = r"(?P<suffixes>(?:\s*\((?:Add|Corr|Rev)\.\s*\d{1,3}\))*)"
_LANGUAGE = r"(?:-(?P<letter>[EFSRAC])\b)?"

_LEADING = re.compile(
    r"(?:(?P<kind>"
    + _ADDENDUM
    + "|"
    + _CORRIGENDUM
    + "|"
    + _REVISION
    + r")\s*(?P<n>\d{1,3})\s+(?:(?:"
    + _TO
    + r")\s+)?)?"
    r"(?:" + _DOCUMENT + r")\s*(?:№\s*)?" + _NUMBER + _SUFFIXES + _LANGUAGE,
    re.IGNORECASE,
)
_BARE = re.compile(r"^\s*" + _NUMBER + _SUFFIXES + _LANGUAGE + r"\s*$")
# Chinese and Arabic may put the addendum after the document: "文件 25-C 的增补文件 2", "الوثيقة 25 الإضافة 2"
_TRAILING = re.compile(
    r"(?:的|\s)\s*(?P<kind>" + _ADDENDUM + "|" + _CORRIGENDUM + "|" + _REVISION + r")\s*(?P<n>\d{1,3})"
)
_MEETING = re.compile(r"\b(PP|WTDC|WTSA|RA|WRC|C|CWG|TDAG|TSAG|RAG)[-\s]?(\d{2})\b")


@dataclass(frozen=True)
class DocumentReference:
    number: str  # "25", "42"
    prefix: str = ""  # "PP26", "C26", "WTDC-29": the meeting's, as the reference writes it
    addendum: int | None = None
    corrigendum: int | None = None
    revision: int | None = None
    letter: str = ""  # the language letter written with it, "E"

    def header(self, language: str = "", meeting: str = "") -> str:
        """ "PP26/25(Add.2)-E": the running header, in ``language`` (its letter), with
        the meeting's prefix taken from ``meeting`` ("PP-26") when the number has none."""
        prefix = self.prefix or meeting_prefix(meeting)
        letter = LETTERS.get(language, "") or self.letter
        out = f"{prefix}/{self.number}" if prefix else self.number
        for word, n in (("Add", self.addendum), ("Corr", self.corrigendum), ("Rev", self.revision)):
            if n:
                out += f"({word}.{n})"
        return out + (f"-{letter}" if letter else "")

    @property
    def for_numbers(self) -> str:
        """The document as proposal numbers carry it: "25", or "C26/89" for the Council."""
        return f"{self.prefix}/{self.number}" if self.prefix[:1] == "C" and self.prefix[1:].isdigit() else self.number


def _kind(word: str) -> str:
    for kind, words in (("addendum", _ADDENDUM), ("corrigendum", _CORRIGENDUM), ("revision", _REVISION)):
        if re.fullmatch(words, word, re.IGNORECASE):
            return kind
    return ""


def parse_document(text: str) -> DocumentReference | None:
    """The reference ``text`` names, in any of the forms above; None when it names none."""
    text = (text or "").replace("\u00a0", " ").strip()
    m = _LEADING.search(text) or _BARE.match(text)
    if m is None:
        return None
    found: dict[str, int] = {}
    groups = m.groupdict()
    if groups.get("kind"):
        found[_kind(groups["kind"])] = int(groups["n"])
    for word, n in re.findall(r"\((Add|Corr|Rev)\.\s*(\d{1,3})\)", groups["suffixes"] or ""):
        found[{"Add": "addendum", "Corr": "corrigendum", "Rev": "revision"}[word]] = int(n)
    trailing = _TRAILING.search(text[m.end() :])
    if trailing is not None:
        found.setdefault(_kind(trailing.group("kind")), int(trailing.group("n")))
    return DocumentReference(
        number=groups["number"],
        prefix=groups["prefix"] or "",
        addendum=found.get("addendum"),
        corrigendum=found.get("corrigendum"),
        revision=found.get("revision"),
        letter=(groups.get("letter") or "").upper(),
    )


def meeting_prefix(meeting: str) -> str:
    """ "PP26" from "PP-26" or "Plenipotentiary Conference (PP-26)"; "" when it names no meeting."""
    m = _MEETING.search(meeting or "")
    return f"{m.group(1)}{m.group(2)}" if m else ""
