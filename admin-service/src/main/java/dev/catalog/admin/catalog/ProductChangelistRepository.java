package dev.catalog.admin.catalog;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The staff product list's page and match count, from {@link ProductListQuery}. */
@Singleton
class ProductChangelistRepository {

    /** Counting stops here: "10,000+" is as useful to a person as an exact figure, and far cheaper. */
    static final int COUNT_CAP = 10_000;

    private final JdbcOperations jdbc;

    ProductChangelistRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, plus one more row to tell whether a next page exists. */
    @ReadOnly
    List<ProductRow> findPage(ProductFilter filter, int size) {
        ProductListQuery query = ProductListQuery.of(filter);
        return jdbc.prepareStatement(query.pageSql(), statement -> {
            int next = query.bind(statement);
            statement.setInt(next, size + 1);
            statement.setLong(next + 1, (long) filter.page() * size);
            return rows(statement.executeQuery());
        });
    }

    /** How many products match, counted up to {@link #COUNT_CAP} + 1. */
    @ReadOnly
    int countCapped(ProductFilter filter) {
        ProductListQuery query = ProductListQuery.of(filter);
        return jdbc.prepareStatement(query.countSql(COUNT_CAP + 1), statement -> {
            query.bind(statement);
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getInt(1);
        });
    }

    private static List<ProductRow> rows(ResultSet result) throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        while (result.next()) {
            rows.add(ProductListQuery.row(result));
        }
        return rows;
    }
}
