"""``delegate-app --screenshot OUT.png --view VIEW``: the window with real
content, for the README, for tests and for looking at. When the store has no
draft yet, the draft and contribution views show one made in memory from the
library (the newest revision of a resolution as a MOD of the one before), and
nothing of it is saved."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..core.drafting import new_mod, renumber
from ..core.model import Contribution, ContributionHeader
from ..services import library


def _demo_contribution(db) -> Contribution | None:
    """A MOD from two revisions in the library: the older as base, the newer as proposal."""
    seen: dict[int, list] = {}
    for v in library.list_versions(db):
        seen.setdefault(v.resolution_id, []).append(v)
    pair = next((vs[-2:] for vs in seen.values() if len(vs) >= 2), None)
    if pair is None:
        return None
    base, newer = (library.text_of(db, v.id) for v in pair)
    if base is None or newer is None:
        return None
    proposal = new_mod(base)
    proposal.resolution = newer
    proposal.reasons = "To bring the resolution into line with the outcomes of the conference."
    contrib = Contribution(
        header=ContributionHeader(
            meeting="World Telecommunication Development Conference (WTDC-25)",
            agenda_item="PLENARY MEETING",
            document="Addendum 1 to Document 12-E",
            date="1 October 2025",
            original_language="English",
            source="Member States of the Regional Commonwealth in the field of Communications",
            title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
        ),
        proposals=[proposal],
    )
    renumber(contrib, "RCC")
    return contrib


def _demo_positions():
    from ..core.model import Position

    return [
        Position(
            "WTDC",
            "59",
            "",
            "support with changes",
            "high",
            "Keep ITU-D at the centre of coordination.",
            "Align with PP Res. 191",
            "CEPT: support; APT: support; RCC: support",
            "A. Delegate",
            "2026-11-20T10:00:00",
        ),
        Position(
            "WTDC",
            "59",
            "resolves ¶1",
            "support",
            "medium",
            "",
            "",
            "CITEL: support",
            "A. Delegate",
            "2026-11-20T10:05:00",
        ),
        Position(
            "RA",
            "ITU-R 75",
            "",
            "neutral",
            "low",
            "Follow the RA-27 outcome.",
            "",
            "ATU: undecided",
            "B. Adviser",
            "2026-11-19T16:30:00",
        ),
        Position(
            "WTSA",
            "18",
            "resolves 2 ii)",
            "oppose",
            "high",
            "Duplicates Annex B.",
            "",
            "ASMG: oppose",
            "B. Adviser",
            "2026-11-18T09:15:00",
        ),
    ]


def _demo_board():
    """A day of WTDC-25 as a delegation sees it, with our proposal in bold and our position beside it."""
    from ..core.model import Position
    from ..services.board import BoardItem, BoardProposal

    def proposal(cid, action, number, source, target, status="submitted", ours=False):
        return BoardProposal(cid, f"demo-{cid}", 1, action, number, source, target, status, "", ours)

    res59 = "WTDC Resolution 59"
    position = Position(
        "WTDC",
        "59",
        "",
        "support with changes",
        "high",
        "",
        "Keep ITU-D at the centre of coordination.\nAlign the reporting with PP Resolution 191.",
        "CEPT: support; APT: support; CITEL: oppose; ATU: undecided",
    )
    return [
        BoardItem(
            1,
            "2025-11-20",
            "Plenary",
            "Agenda item 5: Resolution 59 (coordination among the three Sectors)",
            "12A1, 27A3, 41A2",
            [
                proposal(1, "MOD", "RCC/12A1/1", "RCC", res59, "adopted-modified", ours=True),
                proposal(2, "MOD", "EUR/27A3/1", "CEPT", res59),
                proposal(3, "MOD", "IAP/41A2/1", "CITEL", res59, "not-adopted"),
            ],
            [position],
        ),
        BoardItem(
            2,
            "2025-11-20",
            "Committee 4",
            "Agenda item 7: Resolution 17 (implementation at regional level)",
            "33A5",
            [proposal(4, "MOD", "AFCP/33A5/1", "ATU", "WTDC Resolution 17")],
            [],
        ),
    ]


def _show_demo_board(board) -> None:
    """The demo day on the board, shown only: nothing is written to the store."""
    from PySide6.QtCore import QDate, QLocale

    for combo, shown, data in (
        (board.conference, "WTDC-25", None),
        (board.day, QLocale().toString(QDate(2025, 11, 20), "dddd d MMMM yyyy"), "2025-11-20"),
    ):
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(shown, data)
        combo.blockSignals(False)
    board.show_items(_demo_board())
    top = board.tree.topLevelItem(0)
    first = top.child(0).child(0) if top is not None and top.child(0) is not None else None
    if first is not None:
        board.tree.setCurrentItem(first)


def take(app: QApplication, window, view: str, out: str) -> int:
    from .main_window import CONTRIBUTION, DRAFT, LIBRARY, POSITIONS

    session = window.session  # builds the later views now, not after a first paint
    from . import conference_ui

    conference_ui.attach(window)  # what the first paint does once the views are built: it will not, now
    window.library.show_pending_text()
    if view in ("draft", "contribution") and not session.contribution.proposals:
        demo = _demo_contribution(window.db)
        if demo is not None:
            session.preview(demo)  # in memory only: never saved
    if view == "resolution":
        window.tabs.setCurrentIndex(LIBRARY)
        window.library.compare_with_selected() if window.library.history.count() else None
    elif view == "library":
        window.tabs.setCurrentIndex(LIBRARY)
        window.library.search_field.setText("remote participation")
    elif view == "positions":
        window.tabs.setCurrentIndex(POSITIONS)
        window.positions.ensure_loaded()
        if not window.positions.model.rows:  # shown, never saved
            window.positions.model.reload(_demo_positions())
    elif view == "draft":
        window.tabs.setCurrentIndex(DRAFT)
        if session.contribution.proposals:
            window.draft.open(0)
    elif view == "contribution":
        window.tabs.setCurrentIndex(CONTRIBUTION)
    elif view == "board":
        from .board_view import show_board

        board = show_board(window)
        if not board.conference.count():  # no conference recorded: a demo day, shown, never saved
            _show_demo_board(board)
    result = {"code": 1}

    def grab():
        from PySide6.QtCore import QBuffer, QIODevice

        from ..core.errors import DelegateError
        from ..services.files import write_atomically

        app.processEvents()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        result["code"] = 1
        if window.grab().save(buffer, Path(out).suffix[1:].lower() or "png"):  # the format its name says
            try:  # as every export is written: whole or not at all, never into a pipe or a device
                write_atomically(out, bytes(buffer.data().data()))
                result["code"] = 0
            except DelegateError as exc:
                print(f"delegate-app: error: {exc}", file=sys.stderr)
                result["code"] = 2
        app.quit()  # closes the window: nothing was edited, so its journal goes and nothing is left

    QTimer.singleShot(400, grab)
    app.exec()
    return result["code"]
