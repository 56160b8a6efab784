#!/usr/bin/env bash
# Compile the interface translations (i18n/*.ts) into resources/i18n/*.qm, where
# the app and the packaged build load them. Run by packaging/dev.sh; run it by hand
# after editing a .ts file:  bash packaging/compile_translations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LRELEASE=${LRELEASE:-.venv/bin/pyside6-lrelease}
mkdir -p resources/i18n
for ts in i18n/delegate_*.ts; do
    name=$(basename "$ts" .ts)
    "$LRELEASE" -silent "$ts" -qm "resources/i18n/$name.qm"
done
