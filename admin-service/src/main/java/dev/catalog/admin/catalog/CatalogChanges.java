package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.FieldDiff;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.model.catalog.Brand;
import dev.catalog.model.catalog.Category;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The fields of catalog objects that history shows; a null side is an object being created or deleted. */
final class CatalogChanges {

    private CatalogChanges() {
    }

    static final List<String> PRODUCT_FIELDS = List.of("sku", "name", "description", "price", "currency", "stock",
            "categoryId", "brandId", "status");
    static final List<String> CATEGORY_FIELDS = List.of("slug", "name", "description");
    static final List<String> BRAND_FIELDS = List.of("slug", "name");

    static FieldDiff between(@Nullable Product before, @Nullable Product after) {
        return new FieldDiff()
                .field("sku", get(before, Product::sku), get(after, Product::sku))
                .field("name", get(before, Product::name), get(after, Product::name))
                .field("description", get(before, Product::description), get(after, Product::description))
                .field("price", get(before, Product::price), get(after, Product::price))
                .field("currency", get(before, Product::currency), get(after, Product::currency))
                .field("stock", get(before, Product::stock), get(after, Product::stock))
                .field("categoryId", get(before, Product::categoryId), get(after, Product::categoryId))
                .field("brandId", get(before, Product::brandId), get(after, Product::brandId))
                .field("status", get(before, Product::status), get(after, Product::status));
    }

    static FieldDiff between(@Nullable Category before, @Nullable Category after) {
        return new FieldDiff()
                .field("slug", get(before, Category::slug), get(after, Category::slug))
                .field("name", get(before, Category::name), get(after, Category::name))
                .field("description", get(before, Category::description), get(after, Category::description));
    }

    static FieldDiff between(@Nullable Brand before, @Nullable Brand after) {
        return new FieldDiff()
                .field("slug", get(before, Brand::slug), get(after, Brand::slug))
                .field("name", get(before, Brand::name), get(after, Brand::name));
    }

    /** A product's fields as history shows them: what {@link #between} compares. */
    static Map<String, String> fieldsOf(Product product) {
        return between(null, product).newValues();
    }

    /**
     * A product as a command, from the fields of one of its versions in history. A version from before
     * brands has none: the command then keeps the product's brand (or, restored, gets the default).
     */
    static ProductCommand productCommand(PastVersion version) {
        return new ProductCommand(version.field("sku"), version.field("name"), version.field("description"),
                decimal(version.field("price")), version.field("currency"), integer(version.field("stock")),
                number(version.field("categoryId")), number(version.field("brandId")),
                version.field("status") == null ? null : ProductStatus.valueOf(version.field("status")), null);
    }

    @Nullable
    private static BigDecimal decimal(@Nullable String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Nullable
    private static Integer integer(@Nullable String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    @Nullable
    private static Long number(@Nullable String text) {
        return text == null ? null : Long.valueOf(text);
    }

    @Nullable
    private static <T> Object get(@Nullable T object, Function<T, Object> field) {
        return Optional.ofNullable(object).map(field).orElse(null);
    }
}
