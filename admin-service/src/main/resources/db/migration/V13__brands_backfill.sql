-- Brands, step 2 of 3: migrate. Every product without a brand goes to Unbranded, in batches of 2,000
-- rows, each committed at once: a batch holds its rows' locks for milliseconds, staff edits of other
-- rows never wait, and readers never do (an UPDATE takes no lock that blocks SELECT). Rows another
-- transaction holds are skipped and taken on a later round. A short pause after each batch leaves the
-- database's CPU to the live traffic (100,000 rows: about 20 s). Runs outside a transaction
-- (V13__brands_backfill.sql.conf) so that the block below may commit; each batch's transaction sets
-- its own lock timeout and says it is the backfill (V11: version and updated_at stay). Each
-- batch sends one change notification, so public-api caches pick up the brand as it lands. Safe to
-- run again, and to run twice at once: it only touches rows that have no brand yet.
DO $$
DECLARE
    unbranded CONSTANT bigint := (SELECT id FROM brand WHERE slug = 'unbranded');
    moved integer;
    stuck_since timestamptz;
BEGIN
    IF unbranded IS NULL THEN
        RAISE EXCEPTION 'the backfill needs the brand with slug unbranded (V11), and it is gone'
            USING HINT = 'Create it again (slug unbranded), delete the failed row (DELETE FROM flyway_schema_history WHERE version = ''13'' AND NOT success), then start admin-service again.';
    END IF;
    LOOP
        PERFORM set_config('lock_timeout', '${migrationlocktimeout}', true),
                set_config('catalog.backfill', 'on', true);
        UPDATE product SET brand_id = unbranded
        WHERE id IN (SELECT id FROM product WHERE brand_id IS NULL LIMIT 2000 FOR UPDATE SKIP LOCKED);
        GET DIAGNOSTICS moved = ROW_COUNT;
        COMMIT;
        IF moved = 0 THEN
            EXIT WHEN NOT EXISTS (SELECT FROM product WHERE brand_id IS NULL);
            -- what is left is held by other transactions: wait for them, but not for ever
            stuck_since := coalesce(stuck_since, clock_timestamp());
            IF clock_timestamp() - stuck_since > interval '60 seconds' THEN
                RAISE EXCEPTION 'the backfill waited 60 s for products that other transactions hold'
                    USING HINT = 'End the long transaction (pg_stat_activity), delete the failed row (DELETE FROM flyway_schema_history WHERE version = ''13'' AND NOT success), then start admin-service again: it goes on where it stopped.';
            END IF;
            PERFORM pg_sleep(0.2);
        ELSE
            stuck_since := NULL;
            PERFORM pg_sleep(0.02);
        END IF;
    END LOOP;
END
$$;
