"""The library: resolutions by body, number and revision; search as you type
with ranked, highlighted snippets; a readable view of the selected text; its
revision history, and any two revisions compared with revision marks."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
                               QStyledItemDelegate, QStyle, QStyleOptionViewItem, QTextBrowser, QTreeView,
                               QVBoxLayout, QWidget)
from sqlite_utils import Database

from ..core.redline import redline
from ..formats.html_view import redline_html, resolution_html
from ..store import library
from ..store.search import search
from . import shortcuts

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def _item(text: str, version_id: int = 0, html: str = "") -> QStandardItem:
    """Every item carries both roles, never None: PySide6 6.12 on Python 3.11
    releases a reference to None each time data() returns an empty role, and
    the painting of a library of thousands of items used them all up, so the
    process aborted at exit ("none_dealloc")."""
    item = QStandardItem(text)
    item.setData(version_id, VERSION_ROLE)
    item.setData(html, HTML_ROLE)
    item.setEditable(False)
    return item


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (a search snippet with its matches in bold)."""

    def paint(self, painter, option, index):
        html = index.data(HTML_ROLE)
        if not html:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setHtml(html)
        doc.setTextWidth(opt.rect.width())
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index):
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        doc = QTextDocument()
        doc.setHtml(html)
        view = self.parent()
        width = view.viewport().width() - view.indentation() - 8 if view is not None else option.rect.width()
        doc.setTextWidth(max(200, width))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class LibraryView(QWidget):
    version_opened = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.current_version: int | None = None

        self.search_field = QLineEdit(placeholderText=self.tr("Search resolutions (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.refresh)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(headerHidden=True)
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.selectionModel().currentChanged.connect(self._selected)

        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Resolution text"))
        self.history = QComboBox()
        self.history.setAccessibleName(self.tr("Compare with revision"))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Show the changes from the chosen revision (Ctrl+D)"))
        self.compare_button.setShortcut(shortcuts.COMPARE_VERSIONS)
        self.compare_button.clicked.connect(self.compare_with_selected)
        self.count_label = QLabel()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search_field)
        lv.addWidget(self.tree)
        lv.addWidget(self.count_label)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Revisions:")))
        bar.addWidget(self.history, 1)
        bar.addWidget(self.compare_button)
        rv.addLayout(bar)
        rv.addWidget(self.reader)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(shortcuts.MARGIN, shortcuts.MARGIN, shortcuts.MARGIN, shortcuts.MARGIN)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        """The library grouped by body, or the ranked results for the query."""
        self.model.clear()
        query = self.search_field.text().strip()
        if query:
            hits = search(self.db, query, limit=200)
            for hit in hits:
                rev = f" ({hit.revision})" if hit.revision else ""
                self.model.appendRow(_item(
                    f"{hit.body} {hit.number}{rev} · {hit.path}", hit.version_id,
                    f"<b>{hit.body} {hit.number}{rev}</b> · {hit.path}<br/>{hit.snippet_html()}"))
            self.count_label.setText(self.tr("%n match(es)", "", len(hits)))
            return
        groups: dict[str, QStandardItem] = {}
        versions = library.list_versions(self.db)
        for version in versions:
            body = version.body or self.tr("Other")
            if body not in groups:
                groups[body] = _item(body)
                self.model.appendRow(groups[body])
            rev = version.revision or (str(version.year) if version.year else "")
            item = _item(f"{version.number} ({rev}) · {version.title}" if rev else
                         f"{version.number} · {version.title}", version.id)
            item.setToolTip(version.label)
            groups[body].appendRow(item)
        self.tree.expandAll()
        self.count_label.setText(self.tr("%n text(s) in the library", "", len(versions)))
        if self.current_version is not None:
            self.select_version(self.current_version)
        else:
            first = self.model.index(0, 0)
            if first.isValid() and self.model.rowCount(first):
                self.tree.setCurrentIndex(self.model.index(0, 0, first))

    def select_version(self, version_id: int) -> None:
        for r in range(self.model.rowCount()):
            group = self.model.item(r)
            for c in range(group.rowCount()):
                if group.child(c).data(VERSION_ROLE) == version_id:
                    self.tree.setCurrentIndex(group.child(c).index())
                    return

    def _selected(self, current: QModelIndex, _previous=None) -> None:
        version_id = current.data(VERSION_ROLE) if current.isValid() else 0
        if version_id:
            self.show_version(int(version_id))

    def show_version(self, version_id: int) -> None:
        found = library.get_version(self.db, version_id)
        if found is None:
            return
        row, res = found
        self.current_version = version_id
        self.reader.setHtml(resolution_html(res))
        self.history.clear()
        for v in library.versions_of(self.db, row.resolution_id):
            if v.id != version_id:
                self.history.addItem(f"{v.revision or v.year} ({v.language})", v.id)
        self.compare_button.setEnabled(self.history.count() > 0)
        self.version_opened.emit(version_id)

    def compare_with_selected(self) -> None:
        """The current text with revision marks against the revision chosen."""
        other = self.history.currentData()
        if other is None or self.current_version is None:
            return
        base = library.get_version(self.db, int(other))[1]
        current = library.get_version(self.db, self.current_version)[1]
        older_first = (base.year or 0) <= (current.year or 0)
        rl = redline(base, current) if older_first else redline(current, base)
        self.reader.setHtml(redline_html(rl, rtl=current.language == "ar"))
