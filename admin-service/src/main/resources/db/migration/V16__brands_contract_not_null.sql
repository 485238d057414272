-- Brands, contract, part 3: brand_id NOT NULL, proven by V15's validated constraint (no scan; the
-- exclusive lock lasts milliseconds), after which that constraint and the default for writers that knew
-- nothing of brands (V11) go: a product without a brand is now an error, from any writer.
-- The lint reads one file at a time and cannot see V15's validated constraint, which makes this safe:
-- squawk-ignore adding-not-nullable-field
ALTER TABLE product ALTER COLUMN brand_id SET NOT NULL;
ALTER TABLE product DROP CONSTRAINT product_brand_required;
DROP TRIGGER product_default_brand ON product;
DROP FUNCTION product_default_brand();
