#!/usr/bin/env bash
# Runs the demo: a local mailbox (GreenMail) and the provisioned server with the demo data, until Ctrl-C.
# Called by `mvn -Pdemo` after the build; settings already in the environment win over these defaults.
set -euo pipefail
cd "$(dirname "$0")/../../.."

export DEMO_DATA="${DEMO_DATA:-true}"
export SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-3025}"
export MAIL_FROM="${MAIL_FROM:-awareness@demo.example}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@demo.example}" ADMIN_PASSWORD="${ADMIN_PASSWORD:-awareness-admin}"

java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
     -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
     -jar target/demo/greenmail-standalone.jar > target/demo/greenmail.log 2>&1 &
mailbox=$!
target/server/bin/standalone.sh > target/demo/server.log 2>&1 &
server=$!
trap 'kill $server $mailbox 2>/dev/null; wait $server 2>/dev/null || true' EXIT INT TERM

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

    Organiser     organiser@demo.example    / awareness-demo
    Volunteer     laila.hassan@demo.example / awareness-demo
    Administrator $ADMIN_EMAIL / $ADMIN_PASSWORD

  Ctrl-C stops the server and the mailbox.
BANNER
        wait $server
        exit 0
    fi
    if ! kill -0 $server 2>/dev/null; then
        echo "The server stopped; see target/demo/server.log"; exit 1
    fi
    sleep 2
done
echo "The server did not become ready in 4 minutes; see target/demo/server.log"
exit 1
