#!/usr/bin/env bash
# Runs the demo: a local mailbox (GreenMail) and the provisioned server with the demo data, until Ctrl-C.
# Called by `mvn -Pdemo` after the build; settings already in the environment win over these defaults.
# `demo.sh cluster` (`mvn -Pcluster`) runs the cluster of target/cluster/start.sh instead of one server: two nodes
# on PostgreSQL behind HAProxy on :8080 (docs/cluster.md), stopped with target/cluster/stop.sh. A node may be
# killed meanwhile to watch the other take over; the demo goes on while one of them runs.
#
# Whatever stops Maven stops both: Ctrl-C, or SIGINT or SIGTERM to the Maven process (its exec plugin then
# sends SIGTERM to this script), and even SIGKILL, since the script also leaves when its parent is gone.
# Background jobs of a script ignore SIGINT, so Ctrl-C never reaches the two JVMs directly: this script
# stops them with SIGTERM, and standalone.sh passes that on to WildFly (LAUNCH_JBOSS_IN_BACKGROUND).
set -euo pipefail
cd "$(dirname "$0")/../../.."

export DEMO_DATA="${DEMO_DATA:-true}"
export SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-3025}"
export MAIL_FROM="${MAIL_FROM:-awareness@demo.example}"
export SMPP_HOST="${SMPP_HOST:-127.0.0.1}" SMPP_PORT="${SMPP_PORT:-2775}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@demo.example}" ADMIN_PASSWORD="${ADMIN_PASSWORD:-awareness-admin}"
export LAUNCH_JBOSS_IN_BACKGROUND=1
mode="${1:-server}"

maven=$PPID
mailbox=
smsc=
server=
stopped=

# Stops both and waits until they are gone (WildFly shuts down gracefully in a few seconds); a process that is
# still there after 60 seconds is killed.
stop() {
    [ -z "$stopped" ] || return 0
    stopped=1
    # Maven may be gone already, and with it the pipe that stdout is: a write must not end this script
    # (SIGPIPE) before the two are stopped.
    set +e
    trap '' INT TERM HUP PIPE
    if [ "$mode" = cluster ]; then
        echo "Stopping the cluster ..." 2>/dev/null
        target/cluster/stop.sh > /dev/null 2>&1
    fi
    local pids
    pids=$(echo $server $mailbox $smsc)
    [ -n "$pids" ] || return 0
    echo "Stopping the server, the mailbox and the SMSC ..." 2>/dev/null
    kill -TERM $pids 2>/dev/null || true
    for _ in $(seq 1 60); do
        alive $pids || break
        sleep 1
    done
    # standalone.sh waits for WildFly's JVM, so both are gone unless the 60 seconds ran out.
    if [ -n "$server" ]; then
        pkill -KILL -P "$server" 2>/dev/null || true
    fi
    kill -KILL $pids 2>/dev/null || true
    wait $pids 2>/dev/null || true
}
trap stop EXIT

# Whether any of the processes is still there.
alive() {
    local pid
    for pid in "$@"; do
        if kill -0 "$pid" 2>/dev/null; then
            return 0
        fi
    done
    return 1
}
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Whether everything is still as it should be: Maven alive, the server (in a cluster: either node) running.
running() {
    kill -0 "$maven" 2>/dev/null || return 1
    if [ "$mode" = cluster ]; then
        local node
        for node in node1 node2; do
            [ -s "target/cluster/$node.pid" ] && kill -0 "$(cat "target/cluster/$node.pid")" 2>/dev/null && return 0
        done
        return 1
    fi
    kill -0 "$server" 2>/dev/null
}

mkdir -p target/demo
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
     -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
     -jar target/demo/greenmail-standalone.jar > target/demo/greenmail.log 2>&1 &
mailbox=$!
# The local SMSC: takes the server's text messages over SMPP and shows them, with a form to reply, on :8026.
java -cp target/classes:target/demo/jsmpp.jar:target/demo/slf4j-api.jar iq.cpf.awareness.demo.control.LocalSmsc \
     "$SMPP_PORT" 8026 > target/demo/smsc.log 2>&1 &
smsc=$!
if [ "$mode" = cluster ]; then
    # The nodes run detached from this script (start.sh's setsid): stop() ends them with stop.sh.
    echo "Starting the cluster (log in target/demo/cluster.log) ..."
    if ! target/cluster/start.sh > target/demo/cluster.log 2>&1; then
        tail -n 5 target/demo/cluster.log
        exit 1
    fi
    cat <<BANNER

  Awareness campaigns is running on a cluster of two nodes with the demo data.

    Application   http://localhost:8080/            (HAProxy; statistics http://127.0.0.1:8404/)
    node1, node2  http://localhost:8180/, http://localhost:8280/  (logs: target/cluster/node1/log/server.log, node2)
    Mailbox       http://localhost:8025/            (GreenMail)
    Texts         http://localhost:8026/            (the local SMSC: texts received, and a reply form)

    Organiser     organiser@demo.example    / awareness-demo
    Administrator $ADMIN_EMAIL / $ADMIN_PASSWORD

  kill -9 \$(cat target/cluster/node1.pid) kills a node: the other takes over its sessions and work;
  target/cluster/start.sh starts it again. Ctrl-C stops the cluster, the mailbox and the SMSC.
BANNER
    while running; do
        sleep 1
    done
    kill -0 "$maven" 2>/dev/null || exit 0
    echo "Both nodes stopped; see target/cluster/node1/log/server.log and node2's"
    exit 1
fi
target/server/bin/standalone.sh > target/demo/server.log 2>&1 &
server=$!

echo "Starting (log in target/demo/server.log) ..."
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null http://localhost:9990/health/ready 2>/dev/null; then
        cat <<BANNER

  Awareness campaigns is running with the demo data.

    Application   http://localhost:8080/
    API           http://localhost:8080/api/campaigns      (HTTP Basic)
    OpenAPI       http://localhost:8080/openapi
    Mailbox       http://localhost:8025/   (GreenMail: API and its UI; IMAP on localhost:3143,
                                            any user name, password = the user name)
    Texts         http://localhost:8026/   (the local SMSC: the texts sent, and a form to reply
                                            from a phone: 1 confirms, 2 asks for another date)

    Organiser     organiser@demo.example    / awareness-demo
    Volunteer     laila.hassan@demo.example / awareness-demo
    Administrator $ADMIN_EMAIL / $ADMIN_PASSWORD

  Ctrl-C stops the server, the mailbox and the SMSC.
BANNER
        while running; do
            sleep 1
        done
        kill -0 "$server" 2>/dev/null || { echo "The server stopped; see target/demo/server.log"; exit 1; }
        exit 0
    fi
    if ! running; then
        kill -0 "$server" 2>/dev/null || echo "The server stopped; see target/demo/server.log"
        exit 1
    fi
    sleep 2
done
echo "The server did not become ready in 4 minutes; see target/demo/server.log"
exit 1
