#!/usr/bin/env bash
# Checks C++ files against the committed .clang-format with clang-format-14, without
# changing them. The tree is formatted as a whole, and CI runs --all; while working, the
# lines a branch changes are what matters:
#
#   tools/check-format.sh                  lines changed since origin/main (or main); on main
#                                          itself, the whole tree (as --all)
#   tools/check-format.sh --base REF       lines changed since REF
#   tools/check-format.sh --files A B ...  the whole of the files named
#   tools/check-format.sh --all            the whole tree; prints how many files would change
#
# Exits 0 when everything is formatted, 1 when something is not (the diff says what), 2 on
# bad arguments or a missing tool.
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=clang-format-14
diff_formatter=clang-format-diff-14
if ! command -v "$formatter" >/dev/null; then
    echo "check-format: $formatter is missing (apt-get install clang-format-14)" >&2
    exit 2
fi

sources() { git ls-files -- '*.cpp' '*.h'; }

check_files() {
    local bad=0 file
    for file in "$@"; do
        [[ -f "$file" ]] || continue
        if ! "$formatter" --style=file "$file" | diff -u --label "$file" --label "$file (formatted)" "$file" - ; then
            bad=$((bad + 1))
        fi
    done
    if ((bad > 0)); then
        echo "check-format: $bad of $# files are not formatted as .clang-format says" >&2
        return 1
    fi
}

case "${1:-}" in
--files)
    shift
    [[ $# -gt 0 ]] || { echo "check-format: --files needs file names" >&2; exit 2; }
    check_files "$@"
    ;;
--all)
    count=0 total=0
    while IFS= read -r file; do
        total=$((total + 1))
        "$formatter" --style=file "$file" | cmp -s "$file" - || count=$((count + 1))
    done < <(sources)
    echo "check-format: $count of $total C++ files would change"
    ((count == 0))
    ;;
--base | "")
    base="${2:-}"
    if [[ -z "$base" ]]; then
        base=$(git rev-parse --verify -q origin/main || git rev-parse --verify -q main) || {
            echo "check-format: no main branch to compare with; use --base REF" >&2
            exit 2
        }
    fi
    merge_base=$(git merge-base "$base" HEAD)
    # On main itself the comparison would cover only what is not committed yet (and no new
    # file): committed lines would slip through to CI, which checks the whole tree. So do the same.
    if [[ -z "${2:-}" && "$merge_base" == "$(git rev-parse HEAD)" ]]; then
        exec "$0" --all
    fi
    output=$(git diff -U0 --no-color "$merge_base" -- '*.cpp' '*.h' | "$diff_formatter" -p1 -binary "$formatter" -style file)
    if [[ -n "$output" ]]; then
        printf '%s\n' "$output"
        echo "check-format: lines changed since $(git rev-parse --short "$merge_base") are not formatted as .clang-format says" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: tools/check-format.sh [--base REF | --files FILE... | --all]" >&2
    exit 2
    ;;
esac
