#!/usr/bin/env bash
# Starts target/server the way the contract says (bin/standalone.sh, settings from the environment),
# checks readiness and the API, restarts it and checks that the data survived.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER=target/server
LOG=target/smoke-server.log
export ADMIN_EMAIL=smoke@ci.example ADMIN_PASSWORD=smoke-secret-123 DEMO_DATA=true
AUTH="$ADMIN_EMAIL:$ADMIN_PASSWORD"
rm -rf "$SERVER/standalone/data/awareness"

start() {
    "$SERVER/bin/standalone.sh" >> "$LOG" 2>&1 &
    for _ in $(seq 1 90); do
        if curl -fsS -o /dev/null http://localhost:9990/health/ready 2>/dev/null; then
            return 0
        fi
        sleep 2
    done
    echo "server did not become ready"; tail -50 "$LOG"; return 1
}

stop() {
    pkill -f "jboss-modules.jar.*$(cd "$SERVER" && pwd)" || true
    for _ in $(seq 1 30); do
        pgrep -f "jboss-modules.jar.*$(cd "$SERVER" && pwd)" >/dev/null || return 0
        sleep 1
    done
    pkill -9 -f "jboss-modules.jar.*$(cd "$SERVER" && pwd)" || true
}
trap stop EXIT

# The body is read whole before grep looks at it: grep -q stops at the first match, and a curl cut off by
# SIGPIPE would fail the pipeline under pipefail with a wrong message.
has() {
    local body
    body=$(curl -fsS "${@:2}") && grep -qF -- "$1" <<< "$body"
}

start
code=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/api/campaigns)
[ "$code" = 401 ] || { echo "expected 401 without credentials, got $code"; exit 1; }
has '"total":20' -u "$AUTH" "http://localhost:8080/api/schools?size=1" \
    || { echo "the demo's 20 schools are missing"; exit 1; }
has '9 sessions in 5 schools reached 274 students, 175 of them girls.' -u "$AUTH" \
    "http://localhost:8080/api/summaries?governorate=Diyala&lang=en" || { echo "the demo's reported visits are missing"; exit 1; }
has '"kind":"forums"' -u organiser@demo.example:awareness-demo http://localhost:8080/api/me \
    || { echo "the demo organiser has no forum scope"; exit 1; }
has '"total":1' -u organiser@demo.example:awareness-demo "http://localhost:8080/api/forums?size=1" \
    || { echo "the demo organiser sees more than their forum"; exit 1; }
name="Smoke forum $(date +%s)"
curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$name\",\"governorate\":\"Diyala\",\"district\":\"Baquba\"}" http://localhost:8080/api/forums >/dev/null
has '/api/visits' http://localhost:8080/openapi || { echo "no OpenAPI document"; exit 1; }
stop

start
has "$name" -u "$AUTH" "http://localhost:8080/api/forums?size=200" \
    || { echo "the forum did not survive a restart"; exit 1; }
has '"total":20' -u "$AUTH" "http://localhost:8080/api/schools?size=1" \
    || { echo "the demo was loaded twice or lost"; exit 1; }
echo "smoke: ready, 401 without credentials, demo loaded once, data survives a restart"
