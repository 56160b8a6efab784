"""The running task's progress in the status bar, with a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class TaskProgress(QWidget):
    """Progress of the running task in the status bar, with a Cancel button. Not a
    modal dialog: the window stays usable while an import or export runs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Task progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.token = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def start(self, label: str, token) -> None:
        from .widgets import plain

        self.token = token
        plain(self.label).setText(label)  # the label shows the names of the files being read
        self.bar.setRange(0, 0)
        self.show()

    def show_progress(self, done: int, total: int, label: str = "") -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if label:
            self.label.setText(label)

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()

    def finish(self) -> None:
        self.token = None
        self.hide()
