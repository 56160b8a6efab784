"""The file pickers, each opening in the folder its kind of file was last read
from or written to (a Word contribution, a positions workbook, a bundle of
changes, an agenda), and remembering the one chosen. One place, so that no
dialog forgets what the others remember."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

FOLDER_KEY = "folders/{0}"  # the folder last read from or written to, per kind of file


def remembered_folder(settings, kind: str) -> str:
    """The folder a file dialog of this kind opened last ("" when none was: the dialog's own choice)."""
    folder = str(settings.value(FOLDER_KEY.format(kind), "") or "")
    return folder if folder and Path(folder).is_dir() else ""


def remember_folder(settings, kind: str, path: str, is_folder: bool = False) -> None:
    """Remember the folder of ``path`` (or ``path`` itself, a folder) for this kind."""
    if path:
        settings.setValue(FOLDER_KEY.format(kind), str(Path(path) if is_folder else Path(path).parent))


def save_path(parent: QWidget, settings, kind: str, caption: str, name: str, filters: str) -> str:
    """The file to write, "" when cancelled; the dialog opens in this kind's last folder."""
    folder = remembered_folder(settings, kind)
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / name) if folder else name, filters)
    remember_folder(settings, kind, path)
    return path


def open_paths(parent: QWidget, settings, kind: str, caption: str, filters: str) -> list[str]:
    """The files to read, [] when cancelled; the dialog opens in this kind's last folder."""
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, remembered_folder(settings, kind), filters)
    if paths:
        remember_folder(settings, kind, paths[0])
    return paths


def folder_path(parent: QWidget, settings, kind: str, caption: str) -> str:
    """The folder to read, "" when cancelled; the dialog opens in this kind's last one."""
    folder = QFileDialog.getExistingDirectory(parent, caption, remembered_folder(settings, kind))
    remember_folder(settings, kind, folder, is_folder=True)
    return folder


def open_path(parent: QWidget, settings, kind: str, caption: str, filters: str) -> str:
    """The file to read, "" when cancelled; the dialog opens in this kind's last folder."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, remembered_folder(settings, kind), filters)
    remember_folder(settings, kind, path)
    return path
