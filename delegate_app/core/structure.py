"""Reading the structure of a resolution from paragraphs.

Layout drives the reader, not English: a heading line, title lines, a preamble
line, then blocks that each open with a short call line ("considering",
"instructs the Director of ...") followed by labelled items. The vocabulary of
the six languages names the calls it knows; an unknown call is still found by
its shape (short, lower-case, no final punctuation, followed by a labelled item).
Word styles, when a document has them, settle what shape alone cannot.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .errors import NotITUText
from .labels import LETTER, ROMAN, Label, resolve_kind, roman_value, split_label, successors
from .model import Annex, Footnote, FootnoteRef, Provision, Resolution, Section
from .paragraphs import Para, Source, normalize_spaces, plain, take_notes
from .revision import Heading, parse_heading
from .vocabulary import ANNEX_WORDS, body_from_text, detect_script_language, match_call

# Word styles (folded: lower-case, no spaces or underscores, as Para.style holds
# them) and what they mean in ITU templates.
CALL_STYLES = {"call"}
HEADING_STYLES = {"resno", "resolutionno", "recno"}
HISTORY_STYLES = {"resref", "recref"}
ANNEX_STYLES = {"annexno", "annextitle", "annexref"}

# "(Kyoto, 1994; Dubai, 2018)", "(2023)"; not a period ("(2019-2023)" ends a wrapped title);
# the marks after it leave their commas
_HISTORY = re.compile(r"^(?![(（]\d{4}\s*[-–—]\s*\d{2,4}[)）])[(（].*\d{4}.*[)）][\s,;，、]*$")
_ANNEX = re.compile(
    r"^(?P<word>" + "|".join(re.escape(w) for w in ANNEX_WORDS) + r")"
    r"(?:\s+(?P<id>[A-Z0-9]{1,3}|[А-Я]))?"
    r"(?P<tail>\s+(?:TO|TO THE|DE LA|AL|К)\s+.*)?\s*$",
    re.IGNORECASE,
)
_TERMINAL = tuple(".;:。；：")
_MAX_CALL_WORDS = 60
# the parts of a long operative text (rules of procedure): "SECTION 1", "PART II", "Chapter 3";
# their titles follow on a line or two, and none of it is ever a call
SECTION_STYLES = {"sectionno", "sectiontitle", "heading1", "heading2", "heading3"}
_SECTION = re.compile(
    r"^(?:SECTION|Section|PART|Part|CHAPTER|Chapter|PARTIE|Partie|CHAPITRE|Chapitre|SECCIÓN|Sección|"
    r"PARTE|Parte|CAPÍTULO|Capítulo|РАЗДЕЛ|Раздел|ЧАСТЬ|Часть|ГЛАВА|Глава|الفرع|القسم|الجزء|الفصل)"
    r"\s+(?:\d{1,3}|[IVXLC]{1,6})$|^第[一二三四五六七八九十\d]{1,4}(?:节|部分|章)$"
)
# a dash or bullet item inside an item ("–<tab>Member States;"): a sub-item of the item before
_BULLET = re.compile(r"^(?P<bullet>[–—−•▪\-])(?:\t+|\s+)(?P<text>\S.*)$")
# what a paragraph before an unknown call ends with: an item, the preamble, a call of its own
_ENDS_ITEM = tuple(".;:,。；：，،؛")


def parse_resolution(
    source: Source, start: int = 0, end: int | None = None, *, heading_only: bool = False
) -> Resolution:
    """Parse the resolution whose heading is the first one in paras[start:end].

    With ``heading_only``, a heading and title without any calls is accepted (a
    SUP or NOC proposal shows only those); otherwise it is not a resolution.
    """
    paras = source.paras[start:end]
    texts = [normalize_spaces(plain(p.text)) for p in paras]
    head = next((i for i, p in enumerate(paras) if _is_heading(p, texts[i])), None)
    if head is None:
        raise NotITUText('no resolution heading (such as "RESOLUTION 59 (Rev. Kigali, 2022)") was found')
    heading = parse_heading(texts[head])
    if heading is None:  # styled as a heading but worded otherwise
        raise NotITUText(f"the heading {texts[head]!r} does not name a resolution number")

    first_call = next((i for i in range(head + 1, len(paras)) if _is_call(paras, texts, i)), None)
    if first_call is None:
        if heading_only:
            return _heading_only(paras, texts, head, heading)
        raise NotITUText(f'{heading.number}: no call (such as "considering" or "resolves") was found')
    paras = paras[:first_call] + _unglued_calls(paras[first_call:])
    texts = texts[:first_call] + [normalize_spaces(plain(p.text)) for p in paras[first_call:]]
    body_end = first_call
    preamble = ""
    before = next((i for i in range(first_call - 1, head, -1) if texts[i]), None)
    if before is not None and before > head + 1 and _is_preamble(texts[before]):
        preamble = texts[before]
        body_end = before
    title_parts, history = [], ""
    history_notes: list[FootnoteRef] = []
    for i in range(head + 1, body_end):
        if not texts[i]:
            continue
        if (_HISTORY.match(texts[i]) or paras[i].style in HISTORY_STYLES) and not history:
            history, notes = take_notes(normalize_spaces(paras[i].text, keep_nonbreaking=True))
            history = history.rstrip(" ,;，、")  # "(Hammamet, 2016)1, 1bis": the commas went with the marks
            history_notes = [FootnoteRef(min(n.offset, len(history)), n.footnote) for n in notes]
        elif not history:
            title_parts.append(texts[i])

    res = Resolution(
        body=None,
        number=heading.number,
        revision=heading.revision,
        title=" ".join(title_parts),
        history=history,
        preamble=preamble,
        draft=heading.draft,
    )
    _, res.heading_notes = take_notes(normalize_spaces(paras[head].text))
    res.history_notes = history_notes
    _Blocks(res).read(paras[first_call:], texts[first_call:], paras)
    for section in res.sections:
        _restore_lost_labels(section.provisions)
    res.body = _body(res)
    res.language = _language(res)
    res.footnotes = _cited_footnotes(res, source.footnotes)
    source.warnings.extend(label_warnings(res))
    return res


# where a call glued onto the end of the item before it starts: after a clause ends
_CLAUSE_END = re.compile(r"[,;.،؛]\s+|[，；。]")


def _unglued_calls(paras: list[Para]) -> list[Para]:
    """``paras`` with each call that an extraction glued onto the end of the
    item before it on a paragraph of its own again: "4 to provide support …
    in areas of mutual interest, invites Member States and Sector Members",
    then "1 when preparing …". Only a call of the vocabulary, without
    punctuation after it, and only where the next paragraph opens a list of
    its own (its first label, which does not continue the item's list): a
    sentence that merely goes on with a call's word is left as written."""
    if len(paras) < 2:
        return paras
    out: list[Para] = []
    following = ""  # the next non-empty paragraph's text, walking backwards
    for para in reversed(paras):
        text = normalize_spaces(plain(para.text))
        cut = _glued_call(para, text, following) if following else None
        if cut is None:
            out.append(para)
        else:
            out.append(Para(text=para.text[cut:].strip(), style=next(iter(CALL_STYLES))))
            out.append(replace(para, text=para.text[:cut].rstrip()))
        following = text or following
    return out[::-1]


def _glued_call(para: Para, text: str, following: str) -> int | None:
    """Where in ``para.text`` a call glued onto its end starts, or None."""
    if para.style in CALL_STYLES or para.style in HEADING_STYLES or text.endswith((*_TERMINAL, ",", "，", "،")):
        return None
    first, _ = split_label(following)
    if first is None or first.value != 1 or first.ambiguous_roman:
        return None
    own, rest = split_label(text)
    if own is not None and first.text in successors(own.text):
        return None
    if own is None and match_call(text) is not None:  # the paragraph is a call already
        return None
    raw = para.text
    for m in reversed(list(_CLAUSE_END.finditer(raw))):
        tail = normalize_spaces(plain(raw[m.end() :]))
        head = normalize_spaces(plain(raw[: m.start()]))
        if not tail or len(tail.split()) > _MAX_CALL_WORDS or tail[:1].isupper():
            continue
        if match_call(tail) is not None and head and (own is None or len(head) > len(own.text)):
            return m.end()
    return None


def _restore_lost_labels(items: list[Provision]) -> None:
    """Items whose labels a conversion lost ("h) …", "- that it is necessary …",
    "j) …"; or "1 …", "- to encourage …", "- that ITU-D …", "4 …"): read as dash
    items under the item before, they are the missing i), or 2 and 3. Only where
    the dash items at the end of that item are exactly as many as the labels
    missing, one way only, and each reads as an item of its own (it starts in
    lower case, as the items of a call do)."""
    for k in range(len(items) - 1, 0, -1):
        before, after = items[k - 1], items[k]
        lost: list[Provision] = []
        for child in reversed(before.children):
            if child.label not in ("-", "–") or not child.text[:1].islower():
                break
            lost.insert(0, child)
        if not lost or len(lost) > 6 or after.label in successors(before.label):
            continue
        paths = _label_paths(before.label, after.label, len(lost))
        if len(paths) == 1:
            del before.children[len(before.children) - len(lost) :]
            for item, label in zip(lost, paths[0]):
                item.label = label
            items[k:k] = lost
    for item in items:
        _restore_lost_labels(item.children)


def _label_paths(first: str, last: str, count: int) -> list[list[str]]:
    """The ways ``count`` labels can stand between ``first`` and ``last`` (at most two)."""
    paths: list[list[str]] = [[first]]
    for _ in range(count):
        paths = [p + [n] for p in paths for n in successors(p[-1])][:64]
    return [p[1:] for p in paths if last in successors(p[-1])][:2]


def label_warnings(res: Resolution) -> list[str]:
    """Label sequences a reader should look at, since the nesting was decided
    from them: a list that starts again inside one call ("a) b) a) b) c)": two
    lists run together, or a call lost between them), and a jump ("i)" then
    "v)": items lost, or a letter read as a roman numeral)."""
    warnings = []
    for section in res.sections:
        previous: Provision | None = None
        for prov in section.provisions:
            kind_value = _sequence_value(prov.label)
            before = _sequence_value(previous.label) if previous is not None else None
            if kind_value and before and kind_value[0] == before[0]:
                name = f"{section.call or 'the text'}: {previous.label if previous else ''} then {prov.label}"
                if kind_value[1] < before[1]:
                    warnings.append(f"{name}: the labels start again in one call; check that no call was lost")
                elif kind_value[1] > before[1] + 1:
                    warnings.append(f"{name}: labels are missing between them; check the text")
            previous = prov
    return warnings


def _sequence_value(label: str) -> tuple[str, int] | None:
    """(kind and depth, value) of a label that counts in a sequence; None for
    "b)bis", for a flattened revision's pair ("fh)": old and new side by side)
    and for numbers of two or more digits (a flattened "1"→"2" reads "12")."""
    found, _ = split_label(label + "\tx") if label else (None, "")
    if found is None or label.endswith(("bis", "ter", "quater")):
        return None
    if found.kind == LETTER and len(label.strip("()")) > 1:
        return None
    if found.kind != LETTER and found.kind != ROMAN and len(label.split(".")[-1]) > 1:
        return None
    return f"{found.kind}{label.count('.')}", found.value


def _heading_only(paras: list[Para], texts: list[str], head: int, heading: Heading) -> Resolution:
    title: list[str] = []
    history = ""
    for i in range(head + 1, len(texts)):
        if not texts[i]:
            continue
        if _HISTORY.match(texts[i]) or paras[i].style in HISTORY_STYLES:
            history = texts[i]
            break
        if title and (len(title) >= 2 or texts[i].endswith(_TERMINAL)):
            break
        title.append(texts[i])
    res = Resolution(
        body=None,
        number=heading.number,
        revision=heading.revision,
        title=" ".join(title),
        history=history,
        draft=heading.draft,
    )
    res.body = _body(res)
    res.language = detect_script_language(res.title) or "en"
    return res


def _is_heading(para: Para, text: str) -> bool:
    """A heading: a text that reads as one, or one in a heading style. An empty
    paragraph in the heading style is none: ITU's published files put one (a
    section break after the cover and foreword) before the real heading."""
    return parse_heading(text) is not None or (para.style in HEADING_STYLES and bool(text))


def _is_preamble(text: str) -> bool:
    return bool(text) and (body_from_text(text) is not None or text.rstrip().endswith((",", "،", "，")))


def _is_call(paras: list[Para], texts: list[str], i: int) -> bool:
    """Whether paragraph i opens a block of provisions."""
    text = texts[i]
    if not text:
        return False
    para = paras[i]
    if para.style in CALL_STYLES:
        return True
    label, _ = split_label(text)
    if label is not None or text.endswith(_TERMINAL) or _ANNEX.match(text):
        return False
    words = len(text.split())
    if words > _MAX_CALL_WORDS or len(text) > 400:
        return False
    first = text.lstrip("*_")[:1]
    match = match_call(text)
    if match is not None:
        return not first.isupper() or words <= 6
    # An unknown call, known by its shape: short, lower-case, then a labelled item, and after
    # an item or the preamble (not after a title without punctuation, which it continues).
    if words > 10 or not first.islower() or text.endswith(",") or para.style in SECTION_STYLES:
        return False
    before = next((j for j in range(i - 1, -1, -1) if texts[j]), None)
    if before is not None and not texts[before].endswith(_ENDS_ITEM) and not _is_call(paras, texts, before):
        return False
    nxt = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
    return nxt is not None and split_label(texts[nxt])[0] is not None


class _Blocks:
    """The state machine that reads calls, provisions and annexes in order."""

    def __init__(self, res: Resolution):
        self.res = res
        self.section: Section | None = None
        self.annex: Annex | None = None
        self.annex_stage = ""  # "reference", "title" while reading an annex's head
        self.path: list[tuple[str, Provision, Label | None]] = []  # (kind, node, label) per level

    def read(self, paras: list[Para], texts: list[str], all_paras: list[Para]) -> None:
        for i, (para, text) in enumerate(zip(paras, texts)):
            if not text:
                continue
            annex = _ANNEX.match(text)
            if annex and (annex.group("id") or para.style in ANNEX_STYLES or text.isupper()):
                self._open_annex(normalize_spaces(text))
                continue
            unlabelled = split_label(text)[0] is None and not _BULLET.match(text)
            if _SECTION.match(text) or (para.style in SECTION_STYLES and unlabelled and not self.part_title):
                self._part(normalize_spaces(para.text, keep_nonbreaking=True))
                continue
            if self.part_title and unlabelled:
                self._part_title(normalize_spaces(para.text, keep_nonbreaking=True))
                continue
            self.part_title = False
            if self.annex is None and _is_call(paras, texts, i):
                self.section = Section(call=text.strip("*_ "), operative=_operative(text))
                self.res.sections.append(self.section)
                self.path = []
                continue
            if self.annex is not None and self._annex_head(text):
                continue
            self._provision(normalize_spaces(para.text, keep_nonbreaking=True))

    part_title = False  # reading the title lines under "SECTION 1"

    def _part(self, text: str) -> None:
        """ "SECTION 1" (or a styled part title): a paragraph of the text, after which
        the lines up to the next item are its title, never a call."""
        self._container().append(Provision(label="", text=text))
        self.path = []
        self.part_title = True

    def _part_title(self, text: str) -> None:
        """A title line under "SECTION 1"; a line that starts in lower case continues
        the one before ("General provisions for meetings" / "using the traditional
        approval process": one title broken over two lines)."""
        container = self._container()
        last = container[-1] if container else None
        if last is not None and last.label == "" and text[:1].islower() and not _SECTION.match(last.text):
            last.text = f"{last.text} {text}"
            return
        container.append(Provision(label="", text=text))

    def _open_annex(self, label: str) -> None:
        self.annex = Annex(label=label)
        self.res.annexes.append(self.annex)
        self.section = None
        self.path = []
        self.annex_stage = "reference"

    def _annex_head(self, text: str) -> bool:
        """Take the "(to Resolution ...)" line and the title that follow ANNEX n."""
        assert self.annex is not None
        if self.annex_stage == "reference":
            self.annex_stage = "title"
            if text.startswith(("(", "（")) and text.endswith((")", "）")):
                self.annex.reference = text
                return True
        if self.annex_stage == "title":
            self.annex_stage = ""
            if split_label(text)[0] is None and not text.endswith(_TERMINAL):
                self.annex.title = text
                return True
        return False

    def _container(self) -> list[Provision]:
        if self.annex is not None:
            return self.annex.provisions
        if self.section is None:  # text before any call cannot be: kept under an empty call
            self.section = Section(call="")
            self.res.sections.append(self.section)
        return self.section.provisions

    def _provision(self, raw: str) -> None:
        bare = plain(raw)
        label, rest = split_label(bare)
        if label is not None:
            # cut the label off the text with its footnote markers at the same place
            cut = bare.find(rest) if rest else len(bare)
            body = raw[cut:] if raw[:cut] == bare[:cut] else rest
            text, notes = take_notes(normalize_spaces(body, keep_nonbreaking=True))
            self._place(Provision(label=label.text, text=text, notes=notes), label)
            return
        bullet = _BULLET.match(bare)
        if bullet is not None and self.path:  # a dash item under the item before; the numbering goes on
            cut = bare.find(bullet.group("text"))
            body = raw[cut:] if raw[:cut] == bare[:cut] else bullet.group("text")
            text, notes = take_notes(normalize_spaces(body, keep_nonbreaking=True))
            self.path[-1][1].children.append(Provision(label=bullet.group("bullet"), text=text, notes=notes))
            return
        text, notes = take_notes(raw)
        if not any(ch.isalnum() for ch in text):
            if self.path:  # a stray comma from a flattened revision
                self.path[-1][1].text = (self.path[-1][1].text + text).strip()
            return
        container = self._container()
        container.append(Provision(label="", text=text, notes=notes))
        self.path = []

    def _place(self, node: Provision, label: Label) -> None:
        container = self._container()
        if not self.path:
            kind = label.kind if not label.ambiguous_roman or label.text != "i)" or not container else ROMAN
            if container and container[-1].label == "":
                container.append(node)  # after an unlabelled paragraph: a new list
            else:
                container.append(node)
            self.path = [(LETTER if kind == ROMAN and not container[:-1] else kind, node, label)]
            return
        kind = self._kind(label)
        for depth, (level_kind, _, _) in enumerate(self.path):
            if level_kind == kind:
                parent = container if depth == 0 else self.path[depth - 1][1].children
                parent.append(node)
                self.path = self.path[:depth] + [(kind, node, label)]
                return
        self.path[-1][1].children.append(node)
        self.path.append((kind, node, label))

    def _kind(self, label: Label) -> str:
        if not label.ambiguous_roman:
            return label.kind
        top_kind, _, top_label = self.path[0]
        if top_kind == LETTER and top_label is not None and top_label.value == label.value - 1:
            return LETTER
        for level_kind, _, level_label in self.path:
            if level_kind == ROMAN and level_label is not None and roman_value(label.text) == level_label.value + 1:
                return ROMAN
        return resolve_kind(label, self.path[-1][2], self.path[0][0])


def _operative(call: str) -> bool:
    match = match_call(call)
    return bool(match and match.operative)


def _body(res: Resolution) -> str | None:
    body = body_from_text(res.preamble) if res.preamble else None
    if body is None and res.number.startswith("ITU-R"):
        body = "RA"
    return body


def _language(res: Resolution) -> str:
    sample = " ".join([res.title, res.preamble] + [s.call for s in res.sections])
    script = detect_script_language(sample)
    if script:
        return script
    votes: Counter[str] = Counter()
    for section in res.sections:
        match = match_call(section.call)
        if match:
            votes[match.language] += 1
    if votes:
        # English call words are also Spanish or French words now and then: majority wins
        return votes.most_common(1)[0][0]
    return "en"


def _cited_footnotes(res: Resolution, footnotes: dict[int, Footnote]) -> list[Footnote]:
    cited: list[int] = [n.footnote for n in res.heading_notes + res.history_notes]
    for prov in res.provisions():
        cited.extend(n.footnote for n in prov.notes)
    for annex in res.annexes:
        for top in annex.provisions:
            for prov in top.walk():
                cited.extend(n.footnote for n in prov.notes)
    seen = dict.fromkeys(cited)
    return [footnotes[n] for n in seen if n in footnotes]
