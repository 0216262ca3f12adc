#!/usr/bin/env bash
# `mvn -Pdemo` stops everything it started. Runs the demo profile's own executions (the mailbox jar, then
# src/main/scripts/demo.sh through the exec plugin) on the target/server that the build left, waits until
# the server is ready, then stops Maven as a person would: `kill` (SIGTERM to the Maven JVM alone), and
# Ctrl-C (SIGINT to the whole foreground process group, as a terminal sends it). Each time every process
# Maven started must be gone and none of the demo's ports still open. About 45 seconds a round.
set -euo pipefail
cd "$(dirname "$0")/.."
# Job control: the demo gets a process group of its own, as in a terminal.
set -m

PORTS="8080 9990 8025 3025 3143 2775 8026"
LOG=target/demo-stop.log
group=

listening() {
    local port
    for port in $PORTS; do
        if ss -Hltn "sport = :$port" | grep -q .; then
            echo -n "$port "
        fi
    done
}

# Whatever is left of the demo's process group; on failure it is ended by its ids.
leftovers() {
    [ -n "$group" ] && pgrep -g "$group" || true
}

cleanup() {
    local pids
    pids=$(leftovers)
    if [ -n "$pids" ]; then
        kill -KILL $pids 2>/dev/null || true
    fi
}
trap cleanup EXIT

# round SIGNAL maven|group: starts the demo, sends SIGNAL to the Maven JVM or to the whole process group.
round() {
    local signal=$1 target=$2 maven= ready= gone=
    local busy
    busy=$(listening)
    [ -z "$busy" ] || { echo "demo-stop: ports already in use before the demo: $busy"; exit 1; }

    # Maven starts with SIGINT at its default, as in a terminal: a script's background job, or a script
    # started as one, inherits it ignored, and bash cannot undo that (perl-base is in every Debian).
    perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "$ARGV[0]: $!"' \
        mvn -B -ntp -Pdemo dependency:copy@demo-mailbox exec:exec@demo-run > "$LOG" 2>&1 < /dev/null &
    group=$!
    for _ in $(seq 1 120); do
        maven=$(pgrep -g "$group" -f 'org.codehaus.plexus.classworlds.launcher.Launcher' || true)
        if [ -n "$maven" ] && curl -fsS -o /dev/null http://localhost:9990/health/ready 2>/dev/null; then
            ready=1
            break
        fi
        kill -0 "$group" 2>/dev/null || break
        sleep 2
    done
    if [ -z "$ready" ]; then
        echo "demo-stop: the demo did not become ready"; tail -40 "$LOG"; tail -40 target/demo/server.log || true
        exit 1
    fi

    if [ "$target" = maven ]; then
        kill "-$signal" "$maven"
    else
        kill "-$signal" -- "-$group"
    fi
    for _ in $(seq 1 60); do
        if [ -z "$(leftovers)" ] && [ -z "$(listening)" ]; then
            gone=1
            break
        fi
        sleep 1
    done
    if [ -z "$gone" ]; then
        echo "demo-stop: after SIG$signal to the $target, still running:"
        ps -o pid,args -p "$(leftovers | paste -sd,)" 2>/dev/null || true
        echo "and listening: $(listening)"
        tail -20 "$LOG"
        exit 1
    fi
    echo "demo-stop: SIG$signal to the $target of mvn -Pdemo stopped the server and the mailbox; no port left open"
}

round TERM maven
round INT group
