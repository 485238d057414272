-- A test migration (MigrationLockTimeoutIT): adding a column takes ACCESS EXCLUSIVE on product.
ALTER TABLE product ADD COLUMN lock_probe integer;
