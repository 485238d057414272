#!/usr/bin/env bash
# public-api by-id reads through HAProxy with 1, 2 and 3 replicas, against one replica asked directly.
#
# One run, on one machine, in this order:
#   1. a fresh database, migrated and filled with the demo catalog by admin-service, which then keeps
#      running (HAProxy's admin backend checks it, as in compose);
#   2. for N in REPLICAS (1 2 3): N public-api processes (cache on), each asked for every id once
#      (FULL_PASS), then HAProxy running the project's own docker/haproxy/haproxy.cfg with its
#      server-template lines replaced by these processes (as system-tests' Balancer.java does);
#      a wrk warm-up through the balancer, then ROUNDS measured wrk runs through it. For N = 1 the
#      single replica is also measured directly (no balancer): the reference row. The replicas and
#      HAProxy are stopped before the next N.
# It prints a markdown table (reads/s per round, median, p99, ratio to the direct single replica) and
# writes it, with the raw wrk outputs, the generated haproxy.cfg files and the service logs, to RUN_DIR
# (a new directory under /tmp unless given).
#
# Usage:
#   bench/replicas-behind-haproxy.sh [--duration 15s] [--rounds 3] [--warmup 15s] [--products N]
#                                    [--connections C] [--threads T] [--replicas "1 2 3"]
# Every option can also be given as an environment variable (DURATION=... and so on, see below).
#
# On a 2-core machine wrk, HAProxy, the N public-api JVMs (and the idle admin-service) and PostgreSQL
# all share the same two cores: more replicas cannot add throughput there, and the ratio shows what the
# extra hop and the extra processes cost. On real hosts each replica has its own cores.

set -euo pipefail

# ---------------------------------------------------------------------------------------------------
# Settings: environment first, command-line options override.
# ---------------------------------------------------------------------------------------------------
PRODUCTS=${PRODUCTS:-100000}          # demo catalog size; ids are 1..PRODUCTS in a fresh database
CONNECTIONS=${CONNECTIONS:-64}        # wrk connections
THREADS=${THREADS:-2}                 # wrk threads
DURATION=${DURATION:-15s}             # each measured round
ROUNDS=${ROUNDS:-3}                   # measured rounds per configuration
WARMUP=${WARMUP:-15s}                 # one unmeasured wrk run per configuration before its rounds
REPLICAS=${REPLICAS:-1 2 3}           # public-api replica counts behind HAProxy
# The same JVM flags as the sibling scripts (public-api-vs-pgbench.sh, admin-vs-public.sh) give both
# services, so the single-replica figures compare with theirs: a fixed 512 MB heap (no resizing during
# a run) and the throughput collector.
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}
# Before the warm-up, each replica is asked directly for every id once, so that every replica's cache
# is full and the rounds measure warm caches whatever N is (a 15 s warm-up through the balancer splits
# its requests over N replicas and would leave each cache less full the larger N is). FULL_PASS=0
# skips it: then only WARMUP warms them.
FULL_PASS=${FULL_PASS:-1}
# HAProxy's log level. The project's config logs every request at info (option httplog); at tens of
# thousands of requests a second that is a file of gigabytes and CPU taken from the services, so by
# default the generated copy logs at notice, as system-tests' Balancer.java does. HAPROXY_LOG=info keeps
# the request log.
HAPROXY_LOG=${HAPROXY_LOG:-notice}
HAPROXY=${HAPROXY:-/usr/sbin/haproxy}
# The machine may be shared. Before each measured round, wait (up to QUIET_TIMEOUT seconds; 0 = do not
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
BENCH_DB=${BENCH_DB:-bench_replicas}
REDIS_URI=${REDIS_URI:-redis://127.0.0.1:6379}   # admin-service keeps its staff sessions there
ADMIN_USERNAME=bench
ADMIN_PASSWORD=bench-only-Passw0rd-4711

# Ports: the first free ones from BASE_PORT on (away from the services' defaults 8080/8081/8404).
BASE_PORT=${BASE_PORT:-18180}

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
    cat <<EOF
Environment (current value):
  PRODUCTS=$PRODUCTS CONNECTIONS=$CONNECTIONS THREADS=$THREADS DURATION=$DURATION ROUNDS=$ROUNDS WARMUP=$WARMUP
  REPLICAS="$REPLICAS" JAVA_OPTS="$JAVA_OPTS" FULL_PASS=$FULL_PASS HAPROXY_LOG=$HAPROXY_LOG HAPROXY=$HAPROXY
  QUIET_BUSY=$QUIET_BUSY QUIET_TIMEOUT=$QUIET_TIMEOUT
  DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=<${DB_PASSWORD:+set}${DB_PASSWORD:-empty}> BENCH_DB=$BENCH_DB
  REDIS_URI=$REDIS_URI BASE_PORT=$BASE_PORT RUN_DIR=${RUN_DIR:-<new directory under /tmp>}
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --duration) DURATION=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --products) PRODUCTS=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --replicas) REPLICAS=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
done

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
ADMIN_JAR=$REPO_DIR/admin-service/target/admin-service-0.1.0-SNAPSHOT.jar
PUBLIC_JAR=$REPO_DIR/public-api/target/public-api-0.1.0-SNAPSHOT.jar
HAPROXY_CFG=$REPO_DIR/docker/haproxy/haproxy.cfg
WRK_SCRIPT=$BENCH_DIR/random-product.lua

log() { printf '[replicas %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------
# Checks before anything is started, so a missing tool fails in a second, not after the data load.
# ---------------------------------------------------------------------------------------------------
for tool in java wrk psql curl awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install -y wrk; psql: postgresql-client)"
done
[[ -x $HAPROXY ]] || die "HAProxy is missing at $HAPROXY (apt-get install -y haproxy)"
[[ -f $HAPROXY_CFG ]] || die "no $HAPROXY_CFG"
[[ $PRODUCTS =~ ^[1-9][0-9]*$ ]] || die "PRODUCTS must be a positive integer, not '$PRODUCTS'"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $CONNECTIONS =~ ^[1-9][0-9]*$ && $THREADS =~ ^[1-9][0-9]*$ ]] || die "CONNECTIONS and THREADS must be positive integers"
(( CONNECTIONS >= THREADS )) || die "CONNECTIONS ($CONNECTIONS) must be at least THREADS ($THREADS)"
for n in $REPLICAS; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "REPLICAS must be positive integers, not '$REPLICAS'"; done
[[ -n ${REPLICAS// /} ]] || die "REPLICAS is empty"
# The database is dropped on exit: only ever touch one whose name says it is a benchmark's.
[[ $BENCH_DB =~ ^bench[a-z0-9_]*$ ]] || die "BENCH_DB must start with 'bench' (it is dropped at the end), not '$BENCH_DB'"
[[ $DURATION =~ ^[1-9][0-9]*[smh]?$ && $WARMUP =~ ^[0-9]+[smh]?$ ]] || die "DURATION/WARMUP: use e.g. 15s, 2m"
# Both server-template lines must still be there, or the generated copy would balance to nothing.
grep -q '^[[:space:]]*server-template public-api-' "$HAPROXY_CFG" || die "$HAPROXY_CFG has no 'server-template public-api-' line any more"
grep -q '^[[:space:]]*server-template admin-service-' "$HAPROXY_CFG" || die "$HAPROXY_CFG has no 'server-template admin-service-' line any more"

export PGHOST=$DB_HOST PGPORT=$DB_PORT PGUSER=$DB_USER
export PGOPTIONS='-c client_min_messages=warning'   # no "database ... does not exist, skipping"
[[ -n $DB_PASSWORD ]] && export PGPASSWORD=$DB_PASSWORD
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" "$@"; }
psql_admin -Atc 'SELECT 1' >/dev/null || die "cannot reach PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER"

# Each replica's pool holds up to DB_POOL_SIZE (default 16) connections, admin-service's 10.
max_replicas=$(printf '%s\n' $REPLICAS | sort -n | tail -n 1)
free_connections=$(psql_admin -Atc "SELECT current_setting('max_connections')::int
                                          - current_setting('superuser_reserved_connections')::int
                                          - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')")
needed=$(( max_replicas * ${DB_POOL_SIZE:-16} + 10 + 2 ))
(( free_connections >= needed )) \
    || die "PostgreSQL has $free_connections free connections, $max_replicas replicas and admin-service need up to $needed"

# Build the two service jars if they are missing. -o: offline, the build must not depend on the
# network; package (not install) so nothing leaks into ~/.m2.
if [[ ! -f $ADMIN_JAR || ! -f $PUBLIC_JAR ]]; then
    log "building the service jars"
    (cd "$REPO_DIR" && mvn -B -q -o package -DskipTests -pl admin-service,public-api -am)
fi

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
RUN_DIR=${RUN_DIR:-$(mktemp -d /tmp/bench-replicas.XXXXXX)}
mkdir -p "$RUN_DIR"

# Picks a port from BASE_PORT on that nothing listens on and this run has not handed out yet.
TAKEN_PORTS=" "
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
NEXT_PORT=$BASE_PORT
free_port() {
    while port_in_use "$NEXT_PORT" || [[ $TAKEN_PORTS == *" $NEXT_PORT "* ]]; do
        NEXT_PORT=$((NEXT_PORT + 1))
        (( NEXT_PORT < 65000 )) || die "no free port above $BASE_PORT"
    done
    TAKEN_PORTS+="$NEXT_PORT "
    PORT=$NEXT_PORT
}

# ---------------------------------------------------------------------------------------------------
# Clean-up: whatever happens (success, failure, Ctrl-C), stop what this script started and drop its
# database. Only the PIDs recorded here are signalled.
# ---------------------------------------------------------------------------------------------------
ADMIN_PID=""
HAPROXY_PID=""
REPLICA_PIDS=()
REPLICA_PORTS=()
# public port of a replica -> its management port (/prometheus)
declare -A MANAGEMENT_PORTS=()
DB_CREATED=0

# Stops the given PIDs: SIGTERM to all at once, then up to 40 s for each (the services answer
# readiness DOWN for SHUTDOWN_READINESS_DELAY, 5 s, then drain for up to their grace period), then KILL.
stop_pids() {
    local pid
    for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
    local deadline=$((SECONDS + 40))
    for pid in "$@"; do
        while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
stop_haproxy() {
    [[ -n $HAPROXY_PID ]] && stop_pids "$HAPROXY_PID"
    HAPROXY_PID=""
}
stop_replicas() {
    (( ${#REPLICA_PIDS[@]} )) && stop_pids "${REPLICA_PIDS[@]}"
    REPLICA_PIDS=()
    REPLICA_PORTS=()
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_haproxy
    stop_replicas
    [[ -n $ADMIN_PID ]] && stop_pids "$ADMIN_PID"
    if (( DB_CREATED )); then
        psql_admin -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null 2>&1 \
            || log "could not drop database $BENCH_DB; drop it by hand"
    fi
    (( status == 0 )) || log "failed (exit $status); raw outputs and logs are in $RUN_DIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a service jar in the background with the given environment; sets STARTED_PID.
start_jar() {
    local name=$1 jar=$2; shift 2
    log "starting $name ($*)"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
    env DB_HOST="$DB_HOST" DB_PORT="$DB_PORT" DB_NAME="$BENCH_DB" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
        LOG_FORMAT=text TRUSTED_PROXIES=127.0.0.1/32 "$@" \
        java $JAVA_OPTS -jar "$jar" >"$RUN_DIR/$name.log" 2>&1 &
    STARTED_PID=$!
}

# Waits until /health/readiness answers 200 (database reachable, schema known, ...).
wait_ready() {
    local name=$1 port=$2 pid=$3 deadline=$((SECONDS + 300))
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/readiness" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$RUN_DIR/$name.log" >&2; die "$name exited during start-up"; }
        (( SECONDS < deadline )) || { tail -n 30 "$RUN_DIR/$name.log" >&2; die "$name not ready after 300 s"; }
        sleep 0.5
    done
    log "$name is ready on :$port"
}

# ---------------------------------------------------------------------------------------------------
# 1. A fresh database with the demo catalog; admin-service stays up for HAProxy's admin backend.
# ---------------------------------------------------------------------------------------------------
log "creating database $BENCH_DB (raw outputs and logs: $RUN_DIR)"
psql_admin -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null
psql_admin -c "CREATE DATABASE $BENCH_DB" >/dev/null
DB_CREATED=1

free_port; ADMIN_PORT=$PORT
free_port; ADMIN_MANAGEMENT_PORT=$PORT
# admin-service owns the schema: it applies the migrations and loads the demo catalog at start.
start_jar admin-service "$ADMIN_JAR" ADMIN_PORT="$ADMIN_PORT" MANAGEMENT_PORT="$ADMIN_MANAGEMENT_PORT" \
    CATALOG_DEMO_PRODUCTS="$PRODUCTS" \
    REDIS_URI="$REDIS_URI" ADMIN_USERNAME="$ADMIN_USERNAME" ADMIN_PASSWORD="$ADMIN_PASSWORD"
ADMIN_PID=$STARTED_PID
wait_ready admin-service "$ADMIN_PORT" "$ADMIN_PID"
loaded=$(psql_bench -Atc 'SELECT count(*) FROM product')
(( loaded == PRODUCTS )) || die "expected $PRODUCTS demo products, found $loaded (see $RUN_DIR/admin-service.log)"
read -r min_id max_id < <(psql_bench -Atc 'SELECT min(id), max(id) FROM product' | tr '|' ' ')
(( min_id == 1 && max_id == PRODUCTS )) || die "demo ids are $min_id..$max_id, not 1..$PRODUCTS"

# Settle the freshly loaded table before measuring anything (as public-api-vs-pgbench.sh does).
psql_bench -c 'VACUUM (ANALYZE) product, category' -c 'CHECKPOINT'
read -r published drafts < <(psql_bench -Atc \
    "SELECT count(*) FILTER (WHERE status = 'PUBLISHED'), count(*) FILTER (WHERE status <> 'PUBLISHED') FROM product" | tr '|' ' ')
PUBLISHED_ID=$(psql_bench -Atc "SELECT min(id) FROM product WHERE status = 'PUBLISHED'")
log "catalog: $PRODUCTS products, $published published, $drafts draft/archived (these answer 404)"

# ---------------------------------------------------------------------------------------------------
# Replicas and the balancer.
# ---------------------------------------------------------------------------------------------------
# Starts N public-api replicas on free ports, all at once, and waits until each is ready.
start_replicas() {
    local n=$1 i
    for ((i = 1; i <= n; i++)); do
        free_port; local public=$PORT
        free_port; local management=$PORT
        start_jar "public-api-n$n-$i" "$PUBLIC_JAR" PUBLIC_PORT="$public" MANAGEMENT_PORT="$management" \
            PUBLIC_CACHE_ENABLED=true PUBLIC_RATE_LIMIT_ENABLED=false
        REPLICA_PIDS+=("$STARTED_PID")
        REPLICA_PORTS+=("$public")
        MANAGEMENT_PORTS[$public]=$management
    done
    for ((i = 1; i <= n; i++)); do
        wait_ready "public-api-n$n-$i" "${REPLICA_PORTS[i - 1]}" "${REPLICA_PIDS[i - 1]}"
    done
}

# Requests every id once from one replica (see FULL_PASS), with wrk: one thread walks 1..PRODUCTS in
# order over CONNECTIONS kept-alive connections and ends wrk as soon as the last answer is in (wrk has
# no "stop after N requests"). curl's URL globbing, as public-api-vs-pgbench.sh uses, took 60-100 s
# per replica on a busy 2-core box, and this script does the pass six times.
write_full_pass_lua() {
    cat >"$RUN_DIR/full-pass.lua" <<'LUA'
-- Generated by bench/replicas-behind-haproxy.sh: GET /api/v1/products/1..PRODUCTS once each, in
-- order, from a single wrk thread (-t1); exits wrk when every request has its answer.
local products = tonumber(os.getenv("PRODUCTS"))
function init(args)
   next_id = 1
   answered = 0
end
function request()
   -- Past the end (connections still asking for more), repeat the last id; it is cached by then.
   local id = math.min(next_id, products)
   next_id = next_id + 1
   return wrk.format("GET", "/api/v1/products/" .. id)
end
function response(status, headers, body)
   answered = answered + 1
   if answered >= products then
      io.write(string.format("full pass done: %d answers\n", answered))
      os.exit(0)
   end
end
LUA
}
full_pass() {
    local port=$1 started=$SECONDS out=$RUN_DIR/full-pass-$1.txt
    # -d is only an upper bound: wrk exits at the last answer. A request that times out never answers,
    # so then wrk runs to the bound and the cache is merely almost full; say so and carry on.
    PRODUCTS=$PRODUCTS wrk -t1 -c"$CONNECTIONS" -d300s --timeout 10s -s "$RUN_DIR/full-pass.lua" \
        "http://127.0.0.1:$port" >"$out" 2>&1 || { cat "$out" >&2; die "full pass on :$port failed"; }
    if grep -q '^full pass done' "$out"; then
        log "full pass on :$port: every id in 1..$PRODUCTS once, $((SECONDS - started)) s"
    else
        log "full pass on :$port did not get every answer within 300 s (see $out); the cache is not quite full"
    fi
}

# Writes the project's haproxy.cfg with the Docker-only parts replaced for loopback processes: the
# resolvers section and 'resolvers docker' dropped, the two server-template lines replaced by one
# server line per process, the frontends bound to this run's ports.
write_haproxy_cfg() {
    local out=$1 public_servers="" i
    for ((i = 1; i <= ${#REPLICA_PORTS[@]}; i++)); do
        public_servers+="    server public-api-$i 127.0.0.1:${REPLICA_PORTS[i - 1]} check"$'\n'
    done
    awk -v public_servers="$public_servers" \
        -v admin_server="    server admin-service-1 127.0.0.1:$ADMIN_PORT check" \
        -v lb_public="$LB_PUBLIC_PORT" -v lb_admin="$LB_ADMIN_PORT" -v lb_stats="$LB_STATS_PORT" \
        -v log_level="$HAPROXY_LOG" '
        /^resolvers docker[[:space:]]*$/ { skip = 1; next }
        skip && /^[^[:space:]#]/ { skip = 0 }
        skip { next }
        /^[[:space:]]*server-template public-api-/ { printf "%s", public_servers; replaced_public++; next }
        /^[[:space:]]*server-template admin-service-/ { print admin_server; replaced_admin++; next }
        /^[[:space:]]*bind :8081[[:space:]]*$/ { sub(/:8081/, "127.0.0.1:" lb_public); bound++ }
        /^[[:space:]]*bind :8080[[:space:]]*$/ { sub(/:8080/, "127.0.0.1:" lb_admin); bound++ }
        /^[[:space:]]*bind :8404[[:space:]]*$/ { sub(/:8404/, "127.0.0.1:" lb_stats); bound++ }
        /^[[:space:]]*log stdout format raw local0 info/ { sub(/ info/, " " log_level) }
        { gsub(/ resolvers docker/, ""); print }
        END { if (replaced_public != 1 || replaced_admin != 1 || bound != 3) exit 1 }' "$HAPROXY_CFG" >"$out" \
        || die "could not rewrite $HAPROXY_CFG (its server-template or bind lines changed?)"
    ! grep -Ev '^[[:space:]]*#' "$out" | grep -Eq 'resolvers|server-template|bind :' \
        || die "generated $out still has Docker-only lines"
}

# HAProxy's stats as CSV, one line per proxy/server, from the stats frontend.
stats_csv() { curl -fsS --max-time 2 "http://127.0.0.1:$LB_STATS_PORT/;csv" 2>/dev/null; }
# A column of the stats CSV, by name, for one pxname,svname pair ("public,FRONTEND", "public-api,public-api-1").
csv_field() {
    awk -F, -v key="$1" -v col="$2" '
        NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) idx[$i] = i; next }
        $1 "," $2 == key { print $(idx[col]) + 0; found = 1 }
        END { if (!found) print 0 }' <<<"$3"
}
# Servers HAProxy's own health checks see UP (public-api and admin-service backends).
servers_up() {
    awk -F, 'NR > 1 && ($1 == "public-api" || $1 == "admin-service") && $2 != "BACKEND" && $18 == "UP" { n++ }
             END { print n + 0 }' <<<"$(stats_csv)"
}

start_haproxy() {
    local n=$1 cfg=$RUN_DIR/haproxy-n$1.cfg
    free_port; LB_PUBLIC_PORT=$PORT
    free_port; LB_ADMIN_PORT=$PORT
    free_port; LB_STATS_PORT=$PORT
    write_haproxy_cfg "$cfg"
    "$HAPROXY" -c -q -f "$cfg" >"$RUN_DIR/haproxy-n$n-check.txt" 2>&1 \
        || { cat "$RUN_DIR/haproxy-n$n-check.txt" >&2; die "haproxy rejects $cfg"; }
    log "starting HAProxy: public :$LB_PUBLIC_PORT -> ${REPLICA_PORTS[*]}, admin :$LB_ADMIN_PORT -> $ADMIN_PORT, stats :$LB_STATS_PORT"
    "$HAPROXY" -db -f "$cfg" >"$RUN_DIR/haproxy-n$n.log" 2>&1 &
    HAPROXY_PID=$!
    # rise 2, inter 1s: a server is UP after two good checks, about 2 s.
    local want=$((n + 1)) deadline=$((SECONDS + 60)) up=0
    while (( (up = $(servers_up)) < want )); do
        kill -0 "$HAPROXY_PID" 2>/dev/null || { cat "$RUN_DIR/haproxy-n$n.log" >&2; die "haproxy exited"; }
        (( SECONDS < deadline )) || die "HAProxy sees $up of $want servers UP after 60 s (see $RUN_DIR/haproxy-n$n.log)"
        sleep 0.5
    done
    log "HAProxy sees $up servers UP ($n public-api, 1 admin-service)"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PUBLIC_PORT/health/readiness") == 200 ]] \
        || die "public-api readiness through the balancer is not 200"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PUBLIC_PORT/api/v1/products/$PUBLISHED_ID") == 200 ]] \
        || die "the balancer does not answer 200 for published product $PUBLISHED_ID"
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_ADMIN_PORT/health/readiness") == 200 ]] \
        || die "admin-service readiness through the balancer is not 200"
}

# ---------------------------------------------------------------------------------------------------
# Measuring.
# ---------------------------------------------------------------------------------------------------
# wrk prints latencies as 812.00us, 2.31ms or 1.02s; the report uses milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n }'
}

# Percent of all CPUs busy over two seconds, from /proc/stat. Called between rounds, when what this
# script started is idle, so it is what the rest of the machine is using.
busy_percent() {
    local a b
    a=$(awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print idle, total }' /proc/stat)
    sleep 2
    b=$(awk '/^cpu / { idle = $5 + $6; total = 0; for (i = 2; i <= NF; i++) total += $i; print idle, total }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
        d = y[2] - x[2]; printf "%.0f", (d > 0 ? 100 * (1 - (y[1] - x[1]) / d) : 0) }'
}
wait_for_quiet() {
    local deadline=$((SECONDS + QUIET_TIMEOUT))
    BUSY=$(busy_percent)
    while (( BUSY > QUIET_BUSY && SECONDS < deadline )); do
        log "other processes use ${BUSY}% of the CPUs; waiting for < ${QUIET_BUSY}% (up to ${QUIET_TIMEOUT} s)"
        sleep 3
        BUSY=$(busy_percent)
    done
    (( BUSY <= QUIET_BUSY )) || log "machine ${BUSY}% busy before this round; measuring anyway (the report shows it)"
}

# 5xx answers so far: through the balancer, HAProxy's public frontend (its own 503s and the replicas');
# directly, the replica's http.server.requests counters.
five_xx() {
    local mode=$1 port=$2
    if [[ $mode == balancer ]]; then
        csv_field "public,FRONTEND" hrsp_5xx "$(stats_csv)"
    else
        curl -fsS "http://127.0.0.1:${MANAGEMENT_PORTS[$port]}/prometheus" | awk '
            /^http_server_requests_seconds_count\{/ && /status="5[0-9][0-9]"/ { n += $NF } END { printf "%d\n", n }'
    fi
}

# Requests HAProxy sent to each public-api server so far ("12 13 11").
per_server() {
    local csv i out=""
    csv=$(stats_csv)
    for ((i = 1; i <= ${#REPLICA_PORTS[@]}; i++)); do out+="$(csv_field "public-api,public-api-$i" lbtot "$csv") "; done
    echo "$out"
}

# UP-to-DOWN transitions HAProxy's health checks have seen so far, over all public-api servers. With
# the project's "inter 1s fall 1", one check answered later than 1 s (a starved 2-core box) takes a
# replica out of the rotation for at least two more seconds; the report counts them.
downs() {
    local csv i n=0
    csv=$(stats_csv)
    for ((i = 1; i <= ${#REPLICA_PORTS[@]}; i++)); do n=$(( n + $(csv_field "public-api,public-api-$i" chkdown "$csv") )); done
    echo "$n"
}

COMMANDS=()
RESULTS=$RUN_DIR/results.tsv
printf 'config\tround\trps\tp50_ms\tp99_ms\tnon2xx\terrors\tothers_cpu\n' >"$RESULTS"
SHARES=()   # "config: a% / b% / c%" per balanced configuration

# Runs the warm-up and ROUNDS measured wrk runs against one URL; appends a line per round to RESULTS.
measure() {
    local config=$1 mode=$2 port=$3
    local url=http://127.0.0.1:$port
    local wrk_env=(COUNT_STATUS=0 PRODUCTS="$PRODUCTS")
    if [[ $WARMUP != 0* ]]; then
        log "$config: warm-up $WARMUP"
        env "${wrk_env[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WRK_SCRIPT" "$url" \
            >"$RUN_DIR/wrk-$config-warmup.txt" 2>&1 || true
    fi
    local cmd=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$WRK_SCRIPT" --latency "$url")
    COMMANDS+=("$config: ${wrk_env[*]} ${cmd[*]}")
    local before_servers before_downs round
    [[ $mode == balancer ]] && before_servers=$(per_server) && before_downs=$(downs)
    for ((round = 1; round <= ROUNDS; round++)); do
        wait_for_quiet
        local out=$RUN_DIR/wrk-$config-r$round.txt before after
        before=$(five_xx "$mode" "$port")
        log "$config: round $round/$ROUNDS, $DURATION"
        env "${wrk_env[@]}" "${cmd[@]}" >"$out" 2>&1 || { cat "$out" >&2; die "wrk $config failed"; }
        after=$(five_xx "$mode" "$port")
        local rps p50 p99 non2xx socket
        rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
        [[ -n $rps ]] || { cat "$out" >&2; die "no Requests/sec in wrk output"; }
        p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
        p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
        non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out"); non2xx=${non2xx:-0}
        socket=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out"); socket=${socket:-0}
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$config" "$round" "$rps" "$p50" "$p99" "$non2xx" \
            "$(( after - before + socket ))" "$BUSY" >>"$RESULTS"
        log "$config: round $round: $rps reads/s, p50 $p50 ms, p99 $p99 ms, non-2xx $non2xx (drafts answer 404), 5xx + socket errors $(( after - before + socket ))"
    done
    if [[ $mode == balancer ]]; then
        local share
        share=$(awk -v a="$before_servers" -v b="$(per_server)" 'BEGIN {
            n = split(a, x, " "); split(b, y, " "); for (i = 1; i <= n; i++) { d[i] = y[i] - x[i]; t += d[i] }
            for (i = 1; i <= n; i++) printf "%s%.0f%%", (i > 1 ? " / " : ""), (t > 0 ? 100 * d[i] / t : 0) }')
        local down=$(( $(downs) - before_downs ))
        SHARES+=("$config: $share ($down health-check DOWN)")
        log "$config: requests per replica $share; replicas marked DOWN during the rounds: $down"
    fi
}

(( FULL_PASS )) && write_full_pass_lua
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CONFIGS=()
for n in $REPLICAS; do
    log "=== $n public-api replica(s) behind HAProxy ==="
    start_replicas "$n"
    if (( FULL_PASS )); then
        for port in "${REPLICA_PORTS[@]}"; do full_pass "$port"; done
    fi
    start_haproxy "$n"
    if (( n == 1 )); then
        measure direct-1 direct "${REPLICA_PORTS[0]}"
        CONFIGS+=(direct-1)
    fi
    measure "haproxy-$n" balancer "$LB_PUBLIC_PORT"
    CONFIGS+=("haproxy-$n")
    log "stopping HAProxy and the $n replica(s)"
    stop_haproxy
    stop_replicas
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------------------
# Median of the given numbers (the mean of the middle two for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -F'\t' -v c="$1" -v k="$2" 'NR > 1 && $1 == c { print $k }' "$RESULTS"; }
label() {
    case "$1" in
        direct-1) echo "1 replica, direct (no balancer)" ;;
        haproxy-1) echo "1 replica behind HAProxy" ;;
        haproxy-*) echo "${1#haproxy-} replicas behind HAProxy" ;;
    esac
}

REFERENCE=""
for config in "${CONFIGS[@]}"; do [[ $config == direct-1 ]] && REFERENCE=$(median $(column_of direct-1 3)); done

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
JAVA_VERSION=$(java -version 2>&1 | awk 'NR == 1')
PG_VERSION=$(psql_admin -Atc 'SHOW server_version')
WRK_VERSION=$( { wrk -v 2>&1 || true; } | awk 'NR == 1 { print $1, $2 }')   # wrk -v exits 1
HAPROXY_VERSION=$("$HAPROXY" -v | awk 'NR == 1 { print $1, $2, $3 }')

{
cat <<EOF
# public-api replicas behind HAProxy, $(date -u '+%Y-%m-%d %H:%M:%S UTC')

By-id reads \`GET /api/v1/products/<random 1..$PRODUCTS>\` ($published published, $drafts draft/archived, which
answer 404), cache on, wrk -t$THREADS -c$CONNECTIONS, $ROUNDS round(s) of $DURATION per configuration after a $WARMUP warm-up.

| configuration | rounds reads/s | median reads/s | p99 ms (median; rounds) | ratio to direct single replica | 5xx + socket errors |
|---|---|---:|---|---:|---:|
EOF
for config in "${CONFIGS[@]}"; do
    mapfile -t rps < <(column_of "$config" 3)
    mapfile -t p99 < <(column_of "$config" 5)
    errors=$(column_of "$config" 7 | awk '{ n += $1 } END { print n + 0 }')
    med=$(median "${rps[@]}")
    ratio=$(awk -v a="$med" -v b="$REFERENCE" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }')
    printf '| %s | %s | %.0f | %s; %s | %s | %s |\n' "$(label "$config")" "$(IFS=/; echo "${rps[*]}" | sed 's#/# / #g')" \
        "$med" "$(median "${p99[@]}")" "$(IFS=/; echo "${p99[*]}" | sed 's#/# / #g')" "$ratio" "$errors"
done
cat <<EOF

- reads/s is wrk's Requests/sec: every answer, including the 404s of draft ids (the correct answer; the
  cache keeps them too). p99 is wrk's \`--latency\` 99th percentile of the round; the column shows the
  median of the rounds, then each round. The ratio is median reads/s over the direct single replica's.
- Requests per replica over the rounds (HAProxy's lbtot, balance leastconn), and how often HAProxy's
  health checks (inter 1s, fall 1) marked a replica DOWN meanwhile: $(printf '%s; ' "${SHARES[@]}" | sed 's/; $//').
- $( (( FULL_PASS )) && echo "Every replica was first asked directly for every id once, so every cache was full before the warm-up." || echo "No full pass: the caches filled during the warm-up and the rounds.")
- Others' CPU in the 2 s before each round: $(awk -F'\t' 'NR > 1 { printf "%s%s r%s %s%%", (NR > 2 ? ", " : ""), $1, $2, $8 }' "$RESULTS");
  load average $LOAD_BEFORE before the runs, $LOAD_AFTER after.

**Setting.** This machine has $(nproc) cores. wrk, HAProxy, the N public-api JVMs, the idle admin-service
and PostgreSQL all share them: on such a box more replicas cannot add throughput, they split the same
cores (and the balancer adds a hop). Replicas buy availability and rolling restarts; on real hosts each
replica gets its own cores.

**Machine.** $(nproc) CPUs, $CPU_MODEL; $(uname -sr); $JAVA_VERSION; PostgreSQL $PG_VERSION on $DB_HOST:$DB_PORT;
$WRK_VERSION; $HAPROXY_VERSION.

**Services.** \`java $JAVA_OPTS -jar public-api/target/public-api-0.1.0-SNAPSHOT.jar\` per replica with
PUBLIC_PORT=<free port>, PUBLIC_CACHE_ENABLED=true, PUBLIC_RATE_LIMIT_ENABLED=false, TRUSTED_PROXIES=127.0.0.1/32,
LOG_FORMAT=text (DB_POOL_SIZE default 16). HAProxy: docker/haproxy/haproxy.cfg with its resolvers section
dropped, the server-template lines replaced by one \`server ... 127.0.0.1:<port> check\` line per process,
the frontends bound to free loopback ports, log level $HAPROXY_LOG (generated copies: $RUN_DIR/haproxy-n*.cfg).

**Commands** (each preceded by a $WARMUP warm-up run of the same command, not shown):

\`\`\`
$(printf '%s\n' "${COMMANDS[@]}" | sed "s#$REPO_DIR/##g")
\`\`\`

Reproduce: \`bench/$(basename "$0") --duration $DURATION --rounds $ROUNDS --warmup $WARMUP --products $PRODUCTS --connections $CONNECTIONS --threads $THREADS --replicas "$REPLICAS"\`
(raw outputs: $RUN_DIR).
EOF
} | tee "$RUN_DIR/report.md"

# public-api logs one access line per request (as it does in production): the raw directory grows by
# a few hundred MB per run, mostly those logs.
log "report written to $RUN_DIR/report.md ($(du -sh "$RUN_DIR" | cut -f1) in $RUN_DIR, mostly public-api's access logs)"
