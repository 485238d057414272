#!/usr/bin/env bash
# Uncached public list pages on the demo catalog: every documented filter with every sort, and a mix of
# them with cursors followed, measured at one concurrency. Optionally side by side with another build
# of the project (BEFORE=<checkout> with its jars built), each on a fresh database of its own.
#
# One run, per build: a fresh database, admin-service migrates it and loads the demo catalog (then
# stops), public-api starts with the cache off the way compose runs it (the image's JAVA_TOOL_OPTIONS,
# under the compose memory limit when this machine lets us create a memory cgroup), a warm-up with the
# mix, then a short wrk run per filter and sort. Writes docs/benchmarks/list-pages.md.
#
# Usage: bench/list-pages.sh   (env: PRODUCTS=100000 CONNECTIONS=64 DURATION=4s WARMUP=90s BEFORE=/path)
# Needs: java, wrk, psql, curl, python3, a local PostgreSQL (DB_HOST/DB_PORT/DB_USER, trust auth by default).
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-4s}
WARMUP=${WARMUP:-90s}
BEFORE=${BEFORE:-}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
ADMIN_PORT=${ADMIN_PORT:-18080}
PUBLIC_PORT=${PUBLIC_PORT:-18081}
# What public-api/Dockerfile and docker-compose.yml give the JVM, and compose's memory limit for it.
SHIPPED_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
MEMORY_LIMIT=512M
ADMIN_PASSWORD=bench-only-Passw0rd-4711
FILTERS="none category price in-stock out-of-stock text-common text-rare category-price-stock category-text"
SORTS="id name -name price -price updatedAt -updatedAt"

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
RUN_DIR=$BENCH_DIR/results/lists-$(date -u +%Y%m%dT%H%M%SZ)
OUT_MD=$REPO_DIR/docs/benchmarks/list-pages.md
CGROUP=/sys/fs/cgroup/memory/catalog-bench-public
mkdir -p "$RUN_DIR"
log() { printf '[lists %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
for tool in java wrk psql curl python3; do command -v $tool >/dev/null || { log "$tool is missing"; exit 1; }; done
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# The container's memory limit, as the JVM sees it in compose (heap = 75% of it, and the GC it picks).
LIMITED=no
if mkdir -p "$CGROUP" 2>/dev/null && echo "$MEMORY_LIMIT" >"$CGROUP/memory.limit_in_bytes" 2>/dev/null; then
    LIMITED=yes
else
    log "cannot create a memory cgroup here: public-api runs without compose's $MEMORY_LIMIT limit"
fi

PIDS=()
DATABASES=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [[ $LIMITED == yes ]] && rmdir "$CGROUP" 2>/dev/null || true
    for db in "${DATABASES[@]}"; do
        psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT

wait_ready() {
    for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/health/readiness" >/dev/null && return 0; sleep 1; done
    log "service on port $1 did not become ready"; exit 1
}
start() { # checkout name port database env...
    local checkout=$1 name=$2 port=$3 db=$4; shift 4
    local limit_self=":"
    [[ $name == public-api && $LIMITED == yes ]] && limit_self="echo \$\$ > $CGROUP/cgroup.procs"
    env "$@" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_USER="$DB_USER" DB_PASSWORD= DB_NAME="$db" \
        JAVA_TOOL_OPTIONS="$SHIPPED_JAVA_OPTIONS" \
        sh -c "$limit_self; exec java -jar '$checkout/$name/target/$name-0.1.0-SNAPSHOT.jar'" \
        >"$RUN_DIR/$name-$db.log" 2>&1 &
    PIDS+=($!)
    LAST_PID=$!
    wait_ready "$port"
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
one_run() { # label filter sort duration -> a results line
    local label=$1 filter=$2 sort=$3 duration=$4 out="$RUN_DIR/$1-$2-$3.txt"
    FILTER=$filter SORT=$sort SLUGS="$SLUGS" wrk -t2 -c"$CONNECTIONS" -d"$duration" --timeout 10s \
        -s "$BENCH_DIR/list-pages.lua" "http://127.0.0.1:$PUBLIC_PORT" >"$out" 2>&1 || true
    local rps p99 failed errors followed
    rps=$(awk '/Requests\/sec/ { printf "%d", $2 }' "$out")
    p99=$(awk '$1 == "p99" { print $2 }' "$out")
    failed=$(awk '$1 == "failed" { print $2 }' "$out")
    followed=$(awk '$1 == "followed" { print $2 }' "$out")
    errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$filter" "$sort" "${rps:-0}" "${p99:-}" \
        "$(( ${failed:-0} + ${errors:-0} ))" "${followed:-0}" "$(rss_mb "$PUBLIC_PID")" >>"$RESULTS"
}

RESULTS=$RUN_DIR/results.tsv
printf 'build\tfilter\tsort\trps\tp99\tfailed\tfollowed\trss_mb\n' >"$RESULTS"
BUILDS=()
[[ -n $BEFORE ]] && BUILDS+=("before=$BEFORE")
BUILDS+=("after=$REPO_DIR")
for build in "${BUILDS[@]}"; do
    label=${build%%=*} checkout=${build#*=} db=bench_lists_$label
    [[ -n $BEFORE ]] || label=this
    DATABASES+=("$db")
    psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    log "$label ($checkout): admin-service migrates and loads $PRODUCTS demo products"
    start "$checkout" admin-service "$ADMIN_PORT" "$db" ADMIN_PORT="$ADMIN_PORT" ADMIN_USERNAME=bench \
        ADMIN_PASSWORD="$ADMIN_PASSWORD" CATALOG_DEMO_PRODUCTS="$PRODUCTS" LOG_FORMAT=text
    kill "$LAST_PID"; wait "$LAST_PID" 2>/dev/null || true
    SLUGS=$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$db" -Atc "SELECT string_agg(slug, ',') FROM category")
    start "$checkout" public-api "$PUBLIC_PORT" "$db" PUBLIC_PORT="$PUBLIC_PORT" PUBLIC_CACHE_ENABLED=false \
        PUBLIC_RATE_LIMIT_ENABLED=false
    PUBLIC_PID=$LAST_PID
    log "$label: warm-up, $WARMUP of the mix"
    FILTER=mix SLUGS="$SLUGS" wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$BENCH_DIR/list-pages.lua" \
        "http://127.0.0.1:$PUBLIC_PORT" >/dev/null 2>&1 || true
    for filter in $FILTERS; do
        for sort in $SORTS; do one_run "$label" "$filter" "$sort" "$DURATION"; done
        log "$label: $filter done"
    done
    one_run "$label" mix any 15s
    log "$label mix: $(tail -1 "$RESULTS" | cut -f4)/s"
    kill "$PUBLIC_PID"; wait "$PUBLIC_PID" 2>/dev/null || true
done

python3 "$BENCH_DIR/list_pages_report.py" "$RESULTS" "$OUT_MD" \
    "$(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(java -version 2>&1 | head -1)" "$(psql -h "$DB_HOST" -U "$DB_USER" -Atc 'SHOW server_version')" \
    "JAVA_TOOL_OPTIONS=\"$SHIPPED_JAVA_OPTIONS\", memory limit $MEMORY_LIMIT: $LIMITED" \
    "PRODUCTS=$PRODUCTS CONNECTIONS=$CONNECTIONS DURATION=$DURATION WARMUP=$WARMUP${BEFORE:+ BEFORE=<previous build>} bench/list-pages.sh"
log "wrote $OUT_MD (raw: $RUN_DIR)"
