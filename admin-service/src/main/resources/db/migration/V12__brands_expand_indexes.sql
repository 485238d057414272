-- Brands, step 1 of 3, continued: what reads by brand need, built without blocking writers (CONCURRENTLY;
-- Flyway runs a file of such statements outside a transaction). A failed build leaves an invalid index
-- and a failed row in flyway_schema_history: once that row is deleted, a rerun drops the index first and
-- builds it again.

-- the staff filter, the backfill's search for products without a brand, and deleting a brand
DROP INDEX CONCURRENTLY IF EXISTS product_by_brand;
CREATE INDEX CONCURRENTLY product_by_brand ON product (brand_id);

-- the public list of one brand, in id order (the default sort)
DROP INDEX CONCURRENTLY IF EXISTS product_published_by_brand;
CREATE INDEX CONCURRENTLY product_published_by_brand ON product (brand_id, id) WHERE status = 'PUBLISHED';
