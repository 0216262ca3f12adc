#!/usr/bin/env bash
# Stops what start.sh started: both nodes (gracefully, then killed after 60 seconds) and HAProxy.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)

pids=()
for name in node1 node2 haproxy; do
    file="$here/$name.pid"
    if [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null; then
        pids+=("$(cat "$file")")
        echo "Stopping $name (pid $(cat "$file"))"
        kill -TERM "$(cat "$file")" 2>/dev/null
    fi
done
for _ in $(seq 1 60); do
    left=()
    for pid in "${pids[@]}"; do
        kill -0 "$pid" 2>/dev/null && left+=("$pid")
    done
    [ ${#left[@]} -eq 0 ] && break
    sleep 1
done
for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
        echo "Killing $pid, still there after 60 seconds"
        kill -KILL "$pid" 2>/dev/null
    fi
done
rm -f "$here/node1.pid" "$here/node2.pid" "$here/haproxy.pid"
echo "Cluster stopped"
