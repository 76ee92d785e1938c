#!/bin/sh
# Runs a command with a real Secret Service: a private D-Bus session bus (dbus-run-session) with
# gnome-keyring-daemon started on it and its login keyring created unlocked, in a throwaway
# HOME, so tests never touch the user's keyring. Everything goes when the command exits.
#   with-keyring.sh <command> [args...]
# ZKDESK_NO_KEYRING=1 runs the command on a session bus with NO Secret Service (and D-Bus
# activation of one disabled), for the "no keychain" path.
set -eu
home=$(mktemp -d "${TMPDIR:-/tmp}/zkdesk-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

if [ "${ZKDESK_NO_KEYRING:-}" = 1 ]; then
    # A bus config of our own without the system's service directories: nothing can be
    # activated, so org.freedesktop.secrets is simply absent.
    cat >"$home/bus.conf" <<CONF
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$home</listen>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
CONF
    dbus-run-session --config-file="$home/bus.conf" -- "$@"
    exit $?
fi

dbus-run-session -- sh -c '
    printf "zkdesk-test" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    exec "$@"' sh "$@"
