"""Competing proposals on one provision, side by side: the text in force above,
then a column for each stored proposal that touches it, with its marks, its
number, source and status (as AT4AM shows alternatives "– OR –")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..core.consolidate import Spread
from ..formats.html_view import side_by_side_html
from ..services.amending import OnText
from .proposal_table import status_name
from .widgets import SafeTextBrowser


class CompetingDialog(QDialog):
    def __init__(self, on: OnText, laid: Spread, k: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposals on {0}").format(laid.paths[k]))
        columns = []
        for n in laid.touching(k):
            p = on.proposals[n]
            name = f"{p.action} {p.number}".strip()
            source = on.labels[n].source
            heading = f"{name} ({source}) — {status_name(p.status)}" if source else f"{name} — {status_name(p.status)}"
            paragraphs = [t.paragraph for t in laid.changed[k] if t.proposal == n]
            paragraphs += [t.paragraph for t in laid.inserted.get(k, []) if t.proposal == n]
            columns.append((heading, paragraphs))
        self.view = SafeTextBrowser()
        self.view.setAccessibleName(self.tr("Competing proposals"))
        self.view.setHtml(side_by_side_html(laid.paragraphs[k], columns, rtl=laid.base.language == "ar"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(900, 420)
