"""The layering rule, checked two ways: import-linter's contracts in
pyproject.toml (layers; only the UI imports Qt; the core imports no storage or
format library), and a plain scan that needs nothing installed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "delegate_app"


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_only_the_ui_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path)):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_core_imports_no_storage_or_format_library():
    banned = {"sqlite3", "sqlite_utils", "docx", "openpyxl", "lxml", "platformdirs", "PySide6"}
    offenders = [
        str(p.relative_to(ROOT))
        for p in (PACKAGE / "core").rglob("*.py")
        if banned & {name.split(".")[0] for name in _imports(p)}
    ]
    assert offenders == []


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def test_core_runs_without_qt_loaded():
    code = (
        "import sys; import delegate_app.cli.main, delegate_app.formats.reader, delegate_app.store.search;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_the_vocabulary_is_spelled_once():
    """Actions, statuses, stances, priorities: the model's enums, the command
    line's choices and the positions' checks all hold core.terms' words, and
    core.terms imports nothing (the parser loads it at every start)."""
    import ast

    from delegate_app.cli import parser
    from delegate_app.core import model, positions, terms

    assert tuple(a.value for a in model.Action) == terms.ALL_ACTIONS
    assert tuple(s.value for s in model.Status) == terms.STATUSES
    assert tuple(s.value for s in model.Stance) == terms.STANCES
    assert tuple(p.value for p in model.Priority) == terms.PRIORITIES
    assert (parser.ACTIONS, parser.STATUSES, parser.STANCES, parser.PRIORITIES, parser.REGIONS) == (
        terms.ACTIONS,
        terms.STATUSES,
        terms.STANCES,
        terms.PRIORITIES,
        terms.REGIONS,
    )
    assert positions.STANCES is terms.STANCES
    tree = ast.parse((ROOT / "delegate_app" / "core" / "terms.py").read_text(encoding="utf-8"))
    imported = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) and n.module != "__future__"]
    assert imported == []
    spelled = subprocess.run(
        ["grep", "-rnE", r'"MOD", "\(MOD\)"|\("SUP", "SUP\*"|\("ADD", "ADD\*"', str(ROOT / "delegate_app")],
        capture_output=True,
        text=True,
    ).stdout
    assert [line for line in spelled.splitlines() if "/core/terms.py:" not in line] == []


def test_every_command_has_its_handler():
    """The command line is a table of handlers: every command and export format the
    parser offers is in it (one forgotten would end in 'unhandled command')."""
    import argparse

    from delegate_app.cli import main
    from delegate_app.cli.parser import build_parser

    def choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    commands = choices(build_parser())
    handled = set(main.NO_STORE) | set(main.ON_STORE)
    assert set(commands) <= handled, set(commands) - handled
    assert set(choices(commands["export"])) == set(main.EXPORTS)


def test_no_module_is_over_five_hundred_lines():
    """A module of a few hundred lines holds one thing a reader can keep in mind;
    past 500 it is time to split it by what its parts hold."""
    long = {
        str(path.relative_to(ROOT)): count
        for path in (ROOT / "delegate_app").rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert not long, long
