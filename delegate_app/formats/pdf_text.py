"""Repairs of text extracted from ITU's PDFs: footnotes set inline, hyphens cut at line ends.

A PDF has no footnotes, only text at the foot of a page. Extracted line by
line (the PP Final Acts, WTDC texts converted from PDF), each page's notes end
up at the end of the item that shared their page, after the rule that ITU
prints above them, and the reference mark is glued to its word:

    "... developing countries1 and ...; ____________________ 1 These include ..."

This module cuts the notes off the item ("____ 1 text 2 text": each note opens
with the next mark in sequence, 1bis included) and puts a footnote marker where
the glued mark stands, in that line or the lines before it on the page. A note
whose mark is found nowhere is kept, unreferenced, rather than lost.

A compound broken at a line end keeps a space after its hyphen ("high- level",
"Secretary- General", "IMT- 2020"); it is joined again, except before "and"/"or" in their
languages ("short- and long-term" is meant so).
"""

from __future__ import annotations

import re

from ..core.model import Footnote
from ..core.paragraphs import note_marker

_UNDERSCORES = re.compile(r"_{10,}")
# a printed page holds a few dozen lines and a handful of notes; a "page" beyond
# these is not one, and the repairs stay linear whatever a file holds
MAX_NOTES_PER_PAGE, MAX_LINES_PER_PAGE = 40, 200


def _rule(line: str) -> tuple[int, int] | None:
    """Where the printed footnote rule stands in a line, spaces around it
    included, when a note's mark follows it: (start, end). Found run by run, so
    a line of a hundred thousand underscores costs one pass, not a pass per
    character (a regular expression with the look-ahead after it backtracked)."""
    if "__________" not in line:
        return None
    for m in _UNDERSCORES.finditer(line):
        end = m.end()
        while end < len(line) and line[end].isspace():
            end += 1
        if end < len(line) and line[end].isdigit():
            start = m.start()
            while start > 0 and line[start - 1].isspace():
                start -= 1
            return start, end
    return None


def separate_footnotes(lines: list[str], footnotes: dict[int, Footnote]) -> list[str]:
    """``lines`` with inline PDF footnotes cut off into ``footnotes`` and their
    glued marks made markers."""
    if not any("_____" in line for line in lines):
        return lines
    out = list(lines)
    page_start = 0  # the first line the next notes' marks can be in
    highest = max(footnotes, default=0)  # kept as notes are added: one pass, whatever the file holds
    for i, line in enumerate(out):
        rule = _rule(line)
        if rule is None:
            continue
        body, notes_text = line[: rule[0]].rstrip(), line[rule[1] :]
        notes = _split_notes(notes_text)
        if not notes or len(notes) > MAX_NOTES_PER_PAGE:  # not a page's foot: left as it is
            continue
        out[i] = body
        mark, last = notes[-1]
        cut = _RUN_ON.search(last)
        if cut is not None:  # the page's text after its notes: back among the lines
            notes[-1] = (mark, last[: cut.start()].rstrip())
            rest = last[cut.start() :].strip()
            first_item = _FIRST_ITEM.search(rest)  # a call glued to its first item: "… Bureaux 1 to collect"
            if first_item is not None and first_item.start() > 0:
                out[i + 1 : i + 1] = [rest[: first_item.start()].strip(), rest[first_item.start() :].strip()]
            else:
                out.insert(i + 1, rest)
        for mark, text in notes:
            number = int(mark) if mark.isdigit() and int(mark) not in footnotes else highest + 1
            highest = max(highest, number)
            footnotes[number] = Footnote(number=number, text=text, mark="" if mark == str(number) else mark)
            _place_marker(out, max(page_start, i - MAX_LINES_PER_PAGE), i, mark, number)
        page_start = i + 1
    return out


# where the last note of a page ends and the next page's text begins, glued on by
# the extraction: after a sentence, a call ("resolves to instruct the Directors")
# or an operative item ("2 to work closely"); a note never says either
_RUN_ON = re.compile(
    r"(?<=[.;])\s+(?=(?:further\s+)?(?:resolves|instructs|invites|requests|encourages|urges|decides|"
    r"considering|recognizing|recalling|noting|bearing in mind|taking into account|calls upon)\b"
    r"|\d{1,2}\s+(?:to|that)\s)"
)


_FIRST_ITEM = re.compile(r"(?<=[^\W\d_])\s+(?=(?:1|a\))\s+(?:to|that)\s)")


def _split_notes(text: str) -> list[tuple[str, str]]:
    """ "1 These include ... 2 Including ..." as [("1", "These include ..."), ...].

    The text after the rule opens with a mark; each further note opens with the
    next mark in sequence (or this mark with "bis") followed by a capital, so a
    number inside a note ("Article 21 of the Constitution") does not cut it."""
    first = re.match(r"(\d{1,2}(?:bis|ter)?)\s+", text)
    if first is None:
        return []
    notes: list[tuple[str, str]] = []
    mark, text_at = first.group(1), first.end()
    while True:
        digits = int(re.match(r"\d+", mark).group())  # type: ignore[union-attr]
        candidates = [str(digits + 1)] + ([f"{mark}bis"] if mark.isdigit() else [])
        opening = re.compile(r"(?<=\s)(" + "|".join(candidates) + r")\s+(?=[A-Z\"“(«À-ÖØ-Þ])")
        nxt = opening.search(text, text_at)
        end = nxt.start() if nxt is not None else len(text)
        notes.append((mark, " ".join(text[text_at:end].split())))
        if nxt is None or len(notes) > MAX_NOTES_PER_PAGE:
            return notes
        mark, text_at = nxt.group(1), nxt.end()


def _place_marker(lines: list[str], first: int, last: int, mark: str, number: int) -> None:
    """The glued mark nearest before the notes ("countries1", "organizations2"),
    after a letter or closing sign and before a space, a sign or the line's end."""
    # after a word of three lower-case letters or more ("countries1"), or a closing sign:
    # never inside a code ("C2", "IPv4", "G5"), whose digit is its own
    glued = re.compile(r"(?:(?<=[^\W\d_A-Z]{3})|(?<=[)\]”’]))" + re.escape(mark) + r"(?=[\s,.;:)]|$)")
    for i in range(last, first - 1, -1):
        found = list(glued.finditer(lines[i]))
        if found:
            m = found[-1]
            lines[i] = lines[i][: m.start()] + note_marker(number) + lines[i][m.end() :]
            return


# not before the words that make a suspended hyphen ("small- to medium-sized", "3- to 5-year",
# "public- as well as private-sector", "short- and long-term") in the six languages
_SUSPENDING = r"and|or|to|as|nor|et|ou|à|au|aux|a|y|o|e|u|hasta|al|и|или|до|а"
_BROKEN_COMPOUND = re.compile(rf"(?<=[^\W_])- (?!(?:{_SUSPENDING})\b)(?=[^\W_])")


def join_broken_compounds(line: str) -> str:
    """ "high- level" -> "high-level"; "short- and long-term" kept."""
    return _BROKEN_COMPOUND.sub("-", line) if "- " in line else line


_GLUED_LABEL = re.compile(r"; ((?:[a-z]{1,4})\)|\d{1,2}) (?=[a-z])")
_OPENING_ROMAN = re.compile(r": (i\)) (?=[a-z])")


def looks_extracted_from_pdf(lines: list[str]) -> bool:
    """Whether the text carries what a PDF extraction leaves: a footnote rule set
    inline, or a compound broken at a line end. Only such texts get the repairs
    below: a Word text's own inline enumeration ("as follows: i) …; ii) …") is
    the author's and stays one paragraph."""
    return any(_rule(line) or ("- " in line and _BROKEN_COMPOUND.search(line)) for line in lines)


def split_glued_items(lines: list[str]) -> list[str]:
    """Items a PDF extraction glued onto the end of the item before ("…
    funding; vi) to solicit …"), each on a line of its own again. A split is
    made only where the label glued is the one that comes next after the
    line's own label (or the one split off before it), so an enumeration
    inside a sentence is left alone unless it continues the list."""
    out: list[str] = []
    for line in lines:
        out.extend(_split_line(line))
    return out


def _split_line(line: str) -> list[str]:
    from ..core.labels import split_label, successors

    own, _ = split_label(line)
    previous = own.text if own is not None else None
    parts: list[str] = []
    start = 0
    opening = _OPENING_ROMAN.search(line)
    if opening is not None and "; ii) " in line[opening.end() :]:  # ": i) …; ii) …": a sub-list begins here
        parts.append(line[: opening.start() + 1])
        start, previous = opening.start() + 2, "i)"
    for m in _GLUED_LABEL.finditer(line, start):
        label = m.group(1)
        if previous is None or label not in successors(previous):
            continue
        parts.append(line[start : m.start() + 1])
        start, previous = m.start() + 2, label
    if not parts:
        return [line]
    parts.append(line[start:])
    first, *rest = parts
    return [first] + [_with_tab(p) for p in rest]


def _with_tab(part: str) -> str:
    label, _, text = part.partition(" ")
    return f"{label}\t{text}"
