#!/bin/sh
# Runs a test program inside a session bus of its own, with the dunst notification daemon on
# a virtual X display, when xvfb-run, dbus-run-session and dunst are installed. Otherwise the
# program runs as it is, and its checks that need a notification service skip with a message.
test_program="$1"
if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1 \
        && command -v dunst >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1024x768x24" dbus-run-session -- sh -c '
        dunst >/dev/null 2>&1 &
        daemon=$!
        "$0"
        status=$?
        kill "$daemon" 2>/dev/null
        exit $status' "$test_program"
fi
exec "$test_program"
