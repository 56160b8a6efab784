"""The revision marks beside the draft, updated in place.

On every pause in typing the marks of the whole text were set again as HTML:
for a 5,000-word MOD, Qt parsing 54,000 characters of HTML and laying out 400
paragraphs took 7 ms of the pause, to change the one or two paragraphs the
delegate had typed in. Here the view keeps the HTML of each paragraph it shows
(one QTextBlock each); the paragraphs that changed since the last pause are
replaced in place, each made from its own HTML, so that they look exactly as a
full setting would make them. Anything else (a different text, paragraphs
added or removed, a document whose blocks do not match) is set in full."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

from ..formats.html_view import directed
from .widgets import SafeTextBrowser


class MarksView(SafeTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._blocks: list[str] = []  # the HTML of each paragraph shown, one QTextBlock each
        self._rtl = False
        self.set_in_full = 0  # how many times the whole redline was set (the rest were updated in place)

    def clear(self) -> None:
        self._blocks = []
        super().clear()

    def show_html(self, html: str) -> None:
        """Anything that is not a redline paragraph by paragraph (a clean text, a message)."""
        self._blocks = []
        self.setHtml(html)

    def show_blocks(self, blocks: list[str], rtl: bool = False) -> None:
        old = self._blocks
        if rtl == self._rtl and old and len(old) == len(blocks) and self._update(old, blocks):
            self._blocks = blocks
            return
        self.set_in_full += 1
        self.setHtml(directed(blocks, rtl))
        self._rtl = rtl
        self._blocks = blocks if self.document().blockCount() == len(blocks) else []

    def show_paragraph(self, index: int, height: int, fraction: float = 0.0) -> None:
        """Scroll so that the place ``fraction`` down paragraph ``index`` (one block
        each) is ``height`` pixels below the top, where the editor shows its cursor:
        the marks follow the delegate's typing instead of staying where the last
        setting left them (at the end of a long paragraph, its end)."""
        doc = self.document()
        if not 0 <= index < doc.blockCount():
            return
        rect = doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(index))
        place = int(rect.top() + fraction * rect.height())
        self.verticalScrollBar().setValue(max(0, place - max(0, height)))

    def _update(self, old: list[str], new: list[str]) -> bool:
        """Replace the paragraphs that differ; False when that cannot be done in place."""
        doc = self.document()
        if doc.blockCount() != len(old):
            return False
        changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
        if len(changed) > max(8, len(old) // 10):  # most of it: as fast set in full
            return False
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        try:
            for i in changed:
                block = doc.findBlockByNumber(i)
                made = QTextDocument()
                made.setHtml(directed([new[i]], self._rtl))
                if made.blockCount() != 1:
                    return False
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.setBlockFormat(made.firstBlock().blockFormat())
                cursor.setBlockCharFormat(made.firstBlock().charFormat())
                cursor.insertFragment(QTextDocumentFragment(made))
        finally:
            cursor.endEditBlock()
        return doc.blockCount() == len(new)
