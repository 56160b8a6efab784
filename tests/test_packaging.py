"""What an installed Delegate carries: the wheel has the starter library, the
compiled translations and the icon, and an installed copy finds them (not the
checkout's)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_carries_resources_and_an_installed_copy_finds_them(tmp_path):
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "compile_translations.sh")],
        check=True,
        cwd=ROOT,
        env=dict(os.environ, LRELEASE=str(__import__("pathlib").Path(sys.executable).with_name("pyside6-lrelease"))),
    )
    subprocess.run(
        # the build backend from the test set-up (setuptools is in the test extras), not
        # fetched from the package index: once set up, the tests run with no network
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("delegate_app-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "delegate_app/resources/starter/wtdc-res59-kigali-2022.txt",
        "delegate_app/resources/i18n/delegate_fr.qm",
        "delegate_app/resources/delegate-app.png",
        "delegate_app/resources/delegate-app.desktop",
        "delegate_app/resources/help/getting-started.ar.html",
        "delegate_app/resources/help/zh/step5.png",
    ):
        assert expected in names, expected
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from delegate_app.services.resources import starter_dir;print(starter_dir())\n"
            "from delegate_app.services.starter import sample_paths;print(len(sample_paths()))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(target)),
    ).stdout.split()
    assert found == [str(target / "delegate_app" / "resources" / "starter"), "54"]  # the sample library too


def test_version_comes_from_one_place():
    from delegate_app import __version__

    assert 'attr = "delegate_app.__version__"' in (ROOT / "pyproject.toml").read_text()
    assert __version__.count(".") == 2
