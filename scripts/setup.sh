#!/bin/bash
# Installs everything Rampart needs to build, run and test on Debian 12.
# Idempotent: packages already present are not fetched again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6dbus6 libgl-dev libsqlite3-dev libarchive-dev libmaxminddb-dev
    # the helper speaks to the bus through libdbus itself
    libdbus-1-dev
    # translated country names (gettext catalogues) and country flags, read at run time
    iso-codes iso-flags-png-320x240
    # the pinned country database's checksum (scripts/geodata.sh; npm comes with Node.js)
    openssl
    # the parsers' fuzz target (libFuzzer comes with clang's runtime)
    clang libclang-rt-14-dev
    # kernel, bus and authorization the helper talks to
    ipset iptables conntrack iproute2 dbus dbus-daemon polkitd
    # systemd-analyze rates the units' confinement (tests/unitsecurity.cmake)
    systemd
    # tests: namespaces, users, screenshots, a local HTTP server
    util-linux procps iputils-ping netcat-openbsd python3 xvfb xauth
    # the reference tools that the tests and benchmarks compare with
    iprange net-tools
    # the geolocation tests build small .mmdb files
    libmaxmind-db-writer-perl
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A country database for geolocation, when the system has none.
"$(dirname "${BASH_SOURCE[0]}")/geodata.sh"
