#!/bin/bash
# Builds and tears down the isolated world Rampart's privileged integration tests run in.
#
#   testbed.sh start STATE_ROOT    prints KEY=VALUE lines on stdout once everything answers
#   testbed.sh stop STATE_ROOT     kills what start started, deletes the namespaces;
#                                  idempotent, safe after a partial or crashed start
#   testbed.sh status STATE_ROOT   exit 0 if the testbed runs and answers
#
# Design (see DESIGN.md, "Testing"):
#
# * Two network namespaces joined by a veth pair: rampart-test is the "server" where the
#   bus, polkitd and the helper live, so every ipset set and iptables rule the helper
#   makes exists only there and vanishes with the namespace; rampart-peer is a client
#   host whose packets really cross (or are stopped by) that firewall.
#
# * A private system bus in its own *mount* namespace too, not just another socket
#   path. The bus starts the helper through the setuid dbus-daemon-launch-helper, which
#   cleans the environment and always hands the helper the standard address
#   (DBUS_STARTER_ADDRESS=unix:path=/run/dbus/system_bus_socket) whatever address the
#   bus listens on; and the helper keeps its store at the standard /var/lib/rampart.
#   So inside a private mount namespace we bind-mount throwaway folders under
#   STATE_ROOT on /run/dbus, /var/lib/rampart and /etc/polkit-1/rules.d: the activated
#   helper finds the test bus and a throwaway store at the standard paths, polkitd
#   reads the test rules instead of the host's, and the host's bus, store, rules and
#   firewall are never touched. Bind mounts made in a private mount namespace are never
#   seen by the host and disappear when its last process exits, so there is nothing to
#   unmount on the host.
#
# * polkitd runs in that mount namespace too, so it reads the test rules folder. It
#   must end up as user polkitd (the bus policy lets only polkitd own
#   org.freedesktop.PolicyKit1); polkitd 122 does that itself when started as root and
#   refuses to start as polkitd (it cannot drop its groups), so it starts as root.
#   Root is always authorized by polkit, so the tests need non-root callers:
#   rampart-granted (a rules file grants it org.rampart.*) and rampart-denied (nothing
#   granted; the actions' auth_admin defaults apply and, with no authentication agent,
#   that is a denial: is_authorized false, is_challenge true).
#
# Everything lives under STATE_ROOT: run-dbus/ (the bus socket), var-lib-rampart/ (the
# helper's store), etc-rampart/ (the helper's settings), polkit-rules/ (the test rules),
# holder.pid, dbus-daemon.pid, polkitd.pid, holder.log, bus.log (the bus's and the
# helper's standard error) and polkitd.log (polkitd's debug output: rules loaded, errors).
# start makes STATE_ROOT searchable by others: the unprivileged test users connect to the
# socket through it.
#
# The namespace names are fixed, so only one testbed can run at a time on a machine:
# privileged tests must be serialized (e.g. a CTest RESOURCE_LOCK). A start clears what a
# crashed run left under those names; a stop only removes what its own STATE_ROOT built.
set -euo pipefail

# Called through QProcess from tests with whatever PATH they inherited; ip, useradd and
# friends live in sbin.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

readonly SERVER_NS=rampart-test
readonly PEER_NS=rampart-peer
readonly SERVER_IF=veth-rt
readonly PEER_IF=veth-rp
readonly SERVER_V4=10.251.0.1
readonly SERVER_V6=fd00:251::1
readonly PEER_V4=10.251.0.2
readonly PEER_V6=fd00:251::2
readonly OTHER_V4=10.251.0.3
readonly OTHER_V6=fd00:251::3
readonly GRANTED_USER=rampart-granted
readonly DENIED_USER=rampart-denied
# The feed timer's user: the installed 50-rampart-feeds.rules grants it refresh-feeds.
readonly FEEDS_USER=rampart-feeds
readonly POLKIT_NAME=org.freedesktop.PolicyKit1
readonly POLKITD=/usr/lib/polkit-1/polkitd
readonly BUS_CONFIG=/usr/share/dbus-1/system.conf
readonly HELPER_NAME=rampart-helper
# sun_path holds 108 bytes including the terminating NUL.
readonly MAX_SOCKET_PATH=107

log() { printf 'testbed.sh: %s\n' "$*" >&2; }
die() {
    log "$*"
    exit 1
}

usage() {
    printf 'usage: %s start|stop|status STATE_ROOT\n' "${0##*/}" >&2
    exit 2
}

# Microseconds since the epoch; EPOCHREALTIME's decimal separator follows the locale.
now_us() { printf '%s' "${EPOCHREALTIME//[!0-9]/}"; }

# retry SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds or SECONDS pass.
# Bounded so a broken machine makes start fail with a message instead of hanging a test.
retry() {
    local deadline=$(($(now_us) + $1 * 1000000))
    shift
    until "$@"; do
        (($(now_us) < deadline)) || return 1
        sleep 0.1
    done
}

ns_exists() { [[ -e /run/netns/$1 ]]; }

# A zombie still answers kill -0 but is gone for our purposes (the start that failed
# may be its unreaped parent).
alive() {
    local state
    [[ -r /proc/$1/stat ]] || return 1
    state=$(sed -E 's/^.*\) (.).*$/\1/' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $state && $state != Z && $state != X ]]
}

comm_of() { cat "/proc/$1/comm" 2>/dev/null || true; }

read_pid() {
    local pid=
    if [[ -r $1 ]]; then read -r pid <"$1" 2>/dev/null || true; fi
    [[ $pid =~ ^[0-9]+$ ]] && printf '%s' "$pid"
    return 0
}

# The calling test may itself run inside a namespace it is tearing down; never kill it
# or this script.
ancestors() {
    local pid=$$ ppid
    while [[ $pid =~ ^[0-9]+$ ]] && ((pid > 1)); do
        printf '%s\n' "$pid"
        ppid=$(sed -E 's/^.*\) . ([0-9]+) .*$/\1/' "/proc/$pid/stat" 2>/dev/null) || break
        pid=$ppid
    done
}

# terminate PID...: SIGTERM, a short grace period, then SIGKILL for stragglers.
terminate() {
    local -a pids=() left=()
    local pid
    for pid in "$@"; do alive "$pid" && pids+=("$pid"); done
    ((${#pids[@]})) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in {1..30}; do
        left=()
        for pid in "${pids[@]}"; do alive "$pid" && left+=("$pid"); done
        ((${#left[@]})) || return 0
        sleep 0.1
    done
    kill -KILL "${left[@]}" 2>/dev/null || true
    pids=("${left[@]}")
    for _ in {1..30}; do
        left=()
        for pid in "${pids[@]}"; do alive "$pid" && left+=("$pid"); done
        ((${#left[@]})) || return 0
        sleep 0.1
    done
    log "still running after SIGKILL: ${left[*]}"
}

# Ownership marks. The namespace names are fixed, so a late "stop" of an earlier run
# must not tear down the testbed a later run has built under the same names. Each
# namespace's lo carries the owner's STATE_ROOT as its alias, set right after creation;
# netns-pending covers the instant between creating a namespace and marking it.
owner_tag() { printf 'rampart-testbed:%s' "$STATE_ROOT"; }

ns_owned() {
    local alias
    ns_exists "$1" || return 1
    alias=$(ip -n "$1" link show dev lo 2>/dev/null | sed -n 's/^ *alias //p')
    [[ $alias == "$(owner_tag)" ]] && return 0
    [[ -z $alias && -e $STATE_ROOT/netns-pending ]]
}

# A process belongs to this testbed if it sees this STATE_ROOT's folder at /run/dbus,
# i.e. it lives in the test mount namespace: the holder, dbus-daemon, polkitd, the launch
# helper and the rampart-helper it activated. Comparing device and inode (-ef) cannot
# confuse two runs, unlike recycled PIDs or namespace inode numbers.
sees_our_bus() { [[ /proc/$1/root/run/dbus -ef $STATE_ROOT/run-dbus ]]; }

# testbed_pids force|own: the processes to end. "force" (start, clearing a crashed run
# whose STATE_ROOT is unknown) takes everything in the namespaces of those names; "own"
# (stop) only what this STATE_ROOT started, wherever it is.
testbed_pids() {
    local mode=$1 ns file pid
    if [[ -d $STATE_ROOT/run-dbus ]]; then
        for file in /proc/[0-9]*; do
            pid=${file#/proc/}
            sees_our_bus "$pid" 2>/dev/null && printf '%s\n' "$pid"
        done
    fi
    for ns in "$SERVER_NS" "$PEER_NS"; do
        if [[ $mode == force ]] || ns_owned "$ns"; then
            ns_exists "$ns" && ip netns pids "$ns" 2>/dev/null
        fi
    done
    return 0
}

# teardown force|own: see testbed_pids. Never fails: stop must work after any partial
# start, twice in a row, and with a STATE_ROOT that is already gone.
teardown() {
    local mode=$1 pid ns
    local -A spare=()
    local -a victims=() helpers=()
    for pid in $(ancestors); do spare[$pid]=1; done
    for pid in $(testbed_pids "$mode" | sort -un); do
        [[ -n ${spare[$pid]:-} ]] && continue
        # End the helper first, while its bus and polkitd still answer.
        if [[ $(comm_of "$pid") == "$HELPER_NAME" ]]; then
            helpers+=("$pid")
        else
            victims+=("$pid")
        fi
    done
    terminate "${helpers[@]}"
    terminate "${victims[@]}"
    # Deleting the namespaces also drops the veth pair and every ipset set and iptables
    # rule made inside them.
    for ns in "$SERVER_NS" "$PEER_NS"; do
        ns_exists "$ns" || continue
        if [[ $mode == force ]] || ns_owned "$ns"; then
            ip netns delete "$ns" 2>/dev/null || log "could not delete network namespace $ns"
        else
            log "leaving $ns alone: another testbed run owns it now"
        fi
    done
    rm -f "$STATE_ROOT/netns-pending"
    # /var/lib/rampart was only a mount point; leave the host as it was found, unless
    # another run's testbed still uses it (removing a mount point detaches its mounts
    # in other namespaces).
    if [[ -e $STATE_ROOT/created-var-lib-rampart ]] && ! ns_exists "$SERVER_NS"; then
        rmdir /var/lib/rampart 2>/dev/null || true
        rm -f "$STATE_ROOT/created-var-lib-rampart"
    fi
    if [[ -e $STATE_ROOT/created-etc-rampart ]] && ! ns_exists "$SERVER_NS"; then
        rmdir /etc/rampart 2>/dev/null || true
        rm -f "$STATE_ROOT/created-etc-rampart"
    fi
    rm -f "$STATE_ROOT/holder.pid" "$STATE_ROOT/dbus-daemon.pid" "$STATE_ROOT/polkitd.pid"
    return 0
}

# Runs as root (clients that are not root are checked separately) against the test bus.
test_bus() {
    DBUS_SYSTEM_BUS_ADDRESS="unix:path=$STATE_ROOT/run-dbus/system_bus_socket" \
        dbus-send --system --print-reply --reply-timeout=2000 "$@" 2>/dev/null
}

bus_answers() { test_bus --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId >/dev/null; }

polkit_owned() {
    test_bus --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        "string:$POLKIT_NAME" | grep -q 'boolean true'
}

# The test clients run as the unprivileged users, so they must reach the socket through
# STATE_ROOT and its parents.
bus_answers_as() {
    setpriv --reuid="$1" --regid="$1" --clear-groups \
        env DBUS_SYSTEM_BUS_ADDRESS="unix:path=$STATE_ROOT/run-dbus/system_bus_socket" \
        dbus-send --system --print-reply --reply-timeout=2000 --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetId >/dev/null 2>&1
}

# default_source_is DESTINATION SOURCE: the peer's kernel picks SOURCE on its own.
default_source_is() {
    ip -n "$PEER_NS" route get "$1" | grep -qw "src $2"
}

ping_v4() { ip netns exec "$PEER_NS" ping -c1 -W1 "$SERVER_V4" >/dev/null 2>&1; }
ping_v6() { ip netns exec "$PEER_NS" ping -6 -c1 -W1 "$SERVER_V6" >/dev/null 2>&1; }

holder_alive() {
    local holder
    holder=$(read_pid "$STATE_ROOT/holder.pid")
    [[ -n $holder ]] && alive "$holder" && sees_our_bus "$holder"
}

holder_recorded_or_gone() { [[ -n $(read_pid "$STATE_ROOT/holder.pid") ]] || ! alive "$1"; }

# Shows the end of a log so a failure explains itself in the test output.
show_log() {
    [[ -s $1 ]] || return 0
    log "last lines of $1:"
    tail -n 20 "$1" | sed 's/^/    /' >&2
}

require_tools() {
    local tool
    for tool in ip unshare mount setpriv nsenter dbus-daemon dbus-send useradd ping sed; do
        command -v "$tool" >/dev/null || die "missing tool: $tool"
    done
    [[ -x $POLKITD ]] || die "missing $POLKITD (Debian package polkitd)"
    [[ -r $BUS_CONFIG ]] || die "missing $BUS_CONFIG (Debian package dbus-daemon)"
    id -u polkitd >/dev/null 2>&1 || die "missing user polkitd (Debian package polkitd)"
    id -u messagebus >/dev/null 2>&1 || die "missing user messagebus (Debian package dbus)"
}

ensure_user() {
    id -u "$1" >/dev/null 2>&1 && return 0
    useradd --system --no-create-home --shell /usr/sbin/nologin "$1" >&2 ||
        die "could not create user $1"
}

start_network() {
    local ns
    : >"$STATE_ROOT/netns-pending"
    for ns in "$SERVER_NS" "$PEER_NS"; do
        ip netns add "$ns"
        ip -n "$ns" link set dev lo alias "$(owner_tag)"
    done
    rm -f "$STATE_ROOT/netns-pending"
    # Create each end directly in its namespace: no interface, even briefly, in the
    # host's namespace, so no clash with host interface names.
    ip link add "$SERVER_IF" netns "$SERVER_NS" type veth peer name "$PEER_IF" netns "$PEER_NS"
    ip -n "$SERVER_NS" link set lo up
    ip -n "$PEER_NS" link set lo up
    ip -n "$SERVER_NS" addr add "$SERVER_V4/24" dev "$SERVER_IF"
    # The peer's traffic must leave from PEER_* unless a test binds OTHER_* on purpose.
    # A second IPv4 address in the same subnet becomes "secondary", never the default
    # source.
    ip -n "$PEER_NS" addr add "$PEER_V4/24" dev "$PEER_IF"
    ip -n "$PEER_NS" addr add "$OTHER_V4/24" dev "$PEER_IF"
    # nodad: usable at once instead of "tentative" for a second or two.
    ip -n "$SERVER_NS" addr add "$SERVER_V6/64" dev "$SERVER_IF" nodad
    ip -n "$PEER_NS" addr add "$PEER_V6/64" dev "$PEER_IF" nodad
    # IPv6 has no secondaries: among equal candidates the newest address wins the
    # default source. preferred_lft 0 (deprecated) keeps OTHER_V6 out of source
    # selection while it still works when bound explicitly (ping -I, bind()).
    ip -n "$PEER_NS" addr add "$OTHER_V6/64" dev "$PEER_IF" nodad preferred_lft 0
    ip -n "$SERVER_NS" link set "$SERVER_IF" up
    ip -n "$PEER_NS" link set "$PEER_IF" up
    retry 5 ping_v4 || die "peer cannot ping $SERVER_V4 over the veth pair"
    retry 5 ping_v6 || die "peer cannot ping $SERVER_V6 over the veth pair"
    default_source_is "$SERVER_V4" "$PEER_V4" || die "peer would not send from $PEER_V4"
    default_source_is "$SERVER_V6" "$PEER_V6" || die "peer would not send from $PEER_V6"
}

write_rules() {
    local rules=$STATE_ROOT/polkit-rules
    install -d -m 0700 "$rules"
    cat >"$rules/50-rampart-test.rules" <<EOF
// Written by tests/common/testbed.sh; seen only by the test polkitd.
// ${GRANTED_USER} may do everything Rampart offers; no one else is granted anything
// here, so the actions' own defaults (auth_admin) apply to them.
polkit.addRule(function(action, subject) {
    if ((action.id == "org.rampart.manage" || action.id == "org.rampart.inspect") &&
        subject.user == "${GRANTED_USER}") {
        return polkit.Result.YES;
    }
    return polkit.Result.NOT_HANDLED;
});
EOF
    chmod 0644 "$rules/50-rampart-test.rules"
    # polkitd drops to its own user and must list and read the folder.
    chown -R polkitd: "$rules"
}

# Runs inside "ip netns exec $SERVER_NS unshare --mount --propagation private" with the
# state root as $1. It ends as the namespace holder ("sleep infinity"): as long as it
# lives, the mount namespace with the bind mounts stays usable through nsenter.
# shellcheck disable=SC2016 # expanded by the inner sh, not here
readonly INNER_SCRIPT='
set -eu
root=$1
mount --bind "$root/run-dbus" /run/dbus
mount --bind "$root/var-lib-rampart" /var/lib/rampart
mount --bind "$root/polkit-rules" /etc/polkit-1/rules.d
mount --bind "$root/etc-rampart" /etc/rampart
# With --fork the parent returns once the bus listens, so polkitd can connect next.
# Services start as on a systemd host, with 1024 descriptors at first (the soft limit);
# the helper raises its own to what its caps need.
ulimit -Sn 1024
# DBUS_DEBUG_OUTPUT keeps its standard error, which the services it starts inherit:
# bus.log gets what the helper writes there (its refusals among them).
DBUS_DEBUG_OUTPUT=1 dbus-daemon --config-file="$2" --nopidfile --fork --print-pid \
    >"$root/dbus-daemon.pid" 2>>"$root/bus.log"
# polkitd (122) switches to user polkitd by itself and refuses to run when started
# as that user ("Error clearing groups"), so it starts as root, as Debian starts it.
# Without --no-debug it logs its rules loading and decisions to polkitd.log. Inside
# this mount namespace the standard address is the test socket; set it anyway so
# nothing the caller exported can leak in.
DBUS_SYSTEM_BUS_ADDRESS=unix:path=/run/dbus/system_bus_socket \
    "$3" </dev/null >>"$root/polkitd.log" 2>&1 &
echo "$!" >"$root/polkitd.pid"
echo "$$" >"$root/holder.pid"
exec sleep infinity
'

start_bus() {
    # The mount points must exist on the host; the bind mounts themselves stay private.
    # (/run/dbus is missing only where no system bus was ever started.)
    [[ -d /run/dbus ]] || install -d -m 0755 /run/dbus
    [[ -d /etc/polkit-1/rules.d ]] || die "missing /etc/polkit-1/rules.d (Debian package polkitd)"
    if [[ ! -d /var/lib/rampart ]]; then
        install -d -m 0700 /var/lib/rampart
        : >"$STATE_ROOT/created-var-lib-rampart"
    fi
    if [[ ! -d /etc/rampart ]]; then
        install -d -m 0755 /etc/rampart
        : >"$STATE_ROOT/created-etc-rampart"
    fi
    # The helper's settings file, as /etc/rampart in the test world; tests write it.
    install -d -m 0755 "$STATE_ROOT/etc-rampart"
    # The daemon creates its socket before dropping to messagebus; clients of every user
    # need to search the folder and connect to the socket.
    install -d -m 0755 "$STATE_ROOT/run-dbus"
    rm -f "$STATE_ROOT/run-dbus/system_bus_socket"
    # The helper runs as root; its store must stay private as on a real system.
    install -d -m 0700 "$STATE_ROOT/var-lib-rampart"
    write_rules

    # Daemons must not hold the caller's stdout: QProcess would wait for it to close.
    ip netns exec "$SERVER_NS" unshare --mount --propagation private \
        sh -c "$INNER_SCRIPT" sh "$STATE_ROOT" "$BUS_CONFIG" "$POLKITD" \
        </dev/null >"$STATE_ROOT/holder.log" 2>&1 &
    local starter=$!

    # Stop waiting at once if the namespace setup died (a mount or the bus failed).
    if ! retry 10 holder_recorded_or_gone "$starter" || ! holder_alive; then
        show_log "$STATE_ROOT/holder.log"
        die "the test mount namespace did not come up"
    fi
    if ! retry 5 bus_answers; then
        show_log "$STATE_ROOT/holder.log"
        die "the test system bus does not answer on $STATE_ROOT/run-dbus/system_bus_socket"
    fi
    if ! retry 10 polkit_owned; then
        show_log "$STATE_ROOT/polkitd.log"
        die "polkitd did not take $POLKIT_NAME on the test bus within 10 s"
    fi
    if ! bus_answers_as "$DENIED_USER"; then
        die "user $DENIED_USER cannot reach $STATE_ROOT/run-dbus/system_bus_socket;" \
            "STATE_ROOT and every folder above it must be searchable by others"
    fi
}

on_start_exit() {
    local status=$?
    ((status == 0)) && return 0
    log "start failed, tearing down"
    teardown own
    return "$status"
}

cmd_start() {
    [[ $(id -u) == 0 ]] || die "start needs root"
    require_tools
    mkdir -p -- "$STATE_ROOT"
    # Leftovers of a crashed run (its STATE_ROOT unknown): clear them first.
    if ns_exists "$SERVER_NS" || ns_exists "$PEER_NS"; then
        log "removing leftover namespaces $SERVER_NS/$PEER_NS from an earlier run"
    fi
    teardown force
    # From here on, a failure must not leave half a testbed behind.
    trap on_start_exit EXIT
    # The unprivileged test clients reach the socket through STATE_ROOT; search is enough.
    chmod go+x "$STATE_ROOT"

    ensure_user "$GRANTED_USER"
    ensure_user "$DENIED_USER"
    ensure_user "$FEEDS_USER"
    start_network >&2
    start_bus

    trap - EXIT
    printf '%s\n' \
        "BUS_ADDRESS=unix:path=$STATE_ROOT/run-dbus/system_bus_socket" \
        "SERVER_NS=$SERVER_NS" \
        "PEER_NS=$PEER_NS" \
        "HOLDER_PID=$(read_pid "$STATE_ROOT/holder.pid")" \
        "GRANTED_USER=$GRANTED_USER" \
        "DENIED_USER=$DENIED_USER" \
        "FEEDS_USER=$FEEDS_USER" \
        "ETC_DIR=$STATE_ROOT/etc-rampart" \
        "BUS_LOG=$STATE_ROOT/bus.log" \
        "STATE_DIR=$STATE_ROOT/var-lib-rampart" \
        "SERVER_V4=$SERVER_V4" \
        "SERVER_V6=$SERVER_V6" \
        "PEER_V4=$PEER_V4" \
        "PEER_V6=$PEER_V6" \
        "OTHER_V4=$OTHER_V4" \
        "OTHER_V6=$OTHER_V6"
}

cmd_stop() {
    [[ $(id -u) == 0 ]] || die "stop needs root"
    teardown own
}

cmd_status() {
    local problem=
    if ! ns_owned "$SERVER_NS" || ! ns_owned "$PEER_NS"; then
        problem="network namespaces missing or owned by another run"
    elif ! holder_alive; then
        problem="namespace holder not running"
    elif ! bus_answers; then
        problem="test bus not answering"
    elif ! polkit_owned; then
        problem="$POLKIT_NAME not on the test bus"
    fi
    if [[ -n $problem ]]; then
        log "not running: $problem"
        return 1
    fi
}

(($# == 2)) || usage
[[ -n $2 ]] || usage
# Absolute, so the printed addresses work from any working folder.
STATE_ROOT=$(realpath -m -- "$2")
# The socket path goes into a D-Bus address, where other characters need escaping.
[[ $STATE_ROOT =~ ^/[A-Za-z0-9_./-]+$ ]] ||
    die "STATE_ROOT may only contain letters, digits and _ . / - : $STATE_ROOT"
readonly SOCKET_SUFFIX=/run-dbus/system_bus_socket
((${#STATE_ROOT} + ${#SOCKET_SUFFIX} <= MAX_SOCKET_PATH)) ||
    die "STATE_ROOT too long for a unix socket path" \
        "(at most $((MAX_SOCKET_PATH - ${#SOCKET_SUFFIX})) characters): $STATE_ROOT"
readonly STATE_ROOT

case $1 in
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
*) usage ;;
esac
