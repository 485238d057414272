package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Product;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The staff product list's page and match count, from {@link ProductListQuery}. */
@Singleton
class ProductChangelistRepository {

    /**
     * Counting stops this far beyond a page's first row: "1,000+" is as useful to a person as an exact
     * figure, and a count of up to 10,000 matches of a search cost more than the page itself (25-130 ms).
     */
    static final int COUNT_CAP = 1_000;

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

    /** How many products match, counted no further than {@link #COUNT_CAP} beyond {@code offset}. */
    @ReadOnly
    MatchCount count(ProductFilter filter, long offset) {
        return count(ProductListQuery.of(filter), offset);
    }

    /**
     * The admin API's page of whole products: the UI's filters, the API's sort, and how many match
     * ({@link #count}: a full count of a large catalog cost more than the page itself).
     */
    @ReadOnly
    CountedPage<Product> findProducts(ProductFilter filter, Pageable pageable) {
        ProductListQuery query = ProductListQuery.ofProducts(filter, pageable.getSort());
        List<Product> products = jdbc.prepareStatement(query.productsPageSql(), statement -> {
            int next = query.bind(statement);
            statement.setInt(next, pageable.getSize() + 1);
            statement.setLong(next + 1, pageable.getOffset());
            try (Stream<Product> stream = jdbc.entityStream(statement.executeQuery(), Product.class)) {
                return stream.toList();
            }
        });
        boolean hasNext = products.size() > pageable.getSize();
        return new CountedPage<>(hasNext ? products.subList(0, pageable.getSize()) : products, pageable, hasNext,
                count(query, pageable.getOffset()));
    }

    private MatchCount count(ProductListQuery query, long offset) {
        long countedUpTo = offset + COUNT_CAP;
        long counted = jdbc.prepareStatement(query.countSql(countedUpTo + 1), statement -> {
            query.bind(statement);
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        });
        return new MatchCount(Math.min(counted, countedUpTo), counted <= countedUpTo);
    }

    private static List<ProductRow> rows(ResultSet result) throws SQLException {
        List<ProductRow> rows = new ArrayList<>();
        while (result.next()) {
            rows.add(ProductListQuery.row(result));
        }
        return rows;
    }
}
