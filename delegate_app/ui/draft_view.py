"""Drafting one proposal: the text as the delegate types it, and beside it the
revision marks against the base, updated live (insertions underlined,
deletions struck through) by the redline engine.

The editor's text is read character for character (``editor_text``): Qt's
``toPlainText()`` turns every no-break space into a plain one, and ITU texts
are full of them ("Resolution 123", "No. 119"), so a MOD read that way showed
a change at each one that nobody made, and a secretariat accepting all changes
would have stripped them from the official text.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from ..core import terms
from ..core.model import Proposal
from ..formats.html_view import RememberedBlocks, resolution_html
from ..formats.text_writer import resolution_text
from . import shortcuts
from .marks_view import MarksView
from .session import DraftSession
from .widgets import plain, typed_text


class DraftView(QWidget):
    def __init__(self, session: DraftSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.index: int | None = None
        self.current: Proposal | None = None  # the one being drafted, followed when proposals move

        self.proposal_box = QComboBox()
        self.proposal_box.setAccessibleName(self.tr("Proposal being drafted"))
        self.proposal_box.currentIndexChanged.connect(self._choose)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Proposed text"))
        self.editor.setFont(QFont("Serif", 11))
        self.editor.setTabStopDistance(48)
        self.editor.textChanged.connect(self._typed)
        self.editor.cursorPositionChanged.connect(self.follow_cursor)
        self.marks = MarksView()
        self._blocks = RememberedBlocks()  # the HTML of the paragraphs not typed in since the last pause
        self.marks.setAccessibleName(self.tr("Revision marks"))
        self.reasons = QPlainTextEdit()
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.reasons.setMaximumHeight(90)
        self.reasons.textChanged.connect(self._reasons_changed)
        self.status = plain(QLabel())  # it quotes what the parser says of the typed text
        self.status.setAccessibleName(self.tr("Draft status"))

        self.timer = QTimer(self, singleShot=True, interval=shortcuts.LIVE_REDLINE_DELAY_MS)
        self.timer.timeout.connect(self.update_marks)
        # a pause is what usually takes the text; under fast typing there is none,
        # so this one, started by the first key after a pause and never restarted,
        # takes it anyway: no typed word waits longer for the journal
        self.deadline = QTimer(self, singleShot=True, interval=shortcuts.TYPING_MAX_WAIT_MS)
        self.deadline.timeout.connect(self.update_marks)

        top = shortcuts.row(QLabel(self.tr("Proposal:")), (self.proposal_box, 1))
        panes = shortcuts.splitter(
            shortcuts.column(QLabel(self.tr("Proposed text (edit here)")), self.editor),
            shortcuts.column(QLabel(self.tr("With revision marks")), self.marks),
            sizes=[600, 600],
        )
        layout = shortcuts.view_layout(self)
        layout.setSpacing(shortcuts.SPACING)
        layout.addLayout(top)
        layout.addWidget(panes, 1)
        layout.addWidget(QLabel(self.tr("Reasons")))
        layout.addWidget(self.reasons)
        layout.addWidget(self.status)
        session.opened.connect(self.reload)
        session.changed.connect(self._relist)
        self.reload()

    def reload(self) -> None:
        self._relist()
        if self.proposal_box.count():
            self.open(0)
        else:
            self._nothing_open()
            self.marks.show_html("")

    def _nothing_open(self) -> None:
        """No proposal to draft: the editor takes no typing, since typing would go nowhere."""
        self.timer.stop()
        self.deadline.stop()
        self.index = self.current = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.setReadOnly(True)
        self.status.setText(self.tr("No proposal yet: start one from the Contribution or Library view."))

    def editor_text(self) -> str:
        """What the editor holds, character for character (no-break spaces and
        hyphens, soft hyphens, tabs, direction marks), one paragraph a line."""
        return typed_text(self.editor)

    def _relist(self) -> None:
        self.proposal_box.blockSignals(True)
        current = self.proposal_box.currentIndex()
        self.proposal_box.clear()
        for p in self.session.contribution.proposals:
            self.proposal_box.addItem(f"{p.action} {p.number} · {p.target}".strip())
        if 0 <= current < self.proposal_box.count():
            self.proposal_box.setCurrentIndex(current)
        self.proposal_box.blockSignals(False)
        proposals = self.session.contribution.proposals
        count = len(proposals)
        position = next((i for i, p in enumerate(proposals) if p is self.current), None)
        same = next(
            (i for i, p in enumerate(proposals) if self.current is not None and p.uid == self.current.uid), None
        )
        if position is None and same is not None:  # changed as a whole (its action, base, citations): show it anew
            self.open(same)
        elif position is not None and position != self.index:  # moved: follow it
            self.index = position
            self.proposal_box.blockSignals(True)
            self.proposal_box.setCurrentIndex(position)
            self.proposal_box.blockSignals(False)
        elif self.index is not None and position is None:  # the proposal being drafted was deleted
            self.timer.stop()
            self.deadline.stop()
            if count:
                self.open(count - 1)
            else:
                self._nothing_open()
                self.marks.clear()

    def _choose(self, index: int) -> None:
        if index >= 0:
            self.open(index)

    def open(self, index: int) -> None:
        """Show proposal ``index``; text typed but not yet saved in the last session comes back.
        What was typed in the proposal shown until now, and not yet taken (the pause
        had not come), is taken first: it would otherwise be lost with the editor's text."""
        if self.timer.isActive() or self.deadline.isActive():
            self.update_marks()
        proposal = self.session.contribution.proposals[index]
        self.index, self.current = index, proposal
        self.proposal_box.blockSignals(True)
        self.proposal_box.setCurrentIndex(index)
        self.proposal_box.blockSignals(False)
        text = resolution_text(proposal.resolution, editor=True) if proposal.resolution is not None else ""
        typed = self.session.service.typed_text(index)
        editable = proposal.action not in terms.TITLE_ONLY
        self.editor.blockSignals(True)
        self.editor.setPlainText(typed if typed is not None and editable else text)
        self.editor.blockSignals(False)
        self.editor.setReadOnly(not editable)
        self.editor.document().clearUndoRedoStacks()
        self.reasons.blockSignals(True)
        self.reasons.setPlainText(proposal.reasons)
        self.reasons.blockSignals(False)
        self._typed_in = False
        self.update_marks(take=typed is not None)  # opened, not typed in: its record stays as it is
        if typed is not None and typed != text and editable:
            self.status.setText(self.tr("Recovered the text you were typing when the app last closed."))

    _shown = None  # the redline the marks pane shows

    def follow_cursor(self) -> None:
        """The marks pane shows the paragraph the editor's cursor is in, at the same
        height: each line of the editor is a paragraph of the proposed text, the
        pane's blocks are the redline's paragraphs (the deleted ones among them)."""
        rl = self._shown
        if rl is None or self.marks.document().blockCount() != len(rl.paragraphs):
            return
        cursor = self.editor.textCursor()
        here, line, block = cursor.block(), 0, self.editor.document().begin()
        while block.isValid() and block != here:
            line += bool(block.text().strip())
            block = block.next()
        kept = [i for i, p in enumerate(rl.paragraphs) if p.change != "deleted"]
        if kept:
            layout = here.layout()  # where in its paragraph the cursor is (a line not laid out yet: the top)
            at = layout.lineForTextPosition(cursor.positionInBlock()) if layout is not None else None
            drawn = layout.boundingRect().height() if layout is not None and at is not None and at.isValid() else 0
            fraction = min(1.0, max(0.0, at.y() / drawn)) if drawn and at is not None else 0.0
            self.marks.show_paragraph(kept[min(line, len(kept) - 1)], self.editor.cursorRect(cursor).top(), fraction)

    def show_words(self, text: str) -> bool:
        """Select the first place ``text`` is in the proposal's text (a finding's words)."""
        if not text:
            return False
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        found = self.editor.find(text)
        if found:
            self.editor.centerCursor()
        return found

    def _typed(self) -> None:
        if self.index is not None:
            self._typed_in = True
            self.timer.start()  # marks and the autosave follow a pause in typing
            if not self.deadline.isActive():
                self.deadline.start()

    def _reasons_changed(self) -> None:
        if self.index is not None:
            self.session.service.update_proposal(self.index, reasons=typed_text(self.reasons).strip())

    _typed_in = False  # whether the delegate typed in the proposal since it was opened

    def update_marks(self, take: bool | None = None) -> None:
        """The pause in typing: the text goes to the session (journaled, read,
        saved in the background) and its marks against the base are shown. A
        proposal opened and not typed in (``take`` None), or just opened (False),
        is shown as stored: the editor's text is the stored one, and reading it back
        must not change the record (a draft new resolution's skeleton does not read
        back the same)."""
        self.timer.stop()
        self.deadline.stop()
        if self.index is None or self.index >= len(self.session.contribution.proposals):
            return
        proposal = self.session.contribution.proposals[self.index]
        if self.editor.isReadOnly() or not (self._typed_in if take is None else take):
            res, rl = proposal.resolution, self.session.service.marks(self.index)
        else:
            typed = self.session.service.typing(self.index, self.editor_text())
            if typed.resolution is None:
                self.status.setText(self.tr("Not yet a resolution the app can read: {0}").format(typed.error))
                return
            res, rl = typed.resolution, typed.redline
        if res is None:
            self.marks.clear()
            return
        self._shown = rl
        if rl is not None:
            self.marks.show_blocks(self._blocks.blocks(rl), rtl=res.language == "ar")
            self.follow_cursor()
            deleted, inserted = rl.marked_words()
            summary = self.tr("{0}, {1}").format(
                self.tr("%n words deleted", "", deleted), self.tr("%n inserted", "", inserted)
            )
        else:
            self.marks.show_html(resolution_html(res))
            summary = self.tr("Clean text (no revision marks for {0})").format(proposal.action)
        self.status.setText(summary)
