"""Search hits drawn in the library's list: each a snippet of HTML with its
matches in bold, drawn through a document that loads nothing.

A module of its own, loaded with the first hits: Qt builds a class's type and
enums when it is first touched (QStyledItemDelegate's, QTextDocument's), and the
window's first paint, a plain list drawn by Qt's own delegate, needs neither.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyledItemDelegate

from .library_model import HTML_ROLE
from .widgets import nothing


class SafeTextDocument(QTextDocument):
    """A document for drawing HTML that loads nothing: on its own, QTextDocument
    opens any local file an ``<img>`` names."""

    def loadResource(self, kind, name):  # noqa: N802 - Qt's name
        return nothing(kind)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (a search snippet with its matches in bold).

    Set on the list only while it shows search hits: the list of texts is plain
    and Qt's own delegate draws it without calling into Python for every row
    (a call per row for its size and another to paint it, 3 ms of the window's
    first paint)."""

    def paint(self, painter, option, index):
        html = index.data(HTML_ROLE)
        if not html:
            return super().paint(painter, option, index)
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = SafeTextDocument()
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
        doc = SafeTextDocument()
        doc.setHtml(html)
        view = self.parent()
        width = view.viewport().width() - view.indentation() if view is not None else option.rect.width()
        doc.setTextWidth(max(200, width))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
