-- Brands, step 1 of 3, continued: what reads by brand need, built without blocking writers (CONCURRENTLY;
-- Flyway runs a file of such statements outside a transaction). A failed build leaves an invalid index:
-- dropping it first lets a rerun build it again.

-- the staff filter, the backfill's search for products without a brand, and deleting a brand
DROP INDEX CONCURRENTLY IF EXISTS product_by_brand;
CREATE INDEX CONCURRENTLY product_by_brand ON product (brand_id);

-- the public list of one brand, in id order (the default sort)
DROP INDEX CONCURRENTLY IF EXISTS product_published_by_brand;
CREATE INDEX CONCURRENTLY product_published_by_brand ON product (brand_id, id) WHERE status = 'PUBLISHED';
