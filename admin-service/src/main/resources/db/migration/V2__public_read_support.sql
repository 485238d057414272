-- What public-api needs to serve fast, fresh reads: full-text search, indexes for every keyset sort,
-- change notifications for its cache, and honest updated_at/version for writers other than admin-service.

-- Full-text search over name and description.
ALTER TABLE product
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        to_tsvector('english', name || ' ' || coalesce(description, ''))) STORED;
CREATE INDEX product_published_search ON product USING gin (search) WHERE status = 'PUBLISHED';

-- One index per public sort; the id breaks ties so every keyset position is unique.
CREATE INDEX product_published_by_name ON product (name, id) WHERE status = 'PUBLISHED';
CREATE INDEX product_published_by_price ON product (price, id) WHERE status = 'PUBLISHED';
CREATE INDEX product_published_by_updated ON product (updated_at, id) WHERE status = 'PUBLISHED';

-- A writer that does not manage updated_at and version itself (psql, a script) still moves them,
-- so public ETags change and optimistic locking in admin-service sees the edit.
CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        IF NEW.updated_at = OLD.updated_at THEN
            NEW.updated_at := now();
        END IF;
        IF NEW.version = OLD.version THEN
            NEW.version := OLD.version + 1;
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER category_touch BEFORE UPDATE ON category FOR EACH ROW EXECUTE FUNCTION touch_row();
CREATE TRIGGER product_touch BEFORE UPDATE ON product FOR EACH ROW EXECUTE FUNCTION touch_row();

-- Every committed change, from any writer, is announced on channel catalog_changes:
--   {"entity":"product","id":42,"key":"SKU-42"}   one row (key: sku for products, slug for categories)
--   {"entity":"product","all":true}                 a statement that changed more than 100 rows
-- PostgreSQL delivers notifications only on commit, and drops duplicates within one transaction.
CREATE FUNCTION notify_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    key_column CONSTANT text := TG_ARGV[0];
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
        PERFORM pg_notify('catalog_changes', json_build_object('entity', TG_TABLE_NAME, 'all', true)::text);
    ELSE
        FOR i IN 1 .. cardinality(ids) LOOP
            PERFORM pg_notify('catalog_changes',
                    json_build_object('entity', TG_TABLE_NAME, 'id', ids[i], 'key', keys[i])::text);
        END LOOP;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER product_inserted AFTER INSERT ON product REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('sku');
CREATE TRIGGER product_updated AFTER UPDATE ON product REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('sku');
CREATE TRIGGER product_deleted AFTER DELETE ON product REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('sku');
CREATE TRIGGER category_inserted AFTER INSERT ON category REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('slug');
CREATE TRIGGER category_updated AFTER UPDATE ON category REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('slug');
CREATE TRIGGER category_deleted AFTER DELETE ON category REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change('slug');

-- public-api may read, and only read: where the deployment created the role catalog_reader
-- (docker-compose does), it gets SELECT on everything this and later migrations create.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'catalog_reader') THEN
        GRANT USAGE ON SCHEMA public TO catalog_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO catalog_reader;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO catalog_reader;
    END IF;
END
$$;
