#!/usr/bin/env bash
# CI: the cluster of target/cluster/start.sh, on a fresh PostgreSQL database, survives the death of the node that
# holds a logged-in session: after kill -9 the same cookie still works through HAProxy without a new login (the
# session and a page's view state were replicated), and the node, started again, rejoins the cluster and gets
# requests. Needs `mvn package` first, PostgreSQL on 127.0.0.1:5432 and HAProxy (start.sh installs it if missing).
# Stops the cluster and drops its database on the way out, passed or failed.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER=target/cluster
PG_DB=awareness_cluster
BALANCER=http://localhost:8080
export DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" DB_USER=postgres DB_PASSWORD=postgres
export ADMIN_EMAIL=admin@cluster.example ADMIN_PASSWORD='cluster-admin-secret-42' DEMO_DATA=false
export MATERIALS_DIR="$PWD/$CLUSTER/materials" CLUSTER_START_TIMEOUT=150
work=$(mktemp -d)
jar="$work/cookies"

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
    rm -rf "$work"
    exit $status
}

[ -x "$CLUSTER/start.sh" ] || fail "$CLUSTER/start.sh is missing: run mvn package first"
for port in 8080 8180 8280 10090 10190 8404 7700 7800; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "port $port is already in use"
    fi
done
trap finish EXIT

# The value of a cookie in the jar (curl's Netscape format: the name is the sixth field, the value the seventh).
cookie() {
    awk -v name="$1" '$6 == name { value = $7 } END { print value }' "$jar"
}

# GET through the balancer with the jar's cookies and no credentials; prints the status code.
status() {
    curl -s -o "$work/body" -b "$jar" -c "$jar" -w '%{http_code}' "$BALANCER$1"
}

# A Faces form's hidden field, from the last page fetched.
field() {
    grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" "$work/body" | head -n 1 | sed 's/.*value="//; s/"$//'
}

echo "== A fresh database $PG_DB and the cluster"
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $PG_DB"
started=$SECONDS
"$CLUSTER/start.sh"
echo "started in $((SECONDS - started)) s"

echo "== Log in through the balancer with the login form"
[ "$(status /login.xhtml)" = 200 ] || fail "login page"
hidden=$(grep -o 'name="login:j_idt[0-9]*"' "$work/body" | head -n 1 | sed 's/name="//; s/"//')
code=$(curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{http_code}' "$BALANCER/login.xhtml" \
    --data-urlencode login=login --data-urlencode "$hidden=" \
    --data-urlencode "login:email=$ADMIN_EMAIL" --data-urlencode "login:password=$ADMIN_PASSWORD" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$(field jakarta.faces.ViewState)")
[ "$code" = 302 ] || fail "form login answered $code, not a redirect"
[ "$(status /api/me)" = 200 ] || fail "/api/me with the session cookie"
grep -q "\"email\":\"$ADMIN_EMAIL\"" "$work/body" || fail "/api/me is not the administrator: $(cat "$work/body")"
session=$(cookie JSESSIONID)
holder=$(cookie SRV)
case "$holder" in
    node1) survivor=node2 ;;
    node2) survivor=node1 ;;
    *) fail "no affinity cookie naming a node (SRV=$holder)" ;;
esac
echo "logged in; the session is on $holder"

# A page with a form, rendered by the holder: its view state must outlive the holder too.
[ "$(status /schools.xhtml)" = 200 ] || fail "schools page"
form=$(grep -o '<form id="[^"]*"' "$work/body" | sed 's/<form id="//; s/"//' | grep -v '^language$' | head -n 1)
viewstate=$(field jakarta.faces.ViewState)
# PrimeFaces' script policy: a postback carries the page's nonce, as PrimeFaces' own script sends it.
nonce=$(grep -o 'nonce="[^"]*"' "$work/body" | head -n 1 | sed 's/nonce="//; s/"//')
[ -n "$form" ] && [ -n "$viewstate" ] && [ -n "$nonce" ] || fail "no form with a view state on the schools page"

# One more request for the session on its node before the kill, as after any click of a user. Killed within
# milliseconds of rendering the page, the node took that view's state with it in the runs here (its replication
# was still under way: docs/cluster.md, known limits); after one more request it was on the other node every time.
[ "$(status /api/me)" = 200 ] || fail "/api/me before the kill"
[ "$(cookie SRV)" = "$holder" ] || fail "the session moved to $(cookie SRV) before the kill"

echo "== kill -9 $holder"
pid=$(cat "$CLUSTER/$holder.pid")
kill -KILL "$pid"
deadline=$((SECONDS + 10))
while kill -0 "$pid" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || fail "$holder (pid $pid) still alive"
    sleep 0.2
done

echo "== The same cookie, without logging in again"
code=$(status /api/me)
[ "$code" = 200 ] || fail "/api/me after the kill answered $code: $(head -c 300 "$work/body")"
grep -q "\"email\":\"$ADMIN_EMAIL\"" "$work/body" || fail "/api/me after the kill: $(cat "$work/body")"
[ "$(cookie JSESSIONID)" = "$session" ] || fail "the session id changed: a new session, not the old one"
[ "$(cookie SRV)" = "$survivor" ] || fail "the affinity cookie names $(cookie SRV), not $survivor"
echo "same session, now on $survivor"
# The form posted back with the view state the dead node rendered: an expired view would land on the login page.
code=$(curl -s -o "$work/body" -b "$jar" -c "$jar" -w '%{http_code}' "$BALANCER/schools.xhtml" \
    --data-urlencode "$form=$form" --data-urlencode "jakarta.faces.ViewState=$viewstate" \
    --data-urlencode "primefaces.nonce=$nonce")
[ "$code" = 200 ] || fail "posting the schools form after the kill answered $code"
grep -q 'name="login:password"' "$work/body" && fail "the view state was lost: the post landed on the login page"
grep -q 'jakarta.faces.ViewState' "$work/body" || fail "the post after the kill did not render the page"
echo "the view rendered by $holder still posts back"

echo "== $holder started again"
rejoin=$SECONDS
"$CLUSTER/start.sh"
echo "back in $((SECONDS - rejoin)) s"
view=$(grep "WFLYCLJG0033" "$CLUSTER/$holder/log/server.log" | tail -n 1)
echo "$view" | grep -q "with view: .* (2) " || fail "$holder did not join a cluster of two: $view"
[ "$(status /api/me)" = 200 ] || fail "/api/me after the restart"
# Fresh clients are spread over both nodes again: one of a few first visits lands on the restarted node.
landed=
for _ in 1 2 3 4 5 6; do
    curl -s -o /dev/null -D "$work/headers" "$BALANCER/login.xhtml"
    if grep -qi "^set-cookie: SRV=$holder;" "$work/headers"; then
        landed=1
        break
    fi
done
[ -n "$landed" ] || fail "the balancer sends no new session to $holder"
echo "$holder rejoined (cluster of two) and takes new sessions"

echo "Cluster check passed in $((SECONDS - started)) s"
