"""The banner above the views that says, in a delegate's words, why changes are
not saved yet and what Delegate is doing about it. Hidden while everything is
saved; never a dialog, so typing goes on while the store is unavailable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from .widgets import plain

if TYPE_CHECKING:  # the banner is made before the first paint; the services behind it load after
    from ..services.edits import SaveState


class SaveBanner(QFrame):
    retry = Signal()

    REASONS = {  # by the kind of StoreError (core/errors.py)
        "replaced": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "The library was replaced while Delegate was open; your changes wait until you choose what to keep.",
        ),
        "locked": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "Your changes are not saved yet: the library is being used by another program. Delegate will keep trying.",
        ),
        "full": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "Your changes are not saved yet: the disk is full. Free some space; Delegate will keep trying.",
        ),
        "read-only": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "Your changes cannot be saved: the library is read-only (its "
            "file, folder or disk). They are kept and will be saved when it "
            "can be written.",
        ),
        "missing": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "Your changes are not saved yet: the library file is gone (moved or deleted). Delegate will keep trying.",
        ),
        "damaged": QT_TRANSLATE_NOOP(
            "SaveBanner",
            "Your changes are not saved yet: the library is damaged. Restore a backup; your changes are kept.",
        ),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("save-banner")
        self.setStyleSheet("#save-banner { background: #fff4ce; border-bottom: 1px solid #e0c35a; }")
        self.label = plain(QLabel())  # the reason can quote an error that names a file
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Saving"))
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.clicked.connect(self.retry.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self._read_only = False
        self.hide()

    def reason(self, state: SaveState) -> str:
        """One sentence: why the changes are not in the store, and what happens next."""
        error = state.error
        kind = "replaced" if state.replaced else error.kind if error is not None else ""
        if not kind and self._read_only and state.unsaved:
            kind = "read-only"
        if kind in self.REASONS:
            text = self.tr(str(self.REASONS[kind]))
        elif error is not None:
            text = self.tr("Your changes are not saved yet: {0}. Delegate will keep trying.").format(error.message)
        else:
            text = ""
        if state.journal_error:
            note = self.tr("They are only in memory: they could not be written to disk either ({0}).").format(
                state.journal_error
            )
            text = f"{text} {note}".strip()
        return text

    def show_state(self, state: SaveState) -> None:
        text = self.reason(state)
        self.label.setText(text)
        self.retry_button.setVisible(state.error is not None and not state.replaced and state.error.kind != "replaced")
        self.setVisible(bool(text))

    def show_read_only(self) -> None:
        """A library opened from read-only media: say so before anything is typed."""
        self._read_only = True
        self.label.setText(
            self.tr(
                "This library is read-only: you can read and search it, and what you draft is "
                "kept, but it cannot be saved into the library until it can be written."
            )
        )
        self.retry_button.hide()
        self.show()
