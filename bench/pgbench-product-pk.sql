-- pgbench script: the built-in "select-only" (pgbench -S) transaction, transposed to the catalog:
-- one column of one row of product by primary key, no join, no status filter. This is the cheapest
-- lookup PostgreSQL can answer and so the upper bar. Pass N with -D products=N.
\set id random(1, :products)
SELECT stock FROM product WHERE id = :id;
