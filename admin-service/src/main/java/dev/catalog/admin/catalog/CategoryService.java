package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.audit.PastVersions;
import dev.catalog.model.catalog.Category;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Optional;

/** Category edits: unique slugs, optimistic locking, and no deleting a category that has products. */
@Singleton
class CategoryService implements SlugNamedPages.Edits<Category, CategoryCommand>, HistoryPages.Revisions<Category> {

    private static final SlugNamedKind<Category> KIND = new SlugNamedKind<>("category", "category_slug_unique",
            "product_category_fk", Category::id, Category::slug, Category::version, CatalogChanges::between,
            CategoryInUseException::new);

    private final SlugNamedEdits<Category> edits;
    private final CategoryRepository categories;
    private final Validator validator;

    CategoryService(CategoryRepository categories, ProductRepository products, AuditService audit,
                    PastVersions versions, Validator validator) {
        this.edits = new SlugNamedEdits<>(categories, KIND, products::existsByCategoryId, audit, versions);
        this.categories = categories;
        this.validator = validator;
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

    @Override
    public Optional<Category> find(long id) {
        return categories.findById(id);
    }

    @Override
    public PastVersion version(long id, long entryId) {
        return edits.version(id, entryId);
    }

    @Override
    @Transactional
    public Category revert(long id, long entryId, long editedVersion) {
        CategoryCommand past = commandOf(edits.version(id, entryId));
        return edits.revert(id, entryId, editedVersion,
                current -> current.edited(past.slug(), past.name(), past.description(), editedVersion));
    }

    @Override
    @Transactional
    public Category restore(long id) {
        PastVersion deleted = edits.deleted(id);
        CategoryCommand past = commandOf(deleted);
        return edits.restore(deleted, new Category(id, past.slug(), past.name(), past.description(), null, null, null),
                category -> categories.insertWithId(id, category.slug(), category.name(), category.description()));
    }

    private CategoryCommand commandOf(PastVersion version) {
        return TodaysRules.check(validator, new CategoryCommand(version.field("slug"), version.field("name"),
                version.field("description"), null));
    }
}
