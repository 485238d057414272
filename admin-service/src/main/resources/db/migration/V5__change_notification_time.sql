-- Change notifications say when the change was made ("sentAtMs"), so public-api can report how long
-- notifications take to reach it (catalog_changes_lag_seconds on /prometheus). Readers of V2-V4
-- notifications ignore the new field. One cost: two changes of the same row in one transaction are no
-- longer identical payloads, so PostgreSQL delivers both instead of folding them into one.
CREATE OR REPLACE FUNCTION notify_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_column CONSTANT text := TG_ARGV[0];
    -- when the change was made (the trigger runs at the end of the statement): milliseconds since 1970
    sent_at_ms CONSTANT bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
    ids bigint[];
    keys text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(r.id), array_agg(to_jsonb(r) ->> key_column) INTO ids, keys FROM new_rows r;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(r.id), array_agg(to_jsonb(r) ->> key_column) INTO ids, keys FROM old_rows r;
    ELSE
        SELECT array_agg(u.id), array_agg(u.key) INTO ids, keys FROM (
            SELECT r.id, to_jsonb(r) ->> key_column AS key FROM new_rows r
            UNION
            SELECT r.id, to_jsonb(r) ->> key_column AS key FROM old_rows r) AS u;
    END IF;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(ids) > 100 THEN
        PERFORM pg_notify('catalog_changes', json_build_object('entity', TG_TABLE_NAME, 'all', true, 'sentAtMs', sent_at_ms)::text);
    ELSE
        FOR i IN 1 .. cardinality(ids) LOOP
            PERFORM pg_notify('catalog_changes',
                    json_build_object('entity', TG_TABLE_NAME, 'id', ids[i], 'key', keys[i], 'sentAtMs', sent_at_ms)::text);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;
