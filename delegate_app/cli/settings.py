"""The window's Settings, read by the command line without Qt.

The window keeps its settings with QSettings (the author of tracked changes,
the delegation's code in proposal numbers, the source line and original
language of new contributions). The command line must write what the window
writes, but loading Qt to read four strings would cost a quarter of a second
of every command, and a server that scripts Delegate may have no Qt libraries
at all. So the file QSettings keeps is read here as it is stored on each
system: an INI file under the XDG config folder (Linux and the other Unixes),
the registry (Windows), a property list (macOS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME

DEFAULTS = {  # as the Settings dialog (ui/dialogs.py) shows them before anything is saved
    "drafting/author": "Delegate",
    "drafting/source": "ABC",
    "drafting/source_line": "",
    "drafting/original_language": "English",
}
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")


def author(given: str = "") -> str:
    """The author of tracked changes: the one given (--author), else the window's Settings'."""
    return given or setting("drafting/author")


def interface_language() -> str:
    """The window's language (ui/i18n.chosen_language): chosen in Settings, else
    the system's (LC_ALL, LC_MESSAGES, LANG), else English."""
    for candidate in (setting("ui/language"), *(os.environ.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG"))):
        if candidate[:2] in LANGUAGES:
            return candidate[:2]
    return "en"


def ini_path() -> Path:
    """Where QSettings keeps the window's settings on Linux and the other Unixes."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / APP_NAME / f"{APP_NAME}.conf"


def setting(key: str) -> str:
    """The window's value of ``key`` ("drafting/author"), else its default."""
    found: str | None = None
    try:
        if sys.platform == "win32":
            found = _registry(key)
        elif sys.platform == "darwin":
            found = _plist(key)
        else:
            found = read_ini(ini_path()).get(key)
    except (OSError, ValueError):  # unreadable settings are no settings: the defaults
        found = None
    return found if found else DEFAULTS.get(key, "")


def read_ini(path: Path) -> dict[str, str]:
    """An INI file as QSettings writes it: "[group]" lines, then "key=value"; a
    value may be quoted, with C escapes ("Élise \\"Jo\\", Müller"). Values that are
    not text (``@Variant(...)``, ``@ByteArray(...)``) are left out."""
    values: dict[str, str] = {}
    group = ""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return values
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            group = "" if group == "General" else group
            continue
        key, sep, value = line.partition("=")
        if not sep or value.lstrip().startswith("@"):
            continue
        name = key.strip().replace("\\", "/")
        values[f"{group}/{name}" if group else name] = unescape(value.strip())
    return values


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def unescape(value: str) -> str:
    """A QSettings INI value: quoted parts kept as they are, C escapes read,
    the items of a list (unquoted commas) joined by ", "."""
    items: list[str] = []
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(value):
        c = value[i]
        if c == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            if nxt == "x":
                digits = ""
                while i + 2 < len(value) and len(digits) < 4 and value[i + 2] in "0123456789abcdefABCDEF":
                    digits += value[i + 2]
                    i += 1
                out.append(chr(int(digits, 16)) if digits else "x")
            else:
                out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == "," and not quoted:
            items.append("".join(out).strip())
            out = []
        else:
            out.append(c)
        i += 1
    items.append("".join(out).strip() if items else "".join(out))
    return ", ".join(items)


def _registry(key: str) -> str | None:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    group, _, name = key.rpartition("/")
    path = "\\".join(["Software", APP_NAME, APP_NAME, *filter(None, group.split("/"))])
    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as handle:  # type: ignore[attr-defined,unused-ignore]
        value, _kind = winreg.QueryValueEx(handle, name)  # type: ignore[attr-defined,unused-ignore]
    return value if isinstance(value, str) else None


def _plist(key: str) -> str | None:  # pragma: no cover - macOS only
    import plistlib

    path = Path.home() / "Library" / "Preferences" / f"com.{APP_NAME.lower()}.{APP_NAME}.plist"
    with path.open("rb") as handle:
        data = plistlib.load(handle)
    value = data.get(key.replace("/", "."))
    return value if isinstance(value, str) else None
