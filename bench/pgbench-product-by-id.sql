-- pgbench script: the query public-api runs for GET /api/v1/products/{id} (the same SELECT + JOIN as
-- PublishedProductRepository.findById), for a uniformly random id in 1..N. Pass N with -D products=N.
-- About 10% of ids are drafts and return no row, exactly as they answer 404 in the API.
\set id random(1, :products)
SELECT p.id, p.sku, p.name, p.description, p.price, p.currency, p.stock,
       c.slug AS category_slug, c.name AS category_name, p.updated_at
FROM product p
JOIN category c ON c.id = p.category_id
WHERE p.status = 'PUBLISHED' AND p.id = :id;
