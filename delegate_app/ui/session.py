"""The drafting service (services/drafting.py) as the Contribution and Draft
views see it: its signals (the contribution changed, another one was opened,
the state of saving changed) and what the window adds to it (the remembered
contribution, the delegation's code from Settings). The views make their edits
on ``session.service`` itself; the service says when one changed the
contribution, and ``changed`` carries it.

Nothing here touches the store: every edit goes to the service, which journals
it and has it saved on the writer's thread. The service reports from that
thread; the signals carry its reports to the window's thread.

The contribution open when the app closed is remembered for each store (a
setting named after the store's path): a window on another store never opens
with one that store does not have.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ..core.model import Contribution, ContributionHeader
from ..services.copies import Kept
from ..services.workspace import Workspace

_NONE_OPEN = Contribution()
LEGACY_KEY = "session/contribution"  # where versions before 12 remembered the last contribution, for every store


class DraftSession(QObject):
    changed = Signal()  # the contribution (header, proposals, texts) changed
    opened = Signal()  # another contribution was opened (or none is)
    save_state = Signal(object)  # a SaveState, on the window's thread
    store_replaced = Signal()  # the store was restored or swapped under the window
    kept = Signal(object)  # a copies.Kept: a save met a newer version and kept the delegate's beside it

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = workspace.drafting
        self.settings = settings
        self.service.source = lambda: self.source  # read when a number is made: the setting may change
        self.service.on_changed.append(self.changed.emit)  # every edit, on the window's thread that made it
        workspace.edits.listeners.append(self.save_state.emit)  # emitted from the writer's thread: queued
        workspace.edits.on_replaced.append(self.store_replaced.emit)
        workspace.edits.on_conflict.append(self._conflict)  # from the writer's thread: queued
        self.kept.connect(self._kept)
        self.remembered = f"stores/{hashlib.sha256(str(Path(workspace.path).resolve()).encode()).hexdigest()[:16]}"

    @property
    def source(self) -> str:
        return str(self.settings.value("drafting/source", "") or "ABC")

    @property
    def contribution(self) -> Contribution:
        """The open contribution (an empty one when none is)."""
        return self.service.contribution or _NONE_OPEN

    @property
    def contribution_uid(self) -> str | None:
        return self.service.current.uid if self.service.current is not None else None

    # -- lifecycle ---------------------------------------------------------------
    def new(self, header: ContributionHeader | None = None, language: str | None = None) -> str:
        """A new contribution in ``language`` (that of the text it is made for),
        else in the interface's: its title and every word its exports write are
        in it. "Original:" names that language ("français") unless the settings name another."""
        from ..services.proposals import new_header
        from .i18n import chosen_language

        language = language or chosen_language(self.settings)
        header = header or new_header(
            language,
            str(self.settings.value("drafting/original_language", "") or ""),
            str(self.settings.value("drafting/source_line", "") or ""),
        )
        uid = self.service.new(header, language)
        self._remember()
        return uid

    def open(self, uid: str) -> bool:
        if not self.service.open(uid):
            return False
        self._remember()
        return True

    def open_remembered(self) -> bool:
        """The contribution open when the app last closed on this store (older
        versions remembered one for all stores: it is tried when this store has none)."""
        key = f"{self.remembered}/contribution"
        last = self.settings.value(key)
        legacy = last is None and self.settings.value(LEGACY_KEY) is not None
        if legacy:
            last = self.settings.value(LEGACY_KEY)
        if last is None:
            return False
        if not self.service.open_remembered(last):
            if not legacy:
                self.settings.remove(key)
            return False
        if legacy or last != self.contribution_uid:  # kept for this store from now on (else: no write at start)
            self.settings.remove(LEGACY_KEY)
            self._remember()
        else:
            self.opened.emit()
        return True

    def preview(self, contrib: Contribution) -> None:
        """Show a contribution that is never saved (the screenshot's demo)."""
        self.service.preview(contrib)
        self.opened.emit()

    def _remember(self, emit: bool = True) -> None:
        self.settings.setValue(f"{self.remembered}/contribution", self.contribution_uid)
        self.settings.sync()  # on disk now: a crash must find the open contribution again
        if emit:
            self.opened.emit()

    def delete(self) -> None:
        self.service.delete()
        self.settings.remove(f"{self.remembered}/contribution")
        self.opened.emit()

    def _conflict(self, notice: object) -> None:
        if isinstance(notice, Kept):
            self.kept.emit(notice)

    def _kept(self, kept: Kept) -> None:
        """A save met a newer version: the contribution shown changed (a proposal
        came back beside the delegate's copy, or the open one is now a copy)."""
        if kept.what == "contribution" and kept.uid == self.contribution_uid:
            self._remember(emit=False)  # the same objects, under new ids: the views go on as they are
        self.changed.emit()

    def reload(self) -> None:
        """After the store was replaced and the service took the restored copy."""
        self.opened.emit()
