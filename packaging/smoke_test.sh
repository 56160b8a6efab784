#!/usr/bin/env bash
# Run a built Delegate with a clean environment (no project virtualenv on the path):
# --version, parse on a real text, a screenshot offscreen, a Word MOD and an
# Excel comparison written, and a non-ITU file refused.
#
#   bash packaging/smoke_test.sh dist/delegate-app/delegate-app
set -euo pipefail
APP=$(readlink -f "$1")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
clean() { env -i HOME="$WORK" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

version=$(clean "$APP" --version)
expected=$(cd "$ROOT" && grep -oP '__version__ = "\K[^"]+' delegate_app/__init__.py)
[ "$version" = "delegate-app $expected" ] || { echo "smoke: --version said '$version'" >&2; exit 1; }

clean "$APP" parse "$ROOT/resources/starter/wtdc-res59-kigali-2022.txt" --json > "$WORK/parsed.json"
grep -q '"number": "59"' "$WORK/parsed.json" || { echo "smoke: parse did not read WTDC 59" >&2; exit 1; }

clean env QT_QPA_PLATFORM=offscreen "$APP" --db "$WORK/store.sqlite3" --screenshot "$WORK/shot.png" --view draft
[ "$(head -c 4 "$WORK/shot.png" | od -An -tx1 | tr -d ' ')" = "89504e47" ] || { echo "smoke: no screenshot" >&2; exit 1; }

# the two writers, in the bundle as a delegate gets it
KIGALI="$ROOT/resources/starter/wtdc-res59-kigali-2022.txt" BAKU="$ROOT/resources/starter/wtdc-res59-baku-2025.txt"
clean "$APP" redline "$KIGALI" "$BAKU" -o "$WORK/mod.docx" >/dev/null
clean "$APP" parse "$WORK/mod.docx" --json > "$WORK/mod.json"
grep -q '"action": "MOD"' "$WORK/mod.json" || { echo "smoke: no MOD in the Word file" >&2; exit 1; }
clean "$APP" compare "$KIGALI" "$BAKU" -o "$WORK/cmp.xlsx" >/dev/null
[ "$(head -c 2 "$WORK/cmp.xlsx")" = "PK" ] || { echo "smoke: no comparison workbook" >&2; exit 1; }

clean "$APP" parse "$WORK/parsed.json" >/dev/null 2>&1 && { echo "smoke: a non-ITU file was accepted" >&2; exit 1; }
echo "smoke test passed: $version; parse; screenshot $(stat -c %s "$WORK/shot.png") bytes; Word and Excel written; bad input refused"
