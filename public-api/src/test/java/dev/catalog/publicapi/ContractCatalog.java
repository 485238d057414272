package dev.catalog.publicapi;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The few catalog rows the contract test reads, written with plain JDBC as admin-service would leave them. */
final class ContractCatalog {

    private ContractCatalog() {
    }

    static long category(Connection db, String slug, String name) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO category (slug, name) VALUES (?, ?) RETURNING id")) {
            insert.setString(1, slug);
            insert.setString(2, name);
            return returnedId(insert);
        }
    }

    static long publishedProduct(Connection db, long category, String sku, String name, String price, int stock)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO product (sku, name, price, currency, stock, category_id, brand_id, status, published_at)
                VALUES (?, ?, ?, 'EUR', ?, ?, (SELECT id FROM brand WHERE slug = 'unbranded'), 'PUBLISHED', now())
                RETURNING id""")) {
            insert.setString(1, sku);
            insert.setString(2, name);
            insert.setBigDecimal(3, new BigDecimal(price));
            insert.setInt(4, stock);
            insert.setLong(5, category);
            return returnedId(insert);
        }
    }

    private static long returnedId(PreparedStatement insert) throws SQLException {
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            return row.getLong("id");
        }
    }
}
