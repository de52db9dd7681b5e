#!/usr/bin/env bash
# QunDesk's front door for developers and newcomers on Debian 12.
#   scripts/dev.sh run    install what is missing, build, create the demo database, launch QunDesk on it
#   scripts/dev.sh test   install what is missing, build with warnings as errors, run every test
# Both work as root or as a user with sudo, and are safe to run again.
# With CI=true, `test` also builds and runs the suite under AddressSanitizer + UBSan.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-svg-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 xvfb xauth fonts-noto-cjk
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR [extra cmake args...]
    local dir=$1; shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

run_tests() { # run_tests DIR
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs")
}

case "${1:-}" in
run)
    install_missing
    build "$root/build"
    db="$root/build/demo.db"
    if [ ! -s "$db" ]; then
        "$root/build/app/qundesk-cli" --db "$db" demo
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found; starting QunDesk under xvfb-run (invisible). Set DISPLAY to see it."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$root/build/ui/qundesk" --db "$db"
    fi
    exec "$root/build/ui/qundesk" --db "$db"
    ;;
test)
    install_missing
    build "$root/build" -DQUNDESK_WERROR=ON
    run_tests "$root/build"
    if [ "${CI:-}" = "true" ]; then
        echo "== the same suite under AddressSanitizer and UBSan =="
        build "$root/build-asan" -DQUNDESK_WERROR=ON -DQUNDESK_SANITIZE=ON
        run_tests "$root/build-asan"
    fi
    ;;
*)
    sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
