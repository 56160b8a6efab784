"""The library as Qt sees it: bodies, each with its resolution versions; or,
while a query is typed, the ranked hits in one flat list.

Why a model of our own rather than a QStandardItemModel: filling one with the
2,500 versions of a full library took about 36 ms of the window's start-up,
three Qt calls per item, for rows nobody had scrolled to yet. Here the rows stay
Python tuples and Qt asks only for those it paints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex

if TYPE_CHECKING:
    from ..services.library import VersionRow
    from ..services.search import SearchHit

# Qt.ItemDataRole values. Plain ints on purpose: the first access to PySide6's Qt
# namespace builds its hundreds of enums, about 14 ms, a quarter of what the app
# may add to a bare window's start-up. tests/test_app.py checks they equal Qt's.
DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_ROLE = 0, 3, 11
VERSION_ROLE = 256 + 1  # Qt.ItemDataRole.UserRole + 1: the version id, 0 for a body
HTML_ROLE = 256 + 2  # the search snippet as HTML, "" when the row is plain text

NO_PARENT = 0  # internalId of a top-level row; a child's is its body's row + 1


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def plain_tooltip(text: str) -> str:
    """A tooltip Qt shows as the text it is: Qt renders a tooltip that looks like
    HTML as HTML, so a title holding markup is escaped inside a paragraph."""
    return f"<p>{escape(text)}</p>" if text else ""


class Row(NamedTuple):
    text: str
    version_id: int = 0
    html: str = ""
    tooltip: str = ""


def _hit_row(hit: SearchHit) -> Row:
    """Everything in the HTML comes from a document, and is escaped: a heading
    may hold markup (``<img src=...>``) that Qt would otherwise act on."""
    return Row(
        f"{hit.label} · {hit.path}",
        hit.version_id,
        f"<b>{escape(hit.label)}</b> · {escape(hit.path)}<br/>{hit.snippet_html()}",
    )


def _version_row(v: VersionRow, standing: str = "") -> Row:
    """``standing``: where the text stands among its revisions, as the list says it
    ("superseded by Rev. Baku, 2025"), "" when it goes without saying."""
    rev = v.revision or (str(v.year) if v.year else "")
    marks = [standing] if standing else []
    if v.replaced:  # an edition beside the text in force: the delegate may put it in force
        marks.append(QCoreApplication.translate("LibraryModel", "edition not in force (since {0})").format(v.when))
    if v.origin == "draft":
        marks.append(QCoreApplication.translate("LibraryModel", "taken from a draft"))
    text = " · ".join([f"{v.number} ({rev})" if rev else v.number, *marks, v.title])
    return Row(text, v.id, "", plain_tooltip(v.label))


PAGE = 200  # versions read at a time: more than a screenful, a fraction of a millisecond


class LibraryModel(QAbstractItemModel):
    """Top rows are the bodies or the search hits. A body's versions are read
    from the store a page at a time, when the view shows them (opening the body,
    scrolling to the end of what is read) or when a text further down is
    selected. A library ten times the PP, RA, WTSA and
    WTDC texts holds 5,000 versions a body: reading them all, and Qt laying out
    a row for each, took 45 ms of the window's start-up for rows nobody had
    scrolled to."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.top: list[Row | SearchHit] = []  # the bodies, or the search hits
        self.counts: list[int] = []  # how many rows each top row has under it in the store
        # under each top row: its versions read so far, in order (None until a first page is read);
        # they become Rows only when painted
        self.under: list[list[VersionRow] | None] = []
        self._bodies: list[str] = []
        self._page: Callable[[str, int, int], list[VersionRow]] | None = None
        self._place: Callable[[int], tuple[str, int] | None] | None = None
        self.standing: Callable[[VersionRow], str] = lambda v: ""  # read when a row is painted

    # -- filling ------------------------------------------------------------------
    def show_bodies(
        self,
        counts: list[tuple[str, int]],
        page: Callable[[str, int, int], list[VersionRow]],
        place: Callable[[int], tuple[str, int] | None],
        other: str,
    ) -> None:
        """The library grouped by body: (body, versions) in the store's order; how
        to read a page of a body's versions (body, offset, limit), and where a
        version is (its body and place in it)."""
        self._bodies = [body for body, _ in counts]
        self._page, self._place = page, place
        self._replace([Row(body or other) for body in self._bodies], [n for _, n in counts], [None] * len(counts))

    def show_hits(self, hits: list[SearchHit]) -> None:
        """Search results, flat; their snippets are cut when they are painted."""
        self._bodies, self._page, self._place = [], None, None
        self._replace(list(hits), [0] * len(hits), [[] for _ in hits])

    def _replace(self, top: list, counts: list[int], under: list) -> None:
        self.beginResetModel()
        self.top, self.counts, self.under = top, counts, under
        self.endResetModel()

    def _read(self, r: int, up_to: int) -> None:
        """Read body ``r``'s versions until at least ``up_to`` of them are read
        (and a page at least), telling the views about the new rows."""
        have = self.under[r]
        if have is None:
            have = self.under[r] = []
        if self._page is None or len(have) >= min(up_to, self.counts[r]):
            return
        asked = max(PAGE, up_to - len(have))
        rows = self._page(self._bodies[r], len(have), asked)
        if rows:
            parent = self.createIndex(r, 0, NO_PARENT)
            self.beginInsertRows(parent, len(have), len(have) + len(rows) - 1)
            have.extend(rows)
            self.endInsertRows()
        if len(rows) < asked and len(have) < self.counts[r]:  # the store changed meanwhile: as many as it has
            self.counts[r] = len(have)

    def total(self) -> int:
        return sum(self.counts) if self._page else len(self.top)

    def find(self, version_id: int) -> QModelIndex:
        """The row of a version, or an invalid index: among the rows read, else
        where the store says it is (reading the pages up to it)."""
        for r, row in enumerate(self.top):
            if row.version_id == version_id:
                return self.createIndex(r, 0, NO_PARENT)
            for c, child in enumerate(self.under[r] or ()):
                if child.id == version_id:
                    return self.createIndex(c, 0, r + 1)
        place = self._place(version_id) if self._place else None
        if place is None or place[0] not in self._bodies:
            return QModelIndex()
        r = self._bodies.index(place[0])
        self._read(r, place[1] + 1)
        rows = self.under[r] or []
        c = place[1]
        if c < len(rows) and rows[c].id == version_id:
            return self.createIndex(c, 0, r + 1)
        return next((self.createIndex(i, 0, r + 1) for i, v in enumerate(rows) if v.id == version_id), QModelIndex())

    def first_version(self) -> QModelIndex:
        for r, row in enumerate(self.top):
            if row.version_id:
                return self.createIndex(r, 0, NO_PARENT)
            if self.counts[r]:
                self._read(r, 1)
                if self.under[r]:
                    return self.createIndex(0, 0, r + 1)
        return QModelIndex()

    def hit(self, index: QModelIndex | QPersistentModelIndex) -> SearchHit | None:
        """The search hit a row shows, if it shows one."""
        if not index.isValid() or index.internalId() != NO_PARENT or index.row() >= len(self.top):
            return None
        item = self.top[index.row()]
        return None if isinstance(item, Row) else item

    def version_id(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The version a row shows (0 for a body), without making the row's text."""
        parent = index.internalId()
        if parent != NO_PARENT:
            return (self.under[parent - 1] or [])[index.row()].id
        return self.top[index.row()].version_id

    # -- QAbstractItemModel -------------------------------------------------------------
    def row(self, index: QModelIndex | QPersistentModelIndex) -> Row:
        parent = index.internalId()
        if parent != NO_PARENT:
            version = (self.under[parent - 1] or [])[index.row()]
            return _version_row(version, self.standing(version))
        item = self.top[index.row()]
        return item if isinstance(item, Row) else _hit_row(item)

    def index(
        self, row: int, column: int = 0, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, NO_PARENT) if row < len(self.top) else QModelIndex()
        if parent.internalId() == NO_PARENT and row < len(self.under[parent.row()] or ()):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    # Qt's own override: QObject.parent() and QAbstractItemModel.parent(index) share the name
    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.top)
        return len(self.under[parent.row()] or ()) if parent.internalId() == NO_PARENT else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self.top)
        return parent.internalId() == NO_PARENT and self.counts[parent.row()] > 0  # before any is read

    def opened(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        """A body opened: its first page, unless some is read already."""
        if parent.isValid() and parent.internalId() == NO_PARENT and not self.under[parent.row()]:
            self.read_more(parent)

    def read_more(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        """The next page of a body (the view asks when it shows the end of what is
        read, or opens the body). Not Qt's canFetchMore/fetchMore: a tree view asks
        for more on every layout of an open body (a resize, a row inserted), so a
        body grew by a page each time whether or not anyone scrolled."""
        if parent.isValid() and parent.internalId() == NO_PARENT and self._page is not None:
            r = parent.row()
            if len(self.under[r] or ()) < self.counts[r]:
                self._read(r, len(self.under[r] or ()) + PAGE)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid():
            return None
        if role == VERSION_ROLE:
            return self.version_id(index)
        row = self.row(index)
        if role == DISPLAY_ROLE or role == ACCESSIBLE_ROLE:
            return row.text
        if role == HTML_ROLE:
            return row.html
        if role == TOOLTIP_ROLE:
            return row.tooltip or None
        return None
