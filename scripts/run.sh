#!/bin/bash
# Sets up this machine, builds and installs Rampart, and opens its window.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
scripts/system-services.sh

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "run: Rampart is installed, but there is no display to open its window on." >&2
    echo "run: start it from a desktop session with: rampart" >&2
    exit 1
fi
exec rampart "$@"
