#!/usr/bin/env bash
# The read benchmark: a volunteer's schedule on PostgreSQL with 100,000 visits, against the static-file floor.
#
#   bash bench/reads.sh            # after mvn package -DskipTests; needs psql, curl and hey (apt-get install hey)
#
# Creates the database $PG_DATABASE (dropped first), starts $SERVER on it with a port offset (so that it does
# not meet a server on the usual ports), writes bench/reads-data.sql into it, creates an organiser of the first
# forum and a volunteer login over the API, then measures each request for $DURATION at $RATE requests/s from
# $CLIENTS clients, after a warm-up, and prints p50/p99 and their ratios to the static file's.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER=${SERVER:-target/server}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
PG_DATABASE=${PG_DATABASE:-reads_bench}
PORT_OFFSET=${PORT_OFFSET:-400}
RATE=${RATE:-100}
CLIENTS=${CLIENTS:-10}
DURATION=${DURATION:-30s}
WARM_UP=${WARM_UP:-15s}
# hey sends Content-Type: text/html with every request unless told otherwise (a server from before the
# Content-Type fix answers that GET 415: CONTENT_TYPE=application/json measures it).
CONTENT_TYPE=${CONTENT_TYPE:-}

for tool in psql curl hey; do
    command -v "$tool" >/dev/null || { echo "bench/reads.sh needs $tool (apt-get install -y postgresql-client curl hey)"; exit 1; }
done
[ -x "$SERVER/bin/standalone.sh" ] || { echo "no $SERVER: run mvn package -DskipTests first"; exit 1; }

HTTP=http://127.0.0.1:$((8080 + PORT_OFFSET))
MANAGEMENT=http://127.0.0.1:$((9990 + PORT_OFFSET))
ADMIN=bench@bench.example:bench-secret-123
ORGANISER=bench-organiser@bench.example:reads-organiser-secret
VOLUNTEER=bench-volunteer-1@bench.example:reads-volunteer-secret
WORK=$(mktemp -d)
LOG=$WORK/server.log
export PGPASSWORD=$PG_PASSWORD
psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q "$@"; }

SERVER_PID=
stop() {
    if [ -n "$SERVER_PID" ]; then
        # standalone.sh does not pass a TERM on to the server's JVM: its children are stopped by their parent's id.
        pkill -TERM -P "$SERVER_PID" 2>/dev/null || true
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap stop EXIT

echo "== database $PG_DATABASE on $PG_HOST:$PG_PORT"
psql_ -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" -c "CREATE DATABASE $PG_DATABASE"

echo "== $SERVER on $HTTP (Flyway creates the schema)"
DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE" DB_USER=$PG_USER DB_PASSWORD=$PG_PASSWORD \
    ADMIN_EMAIL=${ADMIN%%:*} ADMIN_PASSWORD=${ADMIN#*:} LOG_LEVEL=WARN \
    "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$MANAGEMENT/health/ready" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped"; tail -50 "$LOG"; exit 1; }
    sleep 2
done
curl -fsS -o /dev/null "$MANAGEMENT/health/ready" || { echo "the server did not become ready"; tail -50 "$LOG"; exit 1; }

echo "== 100,000 visits, 200 schools, 200 volunteers (bench/reads-data.sql)"
psql_ -d "$PG_DATABASE" -f bench/reads-data.sql > /dev/null
psql_ -d "$PG_DATABASE" -c "VACUUM ANALYZE"

post() {
    local code
    code=$(curl -sS -o "$WORK/reply" -w '%{http_code}' -u "$ADMIN" -H 'Content-Type: application/json' \
        -d "$2" "$HTTP$1")
    [ "$code" = 201 ] || { echo "POST $1 answered $code: $(cat "$WORK/reply")"; exit 1; }
}
post /api/users "{\"email\":\"${ORGANISER%%:*}\",\"name\":\"Bench organiser\",\"password\":\"${ORGANISER#*:}\",
    \"role\":\"organiser\",\"language\":\"en\",\"forumId\":1000001}"
post /api/users "{\"email\":\"${VOLUNTEER%%:*}\",\"name\":\"Bench volunteer 1\",\"password\":\"${VOLUNTEER#*:}\",
    \"role\":\"volunteer\",\"language\":\"en\",\"volunteerId\":1000001}"

FROM=$(date -u +%F)
TO=$(date -u -d '+30 days' +%F)
STATIC="$HTTP/resources/css/app.css"
AS_ORGANISER="$HTTP/api/visits?volunteerId=1000001&from=$FROM&to=$TO&size=50"
AS_VOLUNTEER="$HTTP/api/visits?size=50"

# hey's -q is a rate per client: $CLIENTS clients at RATE / CLIENTS each. A client whose answer takes longer
# than its turn falls behind, so the rate reached is printed next to the percentiles.
hey_() {
    local duration=$1 auth=$2 url=$3
    local args=(-z "$duration" -c "$CLIENTS" -q $((RATE / CLIENTS)) -o csv)
    [ -n "$CONTENT_TYPE" ] && args+=(-T "$CONTENT_TYPE")
    # hey's own -a is not used: its parsing of the login sent no credentials in hey 0.1.4 (every answer 401).
    [ -n "$auth" ] && args+=(-H "Authorization: Basic $(printf '%s' "$auth" | base64 -w0)")
    hey "${args[@]}" "$url"
}

check() {
    local code
    code=$(curl -sS -o "$WORK/reply" -w '%{http_code}' ${2:+-u "$2"} "$1")
    [ "$code" = 200 ] || { echo "GET $1 answered $code: $(head -c 300 "$WORK/reply")"; exit 1; }
}
check "$STATIC" ""
check "$AS_ORGANISER" "$ORGANISER"
check "$AS_VOLUNTEER" "$VOLUNTEER"

echo "== warm-up, $WARM_UP each"
hey_ "$WARM_UP" "" "$STATIC" > /dev/null
hey_ "$WARM_UP" "$ORGANISER" "$AS_ORGANISER" > /dev/null
hey_ "$WARM_UP" "$VOLUNTEER" "$AS_VOLUNTEER" > /dev/null

# Prints "p50 p99 answered non-200 rate" of a hey CSV (response time in seconds in column 1, status in 7).
summary() {
    local seconds=${DURATION%s}
    tail -n +2 "$1" | awk -F, '{ print $1 * 1000, $7 }' | sort -g | awk -v seconds="$seconds" '
        { n++; t[n] = $1; if ($2 != 200) bad++ }
        END {
            if (n == 0) { print "0 0 0 0 0"; exit }
            printf "%.1f %.1f %d %d %.1f\n", t[int(0.50 * (n - 1)) + 1], t[int(0.99 * (n - 1)) + 1], n, bad, n / seconds
        }'
}

echo "== measuring, $DURATION each at $RATE requests/s from $CLIENTS clients"
hey_ "$DURATION" "" "$STATIC" > "$WORK/static.csv"
hey_ "$DURATION" "$ORGANISER" "$AS_ORGANISER" > "$WORK/organiser.csv"
hey_ "$DURATION" "$VOLUNTEER" "$AS_VOLUNTEER" > "$WORK/volunteer.csv"

read -r floor50 floor99 _ _ _ < <(summary "$WORK/static.csv")
printf '%-62s %9s %9s %9s %9s %8s %8s\n' request p50_ms p99_ms answered non_200 req/s p99/floor
for name in static organiser volunteer; do
    case $name in
        static) label="static file (the floor)  /resources/css/app.css" ;;
        organiser) label="organiser: a volunteer's next 30 days, size=50" ;;
        volunteer) label="volunteer: own visits, size=50" ;;
    esac
    read -r p50 p99 answered bad rate < <(summary "$WORK/$name.csv")
    printf '%-62s %9s %9s %9s %9s %8s %8.1f\n' "$label" "$p50" "$p99" "$answered" "$bad" "$rate" \
        "$(awk -v a="$p99" -v b="$floor99" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done
echo "p50 ratios to the floor: organiser $(awk -v a="$(summary "$WORK/organiser.csv" | cut -d' ' -f1)" -v b="$floor50" 'BEGIN { printf "%.1f", a / b }'), volunteer $(awk -v a="$(summary "$WORK/volunteer.csv" | cut -d' ' -f1)" -v b="$floor50" 'BEGIN { printf "%.1f", a / b }')"
