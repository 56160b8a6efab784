"""The ITU rules check as the Contribution view shows it: each finding in the
interface language, double-click to go to its proposal (and the words it is
about), and Fix where the app can fix it (an outdated citation).

The findings come from core/rules.py with a stable rule id and their values;
the sentences here are the same as its English ones, kept for translation
(the command line prints the English)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from ..core.rules import Finding
from . import shortcuts

CONTEXT = "Rules"
SENTENCES = {
    "header-incomplete": QT_TRANSLATE_NOOP("Rules", "The header does not give the {0}."),
    "document-unreadable": QT_TRANSLATE_NOOP(
        "Rules",
        "The document number {0} is not in a form ITU writes: give it as “Document 25-E”, "
        "“Addendum 2 to Document 25-E” or “Document PP26/25-E”.",
    ),
    "no-proposals": QT_TRANSLATE_NOOP("Rules", "The contribution has no proposals."),
    "duplicate-number": QT_TRANSLATE_NOOP("Rules", "The number {0} is used by more than one proposal."),
    "mod-and-noc-of-one-resolution": QT_TRANSLATE_NOOP(
        "Rules",
        "{0} is both modified ({1}) and kept unchanged ({2}) in this contribution: propose one or the other.",
    ),
    "number-missing": QT_TRANSLATE_NOOP("Rules", "The proposal has no number."),
    "number-placeholder": QT_TRANSLATE_NOOP(
        "Rules",
        "The number {0} is a placeholder: give the document number in the header and the delegation's code "
        "in Settings, then Renumber.",
    ),
    "reasons-missing": QT_TRANSLATE_NOOP("Rules", "The proposal gives no Reasons."),
    "resolution-missing": QT_TRANSLATE_NOOP("Rules", "The proposal names no resolution."),
    "deletion-inside-provision-is-mod": QT_TRANSLATE_NOOP(
        "Rules",
        "Text is deleted inside paragraph {0}: that is a MOD, not a SUP (SUP suppresses the whole resolution).",
    ),
    "mod-changes-nothing": QT_TRANSLATE_NOOP(
        "Rules", "The MOD changes nothing; a proposal to keep a text unchanged is a NOC."
    ),
    "add-changes-existing-text": QT_TRANSLATE_NOOP(
        "Rules", "An ADD is clean new text; changes to an existing text are a MOD."
    ),
    "outdated-reference": QT_TRANSLATE_NOOP("Rules", "{0} cites {1}, but the library holds {2}."),
    "base-not-latest": QT_TRANSLATE_NOOP(
        "Rules", "The MOD is marked against {0}, but the library holds a later revision, {1}."
    ),
    "base-missing": QT_TRANSLATE_NOOP(
        "Rules", "The text the MOD modifies, {0}, is not in the library: import it (the Word export needs it)."
    ),
    "deadline-passed": QT_TRANSLATE_NOOP(
        "Rules", "The contribution is dated {0}, after the deadline for {1} at {2}, {3} ({4})."
    ),
    "page-limit": QT_TRANSLATE_NOOP("Rules", "The contribution runs to about {0} pages; {1} asks for at most {2}."),
}
HEADER_WORDS = {
    "document": QT_TRANSLATE_NOOP("Rules", "document number"),
    "date": QT_TRANSLATE_NOOP("Rules", "date"),
    "original_language": QT_TRANSLATE_NOOP("Rules", "original language"),
    "source": QT_TRANSLATE_NOOP("Rules", "source"),
    "title": QT_TRANSLATE_NOOP("Rules", "title"),
}
DEADLINE_WORDS = {  # what a deadline is for (core/deadlines.py), said in the sentence of deadline-passed
    "proposals to amend the Constitution or the Convention": QT_TRANSLATE_NOOP(
        "Rules", "proposals to amend the Constitution or the Convention"
    ),
    "all other proposals": QT_TRANSLATE_NOOP("Rules", "all other proposals"),
    "proposals": QT_TRANSLATE_NOOP("Rules", "proposals"),
    "contributions": QT_TRANSLATE_NOOP("Rules", "contributions"),
    "contributions (set for the session by the secretariat)": QT_TRANSLATE_NOOP(
        "Rules", "contributions (set for the session by the secretariat)"
    ),
}
HEADER = QT_TRANSLATE_NOOP("Rules", "Header")
CONTRIBUTION = QT_TRANSLATE_NOOP("Rules", "Contribution")
FIXABLE = {"outdated-reference"}
FINDING_ROLE = Qt.ItemDataRole.UserRole


def tr(text: object) -> str:
    """One of the strings above (QT_TRANSLATE_NOOP gives them as objects to the type checker), translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


def sentence(finding: Finding) -> str:
    """The finding in the interface language."""
    values = [tr(HEADER_WORDS[v]) if finding.rule == "header-incomplete" else v for v in finding.values]
    if finding.rule == "deadline-passed" and len(values) > 1 and values[1] in DEADLINE_WORDS:
        values[1] = tr(DEADLINE_WORDS[values[1]])
    if finding.rule == "deadline-passed" and len(values) > 4:  # the rule it comes from, cited in its language
        from .conference_words import rule_text

        values[4] = rule_text(values[4])
    template = SENTENCES.get(finding.rule)
    return tr(template).format(*values) if template else finding.message


def where(finding: Finding) -> str:
    if finding.index is None:
        return tr(HEADER) if finding.rule == "header-incomplete" else tr(CONTRIBUTION)
    return finding.where


class RulesPanel(QWidget):
    go_to = Signal(int, str)  # the proposal's place, the words to show in it
    fix = Signal(object)  # a Finding the app can fix

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("ITU rules check"))
        self.list.setWordWrap(True)  # a finding is a sentence: read whole, not scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.fix_button = QPushButton(self.tr("Fix"))
        self.fix_button.setToolTip(self.tr("Cite the newest revisions in the library in this proposal"))
        self.fix_button.clicked.connect(self._fix)
        self.fix_button.setEnabled(False)
        self.go_button = QPushButton(self.tr("Go to"))
        self.go_button.setToolTip(self.tr("Show the proposal the finding is about"))
        self.go_button.clicked.connect(lambda: self._activated(self.list.currentItem()))
        layout = shortcuts.row(self.list, shortcuts.column(self.go_button, self.fix_button, 1))
        layout.setContentsMargins(0, 0, 0, 0)
        self.setLayout(layout)

    def show_findings(self, findings: list[Finding] | None) -> None:
        """The findings; None when no contribution is open."""
        self.list.clear()
        if findings is None:
            self.list.addItem(self.tr("No contribution is open: start a new one."))
        elif not findings:
            self.list.addItem(self.tr("✓ No problems found."))
        for f in findings or []:
            item = QListWidgetItem(f"⚠ {where(f)}: {sentence(f)}")
            item.setData(FINDING_ROLE, f)
            item.setToolTip(f.rule)
            self.list.addItem(item)
        self._enable()

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def rule_ids(self) -> list[str]:
        found = [self.list.item(i).data(FINDING_ROLE) for i in range(self.list.count())]
        return [f.rule for f in found if isinstance(f, Finding)]

    def _current(self) -> Finding | None:
        item = self.list.currentItem()
        found = item.data(FINDING_ROLE) if item is not None else None
        return found if isinstance(found, Finding) else None

    def _enable(self) -> None:
        found = self._current()
        self.fix_button.setEnabled(found is not None and found.rule in FIXABLE)
        self.go_button.setEnabled(found is not None and found.index is not None)

    def _activated(self, item: QListWidgetItem | None) -> None:
        found = item.data(FINDING_ROLE) if item is not None else None
        if isinstance(found, Finding) and found.index is not None:
            self.go_to.emit(found.index, found.find)

    def _fix(self) -> None:
        found = self._current()
        if found is not None and found.rule in FIXABLE:
            self.fix.emit(found)
