"""Where bundled resources live: the repository's resources/ folder in a
checkout, the copy packaged as delegate_app.resources in an installed app, or
the resources/ folder beside the executable in the self-contained build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    if getattr(sys, "frozen", False):  # the packaged build (PyInstaller) unpacks them here
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    try:  # installed: resources/ is shipped as the namespace package delegate_app.resources
        import delegate_app.resources as packaged  # type: ignore[import-not-found]  # a data folder

        for folder in map(Path, packaged.__path__):
            if (folder / "starter").is_dir():
                return folder
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "resources"


def starter_dir() -> Path:
    return resources_dir() / "starter"


def samples_dir() -> Path:
    """The optional sample collection: the resolutions of the PP-18 Final Acts
    (Dubai, 2018), loaded only when the user asks for them."""
    return resources_dir() / "samples" / "pp18"
