#!/bin/bash
# Builds the feed parsers' libFuzzer target with clang (AddressSanitizer and UBSan) and
# runs it for a bounded time on a seed corpus written here. Fails when the fuzzer finds a
# crash, a leak, undefined behaviour or a broken invariant; the input that did it is left
# in BUILD_DIR/artifacts. Objects are rebuilt only when a source or header changed.
#
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS]    (defaults: build/fuzz, 20)
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build/fuzz}
seconds=${2:-20}
cxx=${FUZZ_CXX:-clang++}

if ! command -v "$cxx" >/dev/null; then
    echo "fuzz: $cxx is missing; scripts/setup.sh installs clang and libclang-rt-14-dev" >&2
    exit 1
fi
mkdir -p "$build_dir/objects" "$build_dir/seeds" "$build_dir/corpus" "$build_dir/artifacts"

sources=(
    app/net/cidr.cpp app/net/rangeset.cpp
    app/feeds/bogons.cpp app/feeds/feedarchive.cpp app/feeds/feedformat.cpp
    app/feeds/feeditem.cpp app/feeds/feedparser.cpp
    tests/fuzz/feedparserfuzz.cpp
)
read -r -a qt_flags <<<"$(pkg-config --cflags Qt6Core)"
flags=(-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer-no-link,address,undefined
       -fno-sanitize-recover=all -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII
       -I"$source_dir/app" "${qt_flags[@]}")

# An object is stale when it is missing or older than a file its dependency list names.
stale() {
    local object=$1
    [[ -e $object && -e $object.d ]] || return 0
    local dependency
    for dependency in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$object.d"); do
        [[ $dependency -nt $object ]] && return 0
    done
    return 1
}

objects=()
pids=()
for source in "${sources[@]}"; do
    object=$build_dir/objects/$(basename "${source%.cpp}").o
    objects+=("$object")
    if stale "$object"; then
        "$cxx" "${flags[@]}" -MMD -MF "$object.d" -c "$source_dir/$source" -o "$object" &
        pids+=($!)
        # Two at a time: the machine is shared.
        if ((${#pids[@]} >= 2)); then
            wait "${pids[0]}"
            pids=("${pids[@]:1}")
        fi
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid"
done
binary=$build_dir/feedparserfuzz
relink=0
[[ -e $binary ]] || relink=1
for object in "${objects[@]}"; do
    [[ $object -nt $binary ]] && relink=1
done
if ((relink)); then
    read -r -a qt_libraries <<<"$(pkg-config --libs Qt6Core)"
    "$cxx" -fsanitize=fuzzer,address,undefined "${objects[@]}" "${qt_libraries[@]}" -larchive \
        -o "$binary"
fi

# Seeds: one small feed per format, and packed copies.
seeds=$build_dir/seeds
printf '# FireHOL\n1.2.3.0/24\n10.0.0.1 ; SBL1\n192.0.2.1-192.0.2.9\n2001:db8::/32\n::ffff:1.2.3.4\nbad\n' \
    >"$seeds/lines.txt"
printf '1.2.3.4,5.6.7.8 9.9.9.9\t10.0.0.0/8,bad\n' >"$seeds/separated.txt"
printf '1.0.0.0-1.0.0.255\n2.0.0.0 - 2.0.0.3\n' >"$seeds/ranges.txt"
printf '# p2p\nSome: Org:1.1.1.0-1.1.1.255\nOther:2.2.2.0-2.2.2.9\n' >"$seeds/p2p.txt"
printf 'Start\tEnd\tNetblock\tAttacks\n1.2.3.0\t1.2.3.255\t24\t5\n' >"$seeds/dshield.txt"
printf 'ip,seen\n"192.0.2.5","a ""b"""\n198.51.100.7,x\n' >"$seeds/csv.txt"
printf '["192.0.2.1", 42, {"a": ["x"]}, "2001:db8::\\u0031", "bad"]' >"$seeds/json.txt"
printf '<!DOCTYPE html>\n<html></html>\n' >"$seeds/html.txt"
gzip -c -n "$seeds/lines.txt" >"$seeds/lines.gz"
if command -v python3 >/dev/null; then
    python3 - "$seeds" <<'PYTHON'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1] + "/lists.zip", "w", zipfile.ZIP_DEFLATED) as archive:
    archive.write(sys.argv[1] + "/lines.txt", "a.txt")
    archive.write(sys.argv[1] + "/csv.txt", "b.csv")
    archive.writestr("README", "not a list")
PYTHON
fi

cd "$build_dir"
"$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/" \
    "$build_dir/corpus" "$seeds"
