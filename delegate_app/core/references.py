"""Citations of other resolutions inside a text, and bringing them up to date.

Resolutions cite each other by number and revision: "Resolution 18 (Rev. New
Delhi, 2024) of WTSA", "Resolution 191 (Rev. Bucharest, 2022) of the
Plenipotentiary Conference", "Resolution ITU-R 75 (Dubai, 2023)", "Résolution 5
(Rév. Kigali, 2022) de la présente Conférence". A MOD drafted from a text of
2022 still cites what was in force then; by the time of the conference several
of those texts have been revised, and a delegation that sends the old
citations is corrected in committee. So a citation is read with the body it
names (the words after it, "of this conference" being the citing text's own
body, "ITU-R" being the Radiocommunication Assembly), and, when it names none,
with the body the same number is cited with elsewhere in the text; a citation
whose body cannot be told is left alone rather than guessed.

Only the revision inside the brackets is ever rewritten, so the sentence around
it, non-breaking spaces and hyphens included, stays as the delegate has it,
and footnote marks after it move with the text.
"""

from __future__ import annotations

import copy
import re
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .model import Footnote, FootnoteRef, Provision, Resolution
from .outline import call_short, provision_paths
from .revision import revision_year

# The word "Resolution" in the languages whose citations have this shape.
_WORD = r"(?:Resolution|Résolution|Resolución|Резолюци[яиюей])"
_NUMBER = r"(?P<number>(?:ITU|UIT|МСЭ)[-‑ ]R[\s\u00a0]*\d{1,4}[A-Z]?|\d{1,4}[A-Z]?)"
_CITATION = re.compile(_WORD + r"[\s\u00a0]+" + _NUMBER + r"[\s\u00a0]*\((?P<revision>[^()\n]{4,60}?)\)")

# What follows a citation and names the body, by language; "own" is the citing text's body.
_BODIES: list[tuple[str, str]] = [
    (
        r"of the Plenipotentiary Conference|of (?:the )?PP\b|de la Conférence de plénipotentiaires|"
        r"de la Conferencia de Plenipotenciarios|Полномочной конференции|ПК\b",
        "PP",
    ),
    (
        r"of the World Telecommunication Standardization Assembly|of (?:the )?WTSA\b|de l['’]Assemblée mondiale "
        r"de normalisation des télécommunications|de l['’]AMNT\b|de la Asamblea Mundial de Normalización de las "
        r"Telecomunicaciones|de la AMNT\b|ВАСЭ\b|Всемирной ассамблеи по стандартизации электросвязи",
        "WTSA",
    ),
    (
        r"of the World Telecommunication Development Conference|of (?:the )?WTDC\b|de la Conférence mondiale "
        r"de développement des télécommunications|de la CMDT\b|de la Conferencia Mundial de Desarrollo de las "
        r"Telecomunicaciones|ВКРЭ\b|Всемирной конференции по развитию электросвязи",
        "WTDC",
    ),
    (
        r"of the Radiocommunication Assembly|of (?:the )?RA\b|de l['’]Assemblée des radiocommunications|"
        r"de la Asamblea de Radiocomunicaciones|Ассамблеи радиосвязи",
        "RA",
    ),
    (
        r"of the World Radiocommunication Conference|of (?:the )?WRC\b|de la Conférence mondiale des "
        r"radiocommunications|de la Conferencia Mundial de Radiocomunicaciones|Всемирной конференции радиосвязи",
        "WRC",
    ),
    (r"of (?:the )?Council|du Conseil|del Consejo|Совета", "Council"),
    (
        r"of this (?:conference|assembly)|de (?:la )?présente (?:conférence|assemblée)|de (?:esta|la presente) "
        r"(?:conferencia|asamblea)|настоящей (?:конференции|ассамблеи)",
        "own",
    ),
]
_BODY_AFTER = [(re.compile(r"[\s\u00a0,]*(?:" + words + r")", re.IGNORECASE), body) for words, body in _BODIES]


@dataclass(frozen=True)
class Citation:
    """A cited resolution: where it is in one text, and what it names."""

    body: str | None  # None when neither the words after it nor the text tell
    number: str  # "18", "ITU-R 75"
    revision: str  # as written: "Rev. Geneva, 2022"
    year: int | None
    start: int  # of the revision inside the text
    end: int

    @property
    def named(self) -> str:
        """ "WTSA Resolution 18 (Rev. Geneva, 2022)"."""
        return f"{self.body + ' ' if self.body else ''}Resolution {self.number} ({self.revision})"


@dataclass(frozen=True)
class Place:
    """A paragraph of a resolution that can hold citations, by its path
    ("recalling g)", "ANNEX 1 ¶2", "footnote 3") and how to reach its text."""

    path: str
    text: str
    notes: list[FootnoteRef] | None  # the footnote marks that move with the text (None for a footnote)
    index: int = 0  # its place among the text's paragraphs (two items may share a path)


@dataclass(frozen=True)
class Outdated:
    """A citation older than the newest revision the library holds."""

    place: str
    citation: Citation
    newest: str  # the library's newest revision as a citation names it, in the citing text's language if it has one
    newest_year: int
    replaceable: bool  # the newest revision is known, as words, in the citing text's language
    index: int = 0  # the paragraph (Place.index) that cites it


# (body, number, language) -> the newest (revision, year) the library holds of it, in that language
# when it has one; "" as the language asks for any.
Newest = Callable[[str, str, str], "tuple[str, int] | None"]


def normalise_number(number: str) -> str:
    """ "ITU‑R 75" (non-breaking hyphen, any spacing, UIT/МСЭ) as the library names it: "ITU-R 75"."""
    m = re.match(r"(?:ITU|UIT|МСЭ)[-‑ ]R[\s\u00a0]*(\S+)", number)
    return f"ITU-R {m.group(1)}" if m else number


def _body_of(text: str, end: int, number: str, own: str | None) -> str | None:
    if number.startswith("ITU-R"):
        return "RA"
    tail = text[end + 1 : end + 120]
    for pattern, body in _BODY_AFTER:
        if pattern.match(tail):
            return own if body == "own" else body
    return None


def citations(text: str, own_body: str | None = None) -> list[Citation]:
    """The citations in one paragraph, with the body each names (None when it names none)."""
    found = []
    for m in _CITATION.finditer(text):
        number = normalise_number(m.group("number"))
        revision = m.group("revision")
        year = revision_year(revision)
        if year is None:
            continue  # "(see Annex)": brackets that hold no revision
        body = _body_of(text, m.end("revision"), number, own_body)
        found.append(Citation(body, number, revision, year, m.start("revision"), m.end("revision")))
    return found


def places(res: Resolution) -> Iterator[Place]:
    """Every paragraph of a resolution that may cite another, in order: the
    preamble, the provisions under each call, the annexes' and the footnotes."""
    texts: list[tuple[str, str, list[FootnoteRef] | None]] = [("preamble", res.preamble, None)]
    texts += [(path, prov.text, prov.notes) for path, prov in _provisions(res)]
    texts += [(f"footnote {note.mark or note.number}", note.text, None) for note in res.footnotes]
    for index, (path, text, notes) in enumerate(texts):
        yield Place(path, text, notes, index)


def _provisions(res: Resolution) -> Iterator[tuple[str, Provision]]:
    for prefix, provisions in [(call_short(s.call), s.provisions) for s in res.sections] + [
        (a.label, a.provisions) for a in res.annexes
    ]:
        for path, _, prov in provision_paths(prefix, provisions):
            yield path, prov


def cited(res: Resolution) -> list[tuple[Place, Citation]]:
    """Every citation of the text with its paragraph; a citation that names no
    body takes the one the same number is cited with elsewhere in the text,
    when that is a single body."""
    found = [(place, c) for place in places(res) for c in citations(place.text, res.body)]
    bodies: dict[str, set[str]] = {}
    for _, c in found:
        if c.body is not None:
            bodies.setdefault(c.number, set()).add(c.body)
    out = []
    for place, c in found:
        if c.body is None and len(bodies.get(c.number, ())) == 1:
            c = Citation(next(iter(bodies[c.number])), c.number, c.revision, c.year, c.start, c.end)
        out.append((place, c))
    return out


def cited_form(revision: str) -> str:
    """A revision as a citation writes it: "REV. DUBAI, 2018" (a heading's
    capitals, as some texts are stored) is "Rev. Dubai, 2018"."""
    if not revision.isupper():
        return revision
    return " ".join(w if w == "г." else w[:1].upper() + w[1:] for w in revision.lower().split(" "))


_SEEN: dict[int, tuple[weakref.ref[Resolution], Newest, list[Outdated]]] = {}


def outdated_now(res: Resolution, newest: Newest) -> list[Outdated]:
    """``outdated``, remembered for a text and a state of the library: the rules
    check runs after every edit, and only the proposal being typed in has a new
    text (typing makes a new Resolution; nothing changes one in place)."""
    found = _SEEN.get(id(res))
    if found is not None and found[0]() is res and found[1] is newest:
        return found[2]
    result = outdated(res, newest)
    key = id(res)

    def gone(_ref: weakref.ref[Resolution]) -> None:
        _SEEN.pop(key, None)

    _SEEN[key] = (weakref.ref(res, gone), newest, result)
    return result


def outdated(res: Resolution, newest: Newest) -> list[Outdated]:
    """The citations of ``res`` older than a revision the library holds."""
    out = []
    for place, c in cited(res):
        if c.body is None or c.year is None:
            continue
        mine = newest(c.body, c.number, res.language)
        anywhere = newest(c.body, c.number, "")
        best = anywhere if mine is None or (anywhere is not None and anywhere[1] > mine[1]) else mine
        if best is None or best[1] <= c.year:
            continue
        replaceable = mine is not None and mine[1] == best[1] and bool(mine[0].strip())
        shown = cited_form((mine if replaceable and mine else best)[0]) or str(best[1])
        out.append(Outdated(place.path, c, shown, best[1], replaceable, place.index))
    return out


@dataclass(frozen=True)
class Update:
    place: str
    old: str  # "Resolution 18 (Rev. Geneva, 2022)" as cited
    new: str


def update_references(res: Resolution, newest: Newest) -> tuple[Resolution, list[Update]]:
    """A copy of ``res`` with each outdated citation naming the newest revision
    in the library (in the text's language), and what was changed. Citations
    whose newest revision the library has only in another language are left
    (``outdated`` still reports them)."""
    found: dict[int, list[Outdated]] = {}
    for o in outdated(res, newest):
        if o.replaceable:
            found.setdefault(o.index, []).append(o)
    if not found:
        return res, []
    updated = copy.deepcopy(res)
    changes: list[Update] = []
    for place in places(updated):  # the copy's paragraphs, in the same order as the original's
        edits = sorted(found.get(place.index, []), key=lambda o: o.citation.start)
        if not edits:
            continue
        text = place.text
        for o in reversed(edits):  # from the end, so the earlier offsets stay right
            c = o.citation
            text = text[: c.start] + o.newest + text[c.end :]
            delta = len(o.newest) - (c.end - c.start)
            for note in place.notes or []:
                if note.offset >= c.end:
                    note.offset += delta
        _set_text(updated, place, text)
        changes.extend(
            Update(
                place.path,
                f"Resolution {o.citation.number} ({o.citation.revision})",
                f"Resolution {o.citation.number} ({o.newest})",
            )
            for o in edits
        )
    return updated, changes


def _set_text(res: Resolution, place: Place, text: str) -> None:
    """Give the paragraph at ``place`` (of ``res``, as places() walks it) its new text."""
    provisions = [prov for _, prov in _provisions(res)]
    if place.index == 0:
        res.preamble = text
    elif place.index <= len(provisions):
        provisions[place.index - 1].text = text
    else:
        k = place.index - 1 - len(provisions)
        note = res.footnotes[k]
        res.footnotes[k] = Footnote(note.number, text, note.mark)
