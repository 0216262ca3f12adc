#!/usr/bin/env bash
# CI: the cluster of target/cluster/start.sh, on a fresh PostgreSQL database, keeps its promise when the node that
# holds a logged-in session is killed while the outbox drains (issue 16, part 5). The check itself is
# bench/src/main/java/iq/cpf/awareness/bench/ClusterFailoverCheck.java, with the SMTP server (GreenMail) in its
# JVM: it starts the cluster, logs in through HAProxy with the login form, schedules VISITS visits [300] whose
# reminders fall due within two minutes, cancels every twentieth, kill -9s the session's node while the reminders
# go out, and checks at the SMTP server that every message arrived, extra copies (at most one per sender of the
# dead node) carry their original's Message-ID, no cancelled visit was reminded; that the same cookie works
# without a new login and a page the dead node rendered posts back; and that the node, started again, joins a
# cluster of two, gets new sessions, and does the work alone once the other node is killed too.
# Needs `mvn package` first, PostgreSQL on 127.0.0.1:5432 and HAProxy (start.sh installs it if missing). Stops
# the cluster and drops its database on the way out, passed or failed.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER=target/cluster
PG_DB=awareness_cluster
VISITS=${VISITS:-300}
export DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" DB_USER=postgres DB_PASSWORD=postgres
export ADMIN_EMAIL=admin@cluster.example ADMIN_PASSWORD='cluster-admin-secret-42' DEMO_DATA=false
export MATERIALS_DIR="$PWD/$CLUSTER/materials" CLUSTER_START_TIMEOUT=150
export SMTP_HOST=127.0.0.1 SMTP_PORT=3025
# Shorter than the defaults so that the check takes minutes, not a quarter of an hour: due reminders and messages
# are looked for every 2 seconds, a dead node's claim on its messages lapses after 20 seconds, and Quartz notices
# a dead node after 5 seconds without a check-in.
export REMINDER_POLL_SECONDS=2 OUTBOX_POLL_SECONDS=2 OUTBOX_LEASE_SECONDS=20 QUARTZ_CHECKIN_MILLIS=5000

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

finish() {
    local status=$?
    trap - EXIT
    set +e
    if [ $status -ne 0 ]; then
        for node in node1 node2; do
            echo "== last lines of $node's server.log" >&2
            tail -n 40 "$CLUSTER/$node/log/server.log" >&2 2>/dev/null
        done
    fi
    "$CLUSTER/stop.sh"
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB"
    exit $status
}

[ -x "$CLUSTER/start.sh" ] || fail "$CLUSTER/start.sh is missing: run mvn package first"
for port in 8080 8180 8280 10090 10190 8404 7700 7800 3025; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is already in use"
    fi
done
trap finish EXIT

echo "== The failover check (bench/ClusterFailoverCheck) against a fresh database $PG_DB"
mvn -B -ntp -q -f bench/pom.xml compile dependency:build-classpath -Dmdep.outputFile="$PWD/bench/target/classpath.txt"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB"
# A killed node's SMTP connections end mid-session: GreenMail's stack traces of them are left out.
java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.com.icegreen=off \
    -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    iq.cpf.awareness.bench.ClusterFailoverCheck "$CLUSTER" "$VISITS"

echo "== The production discovery: JDBC_PING on a fresh database $PG_DB, without a static list of members"
"$CLUSTER/stop.sh"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB"
DISCOVERY=jdbc-ping "$CLUSTER/start.sh"
view=$(grep "WFLYCLJG0033" "$CLUSTER/node2/log/server.log" | tail -n 1)
echo "$view" | grep -q "with view: .* (2) " || fail "node2 found no cluster of two through JDBC_PING: $view"
members=$(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -tAc "SELECT count(*) FROM jgroups.ping WHERE cluster_name = 'awareness'")
[ "$members" = 2 ] || fail "jgroups.ping holds $members members, not 2"
echo "both nodes found each other through the table jgroups.ping, and the application migrated its schema beside it"
