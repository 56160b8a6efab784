"""The delegation's positions: an overview that filters and sorts, and a form
to record the position on a resolution or on one of its provisions, with each
regional group's stance; it follows the text selected in the Library. Stances
and priorities are shown in the interface language and kept as their values.

The form saves as it is typed: a quarter of a second after a change at most,
and at once when another position is shown or the window closes, through the
positions service (journaled, then written by the writer's thread), over the
version of the position the form showed. When a workbook import or another
window changed that position meanwhile, nothing of theirs is overwritten: the
form shows the library's values again, with what was typed kept beside them
until the delegate chooses (position_kept.py), and the list marks it."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ..core.model import Position
from ..core.outline import outline
from ..core.positions import PRIORITIES, REGIONS, STANCES, parse_regions, regions_text
from ..services import library
from ..services.positions import Clashed
from ..services.workspace import Workspace
from . import shortcuts
from .errors import shows_errors
from .library_model import plain_tooltip
from .position_kept import KeptBox
from .widgets import typed_text

STANCE_NAMES = {
    "support": QT_TRANSLATE_NOOP("Stance", "support"),
    "support with changes": QT_TRANSLATE_NOOP("Stance", "support with changes"),
    "neutral": QT_TRANSLATE_NOOP("Stance", "neutral"),
    "oppose": QT_TRANSLATE_NOOP("Stance", "oppose"),
    "undecided": QT_TRANSLATE_NOOP("Stance", "undecided"),
}
PRIORITY_NAMES = {
    "high": QT_TRANSLATE_NOOP("Priority", "high"),
    "medium": QT_TRANSLATE_NOOP("Priority", "medium"),
    "low": QT_TRANSLATE_NOOP("Priority", "low"),
}


def stance_name(value: str) -> str:
    return QCoreApplication.translate("Stance", str(STANCE_NAMES[value])) if value in STANCE_NAMES else value


def priority_name(value: str) -> str:
    return QCoreApplication.translate("Priority", str(PRIORITY_NAMES[value])) if value in PRIORITY_NAMES else value


def regions_shown(text: str) -> str:
    """ "APT: opposition; CEPT: appui": the groups' stances in the interface language."""
    return "; ".join(f"{group}: {stance_name(stance)}" for group, stance in parse_regions(text).items())


COLUMNS = [
    (QT_TRANSLATE_NOOP("PositionsModel", "Resolution"), lambda p: f"{p.body} {p.number}"),
    (QT_TRANSLATE_NOOP("PositionsModel", "Provision"), lambda p: p.provision or "—"),
    (QT_TRANSLATE_NOOP("PositionsModel", "Stance"), lambda p: stance_name(p.stance)),
    (QT_TRANSLATE_NOOP("PositionsModel", "Priority"), lambda p: priority_name(p.priority)),
    (QT_TRANSLATE_NOOP("PositionsModel", "Owner"), lambda p: p.owner),
    (QT_TRANSLATE_NOOP("PositionsModel", "Regional alignment"), lambda p: regions_shown(p.regional_alignment)),
    (QT_TRANSLATE_NOOP("PositionsModel", "Updated"), lambda p: p.updated[:16]),
]
SAVE_WITHIN_MS = 250  # a change in the form is saved (journaled) this soon, however fast the typing


class PositionsModel(QAbstractTableModel):
    """A thin adapter: rows are Position objects from the store."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Position] = []
        self.conflicted: set[str] = set()  # positions with a field a colleague changed too ("position:<id>")
        self.kept: set[tuple[str, str, str]] = set()  # positions with what was typed kept beside them

    def reload(
        self, rows: list[Position], conflicted: set[str] | None = None, kept: set[tuple[str, str, str]] | None = None
    ) -> None:
        self.beginResetModel()
        self.rows = rows
        self.conflicted = conflicted or set()
        self.kept = kept or set()
        self.endResetModel()

    def put(self, position: Position) -> None:
        """A position saved from the form, in its row (or a new one): the list
        is not reset, so the row being edited stays the current one."""
        key = (position.body, position.number, position.provision)
        for row, shown in enumerate(self.rows):
            if (shown.body, shown.number, shown.provision) == key:
                self.rows[row] = position
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(position)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            shown = COLUMNS[index.column()][1](self.rows[index.row()])
            position = self.rows[index.row()]
            if index.column() == 2 and (f"position:{position.uid}" in self.conflicted or _key(position) in self.kept):
                return f"⚠ {shown}"  # a conflict from the team exchange (File > Conflicts…), or typed text kept
            return shown
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():  # a tooltip that looks like HTML is shown as HTML
            return plain_tooltip(str(COLUMNS[index.column()][1](self.rows[index.row()]) or ""))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][0])
        return None


class PositionsView(QWidget):
    export_requested = Signal()
    import_requested = Signal()
    clashed = Signal(object)  # a Clashed from the writer's thread: a position typed met a newer version

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = PositionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(placeholderText=self.tr("Filter positions"))
        self.filter.setAccessibleName(self.tr("Filter positions"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Positions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._load_selected)

        self.resolution = QComboBox()
        self.resolution.currentIndexChanged.connect(self._fill_provisions)
        self.provision = QComboBox(editable=True)
        self.provision.currentIndexChanged.connect(self._load_for_key)
        self.stance = QComboBox()
        for value in STANCES:
            self.stance.addItem(stance_name(value), value)
        self.priority = QComboBox()
        for value in PRIORITIES:
            self.priority.addItem(priority_name(value), value)
        self.rationale = QPlainTextEdit()
        self.talking_points = QPlainTextEdit()
        self.regions: dict[str, QComboBox] = {}
        regional = QGridLayout()
        for n, group in enumerate(REGIONS):
            choice = QComboBox()
            choice.addItem("—", "")
            for value in STANCES:
                choice.addItem(stance_name(value), value)
            choice.setAccessibleName(self.tr("{0} stance").format(group))
            self.regions[group] = choice
            regional.addWidget(QLabel(group), n // 3, (n % 3) * 2)
            regional.addWidget(choice, n // 3, (n % 3) * 2 + 1)
        self.regional = QWidget()
        self.regional.setLayout(regional)
        regional.setContentsMargins(0, 0, 0, 0)
        self.owner = QLineEdit()
        self.shown: Position | None = None  # the position the form shows, as read: what an edit is based on
        self._filling = False
        self._typing = QTimer(self, singleShot=True, interval=SAVE_WITHIN_MS)
        self._typing.timeout.connect(self._save_typed)
        for combo in (self.stance, self.priority, *self.regions.values()):
            combo.currentIndexChanged.connect(self._edited)
        for text in (self.rationale, self.talking_points, self.owner):
            text.textChanged.connect(self._edited)
        self.kept_texts: dict[tuple[str, str, str], dict[str, str]] = {}
        self.kept_box = KeptBox()
        self.kept_box.chosen.connect(self._choose)
        self.clashed.connect(self._clashed)
        workspace.edits.on_conflict.append(self._conflict)  # from the writer's thread: queued
        self.save_button = QPushButton(self.tr("Save position"))
        shortcuts.bind_button(self.save_button, shortcuts.SAVE, self)
        self.save_button.clicked.connect(self.save)
        export = QPushButton(self.tr("Export…"))
        export.setToolTip(self.tr("The positions as a workbook to send for comments"))
        export.clicked.connect(self.export_requested)
        take = QPushButton(self.tr("Import…"))
        take.setToolTip(self.tr("Take back a positions workbook edited by a colleague"))
        take.clicked.connect(self.import_requested)
        self.pending_follow: tuple[str, str, int] | None = None

        form = QFormLayout()
        for label, widget in (
            (self.tr("Resolution"), self.resolution),
            (self.tr("Provision"), self.provision),
            (self.tr("Stance"), self.stance),
            (self.tr("Priority"), self.priority),
            (self.tr("Rationale"), self.rationale),
            (self.tr("Talking points"), self.talking_points),
            (self.tr("Regional groups"), self.regional),
            (self.tr("Owner"), self.owner),
        ):
            widget.setAccessibleName(label)  # what a screen reader says is what the form shows
            form.addRow(label, widget)
        form.addRow(self.kept_box)
        form.addRow(shortcuts.row(1, self.save_button))
        editor = QWidget()
        editor.setLayout(form)
        listing = shortcuts.column(shortcuts.row((self.filter, 1), export, take), self.table)
        splitter = shortcuts.splitter(listing, editor, sizes=[700, 500])
        shortcuts.view_layout(self).addWidget(splitter)
        self.loaded = False  # filled when first shown: the window opens without waiting for it

    def showEvent(self, event) -> None:
        self.ensure_loaded()
        if self.pending_follow is not None:
            self.follow(*self.pending_follow)
        super().showEvent(event)

    def follow(self, body: str, number: str, version_id: int) -> None:
        """The text selected in the Library: its resolution, its provisions as
        that version has them (done when the view is next shown, if it is not)."""
        if not self.isVisible():
            self.pending_follow = (body, number, version_id)
            return
        self.pending_follow = None
        self.focus_resolution(body, number, version_id)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.refresh()

    @property
    def db(self):
        return self.workspace.reader

    @shows_errors
    def refresh(self) -> None:
        self.flush()
        self.loaded = True
        self._relist()
        current = self.resolution.currentData()
        self.resolution.blockSignals(True)
        self.resolution.clear()
        for body, number, first in library.resolution_list(self.db):
            self.resolution.addItem(f"{body} Resolution {number}", (body, number, first))
        self.resolution.blockSignals(False)
        if current is not None:
            self.focus_resolution(current[0], current[1])
        self._fill_provisions()

    def focus_resolution(self, body: str, number: str, version_id: int | None = None) -> None:
        self.ensure_loaded()
        for i in range(self.resolution.count()):
            if self.resolution.itemData(i)[:2] == (body, number):
                if version_id is not None and self.resolution.itemData(i)[2] != version_id:
                    self.resolution.setItemData(i, (body, number, version_id))  # that version's provisions
                    if i == self.resolution.currentIndex():
                        self._fill_provisions()
                self.resolution.setCurrentIndex(i)
                return

    @shows_errors
    def _fill_provisions(self) -> None:
        self.flush()
        data = self.resolution.currentData()
        self.provision.clear()
        self.provision.addItem(self.tr("(whole resolution)"), "")
        if data is None:
            return
        found = library.text_of(self.db, data[2])
        if found is not None:
            for row in outline(found):
                self.provision.addItem(row.path, row.path)

    def _load_for_key(self, *_args) -> None:
        """The form shows the stored position for the resolution and provision
        chosen, or a blank one: never the last position's words under a new key."""
        self.flush()
        data = self.resolution.currentData()
        if data is None:
            return
        key = self.provision.currentData() or ""
        found = next((p for p in self.model.rows if (p.body, p.number, p.provision) == (data[0], data[1], key)), None)
        self._fill_form(found or Position(body=data[0], number=data[1], provision=key))

    def _load_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        self.flush()
        pos = self.model.rows[self.proxy.mapToSource(current).row()]
        if self.shown is not None and _key(pos) == _key(self.shown):
            return  # the row being typed in (moved by the sort, or saved just now): the form stays as it is
        self.focus_resolution(pos.body, pos.number)
        index = self.provision.findData(pos.provision)
        if index >= 0:
            self.provision.setCurrentIndex(index)
        else:
            self.provision.setEditText(pos.provision)
        self._fill_form(pos)

    def _fill_form(self, pos: Position, notice: str = "") -> None:
        self._filling = True
        try:
            self.stance.setCurrentIndex(max(0, self.stance.findData(pos.stance)))
            self.priority.setCurrentIndex(max(0, self.priority.findData(pos.priority)))
            self.rationale.setPlainText(pos.rationale)
            self.talking_points.setPlainText(pos.talking_points)
            regions = parse_regions(pos.regional_alignment)
            for group, choice in self.regions.items():
                choice.setCurrentIndex(max(0, choice.findData(regions.get(group, ""))))
            self.owner.setText(pos.owner)
        finally:
            self._filling = False
        self.shown = pos
        self.kept_box.show_kept(self.kept_texts.get(_key(pos), {}), notice)

    def _edited(self, *_args) -> None:
        if not self._filling and self.shown is not None and not self._typing.isActive():
            self._typing.start()  # not restarted by later keys: saved this soon after the first

    def flush(self) -> None:
        """What was typed and not saved yet, saved now (before another position is shown, at quit)."""
        if self._typing.isActive():
            self._typing.stop()
            self._save_typed()

    def _values(self, body: str, number: str, provision: str) -> Position:
        return Position(
            body=body,
            number=number,
            provision=provision,
            stance=str(self.stance.currentData()),
            priority=str(self.priority.currentData()),
            rationale=typed_text(self.rationale).strip(),
            talking_points=typed_text(self.talking_points).strip(),
            regional_alignment=regions_text({g: str(c.currentData() or "") for g, c in self.regions.items()}),
            owner=self.owner.text().strip(),
        )

    @shows_errors
    def _save_typed(self) -> None:
        """The form as typed, for the position it was filled with, over the version it read."""
        was = self.shown
        if was is None:
            return
        self.model.put(self.workspace.positions.save(self._values(was.body, was.number, was.provision), was))

    def _conflict(self, notice: object) -> None:
        if isinstance(notice, Clashed):
            self.clashed.emit(notice)

    def _relist(self) -> None:
        """The list again: the store's positions, those not saved yet, and their marks."""
        from ..services.exchange import conflicted

        self.kept_texts = self.workspace.positions.kept()
        self.model.reload(self.workspace.positions.list(), conflicted(self.db), set(self.kept_texts))

    @shows_errors
    def _clashed(self, found: Clashed) -> None:
        """A position typed met a newer version (an import, another window): the
        list and, if it shows that position, the form show the library's values."""
        self.flush()  # what was typed since is kept the same way, before the form is filled again
        self._relist()
        if self.shown is None or _key(self.shown) != (found.body, found.number, found.provision):
            return
        now = next((p for p in self.model.rows if _key(p) == _key(self.shown)), self.shown)
        self._fill_form(now, self.kept_box.clash_notice(found.conflicts))

    @shows_errors
    def _choose(self, typed: bool) -> None:
        """The delegate chose between what was typed, kept beside, and the library's value."""
        self.flush()
        if self.shown is None:
            return
        body, number, provision = _key(self.shown)
        chosen = self.workspace.positions.choose(body, number, provision, typed)
        self.kept_texts.pop(_key(chosen), None)
        self.model.kept.discard(_key(chosen))
        self.model.put(chosen)
        self._fill_form(chosen)

    @shows_errors
    def save(self) -> Position | None:
        """The Save button: the form for the resolution and provision chosen (one
        typed in the provision field too), over the version the form read when
        it is that position."""
        self.ensure_loaded()
        self._typing.stop()
        data = self.resolution.currentData()
        if data is None:
            return None
        provision = (
            self.provision.currentData()
            if self.provision.currentText() == self.provision.itemText(self.provision.currentIndex())
            else self.provision.currentText().strip()
        )
        position = self._values(data[0], data[1], provision or "")
        was = self.shown if self.shown is not None and _key(self.shown) == _key(position) else None
        saved = self.workspace.positions.save(position, was)
        self.model.put(saved)
        if was is None:
            self.shown = saved
        return saved


def _key(position: Position) -> tuple[str, str, str]:
    return position.body, position.number, position.provision
