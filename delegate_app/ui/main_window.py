"""The main window, for now a library browser: resolutions by body on the left,
the selected text on the right, and a search field that lists ranked matches.
The full workbench (positions, drafting, contributions) grows from here."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QLineEdit, QMainWindow, QSplitter, QTextBrowser, QTreeView, QVBoxLayout,
                               QWidget)
from sqlite_utils import Database

from .. import APP_NAME
from ..formats.html_view import resolution_html
from ..store import library
from ..store.search import search

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)

        self.search_field = QLineEdit(placeholderText=self.tr("Search resolutions (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_field.setFocus)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(headerHidden=True)
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setModel(self.model)
        self.tree.setWordWrap(True)
        self.tree.selectionModel().currentChanged.connect(self._show_current)

        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Resolution text"))
        self.reader.setOpenLinks(False)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_field)
        layout.addWidget(self.tree)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.reader)
        splitter.setSizes([380, 820])
        self.setCentralWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        """Show the library grouped by body, or the search results for the query."""
        self.model.clear()
        query = self.search_field.text().strip()
        if query:
            for hit in search(self.db, query, limit=100):
                rev = f" ({hit.revision})" if hit.revision else ""
                item = QStandardItem(f"{hit.body} {hit.number}{rev} · {hit.path}\n"
                                     f"{hit.snippet_as('', '')}")
                item.setData(hit.version_id, VERSION_ROLE)
                item.setEditable(False)
                self.model.appendRow(item)
            return
        groups: dict[str, QStandardItem] = {}
        for version in library.list_versions(self.db):
            body = version.body or self.tr("Other")
            if body not in groups:
                groups[body] = QStandardItem(body)
                groups[body].setEditable(False)
                self.model.appendRow(groups[body])
            rev = version.revision or (str(version.year) if version.year else "")
            item = QStandardItem(f"{version.number} ({rev}) {version.title}" if rev else
                                 f"{version.number} {version.title}")
            item.setData(version.id, VERSION_ROLE)
            item.setToolTip(version.label)
            item.setEditable(False)
            groups[body].appendRow(item)
        self.tree.expandAll()
        first = self.model.index(0, 0)
        if first.isValid() and self.model.rowCount(first):
            self.tree.setCurrentIndex(self.model.index(0, 0, first))

    def _show_current(self, current, _previous=None) -> None:
        version_id = current.data(VERSION_ROLE)
        if version_id is None:
            return
        found = library.get_version(self.db, int(version_id))
        if found is not None:
            self.reader.setHtml(resolution_html(found[1]))
