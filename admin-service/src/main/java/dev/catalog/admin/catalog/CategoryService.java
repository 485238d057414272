package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditService;
import dev.catalog.model.catalog.Category;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Category edits: unique slugs, optimistic locking, and no deleting a category that has products. */
@Singleton
class CategoryService implements SlugNamedPages.Edits<Category, CategoryCommand> {

    private static final SlugNamedKind<Category> KIND = new SlugNamedKind<>("category", "category_slug_unique",
            "product_category_fk", Category::id, Category::slug, Category::version, CatalogChanges::between,
            CategoryInUseException::new);

    private final SlugNamedEdits<Category> edits;

    CategoryService(CategoryRepository categories, ProductRepository products, AuditService audit) {
        this.edits = new SlugNamedEdits<>(categories, KIND, products::existsByCategoryId, audit);
    }

    Page<Category> list(Pageable pageable) {
        return edits.list(pageable);
    }

    @Override
    public Category require(long id) {
        return edits.require(id);
    }

    @Override
    @Transactional
    public Category create(CategoryCommand command) {
        return edits.create(Category.draft(command.slug(), command.name(), command.description()));
    }

    @Override
    @Transactional
    public Category update(long id, CategoryCommand command, long editedVersion) {
        return edits.update(id, editedVersion,
                current -> current.edited(command.slug(), command.name(), command.description(), editedVersion));
    }

    @Override
    @Transactional
    public void delete(long id) {
        edits.delete(id);
    }
}
