#!/usr/bin/env bash
# Starts a cluster of two WildFly nodes of target/server behind HAProxy, on PostgreSQL, and returns once both nodes
# are ready. A node or the balancer that is already running is left alone, so running this again after a node
# died (or was stopped) starts that node again and waits until it has rejoined. stop.sh stops everything.
#
#   node1  HTTP 8180, management 10090 (port offset 100), JGroups 7700
#   node2  HTTP 8280, management 10190 (port offset 200), JGroups 7800
#   HAProxy on :8080 (HAPROXY_PORT), statistics on 127.0.0.1:8404 (HAPROXY_STATS_PORT)
#
# Settings (the application's own settings, docs/settings.md, pass through to both nodes):
#   DB_URL       PostgreSQL both nodes share [jdbc:postgresql://127.0.0.1:5432/awareness], created when missing
#   DB_USER, DB_PASSWORD  [postgres, postgres]
#   MATERIALS_DIR  uploaded lesson files, one folder for both nodes [target/cluster/materials]
#   APP_BASE_URL   the address users reach, for links in emails [http://localhost:8080]
#   CLUSTER_START_TIMEOUT  seconds to wait for the nodes [300]
#   NODES        1 starts node1 alone behind the balancer (the benchmark's one-node case) [2]
#   DISCOVERY    how the nodes find each other: tcpping, the static list JGROUPS_INITIAL_HOSTS, or jdbc-ping, a
#                table in the shared PostgreSQL (discovery-jdbc-ping.cli, applied to each node's configuration)
#                [tcpping]
# Each node's files (its copy of standalone/: configuration, data, log) are under target/cluster/node1 and node2;
# node1.pid and node2.pid hold the nodes' JVM process ids, haproxy.pid the balancer's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
server=$(cd "$here/../server" && pwd)

export DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/awareness}"
export DB_USER="${DB_USER:-postgres}" DB_PASSWORD="${DB_PASSWORD:-postgres}"
export MATERIALS_DIR="${MATERIALS_DIR:-$here/materials}"
export HAPROXY_PORT="${HAPROXY_PORT:-8080}" HAPROXY_STATS_PORT="${HAPROXY_STATS_PORT:-8404}"
export APP_BASE_URL="${APP_BASE_URL:-http://localhost:$HAPROXY_PORT}"
# HAProxy adds X-Forwarded-For: login throttling then counts the client, not the balancer.
export PROXY_ADDRESS_FORWARDING="${PROXY_ADDRESS_FORWARDING:-true}"
export JGROUPS_INITIAL_HOSTS="${JGROUPS_INITIAL_HOSTS:-127.0.0.1[7700],127.0.0.1[7800]}"
export CLUSTER_NAME="${CLUSTER_NAME:-awareness}"
timeout="${CLUSTER_START_TIMEOUT:-300}"
nodes="${NODES:-2}"
discovery="${DISCOVERY:-tcpping}"
case "$discovery" in
    tcpping | jdbc-ping) ;;
    *) echo "DISCOVERY must be tcpping or jdbc-ping (got $discovery)" >&2; exit 2 ;;
esac

# Two nodes on two databases would be two applications: the cluster needs the shared PostgreSQL.
case "$DB_URL" in
    jdbc:postgresql:*) ;;
    *) echo "DB_URL must be a jdbc:postgresql: URL that both nodes share (got $DB_URL)" >&2; exit 2 ;;
esac

alive() {
    [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# The database named in DB_URL, created when missing (needs psql, Debian's postgresql-client).
create_database() {
    local rest hostport host port db
    rest=${DB_URL#jdbc:postgresql://}
    hostport=${rest%%/*}
    db=${rest#*/}
    db=${db%%\?*}
    host=${hostport%%:*}
    port=5432
    [ "$hostport" = "$host" ] || port=${hostport#*:}
    if ! command -v psql >/dev/null 2>&1; then
        echo "psql not found: not checking that database $db exists" >&2
        return 0
    fi
    if [ "$(PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -tAc \
            "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
        echo "Creating database $db on $host:$port"
        PGPASSWORD=$DB_PASSWORD psql -h "$host" -p "$port" -U "$DB_USER" -d postgres -q -c "CREATE DATABASE \"$db\""
    fi
}

# Whether a node's management interface says it is ready (deployment up, database, mail and scheduler checked).
ready() {
    curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null
}

wait_ready() {
    local name=$1 port=$2 deadline=$((SECONDS + timeout))
    until ready "$port"; do
        if ! alive "$here/$name.pid"; then
            echo "$name stopped while starting; see $here/$name/log/server.log" >&2
            return 1
        fi
        if [ $SECONDS -ge $deadline ]; then
            echo "$name not ready after ${timeout}s; see $here/$name/log/server.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "$name ready (http://127.0.0.1:$((port - 9990 + 8080))/, management http://127.0.0.1:$port/)"
}

# A node runs target/server's binaries on its own base directory: a fresh copy of the configuration and the
# application each start, its own data (transaction log, session store) and log kept.
start_node() {
    local name=$1 offset=$2 base="$here/$1"
    if alive "$here/$name.pid"; then
        echo "$name already running (pid $(cat "$here/$name.pid"))"
        return 0
    fi
    mkdir -p "$base/deployments" "$base/data" "$base/log"
    rm -rf "$base/configuration" "$base/lib" "$base/deployments"/ROOT.war*
    cp -r "$server/standalone/configuration" "$server/standalone/lib" "$base/"
    cp "$server/standalone/deployments/ROOT.war" "$base/deployments/"
    if [ "$discovery" = jdbc-ping ]; then
        # The embedded CLI edits this node's copy of the configuration (its base directory), before it starts.
        { echo "embed-server --server-config=standalone.xml"; cat "$here/discovery-jdbc-ping.cli"; echo "stop-embedded-server"; } \
            > "$base/discovery.cli"
        if ! JAVA_OPTS="-Djboss.server.base.dir=$base" "$server/bin/jboss-cli.sh" --file="$base/discovery.cli" \
                > "$base/log/discovery.log" 2>&1; then
            echo "$name: JDBC_PING could not be configured; see $base/log/discovery.log" >&2
            return 1
        fi
    fi
    rm -f "$here/$name.pid"
    echo "Starting $name (log in $base/log/server.log)"
    JBOSS_PIDFILE="$here/$name.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 setsid nohup "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$base" \
        -Djboss.node.name="$name" \
        -Djboss.tx.node.id="$name" \
        -Djboss.socket.binding.port-offset="$offset" \
        > "$base/console.log" 2>&1 < /dev/null &
    local deadline=$((SECONDS + 30))
    until [ -s "$here/$name.pid" ]; do
        if [ $SECONDS -ge $deadline ]; then
            echo "$name did not start; see $base/console.log" >&2
            return 1
        fi
        sleep 0.2
    done
}

# Sessions stick to the node named in WildFly's affinity cookie (SRV); a node is in rotation only while its
# readiness check answers 200, and a request for a node that is down is sent to the other one (redispatch).
start_balancer() {
    if alive "$here/haproxy.pid"; then
        echo "HAProxy already running (pid $(cat "$here/haproxy.pid"))"
        return 0
    fi
    if ! command -v haproxy >/dev/null 2>&1; then
        echo "Installing HAProxy (Debian package haproxy)"
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy
    fi
    cat > "$here/haproxy.cfg" <<CFG
global
    maxconn 4096

defaults
    mode http
    option forwardfor
    # A request whose node is down (refused, or a connection that died with it) is sent to the other node, where
    # the session is too. A POST is never sent twice: the dead node may have done what it asked.
    option redispatch
    retries 3
    retry-on conn-failure empty-response response-timeout
    timeout connect 3s
    timeout client 60s
    timeout server 120s

frontend awareness
    bind *:$HAPROXY_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    http-request disable-l7-retry if METH_POST
    # WildFly names the node that owns the session in the SRV cookie (jboss.node.name); HAProxy routes on it and
    # leaves the cookie as the node set it.
    cookie SRV indirect preserve nocache
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 1
    server node1 127.0.0.1:8180 check port 10090 cookie node1
    server node2 127.0.0.1:8280 check port 10190 cookie node2

listen stats
    bind 127.0.0.1:$HAPROXY_STATS_PORT
    stats enable
    stats uri /
CFG
    haproxy -c -f "$here/haproxy.cfg" > /dev/null
    haproxy -D -f "$here/haproxy.cfg" -p "$here/haproxy.pid"
    echo "HAProxy on :$HAPROXY_PORT (statistics http://127.0.0.1:$HAPROXY_STATS_PORT/)"
}

mkdir -p "$MATERIALS_DIR"
create_database
start_balancer
# One after the other: the first node migrates the schema and loads any demo data alone, and the second joins
# a cluster that is already there.
start_node node1 100
wait_ready node1 10090
if [ "$nodes" -ge 2 ]; then
    start_node node2 200
    wait_ready node2 10190
fi
# Ready for users once the balancer sends them to both nodes (its health check runs every 2 seconds).
in_rotation() {
    curl -fsS "http://127.0.0.1:$HAPROXY_STATS_PORT/;csv" 2>/dev/null | grep -q "^nodes,$1,.*,UP,"
}
deadline=$((SECONDS + 30))
until in_rotation node1 && { [ "$nodes" -lt 2 ] || in_rotation node2; }; do
    if [ $SECONDS -ge $deadline ]; then
        echo "HAProxy does not see both nodes up; see http://127.0.0.1:$HAPROXY_STATS_PORT/" >&2
        exit 1
    fi
    sleep 0.5
done
if [ "$nodes" -ge 2 ]; then
    echo "Cluster ready: http://localhost:$HAPROXY_PORT/ (node1 and node2 in rotation)"
else
    echo "Cluster ready: http://localhost:$HAPROXY_PORT/ (node1 alone in rotation)"
fi
