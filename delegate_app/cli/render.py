"""Plain-text renderings for the terminal (the JSON forms are the model's own)."""

from __future__ import annotations

import textwrap

from .. import APP_ID
from ..core.model import Contribution, Provision, Resolution
from ..services.library import ImportOutcome, Standing, VersionRow
from ..services.search import SearchHit
from .terminal import HIGHLIGHT, RESET, one_line

_WIDTH = 100


def document(doc: Resolution | Contribution) -> str:
    return resolution(doc) if isinstance(doc, Resolution) else contribution(doc)


def resolution(res: Resolution, indent: str = "") -> str:
    from ..formats.text_writer import figure_placeholder

    figures = {key: figure_placeholder(res.language, n) for key, n in res.figure_numbers().items()}
    lines = [f"{indent}{one_line(res.heading)}"]
    for part in (res.title, res.history, res.preamble):
        if part:
            lines.append(f"{indent}{one_line(part)}")
    lines.append(f"{indent}[body: {one_line(res.body or '?')}, language: {one_line(res.language)}]")
    for section in res.sections:
        lines.append("")
        lines.append(f"{indent}{one_line(section.call)}")
        _provisions(lines, section.provisions, indent + "  ", figures)
    for annex in res.annexes:
        lines.append("")
        lines.append(f"{indent}{one_line(annex.label)}")
        for part in (annex.reference, annex.title):
            if part:
                lines.append(f"{indent}{one_line(part)}")
        _provisions(lines, annex.provisions, indent + "  ", figures)
    if res.footnotes:
        lines.append("")
        for note in res.footnotes:
            lines.append(f"{indent}[{note.number}] {one_line(note.text)}")
    return "\n".join(lines) + "\n"


def _provisions(lines: list[str], provisions: list[Provision], indent: str, figures: dict[str, str]) -> None:
    """Each provision wrapped under its label; a figure as its placeholder ("[Figure 2]")."""
    for prov in provisions:
        head = f"{indent}{one_line(prov.label):<5}" if prov.label else indent
        text = " ".join(t for t in (one_line(prov.text), figures.get(prov.figure, "")) if t)
        lines.extend(textwrap.wrap(text, _WIDTH, initial_indent=head, subsequent_indent=" " * len(head)) or [head])
        _provisions(lines, prov.children, indent + "     ", figures)


def contribution(contrib: Contribution) -> str:
    h = contrib.header
    lines = [
        f"{label}: {one_line(' / '.join(value.splitlines()))}"  # a meeting's or title's lines, on one
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
        lines += ["", "Abstract:", textwrap.fill(one_line(contrib.abstract), _WIDTH)]
    for proposal in contrib.proposals:
        lines += ["", "=" * 20, f"{one_line(proposal.action)}\t{one_line(proposal.number)}".rstrip()]
        if proposal.resolution is not None:
            lines.append(resolution(proposal.resolution).rstrip())
        if proposal.reasons:
            lines += ["", f"Reasons: {one_line(proposal.reasons)}"]
    for annex in contrib.attachments:
        lines += ["", "=" * 20, one_line(f"{annex.label}: {annex.title}") + f" ({len(annex.provisions)} paragraphs)"]
    return "\n".join(lines) + "\n"


def version_dict(v: VersionRow, standing: Standing | None = None) -> dict:
    """``standing``: where the text stands among its revisions (in force, superseded, abrogated)."""
    return {
        "id": v.id,
        "name": v.name,  # as the lists show it, and as any command takes it where a version id is asked
        "resolution_id": v.resolution_id,
        "body": v.body,
        "number": v.number,
        "revision": v.revision,
        "year": v.year,
        "language": v.language,
        "title": v.title,
        "replaced": v.replaced,  # an edition, not in force: since when ("" for the text in force)
        "in_force": v.in_force,
        "origin": v.origin,  # "draft": taken from the text a tracked Word draft was drafted from
        **({"standing": standing.state, "standing_by": standing.by} if standing is not None else {}),
    }


def clip(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, cut between words and ended with "…"."""
    text = one_line(" ".join(text.splitlines()))  # a title's line breaks: spaces in a listing
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 proposal', '3 proposals'."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def standing_text(v: VersionRow, standing: Standing | None) -> str:
    """Where a text stands: in force; superseded by a later revision in its language;
    abrogated (a later conference suppressed it); or an edition not in force."""
    if v.replaced:
        return f"edition not in force since {v.when}"
    if standing is None:
        return ""
    if standing.state == "superseded":
        return f"superseded by {standing.by}"
    if standing.state == "abrogated":
        return f"abrogated ({standing.by})" if standing.by else "abrogated"
    return standing.state


def versions(rows: list[VersionRow], standings: dict[int, Standing] | None = None) -> str:
    if not rows:
        return "The library is empty. Import texts with: delegate-app import FILE...\n"
    out = [f"{'ID':>5}  {'NAME (body number (revision) language)':<42} {'STANDING':<34} TITLE"]
    for v in rows:
        out.append(
            f"{v.id:>5}  {clip(v.name, 42):<42} "
            f"{clip(standing_text(v, (standings or {}).get(v.id)), 34):<34} "
            + ("[taken from a draft] " if v.origin == "draft" else "")
            + clip(v.title, 50)
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
    line = f"{o.status:<10} {one_line(o.label)}  <- {one_line(o.path)}"
    for edition, in_force in o.editions:
        line += (
            f"\n           its wording differs from the stored text of that revision (version {in_force}), "
            f"which stays in force; it is kept beside it as edition {edition} "
            f"(to put it in force: {APP_ID} use-edition {edition})"
        )
    return line


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
        "replaced": h.replaced,
        "rank": round(h.rank, 4),
    }


def hits(rows: list[SearchHit], color: bool = False, total: int | None = None) -> str:
    """The hits, and when there are more than shown, how many and how to see them."""
    if not rows:
        return "No matches.\n"
    start, end = (HIGHLIGHT, RESET) if color else ("[", "]")
    out = []
    for h in rows:
        out.append(f"{one_line(h.label)} · {one_line(h.path)}  [version {h.version_id}]")
        marked = one_line(h.snippet_as("\ue000", "\ue001"))  # private-use marks: never in an ITU text
        out.append("    " + marked.replace("\ue000", start).replace("\ue001", end))
    if total is not None and total > len(rows):
        out.append(f"{len(rows)} of {total} shown (--limit N for more)")
    return "\n".join(out) + "\n"
