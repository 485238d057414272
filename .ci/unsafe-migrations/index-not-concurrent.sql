-- rule: require-concurrent-index-creation
-- A plain CREATE INDEX blocks every write to the table while it builds.
CREATE INDEX product_by_stock ON product (stock);
