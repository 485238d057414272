#!/usr/bin/env bash
# Each migration of the brands change (V11-V16) applied to the 100,000-product catalog while readers
# run, one migration at a time the way the runbook applies them (admin-service with
# ADMIN_MIGRATION_TARGET), and the longest read stall measured per migration.
#
# One run: a fresh database migrated to V10 (the release before brands) by admin-service, 100,000
# products written in SQL (the old release's catalog; the demo loader of this build needs brands),
# ANALYZE; then pgbench reads products by id (the public query's tables, primary key) with every
# transaction logged, while admin-service starts with each target in turn and stops once ready.
# Flyway records when each migration ran and for how long; the report lines those windows up with the
# reads. Writes docs/benchmarks/schema-change.md.
#
# admin-service runs with the JVM options of its image and compose (JAVA_TOOL_OPTIONS), without
# compose's memory limit; the migrations' work is PostgreSQL's either way.
#
# Usage: bench/migration-stalls.sh   (env: PRODUCTS=100000 CLIENTS=4)
# Needs: java, pgbench, psql, python3, a local PostgreSQL (DB_HOST/DB_PORT/DB_USER, trust auth by default).
set -euo pipefail

PRODUCTS=${PRODUCTS:-100000}
CLIENTS=${CLIENTS:-4}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
ADMIN_PORT=${ADMIN_PORT:-18090}
ADMIN_MANAGEMENT_PORT=${ADMIN_MANAGEMENT_PORT:-18091}
TARGETS="11 12 13 14 15 16"
# what admin-service/Dockerfile and docker-compose.yml give the JVM
SHIPPED_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")
RUN_DIR=$BENCH_DIR/results/migrations-$(date -u +%Y%m%dT%H%M%SZ)
OUT_MD=$REPO_DIR/docs/benchmarks/schema-change.md
ADMIN_JAR=$REPO_DIR/admin-service/target/admin-service-0.1.0-SNAPSHOT.jar
DB=catalog_bench_migrations
mkdir -p "$RUN_DIR"
log() { printf '[migrations %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
for tool in java pgbench psql python3; do command -v $tool >/dev/null || { log "$tool is missing"; exit 1; }; done
[[ -r $ADMIN_JAR ]] || { log "build first: ./mvnw -B package -DskipTests"; exit 1; }
sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

READER=
cleanup() { [[ -n $READER ]] && kill "$READER" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

# admin-service applies the migrations up to $1 at start; it stops once ready
migrate_to() {
    local target=$1
    DB_HOST=$DB_HOST DB_PORT=$DB_PORT DB_NAME=$DB DB_USER=$DB_USER DB_PASSWORD= ADMIN_PORT=$ADMIN_PORT \
        MANAGEMENT_PORT=$ADMIN_MANAGEMENT_PORT ADMIN_MIGRATION_TARGET=$target CATALOG_DEMO_PRODUCTS=0 \
        LOG_FORMAT=text SHUTDOWN_READINESS_DELAY=PT0S JAVA_TOOL_OPTIONS="$SHIPPED_JAVA_OPTIONS" java -jar "$ADMIN_JAR" >>"$RUN_DIR/admin.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 600); do
        curl -fs "http://127.0.0.1:$ADMIN_PORT/health/readiness" >/dev/null 2>&1 && break
        kill -0 $pid 2>/dev/null || { log "admin-service stopped at target $target; see $RUN_DIR/admin.log"; exit 1; }
        sleep 0.2
    done
    kill $pid; wait $pid 2>/dev/null || true
}

log "fresh database $DB, migrated to V10"
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
migrate_to 10
log "writing $PRODUCTS products as the release before brands had them"
sql <<SQL
INSERT INTO category (slug, name) SELECT 'category-' || n, 'Category ' || n FROM generate_series(1, 20) n;
INSERT INTO product (sku, name, description, price, currency, stock, category_id, status, published_at)
SELECT 'DEMO-' || lpad(n::text, 7, '0'), 'Product ' || n, 'A product of the benchmark catalog, number ' || n || '.',
       3 + (n * 7919) % 49700 / 100.0, 'EUR', (n * 37) % 250,
       (SELECT min(id) FROM category) + n % 20,
       CASE WHEN n % 10 = 3 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       CASE WHEN n % 10 = 3 THEN NULL ELSE now() END
FROM generate_series(1, $PRODUCTS) n;
ANALYZE;
SQL

cat >"$RUN_DIR/read.sql" <<SQL
\set id random(1, $PRODUCTS)
SELECT p.id, p.sku, p.name, p.price, c.slug, c.name FROM product p JOIN category c ON c.id = p.category_id WHERE p.id = :id;
SQL
log "readers: pgbench, $CLIENTS clients, every transaction logged"
(cd "$RUN_DIR" && pgbench -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -n -c "$CLIENTS" -j 2 -T 3600 -M prepared \
    -f read.sql -l --log-prefix=reads "$DB" >"$RUN_DIR/pgbench.out" 2>&1) &
READER=$!
sleep 5
for target in $TARGETS; do
    log "migrating to V$target"
    migrate_to "$target"
    sleep 2
done
sleep 3
pkill -INT -f "log-prefix=reads" || true
wait $READER 2>/dev/null || true
READER=

sql -F $'\t' -c "SELECT version, description, execution_time,
                        extract(epoch FROM installed_on) * 1000
                 FROM flyway_schema_history WHERE version::int >= 11 ORDER BY installed_rank" >"$RUN_DIR/migrations.tsv"
# the migrations Flyway ran outside a transaction: CONCURRENTLY, or executeInTransaction=false
MIGRATIONS=$REPO_DIR/admin-service/src/main/resources/db/migration
OUTSIDE=$( (grep -l CONCURRENTLY "$MIGRATIONS"/V*.sql; ls "$MIGRATIONS"/V*.sql.conf 2>/dev/null) \
    | sed -E 's#.*/V([0-9]+)__.*#\1#' | sort -un | paste -sd, -)
python3 "$BENCH_DIR/migration_stalls_report.py" "$RUN_DIR" "$PRODUCTS" "$CLIENTS" "$OUTSIDE" >"$OUT_MD"
log "report: $OUT_MD (raw data in $RUN_DIR)"
psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -qc "DROP DATABASE IF EXISTS $DB"
