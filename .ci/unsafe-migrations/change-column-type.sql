-- rule: changing-column-type
-- A type change rewrites the table under ACCESS EXCLUSIVE.
ALTER TABLE product ALTER COLUMN stock TYPE bigint;
