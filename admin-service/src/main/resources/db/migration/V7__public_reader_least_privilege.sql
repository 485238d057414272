-- public-api reads through the role catalog_reader. V2 gave that role SELECT on every table, present and
-- future, so the internet-facing service could read password hashes, tokens and the audit trail. This
-- takes both back; afterMigrate__public_reader_grants.sql then grants exactly what public-api reads,
-- after every migration (so a role created later gets it on admin-service's next start).
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'catalog_reader') THEN
        ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM catalog_reader;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM catalog_reader;
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM catalog_reader;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM catalog_reader;
    END IF;
END
$$;
