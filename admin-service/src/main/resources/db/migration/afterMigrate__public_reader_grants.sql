-- What public-api may read, and nothing else: the columns its queries name (a new column stays
-- staff-only until it is added here). Runs after every migration, so it always matches the schema.
-- Where the deployment has no catalog_reader role (public-api logs in as the owner), it does nothing.
-- While an older admin-service still runs beside a newer one (a rolling deploy), the older one's
-- restart must not take back what the newer migrations granted: a build only grants on a schema it
-- knows (${builtforschema} is the newest migration of the build running this).
DO $$
BEGIN
    IF EXISTS (SELECT FROM flyway_schema_history
               WHERE success AND version IS NOT NULL AND version::integer > ${builtforschema}) THEN
        RAISE NOTICE 'public reader grants left as they are: a newer admin-service migrated this database';
    ELSIF EXISTS (SELECT FROM pg_roles WHERE rolname = 'catalog_reader') THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM catalog_reader;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM catalog_reader;
        GRANT USAGE ON SCHEMA public TO catalog_reader;
        GRANT SELECT (id, sku, name, description, price, currency, stock, status, category_id, updated_at, search)
            ON product TO catalog_reader;
        GRANT SELECT (id, slug, name, description) ON category TO catalog_reader;
        -- brands exist from V11 on (ADMIN_MIGRATION_TARGET may stop before)
        IF to_regclass('brand') IS NOT NULL THEN
            GRANT SELECT (brand_id) ON product TO catalog_reader;
            GRANT SELECT (id, slug, name) ON brand TO catalog_reader;
        END IF;
        -- the schema handshake: which migration the database is at, and which builds may read it
        GRANT SELECT (installed_rank, version, success) ON flyway_schema_history TO catalog_reader;
        IF to_regclass('schema_compatibility') IS NOT NULL THEN
            GRANT SELECT (readable_by_builds_from) ON schema_compatibility TO catalog_reader;
        END IF;
    END IF;
END
$$;
