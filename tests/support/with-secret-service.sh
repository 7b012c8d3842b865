#!/bin/sh
# Runs a test program inside a session bus of its own with a real Secret Service:
# gnome-keyring-daemon in a throwaway HOME, its login keyring created and unlocked with a
# throwaway password given on stdin. Where dbus-run-session, dbus-send or gnome-keyring-daemon
# is not installed, the program runs as it is and its checks skip with a message.
test_program="$1"
if command -v dbus-run-session >/dev/null 2>&1 && command -v dbus-send >/dev/null 2>&1 \
        && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    home=$(mktemp -d) || exit 1
    mkdir -p "$home/.local/share/keyrings" "$home/.config" "$home/runtime"
    chmod 700 "$home/runtime"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_RUNTIME_DIR="$home/runtime" \
        dbus-run-session -- sh -c '
            printf %s tokenledger-test |
                gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
            daemon=$!
            # Wait (at most 20 s) until the Secret Service is on the bus.
            tries=0
            until dbus-send --session --print-reply --dest=org.freedesktop.DBus \
                    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
                    string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
                tries=$((tries + 1))
                [ $tries -gt 200 ] && break
                sleep 0.1
            done
            TOKENLEDGER_TEST_SECRET_SERVICE=1 "$0"
            status=$?
            kill "$daemon" 2>/dev/null
            wait "$daemon" 2>/dev/null
            exit $status' "$test_program"
    status=$?
    rm -rf "$home"
    exit $status
fi
exec "$test_program"
