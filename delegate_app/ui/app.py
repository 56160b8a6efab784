"""Starting the desktop app: the QApplication, the store, the main window."""
from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..core.errors import DelegateError
from ..services.starter import ensure_starter_library
from ..store.database import open_database
from .main_window import MainWindow


def run_app(args: argparse.Namespace) -> int:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        db = open_database(getattr(args, "db", None))
        ensure_starter_library(db)
    except DelegateError as exc:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate("app", "The library cannot be opened:\n\n{0}")
                             .format(exc))
        return 2
    window = MainWindow(db)
    window.show()
    return app.exec()
