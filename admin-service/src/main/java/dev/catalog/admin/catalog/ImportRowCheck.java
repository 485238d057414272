package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.FieldChange;
import dev.catalog.admin.audit.FieldDiff;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import dev.catalog.support.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one import row would do to the catalog, checked by the rules of a product edit: create a product
 * (a new sku), update one (only the columns the file has; the others keep their values), leave it as it
 * is, or nothing because of every error listed.
 */
final class ImportRowCheck {

    /** A row's preview: the fields it sets and the history's diff (create, update), or its errors. */
    record Checked(int line, String sku, ImportOutcome outcome, @Nullable Long productId, @Nullable Long baseVersion,
                   @Nullable Instant baseUpdatedAt, @Nullable Map<String, String> fields, @Nullable Map<String, FieldChange> changes,
                   List<Problem.InvalidParam> errors) {
    }

    private final Map<String, Long> categoryIds;
    private final Map<String, Long> brandIds;
    private final Validator validator;

    ImportRowCheck(Map<String, Long> categoryIds, Map<String, Long> brandIds, Validator validator) {
        this.categoryIds = categoryIds;
        this.brandIds = brandIds;
        this.validator = validator;
    }

    Checked check(ProductImportFile.Row row, @Nullable Product current) {
        List<Problem.InvalidParam> errors = new ArrayList<>();
        if (row.cellCount() != row.columnCount()) {
            errors.add(new Problem.InvalidParam("row", "has " + row.cellCount() + " cells where the header has "
                    + row.columnCount()));
        }
        String sku = row.sku();
        String name = text(row, "name", current == null ? null : current.name(), errors);
        String description = row.has("description") ? emptyAsNull(text(row, "description", null, errors))
                : current == null ? null : current.description();
        BigDecimal price = number(row, "price", errors);
        String currency = cell(row, "currency");
        Integer stock = integer(row, "stock", errors);
        Long categoryId = reference(row, "category", categoryIds, "category", errors);
        Long brandId = row.has("brand") && !cell(row, "brand").isEmpty()
                ? reference(row, "brand", brandIds, "brand", errors)
                : current == null ? null : current.brandId();
        ProductStatus status = status(row, current, errors);
        ProductCommand command = new ProductCommand(sku, name, description, price, currency, stock, categoryId,
                brandId, status, null);
        if (errors.isEmpty()) {
            for (ConstraintViolation<ProductCommand> violation : validator.validate(command,
                    current == null ? ProductCommand.Create.class : Default.class)) {
                String field = violation.getPropertyPath().toString();
                errors.add(new Problem.InvalidParam(column(field), violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(row.number(), sku, ImportOutcome.ERROR, current == null ? null : current.id(), null,
                    null, null, null, List.copyOf(errors));
        }
        Product after = new Product(current == null ? null : current.id(), sku, name, description, price, currency,
                stock, categoryId, brandId, status, null, null, null, null);
        FieldDiff diff = CatalogChanges.between(current, after);
        ImportOutcome outcome = current == null ? ImportOutcome.CREATE
                : diff.changes().isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATE;
        return new Checked(row.number(), sku, outcome, current == null ? null : current.id(),
                current == null ? null : current.version(), current == null ? null : current.updatedAt(),
                CatalogChanges.fieldsOf(after), diff.changes(), List.of());
    }

    private static String cell(ProductImportFile.Row row, String column) {
        String value = row.cells().get(column);
        return value == null ? "" : value.strip();
    }

    // What the export escaped ('=SUM(...)) comes back as it was; a formula as such is refused: a
    // spreadsheet opening the next export would run it.
    @Nullable
    private static String text(ProductImportFile.Row row, String column, @Nullable String absent,
                               List<Problem.InvalidParam> errors) {
        if (!row.has(column)) {
            return absent;
        }
        String value = row.cells().get(column).strip();
        if (SpreadsheetCells.isEscapedFormula(value)) {
            return SpreadsheetCells.unescape(value);
        }
        if (SpreadsheetCells.isFormula(value)) {
            errors.add(new Problem.InvalidParam(column, "starts with '" + value.charAt(0)
                    + "', which a spreadsheet runs as a formula; put ' before it to keep it as text"));
            return null;
        }
        return value;
    }

    @Nullable
    private static BigDecimal number(ProductImportFile.Row row, String column, List<Problem.InvalidParam> errors) {
        try {
            return new BigDecimal(cell(row, column));
        } catch (NumberFormatException e) {
            errors.add(new Problem.InvalidParam(column, "must be a decimal number such as 19.90"));
            return null;
        }
    }

    @Nullable
    private static Integer integer(ProductImportFile.Row row, String column, List<Problem.InvalidParam> errors) {
        try {
            return Integer.valueOf(cell(row, column));
        } catch (NumberFormatException e) {
            errors.add(new Problem.InvalidParam(column, "must be a whole number"));
            return null;
        }
    }

    @Nullable
    private static Long reference(ProductImportFile.Row row, String column, Map<String, Long> ids, String kind,
                                  List<Problem.InvalidParam> errors) {
        String slug = cell(row, column);
        Long id = ids.get(slug);
        if (id == null) {
            errors.add(new Problem.InvalidParam(column, slug.isEmpty() ? "must name a " + kind + " by its slug"
                    : "no " + kind + " has slug '" + slug + "'"));
        }
        return id;
    }

    @Nullable
    private static ProductStatus status(ProductImportFile.Row row, @Nullable Product current,
                                        List<Problem.InvalidParam> errors) {
        String text = cell(row, "status");
        if (text.isEmpty()) {
            return current == null ? ProductStatus.DRAFT : current.status();
        }
        try {
            return ProductStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.InvalidParam("status", "must be DRAFT, PUBLISHED or ARCHIVED"));
            return null;
        }
    }

    // the command's property names, as the file's columns
    private static String column(String property) {
        return switch (property) {
            case "categoryId" -> "category";
            case "brandId" -> "brand";
            default -> property;
        };
    }

    @Nullable
    private static String emptyAsNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }

}
