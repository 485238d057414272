#!/bin/sh
# Runs once, when the compose database is first created (docker-entrypoint-initdb.d): a login the
# streaming standby (postgres-standby) copies and follows the primary with, allowed to replicate from
# the compose network.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v password="${REPLICATION_PASSWORD:-replicator}" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
