-- rule: adding-not-nullable-field
-- SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK proves it.
ALTER TABLE product ALTER COLUMN description SET NOT NULL;
