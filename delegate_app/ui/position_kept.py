"""Under the Positions form: what was typed in it over a value that someone else
(a workbook import, another window) changed meanwhile. The library keeps their
value; what was typed is kept beside it, shown here with the two choices: use
what was typed, or keep the library's (services/positions.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from . import shortcuts
from .widgets import plain

LONGEST = 300  # characters of a kept text shown (the whole is used when chosen)


def field_name(field: str) -> str:
    """A position's field as the form labels it (the form's own translations)."""
    source = {
        "stance": "Stance",
        "priority": "Priority",
        "rationale": "Rationale",
        "talking_points": "Talking points",
        "regional_alignment": "Regional groups",
        "owner": "Owner",
    }.get(field, field)
    return QCoreApplication.translate("PositionsView", source)


class KeptBox(QWidget):
    chosen = Signal(bool)  # True: what was typed; False: the library's

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.notice = plain(QLabel())  # why the form shows other values than were typed
        self.notice.setWordWrap(True)
        self.kept = plain(QLabel())
        self.kept.setWordWrap(True)
        self.mine = QPushButton(self.tr("Use what I typed"))
        self.theirs = QPushButton(self.tr("Keep the library's"))
        self.mine.clicked.connect(lambda: self.chosen.emit(True))
        self.theirs.clicked.connect(lambda: self.chosen.emit(False))
        self.choices = shortcuts.row(self.kept, self.mine, self.theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(self.choices)
        self.show_kept({})

    def show_kept(self, kept: dict[str, str], notice: str = "") -> None:
        """The fields kept beside the library's values for the position the form shows (none: hidden)."""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        shown = "; ".join(
            f"{field_name(f)}: “{text if len(text) <= LONGEST else text[:LONGEST] + '…'}”" for f, text in kept.items()
        )
        self.kept.setText(self.tr("What you typed, kept beside the library's values: {0}").format(shown))
        for widget in (self.kept, self.mine, self.theirs):
            widget.setVisible(bool(kept))
        self.setVisible(bool(kept or notice))

    def clash_notice(self, conflicts: tuple[str, ...]) -> str:
        """What the form says when a position typed met a newer version."""
        if conflicts:
            return self.tr(
                "This position was changed meanwhile by a workbook import or another window. The form shows "
                "the library's values again; what you typed ({0}) is kept beside them: choose below."
            ).format(", ".join(field_name(f) for f in conflicts))
        return self.tr(
            "This position was changed meanwhile by a workbook import or another window: what you typed "
            "was saved with their changes, which the form now shows."
        )
