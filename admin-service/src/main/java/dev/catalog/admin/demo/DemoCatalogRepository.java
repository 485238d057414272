package dev.catalog.admin.demo;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Fills an empty catalog in two set-based statements, so 100,000 products take seconds, not minutes.
 * Everything is derived from the row number: the same N always gives the same catalog.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemoCatalogRepository extends GenericRepository<Product, Long> {

    @Query("SELECT count(*) FROM product")
    long countProducts();

    @Query("""
            INSERT INTO category (slug, name, description)
            SELECT c.slug, c.name, c.name || ' for every day, chosen by our buyers.'
            FROM (VALUES
                ('electronics', 'Electronics'), ('computers', 'Computers'), ('phones-tablets', 'Phones & Tablets'),
                ('audio', 'Audio'), ('cameras', 'Cameras'), ('home-kitchen', 'Home & Kitchen'),
                ('furniture', 'Furniture'), ('garden-outdoor', 'Garden & Outdoor'), ('tools', 'Tools & Hardware'),
                ('sports', 'Sports'), ('fitness', 'Fitness'), ('toys-games', 'Toys & Games'), ('books', 'Books'),
                ('music', 'Music'), ('clothing', 'Clothing'), ('shoes', 'Shoes'), ('beauty', 'Beauty'),
                ('health', 'Health'), ('grocery', 'Grocery'), ('pet-supplies', 'Pet Supplies')
            ) AS c (slug, name)
            ON CONFLICT (slug) DO NOTHING""")
    void insertDemoCategories();

    // Makers' names of our own: a demo must not look like it endorses real trademarks.
    @Query("""
            INSERT INTO brand (slug, name)
            SELECT b.slug, b.name
            FROM (VALUES
                ('northwind', 'Northwind'), ('sonora', 'Sonora'), ('brightline', 'Brightline'),
                ('kestrel', 'Kestrel'), ('alder-oak', 'Alder & Oak'), ('lumen', 'Lumen'), ('fjordline', 'Fjordline'),
                ('copperleaf', 'Copperleaf'), ('halcyon', 'Halcyon'), ('tidewater', 'Tidewater'),
                ('ironbark', 'Ironbark'), ('meadowlark', 'Meadowlark'), ('nimbus', 'Nimbus'), ('quarry', 'Quarry'),
                ('redwood-co', 'Redwood & Co.'), ('saltmarsh', 'Saltmarsh'), ('larkspur', 'Larkspur'),
                ('granite-peak', 'Granite Peak'), ('bluebell', 'Bluebell'), ('orchard-lane', 'Orchard Lane'),
                ('vantage', 'Vantage'), ('wildflower', 'Wildflower'), ('zephyr', 'Zephyr'), ('ember', 'Ember')
            ) AS b (slug, name)
            ON CONFLICT (slug) DO NOTHING""")
    void insertDemoBrands();

    // The INSERT comes first so Micronaut Data runs the statement as an update, not a query.
    @Query("""
            INSERT INTO product (sku, name, description, price, currency, stock, category_id, status, published_at,
                                 updated_at, brand_id)
            WITH kinds (slug, nouns) AS (VALUES
                ('electronics', ARRAY['Power Bank', 'Smart Plug', 'USB Hub', 'Charger']),
                ('computers', ARRAY['Laptop Stand', 'Keyboard', 'Mouse', 'Monitor']),
                ('phones-tablets', ARRAY['Phone Case', 'Tablet', 'Screen Protector', 'Stylus']),
                ('audio', ARRAY['Headphones', 'Speaker', 'Earbuds', 'Soundbar']),
                ('cameras', ARRAY['Camera', 'Tripod', 'Lens', 'Camera Bag']),
                ('home-kitchen', ARRAY['Kettle', 'Blender', 'Frying Pan', 'Knife Set']),
                ('furniture', ARRAY['Chair', 'Desk', 'Bookshelf', 'Side Table']),
                ('garden-outdoor', ARRAY['Garden Hose', 'Planter', 'Lantern', 'Hammock']),
                ('tools', ARRAY['Drill', 'Screwdriver Set', 'Hammer', 'Tape Measure']),
                ('sports', ARRAY['Football', 'Tennis Racket', 'Cycling Helmet', 'Water Bottle']),
                ('fitness', ARRAY['Yoga Mat', 'Dumbbell Set', 'Jump Rope', 'Kettlebell']),
                ('toys-games', ARRAY['Puzzle', 'Board Game', 'Building Set', 'Plush Bear']),
                ('books', ARRAY['Cookbook', 'Novel', 'Travel Guide', 'Notebook']),
                ('music', ARRAY['Guitar Strings', 'Ukulele', 'Metronome', 'Vinyl Record']),
                ('clothing', ARRAY['Jacket', 'T-Shirt', 'Hoodie', 'Scarf']),
                ('shoes', ARRAY['Sneakers', 'Boots', 'Sandals', 'Slippers']),
                ('beauty', ARRAY['Face Cream', 'Hair Brush', 'Lip Balm', 'Shampoo']),
                ('health', ARRAY['Thermometer', 'First Aid Kit', 'Vitamin Pack', 'Massage Ball']),
                ('grocery', ARRAY['Coffee Beans', 'Green Tea', 'Olive Oil', 'Dark Chocolate']),
                ('pet-supplies', ARRAY['Dog Leash', 'Cat Tree', 'Pet Bed', 'Feeding Bowl'])
            ),
            categories AS (
                SELECT c.id, c.name, k.nouns, row_number() OVER (ORDER BY c.id) - 1 AS position
                FROM category c JOIN kinds k USING (slug)
            ),
            -- each category sells six of the brands, overlapping its neighbours', as shops do
            brands AS (
                SELECT array_agg(id ORDER BY id) AS ids FROM brand WHERE slug <> 'unbranded'
            ),
            numbered AS (
                SELECT n,
                       (ARRAY['Compact', 'Classic', 'Premium', 'Smart', 'Eco', 'Portable', 'Pro', 'Deluxe',
                              'Essential', 'Ultra', 'Vintage', 'Everyday'])[1 + n % 12] AS adjective,
                       -- status varies within each category (n / 20), not with it (n % 20)
                       CASE WHEN (n / 20) % 10 = 3 THEN 'DRAFT'
                            WHEN (n / 20) % 50 = 25 THEN 'ARCHIVED'
                            ELSE 'PUBLISHED' END AS status,
                       n % (SELECT count(*) FROM categories) AS position
                FROM generate_series(1, :count) AS n
            )
            SELECT 'DEMO-' || lpad(CAST(n AS text), 7, '0'),
                   adjective || ' ' || c.nouns[1 + (n / 20) % 4] || ' ' || (100 + n % 900),
                   adjective || ' ' || lower(c.nouns[1 + (n / 20) % 4]) || ' from our ' || lower(c.name)
                       || ' range, model ' || (100 + n % 900) || '.',
                   floor(3 + (CAST(n AS bigint) * 7919) % 49700 / 100.0) + 0.99,
                   'EUR',
                   CASE WHEN n % 13 = 0 THEN 0 ELSE (CAST(n AS bigint) * 37) % 250 END,
                   c.id,
                   status,
                   CASE WHEN status = 'DRAFT' THEN NULL ELSE now() - make_interval(days => n % 365) END,
                   -- last edited at some minute since it was published, as in a real catalog (not all at this instant)
                   now() - make_interval(mins => CAST((CAST(n AS bigint) * 7919) % (1440 * (n % 365) + 1) AS int)),
                   b.ids[1 + CAST((c.position * 4 + (n / 20) % 6) % cardinality(b.ids) AS int)]
            FROM numbered JOIN categories c USING (position) CROSS JOIN brands b""")
    void insertDemoProducts(int count);
}
