"""The library: resolutions by body, number and revision; search as you type
with ranked, highlighted snippets; a readable view of the selected text, with
how many stored proposals touch each provision (a click shows them side by
side); its revision history, any two revisions compared with revision marks,
and the text as amended by the proposals adopted. A text's editions (wordings
an import kept beside the text in force) are listed under it, and the delegate
puts one in force here (the button, or the list's context menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTreeView, QWidget

from ..core.errors import DelegateError
from ..services import library
from ..services.library import Database
from . import shortcuts
from .errors import shows_errors
from .library_model import HTML_ROLE, VERSION_ROLE, LibraryModel
from .widgets import SafeTextBrowser

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # a link clicked; each Qt class the window touches costs its start
    from PySide6.QtWidgets import QAbstractItemDelegate, QMenu, QStyledItemDelegate

    from ..core.model import Resolution

__all__ = ["HTML_ROLE", "VERSION_ROLE", "LibraryView"]

# A small library opens with every body expanded. A large one keeps the bodies
# closed but the selected text's: a list of thousands of lines is no overview,
# and laying out every row of 2,500 cost 10 ms of the window's start-up.
EXPAND_ALL_UP_TO = 300


class LibraryTree(QTreeView):
    """The list, with a context menu for the row under the pointer (the default
    context-menu policy: no Qt enum is touched while the window opens)."""

    menu_asked = Signal(QModelIndex, QPoint)

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.menu_asked.emit(index, event.globalPos())


class LibraryView(QWidget):
    version_shown = Signal(str, str, int)  # body, number, version id: the text now shown

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.current_version: int | None = None
        # The selection made while the view is built is shown once the window is
        # painted (show_pending_text): the list is on screen before the document
        # model and the HTML view are even loaded.
        self.building, self.text_pending = True, False

        self.search_field = QLineEdit(placeholderText=self.tr("Search resolutions (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        self.search_field.textChanged.connect(self.refresh)

        self.model = LibraryModel(self)
        self.tree = LibraryTree(headerHidden=True)
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # the list of texts: one line a row (_draw_hits)
        self._plain_delegate: QAbstractItemDelegate | None = None  # Qt's own, kept when hits replace it
        self._html_delegate: QStyledItemDelegate | None = None
        self.tree.selectionModel().currentChanged.connect(self._selected)
        self.tree.expanded.connect(self.model.opened)  # a body opened: its first page
        self.tree.verticalScrollBar().valueChanged.connect(self._read_on)
        self.tree.menu_asked.connect(self._menu)

        self.reader = SafeTextBrowser()
        self.reader.setAccessibleName(self.tr("Resolution text"))
        self.history = QComboBox()
        self.history.setAccessibleName(self.tr("Compare with revision"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Show the changes from the chosen revision (Ctrl+D)"))
        self.compare_button.clicked.connect(self.compare_with_selected)
        self.compare_button.setEnabled(False)  # until a text with other revisions is shown
        self.compare_bound = False  # its key, Ctrl+D, from the first paint on (show_pending_text)
        self.count_label = QLabel()
        self.reader.setOpenLinks(False)  # a link is a provision's proposals, shown here
        self.reader.anchorClicked.connect(self._link)
        self.amended_button = QPushButton(self.tr("As amended"))
        self.amended_button.setToolTip(
            self.tr("The text with the adopted proposals stored on it applied, marked against it")
        )
        self.amended_button.clicked.connect(self.show_amended)
        self.amended_button.setEnabled(False)  # until a text with stored proposals is shown
        self.in_force_button = QPushButton(self.tr("Put in force"))
        self.in_force_button.setToolTip(
            self.tr(
                "Make this edition the library's text of its revision; the text in force now is kept beside it "
                "as an edition"
            )
        )
        self.in_force_button.clicked.connect(lambda: self.put_in_force())
        self.in_force_button.setEnabled(False)  # until an edition not in force is shown
        self.laid: tuple | None = None  # the stored proposals on the text shown (OnText, Spread)
        self.menu: QMenu | None = None  # the list's context menu, while it is shown

        revisions = shortcuts.row(
            QLabel(self.tr("Revisions:")),
            (self.history, 1),
            self.compare_button,
            self.amended_button,
            self.in_force_button,
        )
        left = shortcuts.column(self.search_field, self.tree, self.count_label)
        right = shortcuts.column(revisions, self.reader)
        shortcuts.view_layout(self).addWidget(shortcuts.splitter(left, right, sizes=[380, 820], stretch=1))
        self.refresh()
        self.building = False

    @shows_errors
    def refresh(self) -> None:
        """The library grouped by body, or the ranked results for the query.

        The search runs here, at each key, on the field's text as it is then: the
        list never holds the hits of an earlier key (keys queued behind it are taken
        after, each replacing the list). A search is bounded (store/search.py: at
        most 2,000 rows ranked, no short prefix expanded), tens of milliseconds
        at 25,000 versions, so it needs no thread whose late results would have
        to be dropped."""
        query = self.search_field.text().strip()
        if query:
            from ..services.search import search  # on the first keystroke, not at start-up

            hits = search(self.db, query, limit=200)
            self._draw_hits(True)
            self.model.show_hits(hits)
            self.count_label.setText(self.tr("%n match(es)", "", len(hits)))
            return
        self._draw_hits(False)
        self._standings: dict[int, dict] = {}  # by resolution: where each of its texts stands, read when painted
        self.model.standing = self._standing
        self.model.show_bodies(
            library.body_counts(self.db, editions=True),
            lambda body, offset, limit: library.body_page(self.db, body, offset, limit, editions=True),
            lambda version_id: library.version_place(self.db, version_id, editions=True),
            self.tr("Other"),
        )
        total = self.model.total()
        if total <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()  # else only the selected text's body opens (_select)
        self.count_label.setText(self.tr("%n text(s) in the library", "", total))
        found = self.model.find(self.current_version) if self.current_version is not None else QModelIndex()
        self._select(found if found.isValid() else self.model.first_version())

    def _read_on(self, value: int) -> None:
        """Near the end of the rows read of a body: its next page."""
        bar = self.tree.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() // 2:
            viewport = self.tree.viewport()
            last = self.tree.indexAt(QPoint(viewport.width() // 2, viewport.height() - 2))
            if last.isValid():
                self.model.read_more(last.parent() if last.parent().isValid() else last)

    def _draw_hits(self, hits: bool) -> None:
        """Hits are snippets of several lines drawn from HTML; the list of texts is
        one line a row (a title too long is elided, the tooltip has it whole),
        which Qt lays out once for all rows: painting the list then costs 5.7 ms
        instead of 8.5."""
        if hits and self._html_delegate is None:
            self._plain_delegate = self.tree.itemDelegate()
            from .hits_delegate import HtmlDelegate  # with the first hits, not with the window

            self._html_delegate = HtmlDelegate(self.tree)
        if self._html_delegate is None:
            return  # no hits shown yet: Qt's own delegate draws the list, as set up
        assert self._plain_delegate is not None  # kept when the first hits came
        self.tree.setItemDelegate(self._html_delegate if hits else self._plain_delegate)
        self.tree.setUniformRowHeights(not hits)
        self.tree.setWordWrap(hits)

    def select_version(self, version_id: int) -> None:
        self._select(self.model.find(version_id))

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.expand(index.parent())  # the view only does it itself once shown
            self.tree.setCurrentIndex(index)

    def _selected(self, current: QModelIndex, _previous=None) -> None:
        # from the model itself, not current.data(): a round trip through a QVariant loads QByteArray's type
        version_id = self.model.version_id(current) if current.isValid() else 0
        if not version_id:
            return
        if self.building:
            self.current_version, self.text_pending = int(version_id), True
        else:
            self.show_version(int(version_id))
            hit = self.model.hit(current)
            if hit is not None and self.current_version == hit.version_id:
                self.land(hit)

    def show_pending_text(self) -> None:
        """The selection made while the view was built (the window calls this once it is
        painted). The search field's clear button comes now too: it shows only once
        something is typed, and loading its icon from the style was 3 ms of the start.
        So does Compare's key (the first key a window binds sets up Qt's shortcuts, 2 ms;
        the button is disabled until a text with other revisions is shown, which is now)."""
        self.search_field.setClearButtonEnabled(True)
        if not self.compare_bound:
            self.compare_bound = True
            shortcuts.bind_button(self.compare_button, shortcuts.COMPARE_VERSIONS, self)
        if self.text_pending and self.current_version is not None:
            self.show_version(self.current_version)

    def _show_figures(self, res: Resolution) -> None:
        """The text's figures given to the reading view's document by name (html_view's
        figure:KEY): the view loads nothing itself (widgets.SafeTextBrowser)."""
        import base64

        from PySide6.QtCore import QUrl  # noqa: F811 - at run time, not only for the types
        from PySide6.QtGui import QImage, QTextDocument

        from ..formats.html_view import FIGURE_URL

        for figure in res.figures:
            image = QImage.fromData(base64.b64decode(figure.data))
            if not image.isNull():
                kind = QTextDocument.ResourceType.ImageResource
                self.reader.document().addResource(kind, QUrl(FIGURE_URL + figure.key), image)

    @shows_errors
    def show_version(self, version_id: int) -> None:
        self.text_pending = False
        try:
            found = library.get_version(self.db, version_id)
        except DelegateError as exc:  # said where the text would be
            self.reader.setPlainText(self.tr("This text cannot be shown: {0}").format(exc.message))
            raise
        if found is None:
            return
        from ..formats.html_view import resolution_html  # after the first paint (show_pending_text)

        row, res = found
        self.current_version, self.text_pending = version_id, False
        self.in_force_button.setEnabled(not row.in_force)
        self.reader.setHtml(resolution_html(res, self._badges(row, version_id)))
        if res.figures:
            self._show_figures(res)
        self.version_shown.emit(row.body, row.number, version_id)
        self.history.clear()
        for v in library.versions_of(self.db, row.resolution_id, editions=True):
            if v.id != version_id:
                edition = self.tr("edition not in force (since {0})").format(v.when) if v.replaced else ""
                edition = edition or self._standing(v)  # in force, or superseded: which to compare with
                self.history.addItem(f"{v.revision or v.year} ({v.language}{', ' if edition else ''}{edition})", v.id)
        self.compare_button.setEnabled(self.history.count() > 0)

    def _standing(self, v) -> str:
        """Where a listed text stands: superseded by a later revision in its language,
        abrogated, or in force (said when an older revision of it is listed too)."""
        if v.replaced:
            return ""  # an edition says so already
        found = self._standings.get(v.resolution_id)
        if found is None:
            found = self._standings[v.resolution_id] = library.standings(self.db, {v.resolution_id})
        standing = found.get(v.id)
        if standing is None:
            return ""
        if standing.state == "superseded":
            return self.tr("superseded by {0}").format(standing.by)
        if standing.state == "abrogated":
            return self.tr("abrogated")
        return self.tr("in force") if any(s.state == "superseded" for s in found.values()) else ""

    def land(self, hit) -> bool:
        """The provision a search hit found, scrolled to the top of the text shown,
        and the words searched for highlighted wherever they are in it (accents and
        case aside, and the other spellings the search matched)."""
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        doc = self.reader.document()
        cursor = QTextCursor()
        for size in (80, 40, 20):  # a footnote mark inside the text breaks a longer run
            needle = hit.text[:size].rsplit(" ", 1)[0] if len(hit.text) > size else hit.text
            cursor = doc.find(needle.strip())
            if not cursor.isNull():
                break
        highlight = QTextCharFormat()
        highlight.setBackground(QColor("#ffe46b"))
        selections = []
        words = [w for w in (*hit.terms, *getattr(hit, "others", ())) if w]
        block = doc.begin()
        while words and block.isValid():
            folded = _folded(block.text())
            for start, length in _matches(folded, words):
                found = QTextCursor(doc)
                found.setPosition(block.position() + start)
                found.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor, selection.format = found, highlight
                selections.append(selection)
            block = block.next()
        self.reader.setExtraSelections(selections)
        if cursor.isNull():
            return False
        end = QTextCursor(doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        self.reader.setTextCursor(end)  # then back: the provision comes to the top, not the bottom
        self.reader.ensureCursorVisible()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.reader.ensureCursorVisible()
        return True

    def _menu(self, index: QModelIndex, where: QPoint) -> None:
        """The context menu of a text's row: an edition not in force can be put in force."""
        version_id = self.model.version_id(index)
        found = library.get_version(self.db, version_id) if version_id else None
        if found is None or found[0].in_force:
            return
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addAction(self.tr("Put this edition in force"), lambda: self.put_in_force(version_id))
        menu.popup(where)
        self.menu = menu  # kept for the tests, and alive while it is shown

    def put_in_force(self, version_id: int | None = None) -> None:
        """Make an edition (the one shown, by default) its text's wording in force.
        Written by the workspace's writer, off the window's thread; the list then
        shows the change and the text now in force."""
        version_id = version_id if version_id is not None else self.current_version
        window = self.window()
        if version_id is None or not hasattr(window, "on_writer"):
            return
        from ..services.editions import use_edition

        def done(result) -> None:
            from PySide6.QtWidgets import QMainWindow

            self.current_version = result.in_force
            self.refresh()
            message = self.tr("In force: {0}; the wording in force before is kept beside it as an edition")
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message.format(result.label), 8000)

        window.on_writer(
            self.tr("Putting the edition in force…"), lambda db: use_edition(db, version_id), done, "use edition"
        )

    @shows_errors
    def compare_with_selected(self) -> None:
        """The current text with revision marks against the revision chosen."""
        other = self.history.currentData()
        if other is None or self.current_version is None:
            return
        from ..formats.html_view import redline_html  # loaded with the first comparison

        rl = library.compare_revisions(self.db, self.current_version, int(other))
        if rl is not None:
            self.reader.setHtml(redline_html(rl, rtl=rl.proposed.language == "ar"))

    def _badges(self, row, version_id: int) -> dict[str, str]:
        """The links that say how many stored proposals touch each provision."""
        self.laid = None
        if not library.proposal_count(self.db, row.resolution_id):  # the common case, without reading any
            self.amended_button.setEnabled(False)
            return {}
        from ..services.amending import spread_on

        on, laid = spread_on(self.db, version_id)
        self.amended_button.setEnabled(bool(on.proposals))
        if not on.proposals:
            return {}
        self.laid = (on, laid)
        badges = {}
        for k, path in enumerate(laid.paths):
            touching = laid.touching(k)
            if touching:
                text = self.tr("%n proposal(s)", "", len(touching))
                badges[path] = f' <a href="touch:{k}" style="color:#0050c8">[{text}]</a>'
        return badges

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "touch" and url.path().isdigit() and self.laid is not None:
            self.show_competing(int(url.path()))

    def show_competing(self, k: int) -> None:
        """The proposals that touch paragraph ``k`` of the text shown, side by side with their marks."""
        from .competing_dialog import CompetingDialog

        if self.laid is not None:
            on, laid = self.laid
            CompetingDialog(on, laid, k, self).open()

    @shows_errors
    def show_amended(self) -> None:
        """The text with its adopted proposals applied, marked against it; what
        was applied and what competes said above it."""
        if self.current_version is None:
            return
        from ..formats.html_view import escape, redline_html
        from ..services.amending import amended_text, redline_amended

        found = amended_text(self.db, self.current_version)
        labels, result = found.on.labels, found.result
        names = ", ".join(f"{labels[n].action} {labels[n].number}".strip() for n in result.applied)
        lines = [self.tr("As amended by the adopted proposals: {0}").format(names or self.tr("none"))]
        lines += [self.tr("Not applied, they compete: {0}").format(line) for line in found.clash_lines()]
        lines += [self.tr("Not applied: {0}").format(line) for line in found.unapplied_lines()]
        before = "".join(f'<p style="color:#555">{escape(line)}</p>' for line in lines) + "<hr/>"
        rl = redline_amended(found)
        self.reader.setHtml(redline_html(rl, rtl=rl.proposed.language == "ar", before=before))


def _folded(text: str) -> str:
    """``text`` lower-cased and without accents, one character for one, so that
    places in it are places in the text."""
    import unicodedata

    return "".join((unicodedata.normalize("NFD", c)[:1] or c).lower() for c in text)


def _matches(folded: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, length) of each word searched for in a folded text, as a prefix of
    a word there ("standard" finds "standardization", as the search does)."""
    import re

    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(_folded(w)) for w in words) + r")\w*")
    return [(m.start(), m.end() - m.start()) for m in pattern.finditer(folded)]
