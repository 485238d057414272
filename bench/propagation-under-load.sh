#!/usr/bin/env bash
# How fresh is public-api under load? Measures, while wrk reads random products at CONNECTIONS
# concurrency, the time from admin-service's answer to an edit until public-api serves the new value
# (EDITS edits, through the real admin JSON API). Target: p99 <= 100 ms.
#
#   bench/propagation-under-load.sh            (PRODUCTS=100000 CONNECTIONS=64 EDITS=200)
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
EDITS=${EDITS:-200}
DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-5432} DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-}
BENCH_DB=${BENCH_DB:-bench_propagation}
ADMIN_PORT=${ADMIN_PORT:-18090} PUBLIC_PORT=${PUBLIC_PORT:-18091}
ADMIN_PASSWORD=bench-admin-password

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
LOGS=$(mktemp -d)
export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER
[[ -n $DB_PASSWORD ]] && export PGPASSWORD=$DB_PASSWORD
log() { printf '[propagation %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

[[ -f $REPO_DIR/admin-service/target/admin-service-0.1.0-SNAPSHOT.jar ]] ||
    (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -pl admin-service,public-api -am)

pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" || true
}
trap cleanup EXIT

wait_ready() {
    for _ in $(seq 1 120); do
        curl -fs -o /dev/null "http://127.0.0.1:$1/health/readiness" && return 0
        sleep 1
    done
    log "service on port $1 did not become ready; logs in $LOGS"; exit 1
}

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB"
export DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME=$BENCH_DB
log "loading $PRODUCTS demo products"
ADMIN_PORT=$ADMIN_PORT ADMIN_USERNAME=admin ADMIN_PASSWORD=$ADMIN_PASSWORD CATALOG_DEMO_PRODUCTS=$PRODUCTS \
    java -Xmx512m -jar "$REPO_DIR/admin-service/target/admin-service-0.1.0-SNAPSHOT.jar" >"$LOGS/admin.log" 2>&1 &
pids+=($!)
wait_ready "$ADMIN_PORT"
PUBLIC_PORT=$PUBLIC_PORT PUBLIC_RATE_LIMIT_ENABLED=false \
    java -Xms512m -Xmx512m -jar "$REPO_DIR/public-api/target/public-api-0.1.0-SNAPSHOT.jar" >"$LOGS/public.log" 2>&1 &
pids+=($!)
wait_ready "$PUBLIC_PORT"

log "read load: wrk -c$CONNECTIONS on random ids, while $EDITS edits go through admin-service"
PRODUCTS=$PRODUCTS COUNT_STATUS=0 wrk -t2 -c"$CONNECTIONS" -d600s -s "$BENCH_DIR/random-product.lua" \
    "http://127.0.0.1:$PUBLIC_PORT" >"$LOGS/wrk.log" 2>&1 &
pids+=($!)
sleep 5
python3 "$BENCH_DIR/propagation_lag.py" "http://127.0.0.1:$ADMIN_PORT" "http://127.0.0.1:$PUBLIC_PORT" \
    "admin:$ADMIN_PASSWORD" "$PRODUCTS" "$EDITS"
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u)"
