package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.model.catalog.Category;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Set;
import java.util.function.Supplier;

/** Category edits: unique slugs, optimistic locking, and no deleting a category that has products. */
@Singleton
class CategoryService {

    static final SortableFields SORTABLE = new SortableFields(Set.of("id", "slug", "name", "createdAt", "updatedAt"));

    private final CategoryRepository categories;
    private final ProductRepository products;
    private final AuditService audit;

    CategoryService(CategoryRepository categories, ProductRepository products, AuditService audit) {
        this.categories = categories;
        this.products = products;
        this.audit = audit;
    }

    Page<Category> list(Pageable pageable) {
        return categories.findAll(SORTABLE.check(pageable));
    }

    Category require(long id) {
        return categories.findById(id).orElseThrow(() -> new CatalogObjectNotFoundException("category", id));
    }

    @Transactional
    Category create(CategoryCommand command) {
        if (categories.existsBySlug(command.slug())) {
            throw new ValueTakenException("category", "slug", command.slug());
        }
        Category created = saveGuarded(command, () -> categories.save(
                Category.draft(command.slug(), command.name(), command.description())));
        record(AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    Category update(long id, CategoryCommand command, long editedVersion) {
        Category current = require(id);
        if (current.version() != editedVersion) {
            throw new VersionConflictException("category", id, editedVersion);
        }
        if (categories.existsBySlugAndIdNotEqual(command.slug(), id)) {
            throw new ValueTakenException("category", "slug", command.slug());
        }
        Category edited = current.edited(command.slug(), command.name(), command.description(), editedVersion);
        try {
            Category updated = saveGuarded(command, () -> categories.update(edited));
            record(AuditAction.UPDATE, current, updated);
            return updated;
        } catch (OptimisticLockException e) {
            throw new VersionConflictException("category", id, editedVersion);
        }
    }

    @Transactional
    void delete(long id) {
        Category current = require(id);
        if (products.existsByCategoryId(id)) {
            throw new CategoryInUseException(id);
        }
        try {
            categories.deleteById(id);
            record(AuditAction.DELETE, current, null);
        } catch (DataAccessException e) {
            // A product was added to the category since the check above.
            if (PostgresConstraints.isForeignKey(e, "product_category_fk")) {
                throw new CategoryInUseException(id);
            }
            throw e;
        }
    }

    private void record(AuditAction action, Category before, Category after) {
        Category object = after == null ? before : after;
        audit.record(action, "category", object.id(), object.slug(), CatalogChanges.between(before, after));
    }

    // The checks above can race with another writer; the database's constraint has the last word.
    private Category saveGuarded(CategoryCommand command, Supplier<Category> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (PostgresConstraints.isUnique(e, "category_slug_unique")) {
                throw new ValueTakenException("category", "slug", command.slug());
            }
            throw e;
        }
    }
}
