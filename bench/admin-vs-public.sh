#!/usr/bin/env bash
# The seeds' claim, measured on our pair: admin-service (blocking, JDBC) vs public-api (non-blocking,
# R2DBC) serving the same reads, side by side in one run, on the demo catalog.
#
# One run: a fresh database with the demo catalog (admin-service loads it), a personal API token for
# admin-service (a script's real authentication: one SHA-256 lookup, not BCrypt per request), then for
# each service configuration (admin-service; public-api cache on; public-api cache off) and each read
# (by id; a list page) and each concurrency (16, 64, 256, 1000): a warm-up and a measured wrk run.
# Writes docs/benchmarks/admin-vs-public.md (table, machine, commands) and admin-vs-public.svg.
#
# Usage: bench/admin-vs-public.sh   (env: PRODUCTS=100000 DURATION=10s WARMUP=3s CONCURRENCY="16 64 256 1000")
# Needs: java, wrk, psql, curl, python3, a local PostgreSQL (DB_HOST/DB_PORT/DB_USER, trust auth by default).
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONCURRENCY=${CONCURRENCY:-16 64 256 1000}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
BENCH_DB=bench_pair
ADMIN_PORT=${ADMIN_PORT:-18080}
PUBLIC_PORT=${PUBLIC_PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
ADMIN_PASSWORD=bench-only-Passw0rd-4711

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
RUN_DIR=$BENCH_DIR/results/pair-$(date -u +%Y%m%dT%H%M%SZ)
OUT_MD=$REPO_DIR/docs/benchmarks/admin-vs-public.md
OUT_SVG=$REPO_DIR/docs/benchmarks/admin-vs-public.svg
mkdir -p "$RUN_DIR"
log() { printf '[pair %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
for tool in java wrk psql curl python3; do command -v $tool >/dev/null || { log "$tool is missing"; exit 1; }; done
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $BENCH_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_ready() {
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/health/readiness" >/dev/null && return 0; sleep 1; done
    log "service on port $1 did not become ready"; exit 1
}
start() { # name port env...
    local name=$1 port=$2; shift 2
    env "$@" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_USER="$DB_USER" DB_PASSWORD= DB_NAME=$BENCH_DB \
        java $JAVA_OPTS -jar "$REPO_DIR/$name/target/$name-0.1.0-SNAPSHOT.jar" >"$RUN_DIR/$name-$port.log" 2>&1 &
    PIDS+=($!)
    LAST_PID=$!
    wait_ready "$port"
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB" >/dev/null
log "admin-service: migrating and loading $PRODUCTS demo products"
start admin-service "$ADMIN_PORT" ADMIN_PORT="$ADMIN_PORT" ADMIN_USERNAME=bench ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    CATALOG_DEMO_PRODUCTS="$PRODUCTS" LOG_FORMAT=text
ADMIN_PID=$LAST_PID
TOKEN=$(curl -sf -u "bench:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d '{"name":"admin-vs-public benchmark"}' "http://127.0.0.1:$ADMIN_PORT/admin/api/tokens" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d $BENCH_DB -Atc \
    "SELECT id FROM product WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 20000" >"$RUN_DIR/ids.txt"
SLUGS=$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d $BENCH_DB -Atc "SELECT string_agg(slug, ',') FROM category")

RESULTS=$RUN_DIR/results.tsv
printf 'service\tread\tconnections\trps\tp50\tp99\tfailed\trss_mb\n' >"$RESULTS"
measure() { # label port pid kind prefix list-style [token]
    local label=$1 port=$2 pid=$3 kind=$4 prefix=$5 style=$6 token=${7:-}
    for c in $CONCURRENCY; do
        local threads=2; (( c < threads )) && threads=$c
        local envs=(KIND="$kind" PREFIX="$prefix" LIST="$style" SLUGS="$SLUGS" IDS="$RUN_DIR/ids.txt")
        [[ -n $token ]] && envs+=(TOKEN="$token")
        env "${envs[@]}" wrk -t$threads -c"$c" -d"$WARMUP" -s "$BENCH_DIR/pair-read.lua" "http://127.0.0.1:$port" >/dev/null 2>&1 || true
        local out="$RUN_DIR/$label-$kind-c$c.txt"
        env "${envs[@]}" wrk -t$threads -c"$c" -d"$DURATION" --timeout 10s -s "$BENCH_DIR/pair-read.lua" \
            "http://127.0.0.1:$port" >"$out" 2>&1 || true
        local rps p50 p99 failed errors
        rps=$(awk '/Requests\/sec/ { printf "%d", $2 }' "$out")
        p50=$(awk '$1 == "p50" { print $2 }' "$out"); p99=$(awk '$1 == "p99" { print $2 }' "$out")
        failed=$(awk '$1 == "failed" { print $2 }' "$out")
        errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$kind" "$c" "${rps:-0}" "${p50:-}" "${p99:-}" \
            "$(( ${failed:-0} + ${errors:-0} ))" "$(rss_mb "$pid")" >>"$RESULTS"
        log "$label $kind c=$c: ${rps:-0}/s p99 ${p99:-?} ms"
    done
}

log "admin-service (token auth)"
measure admin-service "$ADMIN_PORT" "$ADMIN_PID" byid /admin/api/products admin "$TOKEN"
measure admin-service "$ADMIN_PORT" "$ADMIN_PID" list /admin/api/products admin "$TOKEN"
for cache in true false; do
    log "public-api, cache enabled: $cache"
    start public-api "$PUBLIC_PORT" PUBLIC_PORT="$PUBLIC_PORT" PUBLIC_CACHE_ENABLED=$cache \
        PUBLIC_RATE_LIMIT_ENABLED=false LOG_FORMAT=text
    label=public-api-cache-$([[ $cache == true ]] && echo on || echo off)
    measure "$label" "$PUBLIC_PORT" "$LAST_PID" byid /api/v1/products public
    measure "$label" "$PUBLIC_PORT" "$LAST_PID" list /api/v1/products public
    kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
done

python3 "$BENCH_DIR/admin_vs_public_report.py" "$RESULTS" "$OUT_MD" "$OUT_SVG" \
    "$(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(java -version 2>&1 | head -1)" "$(psql -h "$DB_HOST" -U "$DB_USER" -Atc 'SHOW server_version')" \
    "PRODUCTS=$PRODUCTS DURATION=$DURATION WARMUP=$WARMUP CONCURRENCY=\"$CONCURRENCY\" bench/admin-vs-public.sh"
log "wrote $OUT_MD and $OUT_SVG (raw: $RUN_DIR)"
