"""A resolution as plain text in the shape Word's "save as text" gives: one
paragraph a line, "label<TAB>text", footnotes as [footnoteRef:N] with their
text in [N: ...]. Reading it back gives the same model (a property the tests
check on every real text), which makes it the exchange format for scripts and
the benchmark's generated library."""

from __future__ import annotations

from ..core.model import Footnote, FootnoteRef, Provision, Resolution


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
    for section in res.sections:
        lines.append(section.call)
        _provisions(lines, section.provisions, notes, editor)
    for annex in res.annexes:
        lines.append(annex.label)
        lines += [part for part in (annex.reference, annex.title) if part]
        _provisions(lines, annex.provisions, notes, editor)
    if editor and res.footnotes:
        lines.append("")
        lines += [f"[^{n.number}]: {n.mark}\t{n.text}" if n.mark else f"[^{n.number}]: {n.text}" for n in res.footnotes]
    return "\n".join(lines) + "\n"


def _provisions(lines: list[str], provisions: list[Provision], notes: dict[int, Footnote], editor: bool) -> None:
    for prov in provisions:
        text = _with_notes(prov.text, prov.notes, notes, editor)
        lines.append(f"{prov.label}\t{text}" if prov.label else text)
        _provisions(lines, prov.children, notes, editor)
