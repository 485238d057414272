-- rule: adding-field-with-default
-- A volatile default rewrites every row under ACCESS EXCLUSIVE.
ALTER TABLE product ADD COLUMN imported_at timestamptz DEFAULT clock_timestamp();
