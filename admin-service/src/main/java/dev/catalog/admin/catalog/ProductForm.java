package dev.catalog.admin.catalog;

import dev.catalog.admin.web.FormErrors;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The product form exactly as typed, so an invalid form comes back with the user's input intact.
 * {@link #toCommand} turns it into the same command the JSON API validates.
 */
@Serdeable
public record ProductForm(@Nullable String sku, @Nullable String name, @Nullable String description,
                          @Nullable String price, @Nullable String currency, @Nullable String stock,
                          @Nullable String categoryId, @Nullable String brandId, @Nullable String status,
                          @Nullable String version) {

    static ProductForm empty() {
        return new ProductForm("", "", "", "", "EUR", "0", "", "", ProductStatus.DRAFT.name(), "");
    }

    static ProductForm from(Product product) {
        return new ProductForm(product.sku(), product.name(), product.description() == null ? "" : product.description(),
                product.price().toPlainString(), product.currency(), Integer.toString(product.stock()),
                product.categoryId().toString(), product.brandId() == null ? "" : product.brandId().toString(),
                product.status().name(), String.valueOf(product.version()));
    }

    /**
     * The command; a field that could not even be read is null in it and has its message in
     * {@code errors}, so validating the command then reports every other bad field too.
     */
    ProductCommand toCommand(FormErrors errors) {
        BigDecimal parsedPrice = decimal("price", price, errors);
        Integer parsedStock = integer("stock", stock, errors);
        Long parsedCategory = choice("categoryId", categoryId, "choose a category", errors);
        // absent from a page rendered before brands existed: an update keeps the product's brand
        Long parsedBrand = brandId == null ? null : choice("brandId", brandId, "choose a brand", errors);
        ProductStatus parsedStatus = status(errors);
        return new ProductCommand(trim(sku).toUpperCase(Locale.ROOT), trim(name), blankToNull(description),
                parsedPrice, trim(currency).toUpperCase(Locale.ROOT), parsedStock, parsedCategory, parsedBrand,
                parsedStatus, null);
    }

    long editedVersion() {
        try {
            return Long.parseLong(trim(version));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Nullable
    private static Long choice(String field, @Nullable String id, String message, FormErrors errors) {
        try {
            return Long.valueOf(trim(id));
        } catch (NumberFormatException e) {
            errors.reject(field, message);
            return null;
        }
    }

    @Nullable
    private ProductStatus status(FormErrors errors) {
        try {
            return ProductStatus.valueOf(trim(status));
        } catch (IllegalArgumentException e) {
            errors.reject("status", "choose a status");
            return null;
        }
    }

    @Nullable
    private static BigDecimal decimal(String field, @Nullable String text, FormErrors errors) {
        try {
            return new BigDecimal(trim(text).replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.reject(field, "enter a number such as 19.90");
            return null;
        }
    }

    @Nullable
    private static Integer integer(String field, @Nullable String text, FormErrors errors) {
        try {
            return Integer.valueOf(trim(text));
        } catch (NumberFormatException e) {
            errors.reject(field, "enter a whole number");
            return null;
        }
    }

    private static String trim(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
