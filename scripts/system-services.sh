#!/bin/bash
# Starts the system bus and polkitd where no init system runs them (containers, minimal
# machines). Where systemd runs, it starts both on demand, and this only enables Rampart's
# units: the restore at boot and the timer that refreshes feeds.
set -euo pipefail

if [[ -d /run/systemd/system ]]; then
    systemctl daemon-reload
    systemctl enable rampart-restore.service >/dev/null
    systemctl enable --now rampart-feeds.timer >/dev/null
fi

socket=/run/dbus/system_bus_socket

bus_answers() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetId >/dev/null 2>&1
}

polkit_answers() {
    dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.PolicyKit1 2>/dev/null |
        grep -q 'boolean true'
}

if ! bus_answers; then
    echo "system-services: starting the system bus"
    mkdir -p /run/dbus
    rm -f "$socket"
    dbus-daemon --system --fork
    for _ in $(seq 50); do bus_answers && break; sleep 0.1; done
    bus_answers || { echo "system-services: the system bus did not start" >&2; exit 1; }
else
    # A bus started before Rampart was installed has not read its policy yet.
    dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.ReloadConfig >/dev/null 2>&1 || true
fi

if ! polkit_answers; then
    echo "system-services: starting polkitd"
    # polkitd switches to its own user by itself; started as that user it cannot drop
    # the supplementary groups and exits.
    /usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &
    for _ in $(seq 100); do polkit_answers && break; sleep 0.1; done
    polkit_answers || { echo "system-services: polkitd did not start" >&2; exit 1; }
fi
