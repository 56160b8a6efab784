"""The delegation's positions: an overview that filters and sorts, and a form
to record the position on a resolution or on one of its provisions, with each
regional group's stance; it follows the text selected in the Library. Stances
and priorities are shown in the interface language and kept as their values."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
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
from ..services.workspace import Workspace
from . import shortcuts
from .errors import shows_errors
from .library_model import plain_tooltip

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


class PositionsModel(QAbstractTableModel):
    """A thin adapter: rows are Position objects from the store."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Position] = []
        self.conflicted: set[str] = set()  # positions with a field a colleague changed too ("position:<id>")

    def reload(self, rows: list[Position], conflicted: set[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.conflicted = conflicted or set()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            shown = COLUMNS[index.column()][1](self.rows[index.row()])
            if index.column() == 2 and f"position:{self.rows[index.row()].uid}" in self.conflicted:
                return f"⚠ {shown}"  # a conflict from the team exchange: File > Conflicts…
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
        self.loaded = True
        from ..services.exchange import conflicted

        self.model.reload(self.workspace.positions.list(), conflicted(self.db))
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
        data = self.resolution.currentData()
        if data is None:
            return
        key = self.provision.currentData() or ""
        found = next((p for p in self.model.rows if (p.body, p.number, p.provision) == (data[0], data[1], key)), None)
        self._fill_form(found or Position(body=data[0], number=data[1], provision=key))

    def _load_selected(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        pos = self.model.rows[self.proxy.mapToSource(current).row()]
        self.focus_resolution(pos.body, pos.number)
        index = self.provision.findData(pos.provision)
        if index >= 0:
            self.provision.setCurrentIndex(index)
        else:
            self.provision.setEditText(pos.provision)
        self._fill_form(pos)

    def _fill_form(self, pos: Position) -> None:
        self.stance.setCurrentIndex(max(0, self.stance.findData(pos.stance)))
        self.priority.setCurrentIndex(max(0, self.priority.findData(pos.priority)))
        self.rationale.setPlainText(pos.rationale)
        self.talking_points.setPlainText(pos.talking_points)
        regions = parse_regions(pos.regional_alignment)
        for group, choice in self.regions.items():
            choice.setCurrentIndex(max(0, choice.findData(regions.get(group, ""))))
        self.owner.setText(pos.owner)

    @shows_errors
    def save(self) -> Position | None:
        self.ensure_loaded()
        data = self.resolution.currentData()
        if data is None:
            return None
        provision = (
            self.provision.currentData()
            if self.provision.currentText() == self.provision.itemText(self.provision.currentIndex())
            else self.provision.currentText().strip()
        )
        saved = self.workspace.positions.save(
            Position(
                body=data[0],
                number=data[1],
                provision=provision or "",
                stance=str(self.stance.currentData()),
                priority=str(self.priority.currentData()),
                rationale=self.rationale.toPlainText().strip(),
                talking_points=self.talking_points.toPlainText().strip(),
                regional_alignment=regions_text({g: str(c.currentData() or "") for g, c in self.regions.items()}),
                owner=self.owner.text().strip(),
            )
        )
        self.model.reload(self.workspace.positions.list())
        return saved
