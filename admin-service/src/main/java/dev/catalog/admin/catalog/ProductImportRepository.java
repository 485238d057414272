package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.ChangeOrigin;
import dev.catalog.model.catalog.Product;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stored previews of CSV imports and their set-based application: a confirm is a handful of
 * statements whatever the number of rows, each product's history entry written by the same statements.
 * Runs inside the caller's transaction.
 */
@Singleton
class ProductImportRepository {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    ProductImportRepository(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(String fileName, String createdBy) {
        return jdbc.prepareStatement("INSERT INTO product_import (file_name, created_by) VALUES (?, ?) RETURNING id",
                statement -> {
                    statement.setString(1, fileName);
                    statement.setString(2, createdBy);
                    ResultSet result = statement.executeQuery();
                    result.next();
                    return result.getLong(1);
                });
    }

    /** Previews nobody confirmed within a day are of no more use. */
    int dropStalePreviews() {
        return jdbc.prepareStatement("DELETE FROM product_import WHERE status = 'PREVIEWED' "
                + "AND created_at < now() - interval '1 day'", PreparedStatement::executeUpdate);
    }

    /**
     * The products of these skus, by sku. A join, not {@code sku = ANY(...)}: with the planner unaware of
     * a bulk load, that would compare every row with every sku.
     */
    Map<String, Product> productsBySku(List<String> skus) {
        return jdbc.prepareStatement("SELECT p.* FROM unnest(?) AS wanted(sku) JOIN product p ON p.sku = wanted.sku",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("varchar", skus.toArray()));
                    try (Stream<Product> products = jdbc.entityStream(statement.executeQuery(), Product.class)) {
                        return products.collect(Collectors.toMap(Product::sku, product -> product));
                    }
                });
    }

    void insertRows(long importId, List<ImportRowCheck.Checked> rows) {
        jdbc.prepareStatement("""
                INSERT INTO product_import_row (import_id, line, sku, outcome, product_id, base_version,
                                                base_updated_at, fields, changes, errors)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb))""", statement -> {
            for (ImportRowCheck.Checked row : rows) {
                statement.setLong(1, importId);
                statement.setInt(2, row.line());
                statement.setString(3, row.sku().length() > 64 ? row.sku().substring(0, 64) : row.sku());
                statement.setString(4, row.outcome().name());
                setLong(statement, 5, row.productId());
                setLong(statement, 6, row.baseVersion());
                statement.setTimestamp(7, row.baseUpdatedAt() == null ? null : Timestamp.from(row.baseUpdatedAt()));
                statement.setString(8, toJson(row.fields()));
                statement.setString(9, toJson(row.changes()));
                statement.setString(10, row.errors().isEmpty() ? null : toJson(row.errors()));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    Optional<ImportSummary> summary(long importId, boolean lock) {
        Optional<ImportSummary.Header> header = jdbc.prepareStatement(
                "SELECT * FROM product_import WHERE id = ?" + (lock ? " FOR UPDATE" : ""), statement -> {
                    statement.setLong(1, importId);
                    ResultSet result = statement.executeQuery();
                    return result.next() ? Optional.of(ImportSummary.Header.of(result)) : Optional.empty();
                });
        return header.map(found -> new ImportSummary(found, counts(importId)));
    }

    List<ImportSummary.Header> recent(int limit) {
        return jdbc.prepareStatement("SELECT * FROM product_import ORDER BY id DESC LIMIT ?", statement -> {
            statement.setInt(1, limit);
            ResultSet result = statement.executeQuery();
            List<ImportSummary.Header> headers = new ArrayList<>();
            while (result.next()) {
                headers.add(ImportSummary.Header.of(result));
            }
            return headers;
        });
    }

    /** Rows in file order after row {@code afterLine}; a null outcome means every one. */
    List<ImportRowView> rows(long importId, @Nullable ImportOutcome outcome, int afterLine, int limit) {
        return jdbc.prepareStatement("""
                SELECT * FROM product_import_row
                WHERE import_id = ? AND (CAST(? AS varchar) IS NULL OR outcome = ?) AND line > ?
                ORDER BY line LIMIT ?""", statement -> {
            statement.setLong(1, importId);
            statement.setString(2, outcome == null ? null : outcome.name());
            statement.setString(3, outcome == null ? null : outcome.name());
            statement.setInt(4, afterLine);
            statement.setInt(5, limit);
            ResultSet result = statement.executeQuery();
            List<ImportRowView> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(ImportRowView.of(result, json));
            }
            return rows;
        });
    }

    /**
     * Applies the preview: updates of products still at the version previewed, creates of skus still
     * free (whose category and brand still exist), each with its history entry as {@code actor}'s; every
     * other row of those two kinds is marked a conflict. Returns nothing: the summary tells.
     */
    void apply(long importId, String actor) {
        jdbc.prepareStatement("""
                WITH changed AS (
                    UPDATE product p
                    SET name = r.fields ->> 'name', description = r.fields ->> 'description',
                        price = CAST(r.fields ->> 'price' AS numeric), currency = r.fields ->> 'currency',
                        stock = CAST(r.fields ->> 'stock' AS integer),
                        category_id = CAST(r.fields ->> 'categoryId' AS bigint),
                        brand_id = CAST(r.fields ->> 'brandId' AS bigint), status = r.fields ->> 'status',
                        published_at = CASE WHEN r.fields ->> 'status' = 'PUBLISHED' AND p.published_at IS NULL
                                            THEN now() ELSE p.published_at END
                    FROM product_import_row r
                    WHERE r.import_id = ? AND r.outcome = 'UPDATE' AND p.id = r.product_id
                      AND p.version = r.base_version AND p.updated_at = r.base_updated_at
                      AND EXISTS (SELECT FROM category c WHERE c.id = CAST(r.fields ->> 'categoryId' AS bigint))
                      AND EXISTS (SELECT FROM brand b WHERE b.id = CAST(r.fields ->> 'brandId' AS bigint))
                    RETURNING p.id, p.sku, r.line, r.changes
                ), marked AS (
                    UPDATE product_import_row r SET result = 'APPLIED'
                    FROM changed c WHERE r.import_id = ? AND r.line = c.line
                ), recorded AS (
                    INSERT INTO audit_entry (actor, action, object_type, object_id, object_label, changes)
                    SELECT ?, 'UPDATE', 'product', c.id, c.sku, c.changes FROM changed c ORDER BY c.line
                    RETURNING id
                )
                INSERT INTO audit_origin (entry_id, origin, origin_id) SELECT id, ?, ? FROM recorded""",
                statement -> {
                    bindApply(statement, importId, actor);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("""
                WITH inserted AS (
                    INSERT INTO product (sku, name, description, price, currency, stock, category_id, brand_id,
                                         status, published_at)
                    SELECT r.fields ->> 'sku', r.fields ->> 'name', r.fields ->> 'description',
                           CAST(r.fields ->> 'price' AS numeric), r.fields ->> 'currency',
                           CAST(r.fields ->> 'stock' AS integer), CAST(r.fields ->> 'categoryId' AS bigint),
                           CAST(r.fields ->> 'brandId' AS bigint), r.fields ->> 'status',
                           CASE WHEN r.fields ->> 'status' = 'PUBLISHED' THEN now() END
                    FROM product_import_row r
                    WHERE r.import_id = ? AND r.outcome = 'CREATE'
                      AND EXISTS (SELECT FROM category c WHERE c.id = CAST(r.fields ->> 'categoryId' AS bigint))
                      AND EXISTS (SELECT FROM brand b WHERE b.id = CAST(r.fields ->> 'brandId' AS bigint))
                    ORDER BY r.line
                    ON CONFLICT (sku) DO NOTHING
                    RETURNING id, sku
                ), marked AS (
                    UPDATE product_import_row r SET result = 'APPLIED', product_id = i.id
                    FROM inserted i WHERE r.import_id = ? AND r.sku = i.sku
                ), recorded AS (
                    INSERT INTO audit_entry (actor, action, object_type, object_id, object_label, changes)
                    SELECT ?, 'CREATE', 'product', i.id, i.sku, r.changes
                    FROM inserted i JOIN product_import_row r ON r.import_id = ? AND r.sku = i.sku
                    ORDER BY r.line
                    RETURNING id
                )
                INSERT INTO audit_origin (entry_id, origin, origin_id) SELECT id, ?, ? FROM recorded""", statement -> {
            statement.setLong(1, importId);
            statement.setLong(2, importId);
            statement.setString(3, actor);
            statement.setLong(4, importId);
            statement.setString(5, ChangeOrigin.Kind.IMPORT.name());
            statement.setLong(6, importId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("""
                UPDATE product_import_row SET result = 'CONFLICT',
                    errors = '[{"name": "sku", "reason": "changed since the preview (edited, deleted or created by someone else, or its category or brand deleted): upload the file again to see"}]'
                WHERE import_id = ? AND outcome IN ('CREATE', 'UPDATE') AND result IS NULL""", statement -> {
            statement.setLong(1, importId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE product_import SET status = 'APPLIED', confirmed_by = ?, confirmed_at = now() "
                + "WHERE id = ?", statement -> {
            statement.setString(1, actor);
            statement.setLong(2, importId);
            return statement.executeUpdate();
        });
    }

    /** Fresh statistics after a bulk change, so the planner does not go on assuming the catalog it knew. */
    void analyzeProducts() {
        jdbc.prepareStatement("ANALYZE product", PreparedStatement::execute);
    }

    // the import (rows, then marks), then the history's actor, then its origin and origin id
    private static void bindApply(PreparedStatement statement, long importId, String actor) throws SQLException {
        statement.setLong(1, importId);
        statement.setLong(2, importId);
        statement.setString(3, actor);
        statement.setString(4, ChangeOrigin.Kind.IMPORT.name());
        statement.setLong(5, importId);
    }

    private Map<ImportSummary.Count, Integer> counts(long importId) {
        return jdbc.prepareStatement("""
                SELECT outcome, result, count(*) FROM product_import_row WHERE import_id = ?
                GROUP BY outcome, result""", statement -> {
            statement.setLong(1, importId);
            ResultSet result = statement.executeQuery();
            Map<ImportSummary.Count, Integer> counts = new EnumMap<>(ImportSummary.Count.class);
            while (result.next()) {
                int n = result.getInt(3);
                counts.merge(ImportSummary.Count.valueOf(result.getString(1)), n, Integer::sum);
                String applied = result.getString(2);
                if (applied != null) {
                    counts.merge(ImportSummary.Count.valueOf(applied), n, Integer::sum);
                }
            }
            return counts;
        });
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    @Nullable
    private String toJson(@Nullable Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
