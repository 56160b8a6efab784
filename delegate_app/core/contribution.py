"""Reading contributions: the header, the abstract, and the proposals.

A contribution is recognised by its action lines ("MOD RCC/47A4/1", "SUP",
"ADD ACP/64A1/2"). Everything before the first one is header and introduction;
each action line opens a proposal whose text runs to its "Reasons:" paragraph,
the next action line, an unnumbered "Annex" attached to the contribution, or a
closing rule. ITU templates mark header cells with bookmarks (dsource, dtitle1,
...), which the text and Word readers pass on as anchors.
"""

from __future__ import annotations

import re

from . import terms
from .errors import NotITUText
from .model import Annex, Contribution, ContributionHeader, Proposal, Provision
from .numbering import PROPOSAL_NUMBER
from .paragraphs import Para, Source, normalize_spaces, plain, take_notes
from .structure import parse_resolution
from .text_tables import table_cells
from .vocabulary import ORIGINAL_WORDS, REASONS_WORDS, body_from_text, detect_script_language

ACTIONS = ("(MOD)", "MOD", "ADD*", "ADD", "SUP*", "SUP", "NOC")
_ACTION = re.compile(r"^(?P<action>\(MOD\)|MOD|ADD\*?|SUP\*?|NOC)(?:\s+(?P<number>\S{3,40}))?\s*$")
_REASONS = re.compile(r"^(?:" + "|".join(REASONS_WORDS) + r")\s*[:：]\s*(?P<rest>.*)$", re.I)
_ORIGINAL = re.compile(r"^(?:" + "|".join(set(ORIGINAL_WORDS)) + r")\s*[:：]\s*(?P<lang>.+)$", re.I)
_DOCUMENT = re.compile(
    r"^(?:(?:Addendum|Corrigendum|Revision|Addéndum|Additif)\s+\d+\s+(?:to|au|al)\s+)?"
    r"(?:Document|Documento|Документ)\s+\S+",
    re.I,
)
_AGENDA = re.compile(
    r"^(?:Agenda item|Point de l'ordre du jour|Punto del orden del día|"
    r"Committee|Commission|Comisión|PLENARY MEETING|SÉANCE PLÉNIÈRE|"
    r"SESIÓN PLENARIA)\b.*",
    re.I,
)
_DATE = re.compile(
    r"^(?:\d{1,2}(?:\s+de)?\s+[A-Za-zÀ-ÿА-Яа-я]+(?:\s+de)?\s+\d{4}|[A-Za-z]+\s+\d{1,2},\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)$"
)
_SECTION_HEADS = {
    "abstract": (
        "abstract",
        "summary",
        "purpose",
        "résumé",
        "objet",
        "resumen",
        "objeto",
        "аннотация",
        "резюме",
        "цель",
        "ملخص",
        "الغرض",
        "摘要",
        "目的",
    ),
    "introduction": ("introduction", "introducción", "введение", "مقدمة", "引言", "导言"),
}
_ANCHORS = {"dsource": "source", "dtitle1": "title", "dmeeting": "meeting", "dnum": "document", "ddate": "date"}
_HEAD_PREFIX = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})[.)]?\s+")
_CLOSING = re.compile(r"^[_\-–—\s]{5,}$")
_SOURCE_OPENERS = re.compile(
    r"^(?:Contribution by|Contributions? from|Member States of|Proposals? by|Note by|Report by|"
    r"Contribution de|Contribución de|Вклад|Предложения|مساهمة|文稿)\b",
    re.I,
)


def find_actions(source: Source) -> list[int]:
    """Indexes of the paragraphs that are action lines of proposals."""
    return [i for i, para in enumerate(source.paras) if is_action_line(normalize_spaces(plain(para.text)))]


def is_action_line(text: str) -> bool:
    """ "MOD RCC/47A4/1", "ADD", "(MOD) ABC/1/2": a proposal's action line."""
    m = _ACTION.match(text)
    return m is not None and (m.group("number") is None or _looks_like_number(m.group("number")))


def _looks_like_number(text: str) -> bool:
    return bool(PROPOSAL_NUMBER.match(text)) or "/" in text or text.startswith("[")


def parse_contribution(source: Source) -> Contribution:
    actions = find_actions(source)
    if not actions:
        raise NotITUText("no proposal (MOD, ADD, SUP or NOC line) was found")
    texts = [normalize_spaces(plain(p.text)) for p in source.paras]
    contrib = Contribution()
    _read_front(contrib, source, texts, actions[0])
    bounds = actions + [len(texts)]
    for k, start in enumerate(actions):
        end = bounds[k + 1]
        proposal, attachment_at = _read_proposal(source, texts, start, end)
        contrib.proposals.append(proposal)
        if attachment_at is not None:
            contrib.attachments.append(_read_attachment(texts, attachment_at, end, source.paras))
    _fill_missing_bodies(contrib)
    sample = " ".join(texts[: actions[0]])
    whole = [p.resolution.language for p in contrib.proposals if p.resolution and p.action not in terms.TITLE_ONLY]
    contrib.language = detect_script_language(sample) or next(iter(whole), None) or _reasons_language(texts)
    for proposal in contrib.proposals:
        # a SUP's or NOC's heading and title are too short to tell French from
        # English: they are in the document's language ("RÉSOLUTION 17 (Rév. …)")
        if proposal.resolution is not None and proposal.action in terms.TITLE_ONLY:
            proposal.resolution.language = contrib.language
    return contrib


_REASONS_LANGUAGE = {"motifs": "fr", "motif": "fr", "motivos": "es", "motivo": "es"}


def _reasons_language(texts: list[str]) -> str:
    """The language of the Reasons lines ("Motifs:" is French), for a document
    with no whole text to tell it; English when none says otherwise."""
    for text in texts:
        word = text.split(":", 1)[0].strip().lower() if ":" in text[:12] else ""
        if word in _REASONS_LANGUAGE:
            return _REASONS_LANGUAGE[word]
    for text in texts:
        found = detect_script_language(text) if text.split(":", 1)[0].strip() in REASONS_WORDS else None
        if found:
            return found
    return "en"


def _fill_missing_bodies(contrib: Contribution) -> None:
    """A SUP or NOC names no conference in its text: take the body from the
    contribution's other proposals, or from its header (the meeting, the title)."""
    known = [p.resolution.body for p in contrib.proposals if p.resolution and p.resolution.body]
    h = contrib.header
    fallback = known[0] if len(set(known)) == 1 else body_from_text(" ".join((h.meeting, h.title, h.agenda_item)))
    for proposal in contrib.proposals:
        if proposal.resolution is not None and proposal.resolution.body is None and not proposal.resolution.draft:
            proposal.resolution.body = fallback


def _read_front(contrib: Contribution, source: Source, texts: list[str], stop: int) -> None:
    """Header fields, abstract and introduction: everything before the first proposal."""
    header = ContributionHeader()
    part = "header"
    abstract: list[str] = []
    intro: list[str] = []
    pending = ""  # "Addendum 1 to", printed above "Document 12-E" (a line break in a PDF or a text)
    for i in range(stop):
        text, anchors = texts[i], source.paras[i].anchors
        if not text:
            continue
        if part == "header" and _OPEN_REFERENCE.match(text):
            pending = text
            continue
        text, pending = (f"{pending} {text}", "") if pending else (text, "")
        head = _section_head(text)
        if head:
            part = head
            own = " ".join(source.paras[i].text.split(":", 1)[0].split()) if ":" in text else text
            contrib.headings.setdefault(head, own.replace(" ", "\t", 1) if _HEAD_PREFIX.match(own) else own)
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                (abstract if part == "abstract" else intro).append(rest)
            continue
        if part == "header" and _header_field(header, text, anchors, source.paras[i].text):
            continue
        if part == "header" and _meeting_or_source(header, text, _next_text(texts, i, stop)):
            continue
        if part == "abstract":
            abstract.append(text)
        elif part == "introduction" or part == "header" and (header.title or header.source):
            intro.append(text)
            part = "introduction"
        elif not header.meeting and not header.document:
            header.meeting = text
    contrib.header = header
    contrib.abstract = "\n".join(abstract)
    contrib.introduction = "\n".join(intro)


# the first half of "Addendum 1 to / Document 12-E" when the two are on lines of their own
_OPEN_REFERENCE = re.compile(
    r"^(?:Addendum|Corrigendum|Revision|Révision|Addéndum|Revisión|Corrigéndum|"
    r"Дополнительный документ|Исправление|Пересмотр)\s+\d{1,3}\s+(?:to|au|à|al|к)$",
    re.IGNORECASE,
)
# "Riyadh, 6-17 November 2029", "Bucharest, 26 September – 14 October 2022": where and when a meeting is
_PLACE_AND_DATES = re.compile(r"^[^\W\d][^,]{1,40},\s*\d{1,2}.{0,40}\b(?:19|20)\d\d$")


def _next_text(texts: list[str], i: int, stop: int) -> str:
    return next((t for t in texts[i + 1 : stop] if t), "")


def _meeting_or_source(header: ContributionHeader, text: str, following: str) -> bool:
    """Two header lines no pattern names: the place and dates under the meeting
    ("Riyadh, 6-17 November 2029"), kept with it on a line of its own; and a
    source that is a Member State's name alone ("Russian Federation", "Brazil
    (Federative Republic of)"), known by its place: the short line just before
    the title in capitals."""
    if header.meeting and not header.document and "\n" not in header.meeting and _PLACE_AND_DATES.match(text):
        header.meeting = f"{header.meeting}\n{text}"
        return True
    short = len(text.split()) <= 12 and not text.endswith((".", ";", ":"))
    if not header.source and not header.title and short and following and _is_caps_title(following):
        if header.meeting or header.document:
            header.source = text
            return True
    return False


def _section_head(text: str) -> str | None:
    bare = _HEAD_PREFIX.sub("", text).rstrip(":： ").lower()
    for part, words in _SECTION_HEADS.items():
        if bare in words or any(text.lower().startswith(w + ":") for w in words):
            return part
    return None


def _header_field(header: ContributionHeader, text: str, anchors: tuple[str, ...], raw: str = "") -> bool:
    """Fill the header field this paragraph holds; False when it holds none.

    What the text says comes first ("Original: ...", "Document ...", a date);
    then the template's bookmark; then softer clues (a "Contribution by" line,
    a title in capitals).
    """
    if (m := _ORIGINAL.match(text)) and not header.original_language:
        header.original_language = m.group("lang").strip()
    elif _DOCUMENT.match(text) and not header.document:
        header.document = text
    elif _AGENDA.match(text) and not header.agenda_item:
        header.agenda_item = text
    elif _DATE.match(text) and not header.date:
        header.date = text
    elif name := next((n for a, n in _ANCHORS.items() if a in anchors and not getattr(header, n)), None):
        setattr(header, name, _with_breaks(text, raw) if name == "title" else text)
    elif _SOURCE_OPENERS.match(text) and not header.source:
        header.source = text
    elif not (header.meeting or header.document or header.title) and body_from_text(text) and len(text) < 120:
        header.meeting = text  # the first line, naming the conference: "PLENIPOTENTIARY CONFERENCE (PP-22)"
    elif _is_caps_title(text) and not header.title:
        header.title = _with_breaks(text, raw)
    else:
        return False
    return True


def _with_breaks(text: str, raw: str) -> str:
    """The title with the manual line breaks its author set (a Word line break
    inside the paragraph), each line as the text reads it."""
    if "\n" not in raw:
        return text
    lines = [normalize_spaces(plain(line)) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line)


def _is_caps_title(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and bool(letters) and sum(c.isupper() for c in letters) > 0.9 * len(letters)


def _read_proposal(source: Source, texts: list[str], start: int, end: int) -> tuple[Proposal, int | None]:
    m = _ACTION.match(texts[start])
    assert m is not None
    proposal = Proposal(action=m.group("action"), number=m.group("number") or "")
    body_start = start + 1
    if not proposal.number:  # the number on a line of its own
        nxt = next((j for j in range(start + 1, end) if texts[j]), None)
        if nxt is not None and PROPOSAL_NUMBER.match(texts[nxt]):
            proposal.number, body_start = texts[nxt], nxt + 1
    text_end, reasons, attachment_at = end, [], None
    for j in range(body_start, end):
        r = _REASONS.match(texts[j])
        if r:
            text_end = min(text_end, j)
            reasons.append(r.group("rest"))
            for k in range(j + 1, end):
                if _is_attachment(texts[k]):  # the contribution's annex, after the last Reasons
                    attachment_at = k
                    break
                if _CLOSING.match(texts[k]):  # the closing rule: an annex may still follow it
                    after = next((m for m in range(k + 1, end) if texts[m]), None)
                    if after is not None and _is_attachment(texts[after]):
                        attachment_at = after
                    break
                if texts[k]:
                    reasons.append(texts[k])
            break
        if _is_attachment(texts[j]) or _CLOSING.match(texts[j]):
            text_end = min(text_end, j)
            if _is_attachment(texts[j]):
                attachment_at = j
            break
    proposal.reasons = "\n".join(x for x in reasons if x)
    # SUP and NOC show only the heading and title; MOD and ADD carry the whole text
    title_only = proposal.action in terms.TITLE_ONLY
    proposal.resolution = parse_resolution(source, body_start, text_end, heading_only=title_only)
    return proposal, attachment_at


def _is_attachment(text: str) -> bool:
    """An unnumbered "Annex" or "Attachment" belongs to the contribution, not the resolution."""
    return text.strip() in ("Annex", "Attachment", "Annexe", "Anexo", "Приложение", "الملحق", "附件")


def _read_attachment(texts: list[str], start: int, end: int, paras: list[Para] | None = None) -> Annex:
    """The contribution's own annex: its label, title, paragraphs, and the first
    Word table in it (its cells' paragraphs, row by row) as a table; in a text
    extraction, the table found by ``core.text_tables``."""
    annex = Annex(label=texts[start])
    cells: dict[tuple[int, int], list[str]] = {}
    table_id: int | None = None
    lines: list[tuple[int, str]] = []  # (where, text) of the paragraphs outside the table
    word_cells = paras is not None and any(paras[i].cell is not None for i in range(start + 1, end))
    extracted = {} if paras is None or word_cells else table_cells([p.text for p in paras[start + 1 : end]])
    for i in range(start + 1, end):
        cell = paras[i].cell if paras is not None else None
        if i - start - 1 in extracted:  # a Word table as a text extraction writes it
            cell = (0, *extracted[i - start - 1])
        if cell is not None and (table_id is None or cell[0] == table_id):
            table_id = cell[0]
            if texts[i]:
                cells.setdefault((cell[1], cell[2]), []).append(texts[i])
            else:
                cells.setdefault((cell[1], cell[2]), [])
            continue
        if texts[i]:
            lines.append((i, texts[i]))
    if lines:
        last, annex.title = lines.pop(0)
        # a title set over two lines ("... coordination of efforts" / "among the three Sectors")
        while lines and lines[0][0] == last + 1 and lines[0][1][:1].islower():
            last, more = lines.pop(0)
            annex.title += " " + more
    for _, line in lines:
        text, notes = take_notes(line)
        annex.provisions.append(Provision(label="", text=text, notes=notes))
    if cells:
        rows = max(r for r, _ in cells) + 1
        columns = max(c for _, c in cells) + 1
        annex.table = [
            ["\n".join(plain(t) for t in cells.get((r, c), [])) for c in range(columns)] for r in range(rows)
        ]
    return annex
