-- Before every migration: a lock it cannot get within ADMIN_MIGRATION_LOCK_TIMEOUT fails it (55P03)
-- instead of queueing every reader of that table behind its wait, and no statement runs longer than
-- ADMIN_MIGRATION_STATEMENT_TIMEOUT. A failed migration is rolled back whole: start admin-service again
-- to retry (README: migrations on a live catalog). SET LOCAL ends with the migration's transaction, so pooled
-- connections keep their defaults. A migration that runs outside a transaction (CREATE INDEX
-- CONCURRENTLY, which blocks no reader or writer) is not limited.
SET LOCAL lock_timeout = '${migrationlocktimeout}';
SET LOCAL statement_timeout = '${migrationstatementtimeout}';
