#!/usr/bin/env bash
# The staff product list on the demo catalog, in the UI (signed in, a session cookie) and in the admin
# JSON API (a personal token), every request a random filter, sort and page (bench/staff-list.lua).
# admin-service runs as its image and compose run it (bench/shipped.sh). Prints a markdown table: pages/s
# and the time to answer at p50/p95/p99 (wrk on loopback, so the server's time plus a loopback hop), and
# admin-service's RSS afterwards.
#
# Usage: bench/staff-list.sh   (env: PRODUCTS=100000 CONNECTIONS=4 DURATION=30s WARMUP=20s)
# Needs: java, wrk, psql, curl, python3 with PyYAML, a local PostgreSQL (DB_HOST/DB_PORT/DB_USER, trust auth
# by default) and Redis on localhost:6379 (staff sessions).
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
# Staff are few: four of them clicking as fast as pages come is more than a busy team.
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
ADMIN_PORT=${ADMIN_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19080}
BENCH_DB=bench_staff_list
PASSWORD=bench-only-Passw0rd-4711

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
RUN_DIR=$BENCH_DIR/results/staff-list-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RUN_DIR"
# shellcheck source=bench/shipped.sh
source "$BENCH_DIR/shipped.sh"
log() { printf '[staff-list %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
for tool in java wrk psql curl python3; do command -v $tool >/dev/null || { log "$tool is missing"; exit 1; }; done
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER

cleanup() {
    stop_shipped
    remove_shipped_cgroups
    psql -qc "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -qc "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB" >/dev/null
shipped_archive admin-service "$RUN_DIR/cds-training.log"
start_admin() {
    start_shipped admin-service "$RUN_DIR/admin-service.log" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_USER="$DB_USER" \
        DB_PASSWORD= DB_NAME="$BENCH_DB" ADMIN_PORT="$ADMIN_PORT" MANAGEMENT_PORT="$MANAGEMENT_PORT" \
        ADMIN_USERNAME=bench ADMIN_PASSWORD="$PASSWORD" LOG_FORMAT=text SHUTDOWN_READINESS_DELAY=PT0S \
        ADMIN_SECOND_FACTOR_REQUIRED_FOR=NONE "$@"   # the benchmark's administrator signs in by password alone
    ready_after_ms "$ADMIN_PORT" "$SHIPPED_STARTED_AT" >/dev/null || { log "admin-service did not start"; exit 1; }
}
log "admin-service migrates and loads $PRODUCTS demo products"
start_admin CATALOG_DEMO_PRODUCTS="$PRODUCTS"
# A fresh process for the measurement: the load's garbage and JIT profile do not count.
stop_shipped
start_admin

base=http://127.0.0.1:$ADMIN_PORT
TOKEN=$(curl -fsS -u "bench:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"staff-list benchmark"}' \
    "$base/admin/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# Sign in as a browser does: the form's CSRF token, then the session cookie.
jar=$RUN_DIR/cookies.txt
csrf=$(curl -fsS -c "$jar" "$base/admin/login" | sed -n 's/.*name="csrfToken" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=bench" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "csrfToken=$csrf" "$base/admin/login"
SESSION=$(awk '$6 == "ADMIN_SESSION" { print $7 }' "$jar")
[[ -n $SESSION ]] || { log "could not sign in (see $jar)"; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' -b "ADMIN_SESSION=$SESSION" "$base/admin/products") == 200 ]] \
    || { log "the session cookie does not open the product list"; exit 1; }
CATEGORIES=$(psql -d "$BENCH_DB" -Atc "SELECT string_agg(id::text, ',') FROM category")
BRANDS=$(psql -d "$BENCH_DB" -Atc "SELECT string_agg(id::text, ',') FROM brand")

measure() { # kind auth -> a table row
    local kind=$1 auth=$2 out=$RUN_DIR/wrk-$1.txt
    KIND=$kind AUTH="$auth" CATEGORIES=$CATEGORIES BRANDS=$BRANDS wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" \
        -s "$BENCH_DIR/staff-list.lua" "$base" >/dev/null 2>&1
    KIND=$kind AUTH="$auth" CATEGORIES=$CATEGORIES BRANDS=$BRANDS wrk -t2 -c"$CONNECTIONS" -d"$DURATION" \
        -s "$BENCH_DIR/staff-list.lua" "$base" >"$out" 2>&1
    awk -v kind="$kind" '$1 == "pages/s" { r = $2 } $1 == "p50" { a = $2 } $1 == "p95" { b = $2 } $1 == "p99" { c = $2 }
        $1 == "max" { m = $2 } $1 == "non200" { e = $2 }
        END { printf "| %s | %s | %s | %s | %s | %s | %s |\n", kind, r, a, b, c, m, e }' "$out"
}

{
    echo "Staff product list, $PRODUCTS products, c=$CONNECTIONS, $DURATION after $WARMUP of warm-up, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "| list | pages/s | p50 ms | p95 ms | p99 ms | max ms | not 200 |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    measure ui "Cookie: ADMIN_SESSION=$SESSION"
    measure api "Authorization: Bearer $TOKEN"
    echo
    echo "admin-service RSS after both: $(rss_mb "$SHIPPED_PID") MB; $SHIPPED_DESCRIPTION"
    echo "$(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo); $(java -version 2>&1 | head -1); PostgreSQL $(psql -Atc 'SHOW server_version')"
} | tee "$RUN_DIR/report.md"
