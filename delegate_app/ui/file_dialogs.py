"""The file pickers, each opening in the folder its kind of file was last read
from or written to (a Word contribution, a positions workbook, a bundle of
changes, an agenda), and remembering the one chosen. One place, so that no
dialog forgets what the others remember."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .export_dialog import remember_folder, remembered_folder


def save_path(parent: QWidget, settings, kind: str, caption: str, name: str, filters: str) -> str:
    """The file to write, "" when cancelled; the dialog opens in this kind's last folder."""
    folder = remembered_folder(settings, kind)
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / name) if folder else name, filters)
    remember_folder(settings, kind, path)
    return path


def open_path(parent: QWidget, settings, kind: str, caption: str, filters: str) -> str:
    """The file to read, "" when cancelled; the dialog opens in this kind's last folder."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, remembered_folder(settings, kind), filters)
    remember_folder(settings, kind, path)
    return path
