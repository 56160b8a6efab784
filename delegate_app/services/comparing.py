"""Comparison workbooks from files or from the library.

From files: each file is a resolution, or a contribution with one proposal (a
national or regional proposal on a resolution), whose proposed text is used.
From the library: a resolution's versions, a resolution and its sisters (the
newest version of each other body's resolution with the same title, as PP 191
has ITU-R 75, WTSA 18 and WTDC 59), or every stored proposal on a resolution
against its current text. The delegation's positions come from the store.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..core.align import text_similarity
from ..core.compare import Comparison, compare
from ..core.consolidate import acts_on
from ..core.errors import DelegateError
from ..core.families import KNOWN_FAMILIES, Member, family_of, parse_member
from ..core.model import STATUS_NAMES, Contribution, Proposal, Resolution
from ..formats.itu_wording import sheet_words
from ..formats.reader import read_file
from ..formats.xlsx_writer import SheetPositions, comparison_xlsx, stance_text
from ..store import library
from ..store.database import Database
from ..store.positions import positions as stored_positions
from .files import write_atomically

SISTER_TITLE_SIMILARITY = 0.8


def text_from_file(path: str | os.PathLike[str]) -> tuple[str, Resolution]:
    doc = read_file(path).document
    if isinstance(doc, Resolution):
        rev = f" ({doc.revision})" if doc.revision else ""
        return f"{doc.body + ' ' if doc.body else ''}{doc.number}{rev}", doc
    assert isinstance(doc, Contribution)
    with_text = [p for p in doc.proposals if p.resolution is not None and p.resolution.sections]
    if len(with_text) != 1:
        raise DelegateError(
            f"this contribution has {len(with_text)} proposals with a text; compare needs one text per file",
            os.fspath(path),
        )
    proposal = with_text[0]
    assert proposal.resolution is not None  # chosen for having a text
    return f"{proposal.action} {proposal.number}".strip() or Path(path).stem, proposal.resolution


def compare_files(
    paths: list[str], names: list[str] | None = None, reference: int = 0
) -> tuple[Comparison, list[Resolution]]:
    """The comparison and the texts it was made from (each file read once)."""
    if len(paths) < 2:
        raise DelegateError("give at least two files to compare")
    found = [text_from_file(p) for p in paths]
    if names and len(names) != len(paths):
        raise DelegateError(f"{len(names)} names for {len(paths)} files")
    if not 0 <= reference < len(paths):
        raise DelegateError(f"--reference must be between 1 and {len(paths)}")
    texts = [t for _, t in found]
    return compare(texts, names or [n for n, _ in found], reference), texts


def sheet_positions(db: Database | None, texts: list[Resolution], reference: int) -> SheetPositions:
    if db is None:
        return SheetPositions()
    per_text = [stored_positions(db, res.body or "", res.number) for res in texts]
    by_source = [next((p for p in found if not p.provision), None) for found in per_text]
    language = texts[reference].language
    by_provision = {p.provision: stance_text(p, language) for p in per_text[reference] if p.provision}
    return SheetPositions(by_provision=by_provision, by_source=by_source)


def library_texts(
    db: Database, *, versions_of: int | None = None, sisters_of: int | None = None, proposals_on: int | None = None
) -> tuple[list[str], list[Resolution]]:
    """(names, texts) for one of the three library comparisons."""
    anchor = versions_of or sisters_of or proposals_on
    found = library.get_version(db, anchor) if anchor is not None else None
    if found is None:
        raise DelegateError(f"no resolution version with id {anchor} (see: delegate-app list)")
    row, res = found
    if versions_of is not None:  # in the chosen version's language, the oldest first (the reference)
        rows = [v for v in library.versions_of(db, row.resolution_id) if v.language == row.language]
        return [v.label for v in rows], [library.version_text(db, v.id) for v in rows]
    if sisters_of is not None:
        names, texts = [row.label], [res]
        sisters = _sisters(db, row).values()
        for v in sisters:
            if v.language == row.language:  # texts of one language align; another's would differ everywhere
                names.append(v.label)
                texts.append(library.version_text(db, v.id))
        if len(texts) < 2:
            others = ", ".join(sorted(f"{v.body} {v.number} ({v.language})" for v in sisters))
            raise DelegateError(
                f"the library holds no sister of {row.label} in its language ({row.language})"
                + (f"; only in another: {others}" if others else "")
                + "; import them in that language"
            )
        return names, texts
    names, texts, left = proposals_with(db, row.label, res, version_id=row.id)
    if len(texts) < 2:
        elsewhere = f" (on another revision or language: {', '.join(left)})" if left else ""
        raise DelegateError(f"no stored proposal acts on {row.label}{elsewhere}")
    return names, texts


def _sisters(db: Database, row: library.VersionRow) -> dict[str, library.VersionRow]:
    """The sisters of ``row``'s resolution, by body: the newest version of each
    in ``row``'s language, else the newest in any (which a comparison leaves
    out, and names as missing in that language)."""
    family = family_of((row.body, row.number), sister_families(db))
    newest: dict[str, library.VersionRow] = {}

    def better(v: library.VersionRow, than: library.VersionRow | None) -> bool:  # its language, then newest
        if than is None:
            return True
        return (v.language == row.language, v.year or 0) > (than.language == row.language, than.year or 0)

    for v in library.list_versions(db):
        if v.resolution_id == row.resolution_id or v.body == row.body:
            continue
        sister = (
            (v.body, v.number) in family
            if family
            else (text_similarity(v.title.lower(), row.title.lower()) >= SISTER_TITLE_SIMILARITY)
        )
        if sister and better(v, newest.get(v.body)):
            newest[v.body] = v
    return newest


def missing_sisters(db: Database, texts: list[Resolution], reference: int) -> list[str]:
    """The reference text's sisters the library holds only in other languages
    ("WTSA Resolution 18"), for a comparison of sisters (texts of several bodies)."""
    if len({t.body for t in texts}) < 2:
        return []
    ref = texts[reference]
    row = next(
        (
            v
            for v in library.list_versions(db)
            if (v.body, v.number, v.language, v.revision) == (ref.body, ref.number, ref.language, ref.revision)
        ),
        None,
    )
    if row is None:
        return []
    shown = {t.body for t in texts}
    return sorted(
        f"{v.body} {v.number}" for v in _sisters(db, row).values() if v.language != row.language and v.body not in shown
    )


def proposal_name(proposal: Proposal, fallback: str = "") -> str:
    """A proposal as a comparison names its column: "MOD RCC/12/1", with its
    status once it is more than a draft ("MOD RCC/12/1 (Adopted)")."""
    name = f"{proposal.action} {proposal.number}".strip() or fallback
    return name + (
        f" ({STATUS_NAMES[proposal.status]})" if proposal.status in STATUS_NAMES and proposal.status != "draft" else ""
    )


def proposals_with(
    db: Database, base_name: str, base: Resolution, own: list[Proposal] | None = None, version_id: int | None = None
) -> tuple[list[str], list[Resolution], list[str]]:
    """(names, texts, left out): a text, then every proposal on that very text
    with a text of its own: ``own`` first (the open contribution's, as edited),
    then the others the library stores, each once. Proposals on another
    revision or language are left out, and named."""
    names, texts, left = [base_name], [base], []
    seen = set()
    rid = library.resolution_id(db, base.body, base.number, create=False)
    stored = [p for _, p in library.proposals_on(db, rid)] if rid is not None else []
    for proposal in [*(own or []), *stored]:
        res = proposal.resolution
        if (
            proposal.uid in seen
            or res is None
            or not res.sections
            or (res.body, res.number) != (base.body, base.number)
        ):
            continue
        seen.add(proposal.uid)
        if acts_on(proposal, base.revision, base.language, version_id):
            names.append(proposal_name(proposal))
            texts.append(res)
        else:
            left.append(proposal_name(proposal))
    return names, texts, left


FAMILIES_KEY = "sister_families"


def sister_families(db: Database) -> list[frozenset[Member]]:
    """The known families of sister resolutions and those the delegation added."""
    import json

    added = json.loads(library.get_meta(db, FAMILIES_KEY, "[]") or "[]")
    return KNOWN_FAMILIES + [frozenset((body, number) for body, number in family) for family in added]


def add_sister_family(db: Database, members: list[str]) -> list[Member]:
    """A family of the delegation's own ("WTSA 75", "WTDC 85"): kept in the store."""
    import json

    from ..store.database import writing

    try:
        parsed = [parse_member(m) for m in members]
    except ValueError as exc:
        raise DelegateError(str(exc)) from None
    if len(set(parsed)) < 2 or len({body for body, _ in parsed}) < 2:
        raise DelegateError("a family needs resolutions of at least two different bodies")
    with writing(db):
        added = json.loads(library.get_meta(db, FAMILIES_KEY, "[]") or "[]")
        added.append(sorted(set(parsed)))
        library.set_meta(db, FAMILIES_KEY, json.dumps(added))
    return sorted(set(parsed))


def write_comparison(
    comp: Comparison,
    texts: list[Resolution],
    out: str | os.PathLike[str],
    db: Database | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """The comparison workbook, as every door makes it (the window, `compare` and
    `export xlsx`): titled by the texts' names, the delegation's positions beside
    them when a store is given, never written over the store or ``inputs``."""
    positions = sheet_positions(db, texts, comp.reference)
    if db is not None:
        comp.missing = missing_sisters(db, texts, comp.reference)
    words = sheet_words(comp.languages[comp.reference] if comp.languages else "en")
    write_xlsx(comp, out, f"{words['Comparison']}: " + ", ".join(comp.names), positions, inputs)


def write_xlsx(
    comp: Comparison,
    out: str | os.PathLike[str],
    title: str,
    positions: SheetPositions,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """The comparison sheet, written to ``out`` (never over the store or ``inputs``)."""
    write_atomically(out, comparison_xlsx(comp, title=title, positions=positions), inputs)
