"""A resolution as plain text in the shape Word's "save as text" gives: one
paragraph a line, "label<TAB>text", footnotes as [footnoteRef:N] with their
text in [N: ...]. Reading it back gives the same model (a property the tests
check on every real text), which makes it the exchange format for scripts and
the benchmark's generated library.

A figure (an image kept from a Word file) is written "[Figure N]" in the text's
language, after the text of the paragraph that holds it: never its bytes. What
the editor reads back takes its figures again from the text it was given
(``carry_figures``)."""

from __future__ import annotations

import re

from ..core.model import Figure, Footnote, FootnoteRef, Provision, Resolution

# "Figure" as ITU's texts say it in the six languages (their legends: "Figure 1 – …")
FIGURE_WORDS = {"en": "Figure", "fr": "Figure", "es": "Figura", "ru": "Рисунок", "ar": "الشكل", "zh": "图"}


def figure_placeholder(language: str, number: int) -> str:
    """What stands for figure ``number`` where it cannot be shown: "[Figure 2]", "[Рисунок 2]"."""
    return f"[{FIGURE_WORDS.get(language, 'Figure')} {number}]"


def _with_notes(text: str, notes: list[FootnoteRef], footnotes: dict[int, Footnote], editor: bool = False) -> str:
    """Footnote references in place, their texts at the end of the paragraph, as
    Word's text export writes them; for the editor, "[^N]" references whose texts
    are listed at the end of the document instead."""
    out, bodies, pos = [], [], 0
    for ref in sorted(notes, key=lambda r: r.offset):
        out.append(text[pos : ref.offset])
        out.append(f"[^{ref.footnote}]" if editor else f"[footnoteRef:{ref.footnote}]")
        note = footnotes.get(ref.footnote)
        if note is not None and not editor:
            bodies.append(f"[{ref.footnote}: {note.mark}\t{note.text}]")
        pos = ref.offset
    out.append(text[pos:])
    return "".join(out) + "".join(" " + b for b in bodies)


def resolution_text(res: Resolution, editor: bool = False) -> str:
    """The text; with ``editor``, footnotes as "[^N]" (their own numbers) and
    "[^N]: text" lines (a printed mark kept as "[^N]: mark<TAB>text") at
    the end, which reads better while typing and parses back the same."""
    notes = {n.number: n for n in res.footnotes}
    lines = [
        _with_notes(res.heading, [FootnoteRef(len(res.heading), r.footnote) for r in res.heading_notes], notes, editor)
    ]
    history = _with_notes(res.history, res.history_notes, notes, editor) if res.history else ""
    lines += [part for part in (res.title, history, res.preamble) if part]
    figures = {key: figure_placeholder(res.language, n) for key, n in res.figure_numbers().items()}
    for section in res.sections:
        lines.append(section.call)
        _provisions(lines, section.provisions, notes, editor, figures)
    for annex in res.annexes:
        lines.append(annex.label)
        lines += [part for part in (annex.reference, annex.title) if part]
        _provisions(lines, annex.provisions, notes, editor, figures)
    if editor and res.footnotes:
        lines.append("")
        lines += [f"[^{n.number}]: {n.mark}\t{n.text}" if n.mark else f"[^{n.number}]: {n.text}" for n in res.footnotes]
    return "\n".join(lines) + "\n"


def carry_figures(parsed: Resolution, shown: Resolution) -> None:
    """The figures of ``shown`` put back into ``parsed``, its text as the editor read
    it back: a paragraph "[Figure N]" (or a text ending with it) holds figure N of the
    text the editor was given, as resolution_text wrote it. A placeholder naming no
    figure of it stays as typed."""
    if not shown.figures:
        return
    numbers = shown.figure_numbers()
    by_number = {n: key for key, n in numbers.items()}
    images = {f.key: f for f in shown.figures}
    words = {FIGURE_WORDS.get(shown.language, "Figure"), "Figure"}
    found = re.compile(r"(?:^|\s)\[(?:" + "|".join(map(re.escape, sorted(words))) + r") (\d+)\]$")
    kept: dict[str, Figure] = {}
    for prov in parsed.all_provisions():
        m = found.search(prov.text) if "[" in prov.text else None
        key = by_number.get(int(m.group(1))) if m else None
        if m is None or key is None or key not in images:
            continue
        prov.text, prov.figure = prov.text[: m.start()].rstrip(), key
        kept.setdefault(key, images[key])
    parsed.figures = list(kept.values())


def _provisions(
    lines: list[str], provisions: list[Provision], notes: dict[int, Footnote], editor: bool, figures: dict[str, str]
) -> None:
    for prov in provisions:
        text = _with_notes(prov.text, prov.notes, notes, editor)
        if prov.figure:
            text = f"{text} {figures[prov.figure]}" if text else figures[prov.figure]
        lines.append(f"{prov.label}\t{text}" if prov.label else text)
        _provisions(lines, prov.children, notes, editor, figures)
