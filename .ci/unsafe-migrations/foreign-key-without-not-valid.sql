-- rule: adding-foreign-key-constraint
-- A foreign key added valid locks both tables while it scans: add it NOT VALID, then VALIDATE.
ALTER TABLE product ADD CONSTRAINT product_brand_fk FOREIGN KEY (brand_id) REFERENCES brand (id);
