-- Brands, contract, part 2: the rows already there have a brand (the backfill, V13) and it exists.
-- VALIDATE scans product under SHARE UPDATE EXCLUSIVE: readers and writers go on meanwhile.
ALTER TABLE product VALIDATE CONSTRAINT product_brand_fk;
ALTER TABLE product VALIDATE CONSTRAINT product_brand_required;
-- and the history's wider rule for object types (V11)
ALTER TABLE audit_entry VALIDATE CONSTRAINT audit_entry_type_known;
