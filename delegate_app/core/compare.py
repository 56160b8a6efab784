"""Comparison tables: any number of texts aligned call by call and provision by
provision, as delegations draw them by hand.

The texts can be revisions of one resolution, sister resolutions of different
bodies (PP 191, ITU-R 75, WTSA 18, WTDC 59), or national and regional proposals
on the same resolution. The reference text (the first, unless chosen) gives the
initial rows; every other text is then aligned to the rows built so far:

1. calls, by the call's canonical meaning ("considérant" with "considering")
   and addressee, then by the similarity of what they contain;
2. provisions under each call, in order (longest common subsequence of
   identical texts, then similarity for the rest, tolerant of relabelling);
3. provisions left over are matched out of order (a reordered item lands in
   the row of its counterpart);
4. what is still unmatched gets its own row, after the row of the provision
   before it, with gaps in the other columns.

The result is deterministic for the same texts in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .align import THRESHOLD, align, text_similarity
from .model import Provision, Resolution, Section
from .outline import call_short, provision_paths
from .paragraphs import plain_spaces
from .vocabulary import match_call

UNCHANGED, MODIFIED, ADDED, DELETED, ABSENT = "unchanged", "modified", "added", "deleted", "absent"


@dataclass
class Cell:
    label: str
    text: str
    path: str = ""  # a provision's path as the app names it ("resolves 2 ii)", "noting ¶1")


@dataclass
class Row:
    kind: str  # "heading", "title", "preamble", "call", "provision"
    cells: list[Cell | None]

    def key_text(self, reference: int) -> str:
        cell = self.cells[reference] or next((c for c in self.cells if c is not None), None)
        return plain_spaces(cell.text) if cell else ""


@dataclass
class Comparison:
    names: list[str]
    reference: int
    rows: list[Row] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # sisters the library holds in other languages only

    def status(self, row: Row, column: int) -> str:
        """How a cell stands against the reference column."""
        ref, cell = row.cells[self.reference], row.cells[column]
        if column == self.reference:
            return UNCHANGED if ref is not None else ABSENT
        if ref is None and cell is None:
            return ABSENT
        if ref is None:
            return ADDED
        if cell is None:
            return DELETED
        same = ref.label == cell.label and plain_spaces(ref.text) == plain_spaces(cell.text)
        return UNCHANGED if same else MODIFIED

    def summary(self) -> list[dict[str, int]]:
        """Per source: how many provisions are unchanged, modified, added, deleted."""
        out = []
        for column in range(len(self.names)):
            counts = {UNCHANGED: 0, MODIFIED: 0, ADDED: 0, DELETED: 0}
            for row in self.rows:
                if row.kind == "provision":
                    status = self.status(row, column)
                    if status in counts:
                        counts[status] += 1
            out.append(counts)
        return out


@lru_cache(maxsize=1024)  # asked for again in every alignment and similarity; sister texts share their calls
def _call_key(call: str) -> str:
    match = match_call(call)
    rest = call[len(match.phrase) :] if match and call.lower().startswith(match.phrase.lower()) else ""
    head = match.canonical if match else call.split(" ")[0].lower()
    return f"{head}|{' '.join(rest.lower().split())}"


class _Builder:
    def __init__(self, texts: list[Resolution], reference: int):
        self.n = len(texts)
        self.texts = texts
        self.reference = reference
        # call groups: [call cells per text], and per group the provision rows
        self.calls: list[list[Cell | None]] = []
        self.groups: list[list[Row]] = []
        self.group_keys: list[str] = []

    def build(self, order: list[int]) -> list[Row]:
        for column in order:
            self._add_text(column)
        rows: list[Row] = []
        for heading_kind in ("heading", "title", "preamble"):
            cells = [self._head_cell(t, heading_kind) for t in self.texts]
            if any(cells):
                rows.append(Row(heading_kind, cells))
        for g, call_cells in enumerate(self.calls):
            rows.append(Row("call", call_cells))
            rows.extend(self.groups[g])
        return rows

    @staticmethod
    def _head_cell(res: Resolution, kind: str) -> Cell | None:
        value = {"heading": res.heading, "title": res.title, "preamble": res.preamble}[kind]
        return Cell("", value) if value else None

    def _add_text(self, column: int) -> None:
        """Align one more text's calls to the call groups built so far; the groups
        are rebuilt in reading order so that new calls sit where the text has them."""
        sections = self.texts[column].sections
        old = list(zip(self.calls, self.groups, self.group_keys))
        pairs = align(
            list(range(len(old))),
            sections,
            key=lambda g: self.group_keys[g],
            new_key=lambda sec: _call_key(sec.call),
            similarity=self._group_similarity,
        )
        merged: list[tuple[list[Cell | None], list[Row], str]] = []
        for g, s in pairs:
            if g is None:
                assert s is not None  # a pair has at least one side
                cells: list[Cell | None] = [None] * self.n
                cells[column] = Cell("", sections[s].call)
                merged.append((cells, [], _call_key(sections[s].call)))
            else:
                merged.append(old[g])
                if s is not None:
                    old[g][0][column] = Cell("", sections[s].call)
            if s is not None:
                cells, rows, _ = merged[-1]
                merged[-1] = (cells, self._with_provisions(rows, column, sections[s]), merged[-1][2])
        self.calls = [m[0] for m in merged]
        self.groups = [m[1] for m in merged]
        self.group_keys = [m[2] for m in merged]

    def _group_similarity(self, g: int, section: Section) -> float:
        if self.group_keys[g].split("|")[0] != _call_key(section.call).split("|")[0]:
            return 0.0
        call_text = next((c.text for c in self.calls[g] if c is not None), "")
        body = " ".join(r.key_text(self.reference) for r in self.groups[g])
        return 0.5 * text_similarity(call_text.lower(), section.call.lower()) + 0.5 * text_similarity(
            body, " ".join(p.text for p in section.walk())
        )

    def _with_provisions(self, rows: list[Row], column: int, section: Section) -> list[Row]:
        """The group's rows with this text's provisions placed: in order where they
        match, out of order where an item moved, as new rows where nothing matches."""
        items = [
            (depth, prov, path) for path, depth, prov in provision_paths(call_short(section.call), section.provisions)
        ]

        keys = [row.key_text(self.reference) for row in rows]  # once: each is compared with many items

        def similarity(i: int, item: tuple[int, Provision, str]) -> float:
            return text_similarity(keys[i], item[1].text)

        pairs = align(
            range(len(rows)),
            items,
            key=keys.__getitem__,
            new_key=lambda item: item[1].text,
            similarity=similarity,
        )
        free = [i for i, j in pairs if j is None and i is not None]
        moved: dict[int, int] = {}
        for _, j in pairs:
            if _ is not None or j is None or not free:
                continue
            score, _neg, best = max((similarity(i, items[j]), -i, i) for i in free)
            if score >= THRESHOLD:
                moved[j] = best
                free.remove(best)
        out: list[Row] = []
        for i, j in pairs:
            if j is not None and (i is not None or j in moved):
                target = rows[i] if i is not None else rows[moved[j]]
                target.cells[column] = Cell(items[j][1].label, items[j][1].text, items[j][2])
            if i is not None:
                out.append(rows[i])
            elif j is not None and j not in moved:
                out.append(self._row(column, items[j][1], items[j][2]))
        return out

    def _row(self, column: int, prov: Provision, path: str) -> Row:
        cells: list[Cell | None] = [None] * self.n
        cells[column] = Cell(prov.label, prov.text, path)
        return Row("provision", cells)


def compare(texts: list[Resolution], names: list[str] | None = None, reference: int = 0) -> Comparison:
    """Align ``texts``; ``reference`` is the column revision marks are shown against."""
    if not texts:
        raise ValueError("nothing to compare")
    if not 0 <= reference < len(texts):
        raise ValueError(f"the reference must be between 1 and {len(texts)}")
    names = names or [
        f"{t.body + ' ' if t.body else ''}{t.number}" + (f" ({t.revision})" if t.revision else "") for t in texts
    ]
    order = [reference] + [i for i in range(len(texts)) if i != reference]
    rows = _Builder(texts, reference).build(order)
    return Comparison(names=list(names), reference=reference, rows=rows, languages=[t.language for t in texts])
