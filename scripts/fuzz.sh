#!/bin/bash
# Builds a libFuzzer target with clang (AddressSanitizer and UBSan) and runs it for a
# bounded time on a seed corpus written here. Fails when the fuzzer finds a crash, a leak,
# undefined behaviour or a broken invariant; the input that did it is left in the target's
# artifacts folder. Objects are rebuilt only when a source, a header or the flags changed.
#
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS] [TARGET]    (defaults: build/fuzz, 20, feedparser)
#
#   feedparser  the feed parsers (tests/fuzz/feedparserfuzz.cpp), in BUILD_DIR/objects,
#               seeds, corpus and artifacts
#   request     the root helper's bus surface (tests/fuzz/requestfuzz.cpp), in
#               BUILD_DIR/request-objects, request-seeds, request-corpus and request-artifacts
#
# FUZZ_CXX names the compiler (default clang++).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build/fuzz}
seconds=${2:-20}
target=${3:-feedparser}
cxx=${FUZZ_CXX:-clang++}

case $target in
feedparser)
    prefix=
    sources=(
        common/net/cidr.cpp common/net/rangeset.cpp
        app/feeds/bogons.cpp app/feeds/feedarchive.cpp app/feeds/feedformat.cpp
        app/feeds/feeditem.cpp app/feeds/feedparser.cpp
        tests/fuzz/feedparserfuzz.cpp
    )
    packages=(Qt6Core)
    includes=(-I"$source_dir/app" -I"$source_dir/common")
    extra_libraries=(-larchive)
    binary_name=feedparserfuzz
    ;;
request)
    prefix=request-
    # common/dbus/helpertypes.cpp is left out: the request code uses only the plain structs and
    # constants of helpertypes.h, not its QDBusArgument operators.
    sources=(
        helper/request.cpp helper/requestchecks.cpp
        common/rules/requestrules.cpp common/rules/breadth.cpp common/rules/entryrules.cpp
        common/net/hostnetworks.cpp
        common/net/cidr.cpp common/net/rangeset.cpp common/net/packedcidrs.cpp
        tests/fuzz/requestfuzz.cpp
    )
    packages=(Qt6Core Qt6DBus dbus-1)
    includes=(-I"$source_dir/common" -I"$source_dir/helper" -I"$build_dir/generated")
    extra_libraries=()
    binary_name=requestfuzz
    ;;
*)
    echo "fuzz: unknown target '$target'; use feedparser or request" >&2
    exit 2
    ;;
esac

if ! command -v "$cxx" >/dev/null; then
    echo "fuzz: $cxx is missing; scripts/setup.sh installs clang and libclang-rt-14-dev" >&2
    exit 1
fi
# The interface's method table, as the build writes it (common/CMakeLists.txt).
mkdir -p "$build_dir/generated/dbus"
cmake -DXML="$source_dir/common/dbus/org.rampart.Helper1.xml" \
    -DOUTPUT="$build_dir/generated/dbus/helperinterface.h" \
    -P "$source_dir/common/dbus/helperinterface.cmake"
objects_dir=$build_dir/${prefix}objects
seeds=$build_dir/${prefix}seeds
corpus=$build_dir/${prefix}corpus
artifacts=$build_dir/${prefix}artifacts
mkdir -p "$objects_dir" "$seeds" "$corpus" "$artifacts"

read -r -a package_flags <<<"$(pkg-config --cflags "${packages[@]}")"
flags=(-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer-no-link,address,undefined
       -fno-sanitize-recover=all -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII
       "${includes[@]}" "${package_flags[@]}")

# Objects built with other flags (another compiler, say) are all stale.
flags_file=$objects_dir/flags
if [[ ! -e $flags_file || $(<"$flags_file") != "$cxx ${flags[*]}" ]]; then
    rm -f "$objects_dir"/*.o "$objects_dir"/*.o.d
    printf '%s\n' "$cxx ${flags[*]}" >"$flags_file"
fi

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
    object=$objects_dir/$(basename "${source%.cpp}").o
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
binary=$build_dir/$binary_name
relink=0
[[ -e $binary ]] || relink=1
for object in "${objects[@]}"; do
    [[ $object -nt $binary ]] && relink=1
done
if ((relink)); then
    read -r -a libraries <<<"$(pkg-config --libs "${packages[@]}")"
    "$cxx" -fsanitize=fuzzer,address,undefined "${objects[@]}" "${libraries[@]}" \
        "${extra_libraries[@]}" -o "$binary"
fi

fuzz_flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix="$artifacts/")

if [[ $target == request ]]; then
    # Seeds: one call of each method, marshalled by libdbus and in the harness's own
    # structured form, written by the fuzz binary itself; and the names the interface uses.
    RAMPART_FUZZ_WRITE_SEEDS=$seeds "$binary"
    dictionary=$build_dir/${prefix}dictionary
    {
        for word in Block Unblock List Status Save SetVerdict AddFeed RemoveFeed Feeds \
            UpdateFeed RecordFeedCheck Allow Disallow Allowlist org.rampart.Helper1 \
            /org/rampart/Helper org.rampart.Helper asusb ass sssusubb shssb RMPCIDR1 \
            https:// http:// country: ::ffff: /32 /128 DROP REJECT auto lines csv:; do
            printf '"%s"\n' "$word"
        done
    } >"$dictionary"
    cd "$build_dir"
    "$binary" "${fuzz_flags[@]}" -max_len=4096 -dict="$dictionary" "$corpus" "$seeds"
    exit
fi

# Seeds: one small feed per format, and packed copies.
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
"$binary" "${fuzz_flags[@]}" -max_len=4096 "$corpus" "$seeds"
