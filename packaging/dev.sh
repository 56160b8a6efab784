#!/usr/bin/env bash
# Set up Delegate from a checkout on Debian and start it, or run its tests.
#
#   bash packaging/dev.sh start [ARGS...]          set up if needed, then start the desktop app
#   bash packaging/dev.sh test  [PYTEST ARGS...]   set up if needed, check the code, run every test
#   bash packaging/dev.sh packages start|test      only the Debian packages the app or the tests need
#
# Everything Python is installed into .venv beside the checkout, and only when
# the environment is missing or pyproject.toml changed since it was set up (a
# stamp in .venv): once set up, both commands work with no network at all. pip
# is never upgraded on its own.
#
# System packages come from apt-get, as root, and only what is missing; apt is
# told never to remove a package (--no-remove), so nothing the user has is
# taken away or replaced. The tests' LibreOffice is installed only when no
# LibreOffice is there at all, and then the desktop packages, which coexist
# with everything.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-start}
shift || true
PYTHON=${PYTHON:-python3}

missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

apt_install() {
    # Install the Debian packages named that are not installed yet (root only); say which.
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Please install (as root): apt-get install ${missing[*]}" >&2
        return 0
    fi
    echo "Installing with apt-get: ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-remove --no-install-recommends \
        "${missing[@]}" >/dev/null
}

has_libreoffice() {
    command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1
}

set_up_for() {
    # Whether .venv was set up for $1 ("start" or "test") with this pyproject.toml.
    [ -x .venv/bin/python ] && [ -f ".venv/.installed-$1" ] &&
        [ "$(cat ".venv/.installed-$1")" = "$(sha256sum pyproject.toml | cut -d' ' -f1)" ]
}

python_env() {
    # Install $1 ('.' or '.[test]') into .venv for $2, unless done already for this pyproject.toml.
    set_up_for "$2" && return 0
    [ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install -qq --disable-pip-version-check -e "$1"  # the build backend's notes are not ours
    sha256sum pyproject.toml | cut -d' ' -f1 > ".venv/.installed-$2"
}

system_packages() {
    case "$1" in
        start)  # Qt's xcb platform plugin needs these beyond a minimal Debian
            apt_install libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 \
                libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
                libxcb-xinerama0 libxcb-randr0 fonts-noto-core fonts-noto-cjk
            ;;
        test)  # independent judges of our Word exports: pandoc and LibreOffice with its Python bridge
            # (and poppler's pdftotext, the peer the PDF benchmark measures the reader against);
            # the fonts it renders PDFs with (without them a minimal Debian has DejaVu alone, whose wider
            # letters wrap the header table's cells differently from the app's own machines)
            if has_libreoffice; then
                apt_install pandoc python3-uno fonts-noto-core fonts-noto-cjk poppler-utils
            else
                apt_install pandoc libreoffice-writer libreoffice-calc python3-uno fonts-noto-core fonts-noto-cjk poppler-utils
            fi
            ;;
    esac
}

case "$mode" in
    packages)
        system_packages "${1:-test}"
        ;;
    start)
        system_packages start
        set_up_for test || python_env . start  # the tests' set-up holds the app too
        bash packaging/compile_translations.sh
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "No display found: start it from a desktop session (or: xvfb-run -a bash packaging/dev.sh start)." >&2
            exit 1
        fi
        exec .venv/bin/delegate-app "$@"
        ;;
    test)
        system_packages test
        python_env '.[test]' test
        bash packaging/compile_translations.sh
        export QT_QPA_PLATFORM=offscreen
        # The house's gates first: lint, format and types, then every test.
        .venv/bin/ruff check --quiet delegate_app tests benchmarks packaging
        .venv/bin/ruff format --check --quiet delegate_app tests benchmarks packaging
        .venv/bin/mypy
        # on two workers (pytest-xdist): the whole suite within five minutes on a two-core machine
        exec .venv/bin/python -m pytest -n "${DELEGATE_TEST_WORKERS:-2}" "$@"
        ;;
    *)
        echo "usage: bash packaging/dev.sh start|test [ARGS...]  (or: packages start|test)" >&2
        exit 2
        ;;
esac
