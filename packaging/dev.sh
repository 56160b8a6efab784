#!/usr/bin/env bash
# Set up Delegate from a checkout on Debian and start it, or run its tests.
#
#   bash packaging/dev.sh start [ARGS...]   install, then start the desktop app
#   bash packaging/dev.sh test  [PYTEST ARGS...]   install test needs, run every test
#
# Everything is installed into .venv beside the checkout; system packages
# (Qt's X11 libraries for the app) come from apt-get when running as root.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-start}
shift || true
PYTHON=${PYTHON:-python3}

apt_install() {
    # Install the Debian packages named that are not installed yet (root only).
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install: ${missing[*]} (apt-get install as root)" >&2
        return 0
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip

case "$mode" in
    start)
        # Qt's xcb platform plugin needs these beyond a minimal Debian.
        apt_install libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 \
            libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
            libxcb-xinerama0 libxcb-randr0 fonts-noto-core fonts-noto-cjk
        .venv/bin/python -m pip install -q --disable-pip-version-check -e .
        bash packaging/compile_translations.sh
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "No display found: start it from a desktop session (or: xvfb-run -a bash packaging/dev.sh start)." >&2
            exit 1
        fi
        exec .venv/bin/delegate-app "$@"
        ;;
    test)
        # Independent judges of our Word exports: pandoc and LibreOffice (with its
        # Python bridge) accept and reject our tracked changes in the tests.
        apt_install pandoc libreoffice-writer-nogui libreoffice-calc-nogui python3-uno
        .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
        bash packaging/compile_translations.sh
        export QT_QPA_PLATFORM=offscreen
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: bash packaging/dev.sh start|test [ARGS...]" >&2
        exit 2
        ;;
esac
