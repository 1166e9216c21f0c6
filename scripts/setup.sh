#!/usr/bin/env bash
# Prepares a Debian/Ubuntu machine to run KTTT Desktop from this folder: the system libraries Qt
# needs (installed when run as root, otherwise the exact apt-get line is printed), then a virtual
# environment in .venv with the pinned dependencies. Safe to run again: it only does what is missing.
#
#   scripts/setup.sh            what the program needs
#   scripts/setup.sh --tests    also what the test suite needs (PDF and spreadsheet tools)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

# Qt on X11 or offscreen (xcb plugin libraries included so a real window opens too).
QT_PACKAGES="libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 fonts-dejavu-core"
# The tests read PDFs back (poppler-utils), open the Excel files in LibreOffice, and run the data,
# services and command tests on a throwaway PostgreSQL cluster too (postgresql; started by the
# tests themselves, as the postgres account when run as root: initdb refuses root).
TEST_PACKAGES="poppler-utils libreoffice-calc-nogui postgresql"

want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "Cần Python 3.11 trở lên (không tìm thấy $PYTHON). / Python 3.11+ is required." >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Cần Python 3.11 trở lên; máy có $("$PYTHON" --version 2>&1). / Python 3.11+ is required." >&2
    exit 1
fi

packages="$QT_PACKAGES"
[ "$want_tests" = 1 ] && packages="$packages $TEST_PACKAGES"
"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || packages="$packages python3-venv"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for p in $packages; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
fi
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "Cài các gói hệ thống còn thiếu:$missing" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        echo "Thiếu các gói hệ thống; hãy chạy lệnh sau rồi chạy lại / missing system packages, run:" >&2
        echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
        exit 1
    fi
fi

stamp="$VENV/.kttt-setup"
want="$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Chuẩn bị môi trường Python trong .venv …" >&2
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    log="$VENV/pip-install.log"
    if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
           "$VENV/bin/python" -m pip install --disable-pip-version-check \
               -c "$ROOT/constraints.txt" -e "$ROOT[dev]"; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        echo "Cài đặt các gói Python thất bại (chi tiết: $log). / pip install failed." >&2
        exit 1
    fi
    echo "$want" > "$stamp"
fi
"$VENV/bin/python" "$ROOT/scripts/build_translations.py" >/dev/null
