-- rule: adding-required-field
-- A required column without a default fails on a table with rows, or rewrites it.
ALTER TABLE product ADD COLUMN brand_id bigint NOT NULL;
