package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.model.catalog.Brand;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.function.Supplier;

/** Brand edits: unique slugs, optimistic locking, and no deleting a brand that has products. */
@Singleton
class BrandService {

    static final SortableFields SORTABLE = new SortableFields(Set.of("id", "slug", "name", "createdAt", "updatedAt"));

    private final BrandRepository brands;
    private final ProductRepository products;
    private final AuditService audit;

    BrandService(BrandRepository brands, ProductRepository products, AuditService audit) {
        this.brands = brands;
        this.products = products;
        this.audit = audit;
    }

    Page<Brand> list(Pageable pageable) {
        return brands.findAll(SORTABLE.check(pageable));
    }

    Brand require(long id) {
        return brands.findById(id).orElseThrow(() -> new CatalogObjectNotFoundException("brand", id));
    }

    @Transactional
    Brand create(BrandCommand command) {
        if (brands.existsBySlug(command.slug())) {
            throw new ValueTakenException("brand", "slug", command.slug());
        }
        Brand created = saveGuarded(command, () -> brands.save(Brand.draft(command.slug(), command.name())));
        record(AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    Brand update(long id, BrandCommand command, long editedVersion) {
        Brand current = require(id);
        if (current.version() != editedVersion) {
            throw new VersionConflictException("brand", id, editedVersion);
        }
        if (brands.existsBySlugAndIdNotEqual(command.slug(), id)) {
            throw new ValueTakenException("brand", "slug", command.slug());
        }
        Brand edited = current.edited(command.slug(), command.name(), editedVersion);
        try {
            Brand updated = saveGuarded(command, () -> brands.update(edited));
            record(AuditAction.UPDATE, current, updated);
            return updated;
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("brand", id, editedVersion);
        }
    }

    @Transactional
    void delete(long id) {
        Brand current = require(id);
        if (products.existsByBrandId(id)) {
            throw new BrandInUseException(id);
        }
        try {
            brands.deleteById(id);
            record(AuditAction.DELETE, current, null);
        } catch (DataAccessException e) {
            // A product was given the brand since the check above.
            if (PostgresConstraints.isForeignKey(e, "product_brand_fk")) {
                throw new BrandInUseException(id);
            }
            throw e;
        }
    }

    private void record(AuditAction action, Brand before, Brand after) {
        Brand object = after == null ? before : after;
        audit.record(action, "brand", object.id(), object.slug(), CatalogChanges.between(before, after));
    }

    // The checks above can race with another writer; the database's constraint has the last word.
    private Brand saveGuarded(BrandCommand command, Supplier<Brand> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (PostgresConstraints.isUnique(e, "brand_slug_unique")) {
                throw new ValueTakenException("brand", "slug", command.slug());
            }
            throw e;
        }
    }
}
