package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import dev.catalog.model.catalog.Category;
import dev.catalog.model.catalog.Product;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * CSV imports of products: an upload is read as a stream, checked row by row in batches (one lookup of
 * the batch's skus, categories and brands in memory) and stored as a preview; nothing else is written
 * until staff confirm, and the confirm applies that preview exactly ({@link ProductImportRepository#apply}).
 */
@Singleton
class ProductImportService {

    static final int BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProductImportService.class);

    private final ProductImportRepository imports;
    private final CategoryRepository categories;
    private final BrandRepository brands;
    private final SecurityService security;
    private final Validator validator;
    private final TransactionOperations<Connection> transactions;
    private final long maxBytes;

    ProductImportService(ProductImportRepository imports, CategoryRepository categories, BrandRepository brands,
                         SecurityService security, Validator validator, TransactionOperations<Connection> transactions,
                         @Value("${catalog.imports.max-size:32MB}") @ReadableBytes long maxBytes) {
        this.transactions = transactions;
        this.imports = imports;
        this.categories = categories;
        this.brands = brands;
        this.security = security;
        this.validator = validator;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads and checks {@code upload} into a preview; a file refused as a whole leaves nothing behind. The
     * upload is spooled first, so the transaction lasts as long as the check, not the client's upload.
     */
    ImportSummary preview(InputStream upload, String fileName) {
        Path file = ProductImportFile.spool(upload, maxBytes);
        try {
            return transactions.executeWrite(status -> preview(file, fileName));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the spooled import {}: {}", file, e.toString());
            }
        }
    }

    private ImportSummary preview(Path file, String fileName) {
        imports.dropStalePreviews();
        long importId = imports.create(fileName.length() > 200 ? fileName.substring(0, 200) : fileName,
                security.username().orElseThrow());
        Map<String, Long> categoryIds = StreamSupport.stream(categories.findAll().spliterator(), false)
                .collect(Collectors.toMap(Category::slug, Category::id));
        Map<String, Long> brandIds = StreamSupport.stream(brands.findAll().spliterator(), false)
                .collect(Collectors.toMap(Brand::slug, Brand::id));
        ImportRowCheck check = new ImportRowCheck(categoryIds, brandIds, validator);
        Map<String, Integer> seen = new HashMap<>();
        List<ProductImportFile.Row> batch = new ArrayList<>(BATCH);
        ProductImportFile.read(file, row -> {
            String sku = row.sku();
            Integer first = seen.putIfAbsent(sku, row.number());
            if (first != null) {
                throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "duplicate-sku", "The sku '" + sku
                        + "' is on rows " + first + " and " + row.number() + "; each product may appear once.");
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                writeBatch(importId, batch, check);
            }
        });
        if (!batch.isEmpty()) {
            writeBatch(importId, batch, check);
        }
        if (seen.isEmpty()) {
            throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "no-rows", "The file has a header but no rows.");
        }
        return require(importId);
    }

    /** Applies a preview as it was shown; refused while it has errors, and once applied. */
    @Transactional
    ImportSummary confirm(long importId) {
        ImportSummary summary = imports.summary(importId, true)
                .orElseThrow(() -> new CatalogObjectNotFoundException("import", importId));
        if (summary.header().isApplied()) {
            throw new ImportNotConfirmableException(importId, "it was applied already");
        }
        if (summary.count(ImportSummary.Count.ERROR) > 0) {
            throw new ImportNotConfirmableException(importId, summary.count(ImportSummary.Count.ERROR)
                    + " row(s) have errors: fix the file and upload it again");
        }
        if (!summary.isConfirmable()) {
            throw new ImportNotConfirmableException(importId, "no row creates or changes a product");
        }
        try {
            imports.apply(importId, security.username().orElseThrow());
        } catch (DataAccessException e) {
            // a category or brand deleted in the instant between the checks and the writes: nothing applied
            if (PostgresConstraints.isForeignKey(e, "product_category_fk")
                    || PostgresConstraints.isForeignKey(e, "product_brand_fk")) {
                throw new ImportNotConfirmableException(importId,
                        "a category or brand was deleted while it was applied; nothing was changed, confirm again");
            }
            throw e;
        }
        if (summary.count(ImportSummary.Count.CREATE) + summary.count(ImportSummary.Count.UPDATE) >= BATCH) {
            imports.analyzeProducts();
        }
        return require(importId);
    }

    @ReadOnly
    ImportSummary require(long importId) {
        return imports.summary(importId, false).orElseThrow(() -> new CatalogObjectNotFoundException("import", importId));
    }

    @ReadOnly
    List<ImportSummary.Header> recent() {
        return imports.recent(20);
    }

    @ReadOnly
    List<ImportRowView> rows(long importId, @Nullable ImportOutcome outcome, int afterLine, int limit) {
        require(importId);
        return imports.rows(importId, outcome, afterLine, limit);
    }

    private void writeBatch(long importId, List<ProductImportFile.Row> batch, ImportRowCheck check) {
        Map<String, Product> current = imports.productsBySku(batch.stream().map(ProductImportFile.Row::sku).toList());
        imports.insertRows(importId, batch.stream().map(row -> check.check(row, current.get(row.sku()))).toList());
        batch.clear();
    }
}
