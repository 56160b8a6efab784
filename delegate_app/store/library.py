"""The library: resolutions, their versions and provisions, imported documents.

A resolution is a (body, number) pair; each text of it ("Rev. Kigali, 2022",
"Rev. Baku, 2025", or the same revision in French) is a version linked to it,
so a resolution's history is a query, not a convention. Versions keep the whole
parsed document as JSON (the model's own serialisation) and a flat copy of its
provisions for search. A text has one wording in force and may have editions
beside it (store/editions.py, where imports are stored).

The window lists versions from here while it opens, before it shows any text,
so the document model and what only storing needs (hashing, the outline,
revision years) are imported by the functions that use them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core import terms
from .database import Database, decoded
from .schema import ORDER_NUMBER

if TYPE_CHECKING:
    from ..core.model import Contribution, Proposal, Resolution


def now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


class VersionRow(NamedTuple):
    """One version as listed: a tuple, because the window lists thousands of them
    while it opens and a tuple is made at half the cost of a dataclass."""

    id: int
    resolution_id: int
    body: str
    number: str
    revision: str
    year: int | None
    language: str
    title: str
    replaced: str = ""  # an edition, not in force: since when ("" for the text in force)
    origin: str = ""  # "draft": taken from the text a tracked Word draft was drafted from

    @property
    def in_force(self) -> bool:
        return not self.replaced

    @property
    def label(self) -> str:
        rev = f" ({self.revision})" if self.revision else ""
        body = f"{self.body} " if self.body else ""
        return (
            f"{body}Resolution {self.number}{rev}"
            + (f", edition not in force (since {self.when})" if self.replaced else "")
            + (", taken from a draft" if self.origin == "draft" else "")
        )

    @property
    def name(self) -> str:
        """The version as the command line names it and takes it back where an id is
        asked: body, number, revision and language ("WTDC 59 (Rev. Kigali, 2022) en")."""
        rev = self.revision or (str(self.year) if self.year else "")
        return " ".join(part for part in (self.body, self.number, f"({rev})" if rev else "", self.language) if part)

    @property
    def when(self) -> str:
        """The day the edition stopped being, or was added as, not in force, as the lists show it."""
        return self.replaced[:10]


def resolution_id(db: Database, body: str | None, number: str, create: bool = True) -> int | None:
    body = body or ""
    row = db.execute("SELECT id FROM resolutions WHERE body = ? AND number = ?", [body, number]).fetchone()
    if row:
        return int(row[0])
    if not create:
        return None
    return db.execute("INSERT INTO resolutions (body, number) VALUES (?, ?)", [body, number]).lastrowid


def named_version(db: Database, res: Resolution) -> VersionRow | None:
    """The library version a proposal's heading names as the text in force: same
    body, number and revision (case and spacing aside), in the proposal's
    language when there is one in it."""
    from ..core.revision import in_force_revision, revision_key

    rid = resolution_id(db, res.body, res.number, create=False)
    if rid is None:
        return None
    wanted = revision_key(in_force_revision(res.revision))
    found = [v for v in versions_of(db, rid) if revision_key(v.revision) == wanted]
    return next((v for v in found if v.language == res.language), found[0] if found else None)


def link_bases(db: Database, contrib: Contribution) -> list[str]:
    """Give each proposal that modifies, suppresses or keeps a text without
    carrying it (a contribution read without revision marks) the library version
    its heading names; what is not in the library is said, never guessed."""
    from ..core.revision import in_force_revision

    notes = []
    for proposal in contrib.proposals:
        res = proposal.resolution
        if proposal.base is not None or res is None or res.draft or proposal.action in terms.ADDS:
            continue
        found = named_version(db, res)
        if found is None:
            named = " ".join(filter(None, (res.body, "Resolution", res.number)))
            revision = in_force_revision(res.revision)
            notes.append(
                f"{proposal.action} {proposal.number}".strip()
                + f": {named}"
                + (f" ({revision})" if revision else "")
                + " is not in the library; import it to "
                "link the proposal to the text it acts on"
            )
            continue
        proposal.base = version_text(db, found.id)
        proposal.base_version = found.id
    return notes


def contribution_label(contrib: Contribution) -> str:
    """ "Document C26/89-E", or the proposals when the header names no document."""
    if contrib.header.document:
        return contrib.header.document
    return "Contribution: " + ", ".join(f"{p.action} {p.number}".strip() for p in contrib.proposals)


_VERSION_SELECT = (
    "SELECT v.id, v.resolution_id, r.body, r.number, v.revision, v.year, v.language, v.title, v.replaced_at, "
    "v.origin "
    "FROM versions v JOIN resolutions r ON r.id = v.resolution_id "
)
_CURRENT = "v.edition_of IS NULL"
_EDITIONS_LAST = "(v.replaced_at <> ''), v.replaced_at DESC"  # the text in force, then its editions, newest first


def body_counts(db: Database, editions: bool = False) -> list[tuple[str, int]]:
    """(body, how many versions it has), in the order list_versions gives them:
    the library's outline without reading its 2,500 titles, from the counts the
    store keeps by resolution (schema 15), not by counting its versions."""
    counted = "c.versions" if editions else "c.in_force"
    return db.execute(
        f"SELECT r.body, sum({counted}) FROM version_counts c JOIN resolutions r ON r.id = c.resolution_id "
        f"WHERE {counted} > 0 GROUP BY r.body ORDER BY r.body"
    ).fetchall()


# resolutions in the order of the index resolutions_order (the same expression, so
# that a page is read in order from the indexes), then each one's versions
_RESOLUTIONS_ORDER = "ORDER BY r.body, " + ORDER_NUMBER.replace("(number", "(r.number") + ", r.number"
_ORDER = f"{_RESOLUTIONS_ORDER}, v.year, v.language, {_EDITIONS_LAST}"


def body_page(db: Database, body: str, offset: int, limit: int, editions: bool = False) -> list[VersionRow]:
    """``limit`` of one body's versions from the ``offset``-th, in the library's
    order: the list reads what it shows, a page at a time (``body`` "" is the
    versions of no body)."""
    rows = db.execute(
        _VERSION_SELECT
        + "WHERE r.body IS ? "
        + ("" if editions else f"AND {_CURRENT} ")
        + _ORDER
        + " LIMIT ? OFFSET ?",
        [body, limit, offset],
    ).fetchall()
    return list(map(VersionRow._make, rows))


def version_place(db: Database, version_id: int, editions: bool = False) -> tuple[str, int] | None:
    """(body, place among the body's versions in the library's order) of a version;
    None when there is none (or it is an edition not in force and ``editions`` is off).
    Walks the body's ids from the indexes, never its rows."""
    found = db.execute(
        "SELECT r.body FROM versions v JOIN resolutions r ON r.id = v.resolution_id WHERE v.id = ?", [version_id]
    ).fetchone()
    if found is None:
        return None
    ids = db.execute(
        "SELECT v.id FROM versions v JOIN resolutions r ON r.id = v.resolution_id WHERE r.body IS ? "
        + ("" if editions else f"AND {_CURRENT} ")
        + _ORDER,
        [found[0]],
    )
    return next(((found[0], n) for n, (vid,) in enumerate(ids) if vid == version_id), None)


def list_versions(db: Database, body: str | None = None, editions: bool = False) -> list[VersionRow]:
    """The library's versions in its order; with ``editions``, each followed by
    its editions, the wordings beside it not in force (the lists show them; the
    rest of the app works on the texts in force)."""
    where = ([] if editions else [_CURRENT]) + (["r.body = ?"] if body is not None else [])
    rows = db.execute(
        _VERSION_SELECT + (f"WHERE {' AND '.join(where)} " if where else "") + _ORDER,
        [body] if body is not None else [],
    ).fetchall()
    return list(map(VersionRow._make, rows))


def versions_named(db: Database, body: str | None, number: str) -> list[VersionRow]:
    """The current versions of one resolution, oldest first."""
    rid = resolution_id(db, body, number, create=False)
    return [] if rid is None else versions_of(db, rid)


def resolution_list(db: Database) -> list[tuple[str, str, int]]:
    """(body, number, the id of its first version in the library's order) of each
    resolution the library holds a text of: a list of 1,400 resolutions read
    from the indexes, not of their 25,000 versions."""
    return db.execute(
        "SELECT r.body, r.number, (SELECT v.id FROM versions v WHERE v.resolution_id = r.id "
        f"AND {_CURRENT} ORDER BY v.year, v.language LIMIT 1) AS first FROM resolutions r "
        "WHERE first IS NOT NULL " + _RESOLUTIONS_ORDER
    ).fetchall()


def versions_of(db: Database, resolution_id: int, editions: bool = False) -> list[VersionRow]:
    rows = db.execute(
        _VERSION_SELECT
        + "WHERE v.resolution_id = ? "
        + ("" if editions else f"AND {_CURRENT} ")
        + f"ORDER BY v.year, v.language, {_EDITIONS_LAST}",
        [resolution_id],
    ).fetchall()
    return [VersionRow(*row) for row in rows]


def get_version(db: Database, version_id: int) -> tuple[VersionRow, Resolution] | None:
    from ..core.model import Resolution

    row = db.execute(_VERSION_SELECT + "WHERE v.id = ?", [version_id]).fetchone()
    if row is None:
        return None
    data = db.execute("SELECT data FROM versions WHERE id = ?", [version_id]).fetchone()[0]
    import json  # (not while the window opens: it lists, it does not read a text)

    return VersionRow(*row), decoded(f"version {version_id}", lambda: Resolution.from_dict(json.loads(data)))


def version_text(db: Database, version_id: int) -> Resolution:
    """The text of a version known to be there (it was just listed); KeyError if it went meanwhile."""
    found = get_version(db, version_id)
    if found is None:
        raise KeyError(f"no version {version_id}")
    return found[1]


def list_contributions(db: Database) -> list[dict[str, Any]]:
    return [
        dict(zip(("id", "uid", "document", "title", "source", "date", "proposals"), row))
        for row in db.execute(
            "SELECT c.id, c.uid, c.document, c.title, c.source, c.date, "
            "(SELECT count(*) FROM proposals p WHERE p.contribution_id = c.id) "
            "FROM contributions c ORDER BY c.id"
        ).fetchall()
    ]


def get_contribution(db: Database, contribution_id: int) -> Contribution | None:
    from .contributions import contribution_uid, load_contribution

    uid = contribution_uid(db, contribution_id)
    return load_contribution(db, uid) if uid is not None else None


def proposals_on(db: Database, resolution_id: int) -> list[tuple[int, Proposal]]:
    """Every stored proposal on a resolution, as (contribution id, proposal)."""

    found = []
    for cid, uid, base_version, data in db.execute(
        "SELECT contribution_id, uid, base_version_id, data FROM proposals WHERE resolution_id = ? "
        "ORDER BY contribution_id, seq",
        [resolution_id],
    ):
        proposal = decoded(f"proposal {uid}", functools.partial(proposal_from_json, data))
        proposal.uid, proposal.base_version = uid, base_version
        found.append((cid, proposal))
    return found


def proposal_count(db: Database, resolution_id: int) -> int:
    """How many stored proposals act on a resolution (without reading them)."""
    return int(db.execute("SELECT count(*) FROM proposals WHERE resolution_id = ?", [resolution_id]).fetchone()[0])


def newest_in(versions: list[VersionRow], language: str) -> VersionRow | None:
    """The version a list shows a resolution by: in ``language`` if it has one, the newest."""
    return max(versions, key=lambda v: (v.language == language, v.year or 0), default=None)


def proposal_from_json(data: str) -> Proposal:
    import json

    from ..core.model import Proposal

    return Proposal.from_dict(json.loads(data))


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def counts(db: Database) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("resolutions", "versions", "provisions", "contributions", "proposals", "positions")
    }


def revisions(db: Database) -> dict[tuple[str, str], list[tuple[str, int, str]]]:
    """Every current text's (revision, year, language), by (body, number): what
    the rules check holds citations and bases against, in one query."""
    found: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    for body, number, revision, year, language in db.execute(
        "SELECT r.body, r.number, v.revision, v.year, v.language FROM versions v "
        f"JOIN resolutions r ON r.id = v.resolution_id WHERE {_CURRENT} AND v.year IS NOT NULL"
    ):
        found.setdefault((body, number), []).append((revision, int(year), language))
    return found


class Standing(NamedTuple):
    """Where a library text stands: "in force", "superseded" (``by`` names the
    newer revision in its language) or "abrogated" (``by`` names the proposal
    whose suppression was adopted); editions are not ranked (they are not in force
    by their own mark)."""

    state: str
    by: str = ""


def standings(db: Database, resolution_ids: set[int] | None = None) -> dict[int, Standing]:
    """Per resolution and language, the newest adopted revision is in force and
    the older ones superseded; a resolution a later conference suppressed (a SUP
    recorded as ``suppressed``) is abrogated in every revision. One read of the
    texts in force (their years), not of their texts."""
    where = f"WHERE {_CURRENT}" + (
        f" AND v.resolution_id IN ({','.join('?' * len(resolution_ids))})" if resolution_ids else ""
    )
    rows = db.execute(
        "SELECT v.id, v.resolution_id, v.language, v.year, v.revision FROM versions v " + where,
        sorted(resolution_ids or ()),
    ).fetchall()
    some = f" AND resolution_id IN ({','.join('?' * len(resolution_ids))})" if resolution_ids else ""
    gone = {
        rid: number or action
        for rid, action, number in db.execute(
            "SELECT resolution_id, action, number FROM proposals WHERE status = 'suppressed' "
            "AND action IN ('SUP', 'SUP*') AND resolution_id IS NOT NULL" + some,
            sorted(resolution_ids or ()),
        )
    }
    newest: dict[tuple[int, str], tuple[int, str]] = {}
    for _vid, rid, language, year, revision in rows:
        key = (rid, language)
        if key not in newest or (year or 0) > newest[key][0]:
            newest[key] = (year or 0, revision or str(year or ""))
    found: dict[int, Standing] = {}
    for vid, rid, language, year, _revision in rows:
        if rid in gone:
            found[vid] = Standing("abrogated", gone[rid])
        elif (year or 0) < newest[(rid, language)][0]:
            found[vid] = Standing("superseded", newest[(rid, language)][1])
        else:
            found[vid] = Standing("in force")
    return found


def _name_words(text: str) -> list[str]:
    import re

    words = re.findall(r"[\w-]+", text.replace("\u00a0", " ").replace("\u2011", "-").casefold())
    return [w for w in words if w not in ("resolution", "res", "rev")]


def version_named(db: Database, name: str) -> tuple[list[VersionRow], list[VersionRow]]:
    """The texts a name gives ("WTDC 59", "WTDC 59 (Rev. Kigali, 2022) en", "Resolution ITU-R 75"):
    body (which may be left out) and number, then any words of the revision and the language. Returns
    (what it names, narrowed to one when it can be: in force rather than an edition,
    the newest revision when none is given; every text it matched)."""
    asked = _name_words(name)
    matched: list[tuple[VersionRow, bool]] = []
    for v in list_versions(db, editions=True):
        head = _name_words(f"{v.body} {v.number}")
        if asked[: len(head)] != head:  # the body may be left out, as ITU writes "Resolution ITU-R 75"
            head = _name_words(v.number)
            if asked[: len(head)] != head:
                continue
        rest = asked[len(head) :]
        if rest and rest[-1] == v.language.casefold():
            rest = rest[:-1]
        revision = set(_name_words(f"{v.revision} {v.year or ''}"))
        if all(word in revision for word in rest):
            matched.append((v, bool(rest)))
    every = [v for v, _ in matched]
    chosen = [v for v in every if v.in_force] or every
    if chosen and not any(given for _, given in matched):  # no revision given: the newest of each language
        newest = max((v.year or 0) for v in chosen)
        chosen = [v for v in chosen if (v.year or 0) == newest]
    return chosen, every
