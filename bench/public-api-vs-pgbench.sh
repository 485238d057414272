#!/usr/bin/env bash
# public-api by-id reads against PostgreSQL's own single-row lookup rate, measured side by side.
#
# One run, on one machine, in this order:
#   1. a fresh database, migrated and filled with the demo catalog by admin-service (then stopped);
#   2. pgbench: the API's own query (SELECT + JOIN, published product by random id), prepared;
#   3. pgbench: the pgbench -S equivalent (one column of one row of product by primary key);
#   4. nginx (Debian) serving a product's JSON as a file, to the same wrk run: what HTTP on this box does;
#   5. public-api with its cache on:  wrk, random ids over the whole catalog; then 1,000 connections;
#   6. public-api with its cache off: the same wrk run, so every request is a database query.
# public-api and admin-service start as their images and docker-compose.yml run them (bench/shipped.sh:
# the Dockerfile's JVM options with its AppCDS archive, compose's memory limit); the report gives their
# start to ready and public-api's RSS with the whole catalog cached.
# It prints a markdown table (rates, latency, ratios to pgbench, machine, commands) and writes it to
# bench/results/<timestamp>.md, with the raw outputs and service logs in bench/results/<timestamp>/.
#
# Usage:
#   bench/public-api-vs-pgbench.sh [--products N] [--connections C] [--duration 20s] [--rounds 3] [--threads T]
#                                  [--warmup 5s] [--pool-size P]
# Every option can also be given as an environment variable (PRODUCTS=... and so on, see below).
#
# On a 2-core machine wrk, the JVM and PostgreSQL share the same two cores during every run (and
# pgbench shares them with PostgreSQL). That is the honest setting for "what does this box do", not
# an isolated measurement of any one of them; the report says so.

set -euo pipefail

# ---------------------------------------------------------------------------------------------------
# Settings: environment first, command-line options override.
# ---------------------------------------------------------------------------------------------------
PRODUCTS=${PRODUCTS:-100000}          # demo catalog size; ids are 1..PRODUCTS in a fresh database
CONNECTIONS=${CONNECTIONS:-64}        # wrk connections and pgbench clients
DURATION=${DURATION:-20s}             # each measured run
ROUNDS=${ROUNDS:-3}                   # measured runs of each; the median stands, all are reported
THREADS=${THREADS:-2}                 # wrk threads and pgbench threads (-j)
WARMUP=${WARMUP:-5s}                  # an unmeasured run before each measured one (JIT, caches)
# The pool between public-api and PostgreSQL. 64 HTTP connections do not need 64 database
# connections: a non-blocking service multiplexes them, and on 2 cores more backends than cores only
# add context switches. See bench/README.md for the sizes tried; 16 did best here.
DB_POOL_SIZE=${DB_POOL_SIZE:-16}
# Empty: the JVM options of public-api's image (bench/shipped.sh). Anything else replaces them, for trying
# a flag before shipping it; the report then says the run is not the shipped configuration.
JAVA_OPTS=${JAVA_OPTS:-}
MANY_CONNECTIONS=${MANY_CONNECTIONS:-1000}   # the keep-alive connections of the second cache-on run
# Before its WARMUP, each public-api process is asked for every id once. With the cache on that fills
# the cache, so the run measures a warm cache rather than the first seconds of filling one; with the
# cache off it is the same JIT warm-up of the whole by-id path (a few seconds of wrk are not enough
# for C2 to compile it: a cold JVM here answers ~50-500 req/s, a warm one thousands). FULL_PASS=0
# skips it and measures after WARMUP only.
FULL_PASS=${FULL_PASS:-1}
# The machine may be shared. Before each measured run, wait (up to QUIET_TIMEOUT seconds; 0 = do not
# wait) until other processes use less than QUIET_BUSY percent of the CPUs, and report what they used.
QUIET_BUSY=${QUIET_BUSY:-20}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-120}

# PostgreSQL; by default the local server with trust authentication.
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-}
# Not DB_NAME: that variable may point at a real catalog in the caller's environment, and this
# script drops its database at the end.
BENCH_DB=${BENCH_DB:-bench_catalog}

# Ports away from the services' defaults (8080/8081), which a developer may have running.
ADMIN_PORT=${ADMIN_PORT:-18080}
PUBLIC_PORT=${PUBLIC_PORT:-18081}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19081}  # public-api's /prometheus
NGINX_PORT=${NGINX_PORT:-18082}

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
    cat <<EOF
Environment (current value):
  PRODUCTS=$PRODUCTS CONNECTIONS=$CONNECTIONS DURATION=$DURATION ROUNDS=$ROUNDS THREADS=$THREADS WARMUP=$WARMUP
  DB_POOL_SIZE=$DB_POOL_SIZE JAVA_OPTS="$JAVA_OPTS" FULL_PASS=$FULL_PASS
  QUIET_BUSY=$QUIET_BUSY QUIET_TIMEOUT=$QUIET_TIMEOUT
  DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=<${DB_PASSWORD:+set}${DB_PASSWORD:-empty}> BENCH_DB=$BENCH_DB
  ADMIN_PORT=$ADMIN_PORT PUBLIC_PORT=$PUBLIC_PORT
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --products) PRODUCTS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --pool-size) DB_POOL_SIZE=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
ADMIN_JAR=$REPO_DIR/admin-service/target/admin-service-0.1.0-SNAPSHOT.jar
PUBLIC_JAR=$REPO_DIR/public-api/target/public-api-0.1.0-SNAPSHOT.jar
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS_DIR=$BENCH_DIR/results
RUN_DIR=$RESULTS_DIR/$STAMP          # raw outputs and service logs of this run
REPORT=$RESULTS_DIR/$STAMP.md

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------
# Checks before anything is started, so a missing tool fails in a second, not after the data load.
# ---------------------------------------------------------------------------------------------------
for tool in java wrk pgbench psql curl awk nginx python3; do
    command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install -y wrk; pgbench/psql: postgresql-client)"
done
[[ $PRODUCTS =~ ^[1-9][0-9]*$ ]] || die "PRODUCTS must be a positive integer, not '$PRODUCTS'"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer (the median stands; of an even count, the lower middle), not '$ROUNDS'"
[[ $CONNECTIONS =~ ^[1-9][0-9]*$ && $THREADS =~ ^[1-9][0-9]*$ ]] || die "CONNECTIONS and THREADS must be positive integers"
(( CONNECTIONS >= THREADS )) || die "CONNECTIONS ($CONNECTIONS) must be at least THREADS ($THREADS)"
# The database is dropped on exit: only ever touch one whose name says it is a benchmark's.
[[ $BENCH_DB =~ ^bench[a-z0-9_]*$ ]] || die "BENCH_DB must start with 'bench' (it is dropped at the end), not '$BENCH_DB'"

# wrk takes 20s / 2m; pgbench -T wants whole seconds.
seconds() {
    local value=$1
    case "$value" in
        *[0-9]s) echo "${value%s}" ;;
        *[0-9]m) echo $(( ${value%m} * 60 )) ;;
        *[0-9]h) echo $(( ${value%h} * 3600 )) ;;
        *[0-9]) echo "$value" ;;
        *) die "cannot read '$value' as a duration (use e.g. 20s, 2m)" ;;
    esac
}
DURATION_S=$(seconds "$DURATION")
WARMUP_S=$(seconds "$WARMUP")
[[ $DURATION_S =~ ^[1-9][0-9]*$ ]] || die "DURATION must be at least 1s"

export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER
[[ -n $DB_PASSWORD ]] && export PGPASSWORD=$DB_PASSWORD
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }

psql_admin -Atc 'SELECT 1' >/dev/null || die "cannot reach PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER"

# pgbench opens CONNECTIONS backends at once; fail now, clearly, rather than halfway with
# "sorry, too many clients already" (other processes on a shared machine hold connections too).
free_connections=$(psql_admin -Atc "SELECT current_setting('max_connections')::int
                                          - current_setting('superuser_reserved_connections')::int
                                          - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')")
if (( free_connections < CONNECTIONS + 2 )); then
    die "PostgreSQL has $free_connections free connections, pgbench needs $CONNECTIONS (raise max_connections or lower CONNECTIONS)"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$ADMIN_PORT" "$PUBLIC_PORT" "$NGINX_PORT"; do
    port_in_use "$port" && die "port $port is already in use (set ADMIN_PORT / PUBLIC_PORT / NGINX_PORT)"
done

# Build the two service jars if they are missing. -o: offline, the build must not depend on the
# network; package (not install) so nothing leaks into ~/.m2.
if [[ ! -f $ADMIN_JAR || ! -f $PUBLIC_JAR ]]; then
    log "building the service jars"
    (cd "$REPO_DIR" && mvn -B -q -o package -DskipTests -pl admin-service,public-api -am)
fi

mkdir -p "$RUN_DIR"
# shellcheck source=bench/shipped.sh
source "$BENCH_DIR/shipped.sh"
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# ---------------------------------------------------------------------------------------------------
# Clean-up: whatever happens (success, failure, Ctrl-C), stop the services this script started and
# drop its database. Only the PIDs recorded here are signalled.
# ---------------------------------------------------------------------------------------------------
SERVICE_PID=""
DB_CREATED=0
PASS_PIDS=()

stop_service() {
    if [[ -n ${NGINX_PREFIX:-} ]]; then
        nginx -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf" -s stop 2>/dev/null || true
        NGINX_PREFIX=""
    fi
    # SIGTERM, a few seconds to close its database connections, then SIGKILL (bench/shipped.sh).
    SHIPPED_PID=$SERVICE_PID
    stop_shipped
    SERVICE_PID=""
}

cleanup() {
    local status=$?
    for pid in "${PASS_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    stop_service
    remove_shipped_cgroups
    if (( DB_CREATED )); then
        psql_admin -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null 2>&1 \
            || log "could not drop database $BENCH_DB; drop it by hand"
    fi
    (( status == 0 )) || log "failed (exit $status); raw outputs and service logs are in $RUN_DIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a service jar in the background with the given environment; its log goes to RUN_DIR.
start_service() {
    local name=$1 jar=$2; shift 2
    local service=$name
    [[ $name == public-api* ]] && service=public-api
    log "starting $name ($*)"
    STARTED_AT=$(date +%s%N)
    if [[ -z $JAVA_OPTS ]]; then
        start_shipped "$service" "$RUN_DIR/$name.log" DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$BENCH_DB" \
            DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" "$@"
        SERVICE_PID=$SHIPPED_PID STARTED_AT=$SHIPPED_STARTED_AT
        RUN_AS=$SHIPPED_DESCRIPTION
        return
    fi
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
    env DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$BENCH_DB" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        "$@" java $JAVA_OPTS -jar "$jar" >"$RUN_DIR/$name.log" 2>&1 &
    SERVICE_PID=$!
    RUN_AS="java $JAVA_OPTS (NOT the shipped options), no memory limit"
}

# Waits until /health/readiness answers 200 (database reachable, schema known, ...).
wait_ready() {
    local name=$1 port=$2 deadline=$((SECONDS + 180))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/readiness" 2>/dev/null; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$RUN_DIR/$name.log" >&2; die "$name exited during start-up"; }
        (( SECONDS < deadline )) || { tail -n 30 "$RUN_DIR/$name.log" >&2; die "$name not ready after 180 s"; }
        sleep 0.02
    done
    READY_MS=$(( ($(date +%s%N) - STARTED_AT) / 1000000 ))
    log "$name is ready on :$port after $READY_MS ms"
}

# ---------------------------------------------------------------------------------------------------
# 1. A fresh database with the demo catalog.
# ---------------------------------------------------------------------------------------------------
log "creating database $BENCH_DB"
psql_admin -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null
psql_admin -c "CREATE DATABASE $BENCH_DB" >/dev/null
DB_CREATED=1

# The images' AppCDS archives, built the way their Dockerfiles build them.
if [[ -z $JAVA_OPTS ]]; then
    for service in admin-service public-api; do shipped_archive "$service" "$RUN_DIR/$service-cds-training.log"; done
fi

# admin-service owns the schema: it applies the migrations and loads the demo catalog at start.
start_service admin-service "$ADMIN_JAR" ADMIN_PORT="$ADMIN_PORT" CATALOG_DEMO_PRODUCTS="$PRODUCTS" SHUTDOWN_READINESS_DELAY=PT0S
wait_ready admin-service "$ADMIN_PORT"
loaded=$(psql_bench -Atc 'SELECT count(*) FROM product')
(( loaded == PRODUCTS )) || die "expected $PRODUCTS demo products, found $loaded (see $RUN_DIR/admin-service.log)"
stop_service
# Start to ready of a restart, the migrations already applied (what a rolling deploy waits for); its RSS.
ADMIN_STARTS=()
for _ in 1 2 3; do
    start_service admin-service "$ADMIN_JAR" ADMIN_PORT="$ADMIN_PORT" SHUTDOWN_READINESS_DELAY=PT0S
    wait_ready admin-service "$ADMIN_PORT"
    ADMIN_STARTS+=("$READY_MS")
    ADMIN_RSS=$(rss_mb "$SERVICE_PID")
    stop_service
done
ADMIN_RUN_AS=$RUN_AS

# Settle the freshly loaded table before measuring anything: VACUUM sets hint bits and the visibility
# map and ANALYZE gives the planner statistics (otherwise autovacuum may do both in the middle of a
# run), and CHECKPOINT writes the load's dirty pages now instead of during a run.
psql_bench -c 'VACUUM (ANALYZE) product, category' -c 'CHECKPOINT'
read -r published drafts < <(psql_bench -Atc \
    "SELECT count(*) FILTER (WHERE status = 'PUBLISHED'), count(*) FILTER (WHERE status <> 'PUBLISHED') FROM product" | tr '|' ' ')
log "catalog: $PRODUCTS products, $published published, $drafts draft/archived (these answer 404)"

# ---------------------------------------------------------------------------------------------------
# Helpers that run one measurement and pull the numbers out of its output.
# ---------------------------------------------------------------------------------------------------
COMMANDS=()   # every measured command, exactly as run, for the report

# Latency percentiles of a pgbench run from its sampled per-transaction log (column 3: microseconds).
pgbench_percentiles() {
    local prefix=$1
    cat "$prefix".* 2>/dev/null | awk '{print $3}' | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "n/a n/a"; exit }
            p50 = v[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]
            p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1]
            printf "%.2f %.2f\n", p50 / 1000, p99 / 1000
        }'
}

# Runs pgbench with a script file: a warm-up run, then the measured one.
# Sets PG_TPS, PG_P50, PG_P99, PG_FAILED (and BUSY, see wait_for_quiet).
run_pgbench() {
    local label=$1 file=$2
    local base=(pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -D "products=$PRODUCTS" -f "$file" "$BENCH_DB")
    wait_for_quiet
    if (( WARMUP_S > 0 )); then
        log "pgbench $label: warm-up $WARMUP_S s"
        "${base[@]}" -T "$WARMUP_S" >"$RUN_DIR/pgbench-$label-warmup.txt" 2>&1
    fi
    local round lines=()
    for ((round = 1; round <= ROUNDS; round++)); do
        pgbench_round "$label-$round"
        lines+=("$PG_TPS $PG_P50 $PG_P99 ${PG_FAILED:-0}")
    done
    read -r PG_TPS PG_P50 PG_P99 PG_FAILED < <(printf '%s\n' "${lines[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
    PG_ROUNDS=$(printf '%s\n' "${lines[@]}" | awk '{ printf "%s%.0f", (NR > 1 ? " / " : ""), $1 }')
    log "pgbench $label: median $PG_TPS tps of $PG_ROUNDS"
}

# One measured pgbench run (base and label from run_pgbench); sets the PG_ figures of it.
pgbench_round() {
    local label=$1
    log "pgbench $label: $DURATION_S s"
    # A 5% sample of transactions is logged for percentiles: enough for p99, cheap enough not to
    # slow the run down.
    local cmd=("${base[@]}" -T "$DURATION_S" --log --sampling-rate=0.05 --log-prefix="$RUN_DIR/pgbench-$label-log")
    [[ $label == *-1 ]] && COMMANDS+=("${cmd[*]}   # $ROUNDS rounds")
    "${cmd[@]}" >"$RUN_DIR/pgbench-$label.txt" 2>&1 || { cat "$RUN_DIR/pgbench-$label.txt" >&2; die "pgbench $label failed"; }
    # PostgreSQL 14+ says "without initial connection time", older ones "excluding connections establishing".
    PG_TPS=$(awk '/^tps = / && /without initial connection time|excluding connections/ { print $3; exit }' "$RUN_DIR/pgbench-$label.txt")
    PG_FAILED=$(awk '/number of failed transactions/ { print $5; exit }' "$RUN_DIR/pgbench-$label.txt")
    [[ -n $PG_TPS ]] || { cat "$RUN_DIR/pgbench-$label.txt" >&2; die "no tps in pgbench output"; }
    read -r PG_P50 PG_P99 < <(pgbench_percentiles "$RUN_DIR/pgbench-$label-log")
    rm -f "$RUN_DIR/pgbench-$label-log".*
    log "pgbench $label: $PG_TPS tps, p50 $PG_P50 ms, p99 $PG_P99 ms"
}

# wrk prints latencies as 812.00us, 2.31ms or 1.02s; the report uses milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}

# public-api's own count of answers per HTTP status so far ("200 123", one line per status), from its
# http.server.requests counters; the scrapes themselves are left out.
status_counts() {
    curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/prometheus" | awk '
        /^http_server_requests_seconds_count\{/ && !/uri="\/prometheus"/ {
            match($0, /status="[0-9]+"/); n[substr($0, RSTART + 8, RLENGTH - 9)] += $NF }
        END { for (s in n) printf "%s %d\n", s, n[s] }'
}

# Runs wrk against public-api: a warm-up run, then the measured one.
# Sets W_RPS, W_P50, W_P99, W_TOTAL, W_200, W_404, W_OTHER, W_SOCKET (and BUSY).
# wrk runs without a Lua callback per response (COUNT_STATUS=0): that callback costs wrk CPU the
# service would otherwise get on a shared 2-core machine. The split by status comes from public-api's
# own counters instead, read before and after the run (and checked against wrk's non-2xx count).
run_wrk() {
    local label=$1 port=${2:-$PUBLIC_PORT} CONNECTIONS=${3:-$CONNECTIONS}
    local url=http://127.0.0.1:$port
    local script=$BENCH_DIR/random-product.lua
    wait_for_quiet
    if (( WARMUP_S > 0 )); then
        log "wrk $label: warm-up $WARMUP_S s"
        # shellcheck disable=SC2153  # CONNECTIONS is this function's (local above)
        COUNT_STATUS=0 PRODUCTS=$PRODUCTS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_S}s" -s "$script" "$url" \
            >"$RUN_DIR/wrk-$label-warmup.txt" 2>&1
    fi
    local round lines=()
    for ((round = 1; round <= ROUNDS; round++)); do
        wrk_round "$label" "$label-$round" "$port" "$url" "$script"
        lines+=("$W_RPS $W_P50 $W_P99 $W_TOTAL $W_200 $W_404 $W_OTHER $W_SOCKET")
    done
    # The median round by rate stands for the run; the report shows every round's rate.
    read -r W_RPS W_P50 W_P99 W_TOTAL W_200 W_404 W_OTHER W_SOCKET < <(printf '%s\n' "${lines[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p")
    W_ROUNDS=$(printf '%s\n' "${lines[@]}" | awk '{ printf "%s%.0f", (NR > 1 ? " / " : ""), $1 }')
    log "wrk $label: median $W_RPS req/s of $W_ROUNDS"
}

# One measured wrk run; sets the W_ figures of it.
wrk_round() {
    local name=$1 label=$2 port=$3 url=$4 script=$5
    log "wrk $label: $DURATION"
    local cmd=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$script" --latency "$url")
    [[ $label == *-1 ]] && COMMANDS+=("COUNT_STATUS=0 PRODUCTS=$PRODUCTS ${cmd[*]}   # $ROUNDS rounds")
    [[ $port == "$PUBLIC_PORT" ]] && status_counts >"$RUN_DIR/status-$label-before.txt" || echo "200 0" >"$RUN_DIR/status-$label-before.txt"
    COUNT_STATUS=0 PRODUCTS=$PRODUCTS "${cmd[@]}" >"$RUN_DIR/wrk-$label.txt" 2>&1 || { cat "$RUN_DIR/wrk-$label.txt" >&2; die "wrk $label failed"; }
    if [[ $port == "$PUBLIC_PORT" ]]; then
        status_counts >"$RUN_DIR/status-$label-after.txt"
    else   # nginx: wrk's count of anything but 2xx/3xx is its errors
        awk '/requests in/ { total = $1 } /Non-2xx or 3xx responses:/ { bad = $NF }
             END { print "200", total - bad; if (bad > 0) print "500", bad }' "$RUN_DIR/wrk-$label.txt" >"$RUN_DIR/status-$label-after.txt"
    fi
    local out=$RUN_DIR/wrk-$label.txt
    W_RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    W_TOTAL=$(awk '/requests in/ { print $1 }' "$out")
    W_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    W_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    local diff
    diff=$(awk 'NR == FNR { before[$1] = $2; next } { print $1, $2 - before[$1] }' \
        "$RUN_DIR/status-$label-before.txt" "$RUN_DIR/status-$label-after.txt")
    W_200=$(awk '$1 == 200 { print $2 }' <<<"$diff"); W_200=${W_200:-0}
    W_404=$(awk '$1 == 404 { print $2 }' <<<"$diff"); W_404=${W_404:-0}
    W_OTHER=$(awk '$1 != 200 && $1 != 404 { n += $2 } END { print n + 0 }' <<<"$diff")
    W_SOCKET=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out"); W_SOCKET=${W_SOCKET:-0}
    [[ -n $W_RPS ]] || { cat "$out" >&2; die "no Requests/sec in wrk output"; }
    local non2xx
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out"); non2xx=${non2xx:-0}
    (( non2xx == W_404 + W_OTHER )) \
        || log "note: wrk counted $non2xx non-2xx answers, public-api $((W_404 + W_OTHER)) (requests in flight at the end differ)"
    log "wrk $label: $W_RPS req/s, p50 $W_P50 ms, p99 $W_P99 ms, 200: $W_200, 404: $W_404, other: $W_OTHER, socket errors: $W_SOCKET"
}

# Starts public-api with the cache on or off and waits until it is ready.
start_public_api() {
    local cache=$1
    start_service "public-api-cache-$cache" "$PUBLIC_JAR" \
        PUBLIC_PORT="$PUBLIC_PORT" MANAGEMENT_PORT="$MANAGEMENT_PORT" PUBLIC_CACHE_ENABLED="$([[ $cache == on ]] && echo true || echo false)" \
        PUBLIC_RATE_LIMIT_ENABLED=false DB_POOL_SIZE="$DB_POOL_SIZE"
    wait_ready "public-api-cache-$cache" "$PUBLIC_PORT"
    PUBLIC_STARTS+=("$READY_MS")
    if (( FULL_PASS )); then full_pass; fi
    # A draft must answer 404 and a published product 200; otherwise the numbers would mean nothing.
    local draft_id published_id
    draft_id=$(psql_bench -Atc "SELECT min(id) FROM product WHERE status <> 'PUBLISHED'")
    published_id=$(psql_bench -Atc "SELECT min(id) FROM product WHERE status = 'PUBLISHED'")
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PUBLIC_PORT/api/v1/products/$published_id") == 200 ]] \
        || die "public-api does not answer 200 for published product $published_id"
    if [[ -n $draft_id ]]; then
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PUBLIC_PORT/api/v1/products/$draft_id") == 404 ]] \
            || die "public-api does not answer 404 for draft product $draft_id"
    fi
}

# Requests every id once (see FULL_PASS). curl's URL globbing walks a range of ids over one kept-alive
# connection; a few of them in parallel split 1..N. The answers are thrown away.
full_pass() {
    log "full pass: every id in 1..$PRODUCTS once"
    local started=$SECONDS parts=8 part
    for ((part = 0; part < parts; part++)); do
        local from=$(( PRODUCTS * part / parts + 1 )) to=$(( PRODUCTS * (part + 1) / parts ))
        curl -s -o /dev/null "http://127.0.0.1:$PUBLIC_PORT/api/v1/products/[$from-$to]" &
        PASS_PIDS+=("$!")
    done
    for pid in "${PASS_PIDS[@]}"; do wait "$pid"; done
    PASS_PIDS=()
    log "full pass done in $((SECONDS - started)) s"
}

# Percent of all CPUs busy over two seconds, from /proc/stat. Called between runs, when what this
# script started is idle, so it is what the rest of the machine is using.
busy_percent() {
    local a b
    a=$(awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print idle, total }' /proc/stat)
    sleep 2
    b=$(awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print idle, total }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
        d = y[2] - x[2]; printf "%.0f", (d > 0 ? 100 * (1 - (y[1] - x[1]) / d) : 0) }'
}

# Waits until the rest of the machine is quiet enough (see QUIET_BUSY); sets BUSY to what it used.
wait_for_quiet() {
    local deadline=$((SECONDS + QUIET_TIMEOUT))
    BUSY=$(busy_percent)
    while (( BUSY > QUIET_BUSY && SECONDS < deadline )); do
        log "other processes use ${BUSY}% of the CPUs; waiting for < ${QUIET_BUSY}% (up to ${QUIET_TIMEOUT} s)"
        sleep 3
        BUSY=$(busy_percent)
    done
    (( BUSY <= QUIET_BUSY )) || log "machine still ${BUSY}% busy; measuring anyway (the report shows it)"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------
# 2 + 3. PostgreSQL's own rate: nothing of ours runs beside pgbench.
# ---------------------------------------------------------------------------------------------------
run_pgbench join "$BENCH_DIR/pgbench-product-by-id.sql"
JOIN_ROUNDS=$PG_ROUNDS PK_ROUNDS=""
JOIN_TPS=$PG_TPS JOIN_P50=$PG_P50 JOIN_P99=$PG_P99 JOIN_FAILED=${PG_FAILED:-0} JOIN_BUSY=$BUSY
run_pgbench pk "$BENCH_DIR/pgbench-product-pk.sql"
PK_ROUNDS=$PG_ROUNDS
PK_TPS=$PG_TPS PK_P50=$PG_P50 PK_P99=$PG_P99 PK_FAILED=${PG_FAILED:-0} PK_BUSY=$BUSY

# ---------------------------------------------------------------------------------------------------
# 4. public-api, cache on.
# ---------------------------------------------------------------------------------------------------
PUBLIC_STARTS=()
start_public_api on
run_wrk cache-on
ON_ROUNDS=$W_ROUNDS ON_RPS=$W_RPS ON_P50=$W_P50 ON_P99=$W_P99 ON_TOTAL=$W_TOTAL ON_200=$W_200 ON_404=$W_404 ON_OTHER=$W_OTHER ON_SOCKET=$W_SOCKET ON_BUSY=$BUSY
run_wrk cache-on-many "$PUBLIC_PORT" "$MANY_CONNECTIONS"
MANY_ROUNDS=$W_ROUNDS MANY_RPS=$W_RPS MANY_P50=$W_P50 MANY_P99=$W_P99 MANY_TOTAL=$W_TOTAL MANY_200=$W_200 MANY_404=$W_404 MANY_OTHER=$W_OTHER MANY_SOCKET=$W_SOCKET MANY_BUSY=$BUSY
ON_RSS=$(rss_mb "$SERVICE_PID")
ON_ENTRIES=$(curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/prometheus" | awk '/^cache_size\{/ { n += $NF } END { printf "%d", n }')
PUBLIC_RUN_AS=$RUN_AS
# The body nginx serves: a published product's JSON, as public-api answers it.
PRODUCT_JSON_ID=$(psql_bench -Atc "SELECT min(id) FROM product WHERE status = 'PUBLISHED'")
NGINX_ROOT=$RUN_DIR/nginx
mkdir -p "$NGINX_ROOT/tmp"
curl -fsS -o "$NGINX_ROOT/product.json" "http://127.0.0.1:$PUBLIC_PORT/api/v1/products/$PRODUCT_JSON_ID"
stop_service

# ---------------------------------------------------------------------------------------------------
# nginx: the same wrk run against a file of the same size.
# ---------------------------------------------------------------------------------------------------
sed -e "s#@PORT@#$NGINX_PORT#" -e "s#@ROOT@#$NGINX_ROOT#" "$BENCH_DIR/nginx-product.conf" >"$NGINX_ROOT/nginx.conf"
nginx -p "$NGINX_ROOT" -c "$NGINX_ROOT/nginx.conf" || die "nginx did not start"
NGINX_PREFIX=$NGINX_ROOT
NGINX_BYTES=$(stat -c %s "$NGINX_ROOT/product.json")
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/api/v1/products/1") == 200 ]] \
    || die "nginx does not answer 200 with the product file (see $NGINX_ROOT)"
run_wrk nginx "$NGINX_PORT"
NGINX_ROUNDS=$W_ROUNDS NGINX_OTHER=$W_OTHER NGINX_RPS=$W_RPS NGINX_P50=$W_P50 NGINX_P99=$W_P99 NGINX_SOCKET=$W_SOCKET NGINX_BUSY=$BUSY
NGINX_VERSION=$(nginx -v 2>&1 | sed 's#.*/##')
stop_service

# ---------------------------------------------------------------------------------------------------
# 5. public-api, cache off: a new process, so nothing cached or JIT-compiled carries over.
# ---------------------------------------------------------------------------------------------------
start_public_api off
run_wrk cache-off
OFF_ROUNDS=$W_ROUNDS OFF_RPS=$W_RPS OFF_P50=$W_P50 OFF_P99=$W_P99 OFF_TOTAL=$W_TOTAL OFF_200=$W_200 OFF_404=$W_404 OFF_OTHER=$W_OTHER OFF_SOCKET=$W_SOCKET OFF_BUSY=$BUSY
stop_service

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }
verdict() { awk -v a="$1" -v b="$2" -v goal="$3" 'BEGIN { r = a / b; printf "%s (goal >= %.1fx)", (r >= goal ? "met" : "NOT met"), goal }'; }
rate() { awk -v v="$1" 'BEGIN { printf "%.0f", v }'; }
per_second() { awk -v n="$1" -v total="$2" -v rps="$3" 'BEGIN { if (total > 0) printf "%.0f", rps * n / total; else print "-" }'; }

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
JAVA_VERSION=$(java -version 2>&1 | awk 'NR == 1')
PG_VERSION=$(psql_admin -Atc 'SHOW server_version')
WRK_VERSION=$( { wrk -v 2>&1 || true; } | awk 'NR == 1 { print $1, $2 }')   # wrk -v exits 1

{
cat <<EOF
# public-api by-id reads vs pgbench, $(date -u '+%Y-%m-%d %H:%M:%S UTC')

Random ids over $PRODUCTS products ($published published, $drafts draft/archived, which answer 404 /
return no row), $CONNECTIONS connections, $THREADS threads, $ROUNDS rounds of $DURATION measured after $WARMUP of warm-up each
(the median round stands for the run).

| run | what it does | answers/s (median) | each round | 200/s | 404 (drafts) | errors | p50 ms | p99 ms | vs pgbench join | vs pgbench pk | others' CPU before |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| pgbench join | API's SELECT + JOIN, prepared | $(rate "$JOIN_TPS") | $JOIN_ROUNDS | - | - | $JOIN_FAILED | $JOIN_P50 | $JOIN_P99 | 1.00x | $(ratio "$JOIN_TPS" "$PK_TPS") | $JOIN_BUSY% |
| pgbench pk | \`-S\`-like: one column by pk | $(rate "$PK_TPS") | $PK_ROUNDS | - | - | $PK_FAILED | $PK_P50 | $PK_P99 | $(ratio "$PK_TPS" "$JOIN_TPS") | 1.00x | $PK_BUSY% |
| public-api cache on | GET /api/v1/products/{id} | $(rate "$ON_RPS") | $ON_ROUNDS | $(per_second "$ON_200" "$ON_TOTAL" "$ON_RPS") | $ON_404 | $((ON_OTHER + ON_SOCKET)) | $ON_P50 | $ON_P99 | **$(ratio "$ON_RPS" "$JOIN_TPS")** | $(ratio "$ON_RPS" "$PK_TPS") | $ON_BUSY% |
| public-api cache off | same, every answer from the database | $(rate "$OFF_RPS") | $OFF_ROUNDS | $(per_second "$OFF_200" "$OFF_TOTAL" "$OFF_RPS") | $OFF_404 | $((OFF_OTHER + OFF_SOCKET)) | $OFF_P50 | $OFF_P99 | **$(ratio "$OFF_RPS" "$JOIN_TPS")** | $(ratio "$OFF_RPS" "$PK_TPS") | $OFF_BUSY% |
| public-api cache on, $MANY_CONNECTIONS connections | the cache-on run, $MANY_CONNECTIONS keep-alive connections | $(rate "$MANY_RPS") | $MANY_ROUNDS | $(per_second "$MANY_200" "$MANY_TOTAL" "$MANY_RPS") | $MANY_404 | $((MANY_OTHER + MANY_SOCKET)) | $MANY_P50 | $MANY_P99 | $(ratio "$MANY_RPS" "$JOIN_TPS") | $(ratio "$MANY_RPS" "$PK_TPS") | $MANY_BUSY% |
| nginx $NGINX_VERSION | the same wrk run, a $NGINX_BYTES-byte product JSON file | $(rate "$NGINX_RPS") | $NGINX_ROUNDS | - | - | $((NGINX_OTHER + NGINX_SOCKET)) | $NGINX_P50 | $NGINX_P99 | $(ratio "$NGINX_RPS" "$JOIN_TPS") | $(ratio "$NGINX_RPS" "$PK_TPS") | $NGINX_BUSY% |

| goal | measured | |
|---|---|---|
| cached by-id reads >= 0.8x nginx serving a file of the same size | $(ratio "$ON_RPS" "$NGINX_RPS") | $(verdict "$ON_RPS" "$NGINX_RPS" 0.8) |
| uncached by-id reads >= 0.8x pgbench running the API's own query | $(ratio "$OFF_RPS" "$JOIN_TPS") | $(verdict "$OFF_RPS" "$JOIN_TPS" 0.8) |
| $MANY_CONNECTIONS keep-alive connections: p99 <= 50 ms, 0 errors | p99 $MANY_P99 ms, $((MANY_OTHER + MANY_SOCKET)) errors | $(awk -v p="$MANY_P99" -v e="$((MANY_OTHER + MANY_SOCKET))" 'BEGIN { print (p <= 50 && e == 0 ? "met" : "NOT met") }') |
| public-api RSS with the whole catalog cached ($ON_ENTRIES entries), after both cache-on runs, <= 300 MB | $ON_RSS MB | $( (( ON_RSS <= 300 )) && echo met || echo "NOT met") |
| admin-service RSS after a start, <= 300 MB | $ADMIN_RSS MB | $( (( ADMIN_RSS <= 300 )) && echo met || echo "NOT met") |
| public-api start to ready, JVM start included, <= 2 s | $(printf '%s ms ' "${PUBLIC_STARTS[@]}") | $(for ms in "${PUBLIC_STARTS[@]}"; do (( ms <= 2000 )) && echo met || echo "NOT met"; done | sort -u | paste -sd/) |
| admin-service start to ready, migrations applied, <= 4 s | $(printf '%s ms ' "${ADMIN_STARTS[@]}") | $(for ms in "${ADMIN_STARTS[@]}"; do (( ms <= 4000 )) && echo met || echo "NOT met"; done | sort -u | paste -sd/) |

- Start to ready: from the \`java\` command to the first 200 of /health/readiness (database reached, schema
  checked), polled every 20 ms, from the launch of \`java\`; public-api's before each of its two runs, admin-service's three restarts.
- answers/s counts every HTTP answer (wrk's Requests/sec); pgbench's tps likewise counts lookups that find
  no row. 404 is the correct answer for a draft id and is shown, not hidden: 200/s is the found share.
  "errors" = any other status (e.g. 503) plus wrk socket errors; pgbench's column is failed transactions.
  The split by status is public-api's own count (its http.server.requests counters, read before and
  after the run): wrk runs without a Lua callback per response, which would take CPU from the service.
- pgbench tps is "without initial connection time"; its p50/p99 come from a 5% sample of transactions
  (\`--log --sampling-rate=0.05\`), wrk's from \`--latency\`.
- $( (( FULL_PASS )) && echo "Each public-api process first answered every id once (cache on: the cache is full, so this is a warm
  cache; cache off: JIT warm-up of the same path), then the ${WARMUP} warm-up, then the measured run." || echo "No full pass: each public-api process had only the ${WARMUP} warm-up; with the cache on, the cache fills during the warm-up and the measured run.")
  Cache off: every answer comes from a query that started after its request arrived; concurrent lookups
  by id share one query (\`id = ANY(\$1)\`, PUBLIC_LOOKUP_QUERIES at a time), so pgbench runs one lookup per
  query and public-api up to 128. With the cache on, the 404s of drafts are cached like any answer.

**Setting.** This machine has $(nproc) cores. During the wrk runs, wrk, the public-api JVM and PostgreSQL
all compete for them; during the pgbench runs, pgbench and PostgreSQL do. That is the honest setting
for "what does this box do", not an isolated measurement of any one component. The machine is shared:
load average $LOAD_BEFORE before the runs, $LOAD_AFTER after; "others' CPU before" is the share of all
CPUs other processes used in the 2 s before each run (the script waits, up to ${QUIET_TIMEOUT} s, for it to drop below ${QUIET_BUSY}%).
Repeat the run and compare before trusting a difference of a few percent.

**Machine.** $(nproc) CPUs, $CPU_MODEL; $(uname -sr); $JAVA_VERSION; PostgreSQL $PG_VERSION on $DB_HOST:$DB_PORT (TCP);
$WRK_VERSION; $(pgbench --version).

**public-api.** \`java -jar public-api.jar\` with $PUBLIC_RUN_AS; DB_POOL_SIZE=$DB_POOL_SIZE,
PUBLIC_RATE_LIMIT_ENABLED=false, PUBLIC_CACHE_ENABLED=true|false, PUBLIC_PORT=$PUBLIC_PORT; its access log, metrics and request
ids on as shipped. **admin-service**: $ADMIN_RUN_AS. **nginx**: \`bench/nginx-product.conf\` (worker_processes auto, no access log).

**Commands** (in this order; each was preceded by a ${WARMUP} warm-up run of the same command, not shown):

\`\`\`
$(printf '%s\n' "${COMMANDS[@]}" | sed "s#$REPO_DIR/##g")
\`\`\`

Reproduce: \`$(basename "$BENCH_DIR")/$(basename "$0") --products $PRODUCTS --connections $CONNECTIONS --duration $DURATION --rounds $ROUNDS --threads $THREADS --warmup $WARMUP --pool-size $DB_POOL_SIZE\`
(raw outputs: \`bench/results/$STAMP/\`).
EOF
} | tee "$REPORT"

log "report written to $REPORT"
