"""Where bundled resources live: the repository's resources/ folder in a
checkout, or the copy packaged as delegate_app.resources in an installed app."""
from __future__ import annotations

from importlib import resources as _resources
from pathlib import Path


def resources_dir() -> Path:
    try:
        packaged = Path(str(_resources.files("delegate_app.resources")))
        if (packaged / "starter").is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources"


def starter_dir() -> Path:
    return resources_dir() / "starter"
