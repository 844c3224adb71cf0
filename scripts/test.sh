#!/bin/bash
# Sets up this machine, builds and installs Rampart, then runs every test: the unit
# tests and the privileged ones against the real kernel, system bus and polkitd (inside
# network and mount namespaces of their own, so the host is left alone).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh

build_dir=${RAMPART_BUILD_DIR:-build}
cd "$build_dir"
ctest --output-on-failure --timeout 900 -j2 "$@"
