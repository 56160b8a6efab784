"""Small widgets the views share."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser


class SafeTextBrowser(QTextBrowser):
    """A rich-text view that loads nothing: a document's text shown as HTML can
    name images or links (``<img src="/dev/zero">``, a FIFO, a network address),
    and Qt would otherwise open them itself."""

    def loadResource(self, kind, name):  # noqa: N802 - Qt's name
        return None
