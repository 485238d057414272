package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.ChangeOrigin;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.audit.PastVersions;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Product edits: unique skus, an existing category and brand, optimistic locking, and the status life cycle. */
@Singleton
class ProductService implements HistoryPages.Revisions<Product> {

    private final ProductRepository products;
    private final ProductChangelistRepository changelist;
    private final CategoryRepository categories;
    private final BrandRepository brands;
    private final AuditService audit;
    private final PastVersions versions;
    private final Validator validator;
    private final Clock clock;

    ProductService(ProductRepository products, ProductChangelistRepository changelist, CategoryRepository categories,
                   BrandRepository brands, AuditService audit, PastVersions versions, Validator validator) {
        this.products = products;
        this.changelist = changelist;
        this.categories = categories;
        this.brands = brands;
        this.audit = audit;
        this.versions = versions;
        this.validator = validator;
        this.clock = Clock.systemUTC();
    }

    CountedPage<Product> list(ProductFilter filter, Pageable pageable) {
        return changelist.findProducts(filter, ProductSorting.API.check(pageable));
    }

    @Override
    public Optional<Product> find(long id) {
        return products.findById(id);
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
        record(AuditAction.CREATE, null, created, null);
        return created;
    }

    @Transactional
    Product update(long id, ProductCommand command, long editedVersion) {
        return update(id, command, editedVersion, null);
    }

    /** The product as it was right after history entry {@code entryId}. */
    @Override
    public PastVersion version(long id, long entryId) {
        return versions.after("product", id, entryId, CatalogChanges.fieldsOf(require(id)));
    }

    /**
     * Brings back the version of history entry {@code entryId} as a new edit of {@code editedVersion}
     * (today's rules apply to it, as to any edit); the history records it as a revert to that entry.
     */
    @Override
    @Transactional
    public Product revert(long id, long entryId, long editedVersion) {
        requireVersion(id, editedVersion);
        ProductCommand command = TodaysRules.check(validator, CatalogChanges.productCommand(version(id, entryId)));
        return update(id, command, editedVersion, ChangeOrigin.revertTo(entryId));
    }

    /**
     * Brings a deleted product back, with its id, as it was just before its deletion (its status too: a
     * product deleted while published is public again at once).
     */
    @Override
    @Transactional
    public Product restore(long id) {
        if (products.existsById(id)) {
            throw new NotDeletedException("product", id);
        }
        PastVersion deleted = versions.beforeDeletion("product", id);
        ProductCommand command = TodaysRules.check(validator, CatalogChanges.productCommand(deleted));
        if (!categories.existsById(command.categoryId())) {
            throw new RestoreBlockedException("product", "categoryId", "its category (id " + command.categoryId()
                    + ") was deleted; restore the category first");
        }
        if (command.brandId() != null && !brands.existsById(command.brandId())) {
            throw new RestoreBlockedException("product", "brandId", "its brand (id " + command.brandId()
                    + ") was deleted; restore the brand first");
        }
        if (products.existsBySku(command.sku())) {
            throw new ValueTakenException("product", "sku", command.sku());
        }
        Product revived = new Product(id, command.sku(), command.name(), command.description(), command.price(),
                command.currency(), command.stock(), command.categoryId(), command.brandId(), ProductStatus.DRAFT,
                null, null, null, null).withStatus(command.status(), now());
        saveGuarded(revived, () -> {
            products.insertWithId(id, revived.sku(), revived.name(), revived.description(), revived.price(),
                    revived.currency(), revived.stock(), revived.categoryId(), revived.brandId(),
                    revived.status().name(), revived.publishedAt());
            return revived;
        });
        Product restored = require(id);
        record(AuditAction.CREATE, null, restored, ChangeOrigin.restoreFrom(deleted.entry().id()));
        return restored;
    }

    private Product update(long id, ProductCommand command, long editedVersion, @Nullable ChangeOrigin origin) {
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
        record(AuditAction.UPDATE, current, updated, origin);
        return updated;
    }

    /** Moves a product to {@code status}; with a version, only if nobody changed it since. */
    @Transactional
    Product changeStatus(long id, ProductStatus status, @Nullable Long editedVersion) {
        return changeStatus(id, status, editedVersion, null);
    }

    /** As {@link #changeStatus(long, ProductStatus, Long)}, recorded as coming from {@code origin}. */
    @Transactional
    Product changeStatus(long id, ProductStatus status, @Nullable Long editedVersion, @Nullable ChangeOrigin origin) {
        Product current = editedVersion == null ? require(id) : requireVersion(id, editedVersion);
        if (current.status() == status) {
            return current;
        }
        Product changed = updateGuarded(current.withStatus(status, now()));
        record(actionOf(status), current, changed, origin);
        return changed;
    }

    @Transactional
    void delete(long id, Long editedVersion) {
        Product current = editedVersion == null ? require(id) : requireVersion(id, editedVersion);
        products.deleteById(id);
        record(AuditAction.DELETE, current, null, null);
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

    private void record(AuditAction action, @Nullable Product before, @Nullable Product after,
                        @Nullable ChangeOrigin origin) {
        Product object = after == null ? before : after;
        audit.record(action, "product", object.id(), object.sku(), CatalogChanges.between(before, after), origin);
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
            if (PostgresConstraints.isUnique(e, "product_pkey")) {
                throw new NotDeletedException("product", product.id());
            }
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
