"""Plain-text renderings for the terminal (the JSON forms are the model's own)."""

from __future__ import annotations

import textwrap

from ..core.model import Contribution, Provision, Resolution
from ..services.library import ImportOutcome, VersionRow
from ..services.search import SearchHit

_WIDTH = 100


def document(doc: Resolution | Contribution) -> str:
    return resolution(doc) if isinstance(doc, Resolution) else contribution(doc)


def resolution(res: Resolution, indent: str = "") -> str:
    lines = [f"{indent}{res.heading}"]
    for part in (res.title, res.history, res.preamble):
        if part:
            lines.append(f"{indent}{part}")
    lines.append(f"{indent}[body: {res.body or '?'}, language: {res.language}]")
    for section in res.sections:
        lines.append("")
        lines.append(f"{indent}{section.call}")
        _provisions(lines, section.provisions, indent + "  ")
    for annex in res.annexes:
        lines.append("")
        lines.append(f"{indent}{annex.label}")
        for part in (annex.reference, annex.title):
            if part:
                lines.append(f"{indent}{part}")
        _provisions(lines, annex.provisions, indent + "  ")
    if res.footnotes:
        lines.append("")
        for note in res.footnotes:
            lines.append(f"{indent}[{note.number}] {note.text}")
    return "\n".join(lines) + "\n"


def _provisions(lines: list[str], provisions: list[Provision], indent: str) -> None:
    for prov in provisions:
        head = f"{indent}{prov.label:<5}" if prov.label else indent
        lines.extend(textwrap.wrap(prov.text, _WIDTH, initial_indent=head, subsequent_indent=" " * len(head)) or [head])
        _provisions(lines, prov.children, indent + "     ")


def contribution(contrib: Contribution) -> str:
    h = contrib.header
    lines = [
        f"{label}: {value}"
        for label, value in (
            ("Meeting", h.meeting),
            ("Agenda item", h.agenda_item),
            ("Document", h.document),
            ("Date", h.date),
            ("Original", h.original_language),
            ("Source", h.source),
            ("Title", h.title),
        )
        if value
    ]
    if contrib.abstract:
        lines += ["", "Abstract:", textwrap.fill(contrib.abstract, _WIDTH)]
    for proposal in contrib.proposals:
        lines += ["", "=" * 20, f"{proposal.action}\t{proposal.number}".rstrip()]
        if proposal.resolution is not None:
            lines.append(resolution(proposal.resolution).rstrip())
        if proposal.reasons:
            lines += ["", f"Reasons: {proposal.reasons}"]
    for annex in contrib.attachments:
        lines += ["", "=" * 20, f"{annex.label}: {annex.title} ({len(annex.provisions)} paragraphs)"]
    return "\n".join(lines) + "\n"


def version_dict(v: VersionRow) -> dict:
    return {
        "id": v.id,
        "resolution_id": v.resolution_id,
        "body": v.body,
        "number": v.number,
        "revision": v.revision,
        "year": v.year,
        "language": v.language,
        "title": v.title,
    }


def clip(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, cut between words and ended with "…"."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 proposal', '3 proposals'."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def versions(rows: list[VersionRow]) -> str:
    if not rows:
        return "The library is empty. Import texts with: delegate-app import FILE...\n"
    out = [f"{'ID':>5}  {'BODY':<7} {'NUMBER':<10} {'REVISION':<24} {'LANG':<4}  TITLE"]
    for v in rows:
        out.append(
            f"{v.id:>5}  {v.body or '?':<7} {v.number:<10} {clip(v.revision or str(v.year or ''), 24):<24} "
            f"{v.language:<4}  {clip(v.title, 60)}"
        )
    return "\n".join(out) + "\n"


def contributions(rows: list[dict]) -> str:
    if not rows:
        return "No contributions.\n"
    return (
        "\n".join(
            f"{r['id']:>5}  {clip(r['document'] or '(no number)', 30):<30} {plural(r['proposals'], 'proposal'):>13}  "
            f"{clip(r['title'] or r['source'], 60)}"
            for r in rows
        )
        + "\n"
    )


def outcome(o: ImportOutcome) -> str:
    return f"{o.status:<10} {o.label}  <- {o.path}"


def hit_dict(h: SearchHit) -> dict:
    return {
        "version_id": h.version_id,
        "provision_id": h.provision_id,
        "body": h.body,
        "number": h.number,
        "revision": h.revision,
        "title": h.title,
        "path": h.path,
        "snippet": h.snippet_as("[", "]"),
        "rank": round(h.rank, 4),
    }


def hits(rows: list[SearchHit], color: bool = False, total: int | None = None) -> str:
    """The hits, and when there are more than shown, how many and how to see them."""
    if not rows:
        return "No matches.\n"
    start, end = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
    out = []
    for h in rows:
        rev = f" ({h.revision})" if h.revision else ""
        out.append(f"{h.body} Resolution {h.number}{rev} · {h.path}  [version {h.version_id}]")
        out.append("    " + h.snippet_as(start, end))
    if total is not None and total > len(rows):
        out.append(f"{len(rows)} of {total} shown (--limit N for more)")
    return "\n".join(out) + "\n"
