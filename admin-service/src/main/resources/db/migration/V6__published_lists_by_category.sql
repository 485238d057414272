-- A category's page in any public sort order, read straight from an index: (category_id, sort column, id)
-- gives the rows in order, so a page reads one row more than its size instead of the whole category.
--
-- CONCURRENTLY: staff keep editing while these build on a live catalog. Flyway runs a file holding only
-- such statements outside a transaction. A build that failed halfway leaves an invalid index behind;
-- dropping it first makes a rerun (after flyway repair) build it again.
DROP INDEX CONCURRENTLY IF EXISTS product_published_by_category_name;
CREATE INDEX CONCURRENTLY product_published_by_category_name
    ON product (category_id, name, id) WHERE status = 'PUBLISHED';

DROP INDEX CONCURRENTLY IF EXISTS product_published_by_category_price;
CREATE INDEX CONCURRENTLY product_published_by_category_price
    ON product (category_id, price, id) WHERE status = 'PUBLISHED';

DROP INDEX CONCURRENTLY IF EXISTS product_published_by_category_updated;
CREATE INDEX CONCURRENTLY product_published_by_category_updated
    ON product (category_id, updated_at, id) WHERE status = 'PUBLISHED';
