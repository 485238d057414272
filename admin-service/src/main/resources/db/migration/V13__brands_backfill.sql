-- Brands, step 2 of 3: migrate. Every product without a brand goes to Unbranded, in batches of 2,000
-- rows, each committed at once: a batch holds its rows' locks for milliseconds, staff edits of other
-- rows never wait, and readers never do (an UPDATE takes no lock that blocks SELECT). A short pause
-- after each batch leaves the database's CPU to the live traffic (100,000 rows: about 19 s). Runs outside a
-- transaction (V13__brands_backfill.sql.conf) so that the block below may commit. Each batch sends one
-- change notification, so public-api caches pick up the brand as it lands. Safe to rerun.
DO $$
DECLARE
    unbranded CONSTANT bigint := (SELECT id FROM brand WHERE slug = 'unbranded');
    moved integer;
BEGIN
    LOOP
        UPDATE product SET brand_id = unbranded
        WHERE id IN (SELECT id FROM product WHERE brand_id IS NULL LIMIT 2000);
        GET DIAGNOSTICS moved = ROW_COUNT;
        COMMIT;
        EXIT WHEN moved = 0;
        PERFORM pg_sleep(0.02);
    END LOOP;
END
$$;
