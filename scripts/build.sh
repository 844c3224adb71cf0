#!/bin/bash
# Configures, builds and installs Rampart (the helper's bus, polkit and systemd files
# only work where the system looks for them, so installing is part of building here).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${RAMPART_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir"
if [[ $(id -u) -eq 0 ]]; then
    cmake --install "$build_dir" >/dev/null
else
    sudo cmake --install "$build_dir" >/dev/null
fi
