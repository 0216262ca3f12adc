#!/usr/bin/env bash
# The read benchmark: every page and list an organiser or volunteer reads, on PostgreSQL with 100,000 visits
# (VISITS=1000000 for a million), against the static-file floor of the same server; then the server's live heap
# after a full GC and its readiness time against the same server without the application.
#
#   bash bench/reads.sh            # after mvn package -DskipTests; needs psql, curl, jcmd and hey
#
# Creates the database $PG_DATABASE (dropped first), starts $SERVER on it with a port offset (so that it does
# not meet a server on the usual ports), writes bench/reads-data.sql into it, creates an organiser of the first
# forum and a volunteer login over the API, then measures each request for $DURATION at $RATE requests/s from
# $CLIENTS clients after a warm-up, and (LADDER=1, the default) the highest rate each one holds with p99 under
# $LADDER_P99 ms. Prints p50/p99 and their ratios to the static file's; then each request alone for $SERIAL
# from one client, with the processor time the server and PostgreSQL spent per request.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER=${SERVER:-target/server}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
PG_DATABASE=${PG_DATABASE:-reads_bench}
PORT_OFFSET=${PORT_OFFSET:-400}
VISITS=${VISITS:-100000}
RATE=${RATE:-100}
CLIENTS=${CLIENTS:-10}
DURATION=${DURATION:-30s}
WARM_UP=${WARM_UP:-10s}
LADDER=${LADDER:-1}
LADDER_DURATION=${LADDER_DURATION:-10s}
LADDER_P99=${LADDER_P99:-100}
BOOTS=${BOOTS:-3}
# How long each request is sent one after the other from one client, with the processor time it costs (0: not).
SERIAL=${SERIAL:-10s}
# Only the requests whose name matches (a grep -E pattern), for a quick look at one of them.
ONLY=${ONLY:-.}
# hey sends Content-Type: text/html with every request unless told otherwise (a server from before the
# Content-Type fix answers that GET 415: CONTENT_TYPE=application/json measures it).
CONTENT_TYPE=${CONTENT_TYPE:-}

for tool in psql curl hey jcmd; do
    command -v "$tool" >/dev/null || { echo "bench/reads.sh needs $tool (apt-get install -y postgresql-client curl hey; jcmd comes with the JDK)"; exit 1; }
done
[ -x "$SERVER/bin/standalone.sh" ] || { echo "no $SERVER: run mvn package -DskipTests first"; exit 1; }

HTTP=http://127.0.0.1:$((8080 + PORT_OFFSET))
MANAGEMENT=http://127.0.0.1:$((9990 + PORT_OFFSET))
ADMIN=bench@bench.example:bench-secret-123
ORGANISER=bench-organiser@bench.example:reads-organiser-secret
VOLUNTEER=bench-volunteer-1@bench.example:reads-volunteer-secret
WORK=$(mktemp -d)
export PGPASSWORD=$PG_PASSWORD
psql_() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q "$@"; }

SERVER_PID=
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        # standalone.sh does not pass a TERM on to the server's JVM: its children are stopped by their parent's id.
        pkill -TERM -P "$SERVER_PID" 2>/dev/null || true
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

# start_server SERVER_DIR LOG [DB_URL]: starts a server and sets BOOT_MS to the milliseconds until it was ready.
start_server() {
    local dir=$1 log=$2 url=${3:-} started
    started=$(date +%s%N)
    if [ -n "$url" ]; then
        DB_URL="$url" DB_USER=$PG_USER DB_PASSWORD=$PG_PASSWORD \
            ADMIN_EMAIL=${ADMIN%%:*} ADMIN_PASSWORD=${ADMIN#*:} LOG_LEVEL=WARN \
            "$dir/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$log" 2>&1 &
    else
        ADMIN_EMAIL=${ADMIN%%:*} ADMIN_PASSWORD=${ADMIN#*:} LOG_LEVEL=WARN \
            "$dir/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" > "$log" 2>&1 &
    fi
    SERVER_PID=$!
    for _ in $(seq 1 1200); do
        curl -fsS -o /dev/null "$MANAGEMENT/health/ready" 2>/dev/null && break
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped"; tail -50 "$log"; exit 1; }
        sleep 0.1
    done
    curl -fsS -o /dev/null "$MANAGEMENT/health/ready" || { echo "the server did not become ready"; tail -50 "$log"; exit 1; }
    BOOT_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

echo "== database $PG_DATABASE on $PG_HOST:$PG_PORT"
psql_ -d postgres -c "DROP DATABASE IF EXISTS $PG_DATABASE" -c "CREATE DATABASE $PG_DATABASE"
DB="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DATABASE"

echo "== $SERVER on $HTTP (Flyway creates the schema)"
start_server "$SERVER" "$WORK/server.log" "$DB"

echo "== $VISITS visits, 200 schools, 200 volunteers, their reports and emails (bench/reads-data.sql)"
psql_ -d "$PG_DATABASE" -v visits="$VISITS" -f bench/reads-data.sql > /dev/null
psql_ -d "$PG_DATABASE" -c "VACUUM ANALYZE"
# Started again, as after an upgrade: the pool's first connections were opened before Flyway set the database's
# planner costs (db/vendor/postgresql/V35), which only sessions opened after it see.
stop_server
start_server "$SERVER" "$WORK/server.log" "$DB"

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

TODAY=$(date -u +%F)
IN_30_DAYS=$(date -u -d '+30 days' +%F)
# With 100,000 visits, half of them held over the past year: 73 days of a governorate's reports are 10,000.
REPORTS_FROM=$(date -u -d "-$((73 * 100000 / VISITS + 1)) days" +%F)
MONTH_START=$(date -u +%Y-%m-01)
MONTH_END=$(date -u -d "$MONTH_START +1 month" +%F)

# The calendar feed's address, signed for the volunteer; the path is kept, the host is this server.
curl -fsS -u "$ORGANISER" "$HTTP/api/volunteers/1000001/feed" > "$WORK/feed.json"
FEED_PATH=$(sed -E 's/.*"url" *: *"https?:\/\/[^/]*([^"]*)".*/\1/' "$WORK/feed.json")
# A calendar that refreshes its copy sends the feed's entity tag back (If-None-Match) and is answered 304 while
# the feed is unchanged: "feed-current" below.
FEED_TAG=$(curl -fsS -o /dev/null -D - "$HTTP$FEED_PATH" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')

# The planner's month is the request its calendar makes: a Faces Ajax postback of the view that the organiser
# opened (the page with its view state, in their session), asking the schedule for its events.
curl -fsS -u "$ORGANISER" -c "$WORK/cookies" -o "$WORK/planner.html" "$HTTP/planner.xhtml"
VIEW_STATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/planner.html" | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$WORK/cookies")
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
PLANNER_BODY="jakarta.faces.partial.ajax=true&jakarta.faces.source=planner%3Aschedule"
PLANNER_BODY+="&jakarta.faces.partial.execute=planner%3Aschedule&jakarta.faces.partial.render=planner%3Aschedule"
PLANNER_BODY+="&primefaces.ignoreautoupdate=true&planner%3Aschedule=planner%3Aschedule&planner%3Aschedule_event=true"
PLANNER_BODY+="&planner%3Aschedule_start=${MONTH_START}T00%3A00%3A00.000Z&planner%3Aschedule_end=${MONTH_END}T00%3A00%3A00.000Z"
PLANNER_BODY+="&planner=planner&jakarta.faces.ViewState=$(urlencode "$VIEW_STATE")"

# name | login (organiser, volunteer or none) | path | POST body (for the planner) | a header (then 304 is expected)
REQUESTS=(
    "static|none|/resources/css/app.css|"
    "schedule-organiser|organiser|/api/visits?volunteerId=1000001&from=$TODAY&to=$IN_30_DAYS&size=50|"
    "schedule-volunteer|volunteer|/api/visits?size=50|"
    "visits|organiser|/api/visits?size=50|"
    "visits-dates|organiser|/api/visits?from=$TODAY&to=$IN_30_DAYS&size=50|"
    "visits-school|organiser|/api/visits?schoolId=1000001&size=50|"
    "visits-campaign|organiser|/api/visits?campaignId=1000001&size=50|"
    "visits-status|organiser|/api/visits?status=CONFIRMED&size=50|"
    "planner-month|organiser|/planner.xhtml|$PLANNER_BODY"
    "dashboard|organiser|/index.xhtml|"
    "summary-campaign-json|organiser|/api/campaigns/1000001/summary?format=json|"
    "summary-campaign-csv|organiser|/api/campaigns/1000001/summary?format=csv|"
    "summary-campaign-pdf|organiser|/api/campaigns/1000001/summary?format=pdf|"
    "summary-governorate-json|admin|/api/summaries?governorate=Baghdad&from=$REPORTS_FROM&to=$TODAY&format=json|"
    "summary-governorate-csv|admin|/api/summaries?governorate=Baghdad&from=$REPORTS_FROM&to=$TODAY&format=csv|"
    "summary-governorate-pdf|admin|/api/summaries?governorate=Baghdad&from=$REPORTS_FROM&to=$TODAY&format=pdf|"
    "outbox-page|organiser|/outbox.xhtml|"
    "feed|none|$FEED_PATH|"
    "feed-current|none|$FEED_PATH||If-None-Match: $FEED_TAG"
)

login_of() {
    case $1 in
        organiser) echo "$ORGANISER" ;;
        volunteer) echo "$VOLUNTEER" ;;
        admin) echo "$ADMIN" ;;
        *) echo "" ;;
    esac
}

# hey's -q is a rate per client: $CLIENTS clients at RATE / CLIENTS each. A client whose answer takes longer
# than its turn falls behind, so the rate reached is printed next to the percentiles.
hey_() {
    local duration=$1 rate=$2 request=$3
    local name login path body header auth
    IFS='|' read -r name login path body header <<< "$request"
    auth=$(login_of "$login")
    local args=(-z "$duration" -c "$CLIENTS" -q $(( (rate + CLIENTS - 1) / CLIENTS )) -o csv)
    # No rate: one client, each request sent when the last was answered (hey_serial).
    [ -n "${HEY_SERIAL:-}" ] && args=(-z "$duration" -c 1 -o csv)
    # hey's own -a is not used: its parsing of the login sent no credentials in hey 0.1.4 (every answer 401).
    [ -n "$auth" ] && args+=(-H "Authorization: Basic $(printf '%s' "$auth" | base64 -w0)")
    [ -n "$header" ] && args+=(-H "$header")
    if [ -n "$body" ]; then
        args+=(-m POST -d "$body" -T 'application/x-www-form-urlencoded' -H "Cookie: JSESSIONID=$SESSION"
            -H 'Faces-Request: partial/ajax' -H "Origin: $HTTP")
    elif [[ $path == *.xhtml ]]; then
        # A page is read in the organiser's session, as a browser does: without the cookie, every request
        # would start a session of its own, holding its page's state for the session's 30 minutes.
        args+=(-H "Cookie: JSESSIONID=$SESSION")
    elif [ -n "$CONTENT_TYPE" ]; then
        args+=(-T "$CONTENT_TYPE")
    fi
    hey "${args[@]}" "$HTTP$path"
}

# hey_serial DURATION REQUEST: requests one after the other for DURATION (hey_'s options without a rate).
hey_serial() {
    HEY_SERIAL=1 hey_ "$1" 1 "$2"
}

# Every request answers 200 with what it should before it is measured.
for request in "${REQUESTS[@]}"; do
    IFS='|' read -r name login path body header <<< "$request"
    auth=$(login_of "$login")
    expected=200
    if [ -n "$header" ]; then
        expected=304
        code=$(curl -sS -o "$WORK/reply" -w '%{http_code}' -H "$header" "$HTTP$path")
    elif [ -n "$body" ]; then
        code=$(curl -sS -o "$WORK/reply" -w '%{http_code}' -u "$auth" -H "Cookie: JSESSIONID=$SESSION" \
            -H 'Faces-Request: partial/ajax' -H "Origin: $HTTP" --data "$body" "$HTTP$path")
        grep -q '"events"' "$WORK/reply" || { echo "$name: no events in $(head -c 500 "$WORK/reply")"; exit 1; }
    else
        code=$(curl -sS -o "$WORK/reply" -w '%{http_code}' ${auth:+-u "$auth"} "$HTTP$path")
    fi
    [ "$code" = "$expected" ] || { echo "$name: GET $path answered $code: $(head -c 300 "$WORK/reply")"; exit 1; }
    printf '  %-26s %8s bytes\n' "$name" "$(wc -c < "$WORK/reply")"
done

# Prints "p50 p99 answered non-200 rate" of a hey CSV (response time in seconds in column 1, status in 7); a 304
# counts as a success (the answer of feed-current).
summary() {
    local seconds=${2%s}
    tail -n +2 "$1" | awk -F, '{ print $1 * 1000, $7 }' | sort -g | awk -v seconds="$seconds" '
        { n++; t[n] = $1; if ($2 != 200 && $2 != 304) bad++ }
        END {
            if (n == 0) { print "0 0 0 0 0"; exit }
            printf "%.1f %.1f %d %d %.1f\n", t[int(0.50 * (n - 1)) + 1], t[int(0.99 * (n - 1)) + 1], n, bad + 0, n / seconds
        }'
}

echo "== measuring, after $WARM_UP of warm-up each, $DURATION each at $RATE requests/s from $CLIENTS clients"
for request in "${REQUESTS[@]}"; do
    name=${request%%|*}
    echo "$name" | grep -Eq "$ONLY" || [ "$name" = static ] || continue
    hey_ "$WARM_UP" "$RATE" "$request" > /dev/null
    hey_ "$DURATION" "$RATE" "$request" > "$WORK/$name.csv"
    if [ "$LADDER" = 1 ]; then
        # Doubling the rate until p99 passes the bound or the rate is not held (95 % of the requests answered,
        # all of them 200): the last rate held is the request's capacity.
        held=0
        rate=$RATE
        while [ "$rate" -le 3200 ]; do
            hey_ "$LADDER_DURATION" "$rate" "$request" > "$WORK/ladder.csv"
            read -r _ p99 answered bad reached < <(summary "$WORK/ladder.csv" "$LADDER_DURATION")
            awk -v p="$p99" -v b="$LADDER_P99" -v r="$reached" -v want="$rate" -v bad="$bad" \
                'BEGIN { exit !(p < b && r >= 0.95 * want && bad == 0) }' || break
            held=$rate
            rate=$((rate * 2))
        done
        echo "$held" > "$WORK/$name.held"
    fi
done

read -r floor50 floor99 _ _ _ < <(summary "$WORK/static.csv" "$DURATION")
printf '%-26s %8s %8s %9s %7s %7s %9s %9s %12s\n' request p50_ms p99_ms answered non_200 req/s p50/floor p99/floor \
    "held_p99<${LADDER_P99}ms"
for request in "${REQUESTS[@]}"; do
    name=${request%%|*}
    [ -f "$WORK/$name.csv" ] || continue
    read -r p50 p99 answered bad rate < <(summary "$WORK/$name.csv" "$DURATION")
    printf '%-26s %8s %8s %9s %7s %7s %9.1f %9.1f %12s\n' "$name" "$p50" "$p99" "$answered" "$bad" "$rate" \
        "$(awk -v a="$p50" -v b="$floor50" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
        "$(awk -v a="$p99" -v b="$floor99" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
        "$(cat "$WORK/$name.held" 2>/dev/null || echo -)"
done

JVM=$(pgrep -P "$SERVER_PID" java | head -1)
if [ "${SERIAL%s}" != 0 ]; then
    # What each request costs without a queue: one client, one request after the other, and the processor time
    # the server's JVM and PostgreSQL's processes (when they run on this machine) spent per request, from
    # /proc. At $RATE requests/s on two cores, a request that costs c ms of processor leaves the others
    # 2000 - $RATE * c ms per second: this is what makes the p99 above a multiple of the floor's.
    ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null || echo 0; }
    pg_stats() { for p in $(pgrep -u postgres postgres 2>/dev/null); do echo "/proc/$p/stat"; done; }
    hz=$(getconf CLK_TCK)
    # What both spend with no request at all (the outbox's and Quartz's polling, the JIT finishing), per second,
    # is taken off each request's share.
    now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
    idle_start=$(now_ms)
    server_idle=$(ticks "/proc/$JVM/stat")
    db_idle=$(ticks $(pg_stats))
    sleep 10
    idle_ms=$(( $(now_ms) - idle_start ))
    server_idle=$(( $(ticks "/proc/$JVM/stat") - server_idle ))
    db_idle=$(( $(ticks $(pg_stats)) - db_idle ))
    echo "== each request alone: $SERIAL of requests one after the other from one client"
    printf '%-26s %8s %8s %13s %13s
' request p50_ms p99_ms server_cpu_ms db_cpu_ms
    for request in "${REQUESTS[@]}"; do
        name=${request%%|*}
        echo "$name" | grep -Eq "$ONLY" || [ "$name" = static ] || continue
        CLIENTS=1 hey_ 3s 50 "$request" > /dev/null
        started=$(now_ms)
        server_before=$(ticks "/proc/$JVM/stat")
        db_before=$(ticks $(pg_stats))
        hey_serial "$SERIAL" "$request" > "$WORK/$name.serial.csv"
        sent=$(( $(wc -l < "$WORK/$name.serial.csv") - 1 ))
        server_after=$(ticks "/proc/$JVM/stat")
        db_after=$(ticks $(pg_stats))
        took=$(( $(now_ms) - started ))
        read -r p50 p99 _ _ _ < <(summary "$WORK/$name.serial.csv" 1s)
        per_request() {
            awk -v a="$1" -v b="$2" -v idle="$3" -v idle_ms="$idle_ms" -v took="$took" -v n="$sent" -v hz="$hz" \
                'BEGIN { c = n > 0 ? ((b - a) - idle * took / idle_ms) * 1000 / hz / n : 0; print (c > 0 ? c : 0) }'
        }
        printf '%-26s %8s %8s %13.2f %13.2f\n' "$name" "$p50" "$p99" \
            "$(per_request "$server_before" "$server_after" "$server_idle")" \
            "$(per_request "$db_before" "$db_after" "$db_idle")"
    done
fi

echo "== live heap after a full GC"
jcmd "$JVM" GC.run > /dev/null
jcmd "$JVM" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); printf "live heap: %.0f MiB\n", v / 1024; exit } }'
stop_server

echo "== readiness: the server with the application (on this database) against the same server without it"
mkdir -p "$WORK/bare"
tar -C "$SERVER" --exclude=./standalone/tmp --exclude=./standalone/data --exclude=./standalone/log \
    --exclude='./standalone/deployments/*.war*' -cf - . | tar -C "$WORK/bare" -xf -
for i in $(seq 1 "$BOOTS"); do
    start_server "$WORK/bare" "$WORK/bare.log"
    bare=$BOOT_MS
    stop_server
    start_server "$SERVER" "$WORK/app.log" "$DB"
    app=$BOOT_MS
    stop_server
    echo "boot $i: bare $bare ms, with the application $app ms, ratio $(awk -v a="$app" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')"
done
