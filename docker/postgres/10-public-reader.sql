-- Runs once, when the compose database is first created (docker-entrypoint-initdb.d).
-- public-api logs in as catalog_public, a member of catalog_reader: admin-service's migrations grant
-- that role SELECT on the columns public-api reads and nothing else (no staff table, no write).
CREATE ROLE catalog_reader NOLOGIN;
CREATE ROLE catalog_public LOGIN PASSWORD 'catalog_public' IN ROLE catalog_reader;
