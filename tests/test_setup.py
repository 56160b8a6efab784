"""The README's two commands respect the machine: apt is never asked to remove a
package, the tests' LibreOffice is installed only when there is none (and then
the desktop packages), and once set up, the start command needs no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

DEV = ROOT / "packaging" / "dev.sh"


def fake_tools(tmp_path: Path, installed: set[str], office: bool) -> tuple[Path, Path]:
    """A bin folder with an apt-get that records its calls, a dpkg-query that
    knows ``installed``, an id that says root, and soffice when ``office``."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    (bin_dir / "apt-get").write_text(f'#!/bin/sh\necho "$@" >> "{log}"\n')
    (bin_dir / "dpkg-query").write_text(
        "#!/bin/sh\nfor p in " + " ".join(sorted(installed)) + ' NONE; do [ "$p" = "$3" ] && '
        "{ echo 'install ok installed'; exit 0; }; done\nexit 1\n"
    )
    (bin_dir / "id").write_text("#!/bin/sh\necho 0\n")
    if office:
        (bin_dir / "soffice").write_text("#!/bin/sh\nexit 0\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    for tool in ("bash", "sh", "grep", "sha256sum", "cut", "cat", "dirname", "basename", "mkdir", "ls"):  # dev.sh's
        (bin_dir / tool).symlink_to(shutil.which(tool))
    return bin_dir, log


def run_dev(bin_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """dev.sh with only the stand-ins and the plain tools on PATH: the machine's own
    LibreOffice or apt-get are not seen."""
    return subprocess.run(
        [str(bin_dir / "bash"), str(DEV), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PATH": str(bin_dir), **env},
        timeout=300,
    )


def apt_calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_with_a_libreoffice_of_the_users_only_pandoc_and_its_bridge_are_added(tmp_path):
    bin_dir, log = fake_tools(tmp_path, installed={"libreoffice-writer", "libreoffice-calc"}, office=True)
    result = run_dev(bin_dir, "packages", "test")
    assert result.returncode == 0, result.stderr
    installs = [c for c in apt_calls(log) if c.startswith("install")]
    assert installs and all("--no-remove" in c for c in installs)
    assert all("libreoffice" not in c for c in installs)  # the user's Writer and Calc are left as they are
    assert "pandoc" in installs[0] and "python3-uno" in installs[0]
    assert "Installing with apt-get: pandoc python3-uno fonts-noto-core" in result.stderr
    assert "fonts-noto-core" in installs[0]  # LibreOffice renders the PDFs the tests read with them


def test_without_libreoffice_the_desktop_packages_are_installed_never_removing_anything(tmp_path):
    bin_dir, log = fake_tools(tmp_path, installed=set(), office=False)
    result = run_dev(bin_dir, "packages", "test")
    assert result.returncode == 0, result.stderr
    install = next(c for c in apt_calls(log) if c.startswith("install"))
    assert "--no-remove" in install
    assert "libreoffice-writer " in install + " " and "libreoffice-calc" in install
    assert "nogui" not in install  # the -nogui packages conflict with a desktop LibreOffice


def test_what_is_installed_already_is_not_installed_again(tmp_path):
    packages = {
        "pandoc",
        "python3-uno",
        "libreoffice-writer",
        "libreoffice-calc",
        "fonts-noto-core",
        "fonts-noto-cjk",
        "poppler-utils",
    }
    bin_dir, log = fake_tools(tmp_path, installed=packages, office=True)
    result = run_dev(bin_dir, "packages", "test")
    assert result.returncode == 0 and apt_calls(log) == []


@pytest.mark.skipif(not (ROOT / ".venv" / ".installed-test").exists(), reason="runs in a checkout set up by dev.sh")
def test_once_set_up_the_start_command_needs_no_network(tmp_path):
    """The stamp says .venv is set up for this pyproject.toml: no pip at all, so
    no package index is needed (PIP_NO_INDEX would make any install fail)."""
    installed = {
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxcb-image0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-xinerama0",
        "libxcb-randr0",
        "fonts-noto-core",
        "fonts-noto-cjk",
    }
    bin_dir, log = fake_tools(tmp_path, installed=installed, office=True)
    result = run_dev(
        bin_dir,
        "start",
        "--version",
        PIP_NO_INDEX="1",
        PIP_FIND_LINKS="",
        QT_QPA_PLATFORM="offscreen",
        LRELEASE=str(Path(sys.executable).with_name("pyside6-lrelease")),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("delegate-app ")
    assert apt_calls(log) == []
