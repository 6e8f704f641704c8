#!/usr/bin/env bash
# The two commands a new developer needs on a fresh Debian 12 machine:
#   ./dev.sh app    install what is needed, build, and open the app on an example register
#   ./dev.sh test   install what is needed, build, and run every test
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-app}
build=${FORTEGNELSE_BUILD_DIR:-build}

install_packages() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v '^#' tools/debian-packages.txt | grep .)
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFORTEGNELSE_WERROR=ON
    cmake --build "$build"
}

case "$mode" in
app)
    install_packages
    configure_and_build
    example="$build/examples/oesyn.ropa"
    if [ ! -f "$example" ]; then
        mkdir -p "$build/examples"
        "$build/app/fortegnelse" import resources/examples/oesyn.json -o "$example"
    fi
    exec "$build/app/fortegnelse" "$example"
    ;;
test)
    install_packages
    configure_and_build
    cd "$build"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600
    ;;
*)
    echo "usage: ./dev.sh app|test" >&2
    exit 2
    ;;
esac
