-- Brands, step 3 of 3: contract, part 1. From here on every product must have a brand, and public-api
-- builds made before brands (for V10 or older) are no longer supported: this migration refuses to run
-- while one of them is connected to this database (each names its build in application_name; the
-- listener's connection is always there), and raises the compatibility floor, so one started later
-- goes not-ready instead of serving.
DO $$
DECLARE
    older_readers text;
BEGIN
    SELECT string_agg(DISTINCT application_name, ', ') INTO older_readers
    FROM pg_stat_activity
    WHERE datname = current_database()
      AND substring(application_name FROM '^public-api \(built for schema ([0-9]+)\)$')::integer < 11;
    IF older_readers IS NOT NULL THEN
        RAISE EXCEPTION 'brands contract (V14) refused: public-api instances built before brands are still connected (%)', older_readers
            USING HINT = 'Deploy the public-api built for schema 16 everywhere, wait until the older instances have stopped, then start admin-service again: it resumes the contract here (README: schema changes without downtime).';
    END IF;
END
$$;

UPDATE schema_compatibility SET readable_by_builds_from = 11;

-- NOT NULL in three steps, so that no scan runs under an exclusive lock: this constraint, for new rows
-- at once; V15 checks the rows already there without blocking anyone; V16 then sets NOT NULL, which
-- PostgreSQL proves from the validated constraint instead of scanning.
ALTER TABLE product ADD CONSTRAINT product_brand_required CHECK (brand_id IS NOT NULL) NOT VALID;
