"""Starting the desktop app: the QApplication, the store, the main window, and
``--screenshot`` (offscreen, a chosen view with real content, saved as PNG)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def skip_source_scan() -> None:
    """Spare PySide6 reading the source of every module imported after it.

    PySide6 hooks ``import`` to learn whether each module opts into its
    ``__feature__`` switches (snake_case, true_property), and finds out by
    reading the module's whole source (inspect.getsource) and looking for
    "PySide6": 63 modules, 8.6 ms, while the window opens. The answer is known
    without reading: the standard library never uses PySide6, and no module of
    ours switches a feature on (ours outside ui/ never import Qt at all, which
    tests/test_architecture.py checks). Every other module is still read. If a
    later PySide6 works otherwise, nothing is changed."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]

        read_source = feature._mod_uses_pyside
    except (ImportError, AttributeError):
        return
    stdlib = os.path.dirname(os.__file__) + os.sep  # where the standard library is (sysconfig costs 1.8 ms)

    def uses_pyside(module) -> bool:
        name, path = getattr(module, "__name__", ""), getattr(module, "__file__", None) or ""
        if name == "delegate_app" or name.startswith("delegate_app."):
            return name.startswith("delegate_app.ui")
        if path.startswith(stdlib) and "site-packages" not in path:
            return False
        return bool(read_source(module))

    if getattr(read_source, "__name__", "") != "uses_pyside":
        feature._mod_uses_pyside = uses_pyside


def set_icon() -> None:
    """The app's icon on its windows. Set after the first paint: reading and
    decoding the picture was 3 ms of the start, and the window manager takes an
    icon set on a window already shown."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..services.resources import resources_dir

    QApplication.setWindowIcon(QIcon(str(resources_dir() / "delegate-app.png")))


def run_app(args) -> int:
    """Start the app with the options read by cli.parser (an argparse or a simple namespace)."""
    screenshot = getattr(args, "screenshot", None)
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt starts: no display needed
    # Our Qt-free modules first: PySide6 inspects the source of every module
    # imported after it, looking for its own feature switches.
    from PySide6.QtCore import QCoreApplication, QSettings

    skip_source_scan()
    from PySide6.QtWidgets import QApplication

    from .. import APP_NAME, __version__
    from ..core.errors import DelegateError
    from ..services.library import open_store, store_needs_upgrade, store_path
    from ..services.starter import ensure_starter_library

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setDesktopFileName("delegate-app")  # the icon is set once the window is seen (set_icon)
    from .i18n import chosen_language, install

    settings = QSettings()
    if screenshot:  # a screenshot never changes the user's settings or session, nor writes beside the store
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="delegate-screenshot-")
        settings = QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
    # before the store opens: what is said while it is upgraded, or why it cannot be opened, is in the user's language
    translators = install(app, chosen_language(settings, getattr(args, "lang", None)))  # kept while the app runs
    db_path = str(store_path(getattr(args, "db", None)))
    try:
        if screenshot:  # an output as every export's: never a pipe, a device, the store
            from ..services.files import check_output

            check_output(Path(screenshot))
        if store_needs_upgrade(db_path):  # made by an older version: seconds of work for a large library
            from .upgrading import open_upgrading

            db = open_upgrading(open_store, db_path)
        else:
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
    from .main_window import MainWindow

    window = MainWindow(db, db_path, settings)
    window.show()
    if screenshot:
        from .screenshot import take

        return take(app, window, getattr(args, "view", None) or "library", screenshot)
    try:
        return app.exec()
    finally:
        del translators
