"""Resolution headings and revision strings.

"RESOLUTION 59 (Rev. Kigali, 2022)", "Resolution ITU-R 75 (Dubai, 2023)",
"RÉSOLUTION 191 (Rév. Dubaï, 2018)", "РЕЗОЛЮЦИЯ 59 (Пересм. Кигали, 2022 г.)",
"第59号决议（2022年，基加利，修订版）", "DRAFT NEW RESOLUTION [SEN-1]".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import DRAFT_NEW_WORDS, HEADING_WORDS

_NUMBER = r"(?:(?:ITU|UIT|МСЭ)[-‑ ]?R\s*)?\d{1,4}[A-Z]?(?:[-‑]\d{1,2})?"
_HEADING = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in HEADING_WORDS) + r")\s+"
    r"(?P<number>" + _NUMBER + r")\s*"
    r"(?:[(（](?P<revision>.*)[)）])?\s*$",
    re.IGNORECASE,
)
_HEADING_ZH = re.compile(r"^第\s*(?P<number>" + _NUMBER + r")\s*号决议\s*(?:[(（](?P<revision>.*)[)）])?\s*$")
_DRAFT = re.compile(  # "DRAFT NEW RESOLUTION [RUR-1] (Doha, 2026)": the place and year are its revision
    r"^(?:" + "|".join(re.escape(w) for w in DRAFT_NEW_WORDS) + r")\s*(?P<number>\[[^\]]{1,40}\])?\s*"
    r"(?:[(（](?P<revision>[^()（）]{1,60})[)）])?\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


@dataclass(frozen=True)
class Heading:
    number: str
    revision: str
    draft: bool = False


def parse_heading(line: str) -> Heading | None:
    """The number and revision of a resolution heading line, or None."""
    text = " ".join(line.split())
    m = _DRAFT.match(text)
    if m:
        return Heading(number=m.group("number") or "", revision=(m.group("revision") or "").strip(), draft=True)
    m = _HEADING.match(text) or _HEADING_ZH.match(text)
    if not m:
        return None
    number = re.sub(r"^(?:ITU|UIT|МСЭ)[-‑ ]?R\s*", "ITU-R ", m.group("number"), flags=re.I)
    number = number.replace("‑", "-")
    return Heading(number=number, revision=(m.group("revision") or "").strip())


def revision_year(revision: str) -> int | None:
    """The year a revision was adopted: the last year named ("Rev. Dubai, 2012
    Hammamet, 2016" from a flattened revision gives 2016)."""
    years = _YEAR.findall(revision or "")
    return int(years[-1]) if years else None


def is_revised(revision: str) -> bool:
    """Whether a revision string says "Rev." in any language."""
    return bool(re.match(r"^\s*(rev|rév|пересм|修订|المراجع)", revision or "", re.I)) or "修订" in (revision or "")


@lru_cache(maxsize=4096)
def revision_key(revision: str) -> str:
    """A revision as compared: case, spacing and the dot after "Rev" do not make
    another revision ("REV. DUBAI, 2018" is "Rev. Dubai, 2018"). Kept for the
    few revisions a library names: a first fill of 2,500 texts asks four times
    a text (its name, its check, the text in force, the exchange's id)."""
    text = " ".join((revision or "").replace("\u00a0", " ").split()).casefold()
    return re.sub(r"^(rev|rév)\.?\s*", r"\1. ", text)


def in_force_revision(revision: str) -> str:
    """The revision a MOD's heading names as the text in force: the first one.

    A heading read with its revision marks flattened holds both the struck and
    the inserted revision ("REV. DUBAI, 2012HAMMAMET, 2016", "REV. BUCHAREST,
    2022 Doha, 2026"); the text modified is the one up to the first year."""
    revision = revision or ""
    m = _YEAR.search(revision)
    second = _YEAR.search(revision, m.end()) if m else None
    if (
        m is None or second is None
    ):  # one revision: the whole of it ("Пересм. Кигали, 2022 г.", "2022年，基加利，修订版")
        return revision.strip(" ,;")
    if not revision[: m.start()].strip(" (（"):  # the year first, as Chinese writes it: up to the next year
        return revision[: second.start()].strip(" ,;，")
    unit = re.match(r"\s*г\.", revision[m.end() :])  # Russian: "2022 г."
    return revision[: m.end() + (unit.end() if unit else 0)].strip(" ,;")


# "Rev." as each language writes it before a revision's place
_REV_WORDS = {"en": "Rev.", "es": "Rev.", "fr": "Rév.", "ru": "Пересм."}
_REV_WORD = re.compile(r"^\s*(rev|rév|пересм)\.?\s*", re.IGNORECASE)


def flattened(revision: str) -> tuple[str, str] | None:
    """(the revision replaced, the revision it ends with) of a heading read with
    its revision marks flattened, the struck revision and the inserted one run
    together ("Busan, 2014DUBAI, 2018", "REV. DUBAI, 2012HAMMAMET, 2016"); None
    for a revision that names one (or whose years do not go forward)."""
    revision = revision or ""
    first = in_force_revision(revision)
    at = revision.find(first)
    after = revision[at + len(first) :] if first and at >= 0 else ""
    rest = after.strip(" ,;，")
    old, new = revision_year(first), revision_year(rest)
    if not rest or ";" in after[: len(after) - len(rest)] or old is None or new is None or new <= old:
        return None  # "Kyoto, 1994; Antalya, 2006" lists revisions: a history, not marks run together
    return first, rest


def read_revision(revision: str, language: str) -> tuple[str, str]:
    """(the revision a text is, the revision it replaced): for a heading whose
    marks were flattened, the one it ends with, a revision ("Rev.") of the one
    it replaced, in the heading's case ("Busan, 2014DUBAI, 2018" is "REV. DUBAI,
    2018", which replaced "Busan, 2014"); any other revision is itself, and
    replaced nothing."""
    found = flattened(revision)
    if found is None:
        return revision, ""
    replaced, last = found
    if _REV_WORD.match(last) or "修订" in last or language in ("zh", "ar"):
        return last, replaced
    before = _REV_WORD.match(replaced)
    word = (before.group(1) + "." if before else _REV_WORDS.get(language, "Rev.")).capitalize()
    return f"{word.upper() if last.isupper() else word} {last}", replaced
