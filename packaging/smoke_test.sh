#!/usr/bin/env bash
# Run a built Delegate with a clean environment (no project virtualenv on the path)
# and a fresh HOME: --version, parse on a real text, a screenshot offscreen, a Word
# MOD and an Excel comparison written, a non-ITU file refused; then, on the default
# store a new user gets, import, list, search, backup, the positions workbook, a
# team-exchange bundle and the brief exported as a PDF (its text read back).
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

# commands on the default store of a fresh HOME (made on first use), as a new user runs them
clean "$APP" import "$ROOT/resources/samples/pp18/pp18-res71.txt" >/dev/null 2>&1
clean "$APP" list | grep -qE "PP +71 " || { echo "smoke: list does not show the import" >&2; exit 1; }
clean "$APP" search "strategic plan" | grep -q "71" || { echo "smoke: search found nothing" >&2; exit 1; }
clean "$APP" backup >/dev/null
clean "$APP" export positions -o "$WORK/positions.xlsx" >/dev/null
[ "$(head -c 2 "$WORK/positions.xlsx")" = "PK" ] || { echo "smoke: no positions workbook" >&2; exit 1; }
# a team-exchange bundle, as a colleague would be sent it
clean "$APP" exchange export -o "$WORK/bundle.delegate" --author smoke >/dev/null
[ -s "$WORK/bundle.delegate" ] || { echo "smoke: no exchange bundle" >&2; exit 1; }
# a PDF export: the frozen app renders it in a second process of itself (--render-pdf)
pp71=$(clean "$APP" list | grep -E "PP +71 " | awk '{print $1}')
clean "$APP" positions set "$pp71" --stance support --talking-points "Keep the strategic plan short." >/dev/null
clean "$APP" export brief -o "$WORK/brief.pdf" >/dev/null
[ "$(head -c 5 "$WORK/brief.pdf")" = "%PDF-" ] || { echo "smoke: the brief is not a PDF" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
    words=$(pdftotext "$WORK/brief.pdf" - | tr -s ' \n' ' ')
    [[ "$words" == *"Delegation brief"*"Keep the strategic plan short."* ]] || { echo "smoke: the brief's PDF does not hold its text" >&2; exit 1; }
else
    grep -qa "FontFile" "$WORK/brief.pdf" || { echo "smoke: the brief's PDF embeds no font, so holds no text" >&2; exit 1; }
fi
[ -f "$WORK/.local/share/Delegate/delegate.sqlite3" ] || { echo "smoke: the default store is not where it should be" >&2; exit 1; }
echo "smoke test passed: $version; parse; screenshot $(stat -c %s "$WORK/shot.png") bytes; Word and Excel written; bad input refused; import, list, search, backup, positions and exchange on a fresh HOME's store; the brief as a PDF of $(stat -c %s "$WORK/brief.pdf") bytes"
