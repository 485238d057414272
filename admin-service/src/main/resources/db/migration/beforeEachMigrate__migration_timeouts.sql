-- Before every migration: a lock it cannot get within ADMIN_MIGRATION_LOCK_TIMEOUT fails it (55P03)
-- instead of queueing every reader of that table behind its wait, and no statement runs longer than
-- ADMIN_MIGRATION_STATEMENT_TIMEOUT. A failed migration is rolled back whole: start admin-service again
-- to retry (README: migrations on a live catalog). Local to the migration's transaction (set_config's
-- third argument), so pooled connections keep their defaults. A migration that runs outside a
-- transaction (CREATE INDEX CONCURRENTLY, which blocks no reader or writer) is not limited: there the
-- settings end with this statement.
SELECT set_config('lock_timeout', '${migrationlocktimeout}', true),
       set_config('statement_timeout', '${migrationstatementtimeout}', true);
