#!/usr/bin/env bash
# The two commands a new developer needs on a fresh Debian 12 machine:
#   ./dev.sh app    install what is needed, build, and open the app on an example register
#   ./dev.sh test   install what is needed, build, and run every test
#
# With CI=true (as .ci/run sets it), `./dev.sh test` runs everything CI proves, section by
# section, with the time each took: the normal build and suite (with the kill test) as the
# current user, the suite built with ASan, UBSan and LeakSanitizer and run as an
# unprivileged user, and the fuzzers for a bounded time. Each part can also be run alone:
#   ./dev.sh sanitize   the sanitizer build and suite (as a plain user when run as root)
#   ./dev.sh kill       the kill test alone (FORTEGNELSE_KILL_RUNS=1000 for a long run)
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-app}
build=${FORTEGNELSE_BUILD_DIR:-build}
sanitize_build=${build}-sanitize
ci_user=${FORTEGNELSE_CI_USER:-fortegnelse-ci}
jobs=${FORTEGNELSE_JOBS:-$(nproc)}

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

# configure_and_build DIR [cmake options...]
configure_and_build() {
    local dir=$1
    shift
    local launcher=()
    # ccache makes every build after the first one fast; it is in debian-packages.txt. Paths
    # are taken relative to the clone, so a fresh clone (as in CI) finds what an earlier one
    # compiled.
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
    fi
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    cmake --build "$dir" -j "$jobs"
}

run_suite() {
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$jobs")
}

section_times=()
section() {
    section_start=$SECONDS
    section_name=$1
    printf '\n==== %s ====\n' "$1"
}
section_done() {
    local took=$((SECONDS - section_start))
    section_times+=("$(printf '%4d s  %s' "$took" "$section_name")")
    printf -- '---- %s: %d s\n' "$section_name" "$took"
}

# The sanitizers' settings: stop at the first finding, with a stack; leaks found at exit.
# The suppressions file lists only leaks inside Qt and system libraries, each with why.
sanitizer_env() {
    local supp=$PWD/tools/lsan-suppressions.txt
    echo "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
    echo "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    echo "LSAN_OPTIONS=suppressions=$supp:print_suppressions=0"
    # The server's many-writers test runs 4 x 100 edits per process here, not 4 x 500: the
    # sanitizers make each edit several times slower, and the normal suite runs the full size.
    echo "FORTEGNELSE_SERVER_EDITS=100"
}

build_sanitized() {
    # Warnings are the normal build's job (-Werror there, with gcc). The instrumented tree is
    # built with clang when it is there (debian-packages.txt has it): clang compiles it about
    # three times faster than gcc (views/mainwindow.cpp: 3.9 s against 17.3 s), and its build
    # also makes the libFuzzer targets, so CI compiles instrumented code once. It is built
    # without optimisation: on CI's two cores a clean -O1 build took 1,293 s and its suite
    # 369 s, -O0 532 s and 307 s (the suite is mostly waiting on Qt and the disk, not on our
    # code), and -O0 gives the plainest stacks. Line tables are all the stacks need, and much
    # cheaper to make than full debug information. The Debug configuration also turns on
    # Qt's own assertions in its headers. The benchmarks are timed in the normal build only.
    local compiler=()
    if command -v clang++-14 >/dev/null; then
        compiler=(-DCMAKE_CXX_COMPILER=clang++-14)
    fi
    local debug=-g
    [ ${#compiler[@]} -gt 0 ] && debug=-gline-tables-only
    configure_and_build "$sanitize_build" "${compiler[@]}" -DFORTEGNELSE_SANITIZE=ON \
        -DFORTEGNELSE_WERROR=OFF -DFORTEGNELSE_BENCHMARKS=OFF \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 $debug"
}

# The kill test is left out here: it proves what a SIGKILL leaves in the file, which the
# instrumentation does not change, and it runs in the normal suite.
# Runs the suite in DIR as $ci_user, a plain user that owns nothing else: its own HOME,
# XDG_RUNTIME_DIR and TMPDIR, and the build tree handed over to it (ctest writes there).
# As a plain user already, it simply runs the suite.
run_suite_unprivileged() {
    local dir=$1
    shift
    if [ "$(id -u)" -ne 0 ]; then
        (cd "$dir" && env "$@" QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$jobs" -LE kill)
        return
    fi
    ensure_ci_user
    if ! runuser -u "$ci_user" -- test -r "$PWD/CMakeLists.txt"; then
        echo "The user $ci_user cannot read $PWD; clone the repository under a readable folder (e.g. /tmp)." >&2
        return 1
    fi
    chown -R "$ci_user:" "$dir"
    local home
    home=$(mktemp -d /tmp/fortegnelse-ci-home.XXXXXX)
    mkdir -p "$home/run" "$home/tmp"
    chmod 700 "$home/run"
    chown -R "$ci_user:" "$home"
    local rc=0
    (cd "$dir" && runuser -u "$ci_user" -- env -i \
        PATH=/usr/local/bin:/usr/bin:/bin USER="$ci_user" LOGNAME="$ci_user" \
        HOME="$home" XDG_RUNTIME_DIR="$home/run" TMPDIR="$home/tmp" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@" \
        ctest --output-on-failure --timeout 900 -j "$jobs" -LE kill) || rc=$?
    rm -rf "$home"
    return $rc
}

ensure_ci_user() {
    id -u "$ci_user" >/dev/null 2>&1 ||
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ci_user"
}

# Prints a folder with these sources that $ci_user can read: this one when it can, else a
# copy of the tracked files under /tmp.
readable_source() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "$PWD"
        return
    fi
    ensure_ci_user
    if runuser -u "$ci_user" -- test -r "$PWD/CMakeLists.txt"; then
        echo "$PWD"
        return
    fi
    local copy
    copy=$(mktemp -d /tmp/fortegnelse-ci-src.XXXXXX)
    git ls-files -z | xargs -0 cp --parents -t "$copy"
    chmod -R a+rX "$copy"
    echo "$copy"
}

# The kill test alone, printing its figures.
run_kill_test() {
    cmake --build "$1" -j "$jobs" --target tst_crash killdriver
    (cd "$1/tests" && QT_QPA_PLATFORM=offscreen ./tst_crash)
}

ci() {
    section "Install packages"
    install_packages
    section_done

    # CI's build is the release build without debug information, which nobody reads there
    # and which costs a fifth of the compile time.
    section "Build ($build, warnings as errors)"
    configure_and_build "$build" -DFORTEGNELSE_WERROR=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
    section_done

    section "Style: the tree as .clang-format writes it, and every string in the context the code uses"
    tools/check-format.sh --all
    for lang in da nb sv; do python3 tools/check-translation-contexts.py "translations/fortegnelse_$lang.ts"; done
    section_done

    section "Tests as $(id -un)"
    run_suite "$build"
    section_done

    # The plain user must read the sources the sanitizer build is made from; a clone in a
    # folder it cannot enter (under /root, say) is copied to one it can.
    local src
    src=$(readable_source)
    section "Build with ASan, UBSan and LeakSanitizer ($src/$sanitize_build)"
    (cd "$src" && build_sanitized)
    section_done

    section "Tests with sanitizers, as an unprivileged user"
    (
        cd "$src"
        mapfile -t env_vars < <(sanitizer_env)
        run_suite_unprivileged "$sanitize_build" "${env_vars[@]}"
    )
    section_done

    # The fuzzers were built with the sanitizer build when clang made it; otherwise
    # run-fuzzers.sh makes its own clang build.
    section "Fuzzers (45 s each)"
    if [ -x "$src/$sanitize_build/tests/fuzz/fuzz_json" ]; then
        FORTEGNELSE_FUZZ_BUILD="$src/$sanitize_build" bash tools/run-fuzzers.sh 45
    else
        bash tools/run-fuzzers.sh 45
    fi
    section_done

    printf '\n==== Times ====\n'
    printf '%s\n' "${section_times[@]}"
    printf '%4d s  total\n' "$SECONDS"
}

case "$mode" in
app)
    install_packages
    configure_and_build "$build" -DFORTEGNELSE_WERROR=ON
    example="$build/examples/oesyn.ropa"
    if [ ! -f "$example" ]; then
        mkdir -p "$build/examples"
        "$build/app/fortegnelse" import resources/examples/oesyn.json -o "$example"
    fi
    exec "$build/app/fortegnelse" "$example"
    ;;
test)
    if [ "${CI:-}" = true ]; then
        ci
    else
        install_packages
        configure_and_build "$build" -DFORTEGNELSE_WERROR=ON
        run_suite "$build"
    fi
    ;;
sanitize)
    install_packages
    src=$(readable_source)
    cd "$src"
    build_sanitized
    mapfile -t env_vars < <(sanitizer_env)
    run_suite_unprivileged "$sanitize_build" "${env_vars[@]}"
    ;;
kill)
    install_packages
    configure_and_build "$build" -DFORTEGNELSE_WERROR=ON
    run_kill_test "$build"
    ;;
*)
    echo "usage: ./dev.sh app|test|sanitize|kill" >&2
    exit 2
    ;;
esac
