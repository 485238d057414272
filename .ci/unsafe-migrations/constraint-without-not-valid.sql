-- rule: constraint-missing-not-valid
-- A CHECK added valid scans the table under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE.
ALTER TABLE product ADD CONSTRAINT product_stock_sane CHECK (stock < 1000000);
