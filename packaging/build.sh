#!/usr/bin/env bash
# Build the self-contained application (PyInstaller, one folder) into
# dist/delegate-app/ and smoke-test it with a clean environment.
#
#   bash packaging/build.sh
#
# It uses the project's .venv (made by packaging/dev.sh) and installs PyInstaller there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    bash packaging/dev.sh test --co -q >/dev/null  # creates .venv with the project installed
fi
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7"
bash packaging/compile_translations.sh
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/delegate-app.spec
bash packaging/smoke_test.sh dist/delegate-app/delegate-app
