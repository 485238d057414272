-- Which public-api builds may read this database. A build knows the newest migration it was made for
-- (SchemaVersion.CURRENT); a newer schema that only adds (expand, migrate) is still readable by it, one
-- that takes away what it reads (contract) is not. Each migration that takes something away raises
-- readable_by_builds_from to the first build that copes; public-api's readiness compares it with its own
-- version, so an old public-api goes not-ready instead of failing requests (README: schema changes).
CREATE TABLE schema_compatibility (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    readable_by_builds_from integer NOT NULL
);
-- Nothing public-api reads has been taken away since V2.
INSERT INTO schema_compatibility (readable_by_builds_from) VALUES (2);
