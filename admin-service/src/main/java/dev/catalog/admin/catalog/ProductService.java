package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Product edits: unique skus, an existing category and brand, optimistic locking, and the status life cycle. */
@Singleton
class ProductService {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final BrandRepository brands;
    private final AuditService audit;
    private final Clock clock;

    ProductService(ProductRepository products, CategoryRepository categories, BrandRepository brands,
                   AuditService audit) {
        this.products = products;
        this.categories = categories;
        this.brands = brands;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    Page<Product> list(Pageable pageable) {
        return products.findAll(ProductSorting.API.check(pageable));
    }

    Product require(long id) {
        return products.findById(id).orElseThrow(() -> new CatalogObjectNotFoundException("product", id));
    }

    @Transactional
    Product create(ProductCommand command) {
        requireCategoryAndBrand(command);
        if (products.existsBySku(command.sku())) {
            throw new ValueTakenException("product", "sku", command.sku());
        }
        ProductStatus status = command.status() == null ? ProductStatus.DRAFT : command.status();
        Product product = new Product(null, command.sku(), command.name(), command.description(), command.price(),
                command.currency(), command.stock(), command.categoryId(), command.brandId(), ProductStatus.DRAFT,
                null, null, null, null).withStatus(status, now());
        Product created = saveGuarded(product, () -> products.save(product));
        record(AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    Product update(long id, ProductCommand command, long editedVersion) {
        Product current = requireVersion(id, editedVersion);
        requireCategoryAndBrand(command);
        if (products.existsBySkuAndIdNotEqual(command.sku(), id)) {
            throw new ValueTakenException("product", "sku", command.sku());
        }
        ProductStatus status = command.status() == null ? current.status() : command.status();
        Long brandId = command.brandId() != null ? command.brandId() : current.brandId();
        Product edited = new Product(id, command.sku(), command.name(), command.description(), command.price(),
                command.currency(), command.stock(), command.categoryId(), brandId, current.status(),
                editedVersion,
                current.createdAt(), current.updatedAt(), current.publishedAt()).withStatus(status, now());
        Product updated = updateGuarded(edited);
        record(AuditAction.UPDATE, current, updated);
        return updated;
    }

    /** Moves a product to {@code status}; with a version, only if nobody changed it since. */
    @Transactional
    Product changeStatus(long id, ProductStatus status, Long editedVersion) {
        Product current = editedVersion == null ? require(id) : requireVersion(id, editedVersion);
        if (current.status() == status) {
            return current;
        }
        Product changed = updateGuarded(current.withStatus(status, now()));
        record(actionOf(status), current, changed);
        return changed;
    }

    @Transactional
    void delete(long id, Long editedVersion) {
        Product current = editedVersion == null ? require(id) : requireVersion(id, editedVersion);
        products.deleteById(id);
        record(AuditAction.DELETE, current, null);
    }

    /** A bulk status change: all of {@code ids} in one transaction, each recorded in the history. */
    @Transactional
    int changeStatusOfAll(List<Long> ids, ProductStatus status) {
        int changed = 0;
        for (long id : ids) {
            if (changeStatus(id, status, null).status() == status) {
                changed++;
            }
        }
        return changed;
    }

    /** A bulk delete: all of {@code ids} or none. */
    @Transactional
    void deleteAll(List<Long> ids) {
        ids.forEach(id -> delete(id, null));
    }

    List<Product> requireAll(List<Long> ids) {
        return ids.stream().map(this::require).toList();
    }

    private static AuditAction actionOf(ProductStatus status) {
        return switch (status) {
            case PUBLISHED -> AuditAction.PUBLISH;
            case ARCHIVED -> AuditAction.ARCHIVE;
            case DRAFT -> AuditAction.UPDATE;
        };
    }

    private void record(AuditAction action, Product before, Product after) {
        Product object = after == null ? before : after;
        audit.record(action, "product", object.id(), object.sku(), CatalogChanges.between(before, after));
    }

    private Product requireVersion(long id, long editedVersion) {
        Product current = require(id);
        if (current.version() != editedVersion) {
            throw new VersionConflictException("product", id, editedVersion);
        }
        return current;
    }

    private void requireCategoryAndBrand(ProductCommand command) {
        if (!categories.existsById(command.categoryId())) {
            throw new UnknownCategoryException(command.categoryId());
        }
        if (command.brandId() != null && !brands.existsById(command.brandId())) {
            throw new UnknownBrandException(command.brandId());
        }
    }

    private Product updateGuarded(Product edited) {
        try {
            return saveGuarded(edited, () -> products.update(edited));
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("product", edited.id(), edited.version());
        }
    }

    // The checks above can race with another writer; the database's constraints have the last word.
    private Product saveGuarded(Product product, Supplier<Product> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (PostgresConstraints.isUnique(e, "product_sku_unique")) {
                throw new ValueTakenException("product", "sku", product.sku());
            }
            if (PostgresConstraints.isForeignKey(e, "product_category_fk")) {
                throw new UnknownCategoryException(product.categoryId());
            }
            if (PostgresConstraints.isForeignKey(e, "product_brand_fk")) {
                throw new UnknownBrandException(product.brandId());
            }
            throw e;
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
