"""Starting the desktop app: the QApplication, the store, the main window, and
``--screenshot`` (offscreen, a chosen view with real content, saved as PNG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run_app(args) -> int:
    """Start the app with the options read by cli.parser (an argparse or a simple namespace)."""
    screenshot = getattr(args, "screenshot", None)
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt starts: no display needed
    # Our Qt-free modules first: PySide6 inspects the source of every module
    # imported after it, looking for its own feature switches.
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, __version__
    from ..core.errors import DelegateError
    from ..services.library import open_store, store_path
    from ..services.starter import ensure_starter_library

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from PySide6.QtGui import QIcon

    from ..services.resources import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "delegate-app.png")))
    app.setDesktopFileName("delegate-app")
    db_path = str(store_path(getattr(args, "db", None)))
    try:
        db = open_store(db_path)
        if not db.read_only:
            ensure_starter_library(db)
    except DelegateError as exc:
        if screenshot:
            print(f"delegate-app: error: {exc}", file=sys.stderr)
        else:
            from .dialogs import tell

            tell(
                None, QCoreApplication.translate("app", "The library cannot be opened:\n\n{0}").format(exc), "critical"
            )
        return 2
    from .i18n import chosen_language, install
    from .main_window import MainWindow

    settings = QSettings()
    if screenshot:  # a screenshot never changes the user's settings or session, nor writes beside the store
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="delegate-screenshot-")
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    translators = install(app, chosen_language(settings, getattr(args, "lang", None)))  # kept while the app runs
    settings.setValue("session/clean_exit", False)
    window = MainWindow(db, db_path, settings)
    window.show()
    if screenshot:
        from .screenshot import take

        return take(app, window, getattr(args, "view", None) or "library", screenshot)
    try:
        return app.exec()
    finally:
        del translators
