-- Runs once, when the compose database is first created (docker-entrypoint-initdb.d).
-- public-api logs in as catalog_public, a member of catalog_reader: admin-service's migrations grant
-- that role SELECT on the catalog and nothing else, so public-api cannot write even if it tried.
CREATE ROLE catalog_reader NOLOGIN;
CREATE ROLE catalog_public LOGIN PASSWORD 'catalog_public' IN ROLE catalog_reader;
