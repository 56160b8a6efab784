"""Small widgets the views share, and the rule that no document can make the
app open a file or a network address.

A document's text is shown as HTML in several places; a heading or a
provision can hold markup (``<img src="/dev/zero">``, a FIFO, a URL). Escaping
is the first defence; the second is that every rich-text document refuses to
load anything. Refusing takes more than returning nothing from
``loadResource``: when a resource comes back empty, Qt's image handler loads
the file named by ``src`` itself. So an image is answered with a blank pixel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:  # each Qt class touched at import is built then (its enums too), before the first paint
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

_IMAGE = 2  # QTextDocument.ResourceType.ImageResource, without building Qt's enum namespace at start
_blank: QImage | None = None


def nothing(kind: object) -> QImage | None:
    """What a rich-text document gets when it asks for any resource: a blank
    pixel for an image (so Qt does not load it itself), nothing otherwise."""
    global _blank
    if getattr(kind, "value", kind) != _IMAGE:
        return None
    if _blank is None:
        from PySide6.QtGui import QImage  # when a document first asks for an image, not at start

        _blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        _blank.fill(0)
    return _blank


def plain(label: QLabel) -> QLabel:
    """``label`` made to show text that may come from a document or a file name
    (a status, an error, a path) as written, never guessed to be HTML. Called
    when the label is first needed: Qt's namespace costs 20 ms to import, which
    the window's first paint does not pay."""
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SafeTextBrowser(QTextBrowser):
    """A rich-text view that loads nothing (see the module's docstring)."""

    def loadResource(self, kind, name):  # noqa: N802 - Qt's name
        return nothing(kind)


def put_away(widget: QWidget) -> bool:
    """Whether ``widget`` is on a page the user cannot see (a tab not shown): an
    ancestor hidden on purpose. A widget just built, whose showing Qt has queued,
    is not put away."""
    from PySide6.QtCore import Qt

    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        if w.isHidden() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return True
        w = w.parentWidget()
    return False


def typed_text(edit: QPlainTextEdit) -> str:
    """What an editor holds, character for character: ``toPlainText()`` would
    make every no-break space a plain one, a change nobody typed. Qt's raw text
    separates paragraphs with U+2029; the app's texts, with a line end."""
    return edit.document().toRawText().replace("\u2029", "\n")
