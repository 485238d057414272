package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.audit.PastVersions;
import dev.catalog.model.catalog.Brand;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.Optional;

/**
 * Brand edits: unique slugs, optimistic locking, no deleting a brand that products have, and the brand
 * products get when they have none keeps its slug and stays.
 */
@Singleton
class BrandService implements SlugNamedPages.Edits<Brand, BrandCommand>, HistoryPages.Revisions<Brand> {

    private static final SlugNamedKind<Brand> KIND = new SlugNamedKind<>("brand", "brand_slug_unique",
            "product_brand_fk", Brand::id, Brand::slug, Brand::version, CatalogChanges::between,
            BrandInUseException::new);

    private final SlugNamedEdits<Brand> edits;
    private final BrandRepository brands;
    private final Validator validator;

    BrandService(BrandRepository brands, ProductRepository products, AuditService audit, PastVersions versions,
                 Validator validator) {
        this.edits = new SlugNamedEdits<>(brands, KIND, products::existsByBrandId, audit, versions);
        this.brands = brands;
        this.validator = validator;
    }

    Page<Brand> list(Pageable pageable) {
        return edits.list(pageable);
    }

    @Override
    public Brand require(long id) {
        return edits.require(id);
    }

    @Override
    @Transactional
    public Brand create(BrandCommand command) {
        return edits.create(Brand.draft(command.slug(), command.name()));
    }

    @Override
    @Transactional
    public Brand update(long id, BrandCommand command, long editedVersion) {
        requireUnbrandedSlugKept(id, command.slug());
        return edits.update(id, editedVersion, current -> current.edited(command.slug(), command.name(), editedVersion));
    }

    @Override
    @Transactional
    public void delete(long id) {
        if (isUnbranded(edits.require(id))) {
            throw new ReservedBrandException("it cannot be deleted");
        }
        edits.delete(id);
    }

    @Override
    public Optional<Brand> find(long id) {
        return brands.findById(id);
    }

    @Override
    public PastVersion version(long id, long entryId) {
        return edits.version(id, entryId);
    }

    @Override
    @Transactional
    public Brand revert(long id, long entryId, long editedVersion) {
        BrandCommand past = commandOf(edits.version(id, entryId));
        requireUnbrandedSlugKept(id, past.slug());
        return edits.revert(id, entryId, editedVersion, current -> current.edited(past.slug(), past.name(), editedVersion));
    }

    @Override
    @Transactional
    public Brand restore(long id) {
        PastVersion deleted = edits.deleted(id);
        BrandCommand past = commandOf(deleted);
        return edits.restore(deleted, new Brand(id, past.slug(), past.name(), null, null, null),
                brand -> brands.insertWithId(id, brand.slug(), brand.name()));
    }

    private BrandCommand commandOf(PastVersion version) {
        return TodaysRules.check(validator, new BrandCommand(version.field("slug"), version.field("name"), null));
    }

    private void requireUnbrandedSlugKept(long id, String slug) {
        if (isUnbranded(edits.require(id)) && !Brand.UNBRANDED_SLUG.equals(slug)) {
            throw new ReservedBrandException("its slug cannot change");
        }
    }

    private static boolean isUnbranded(Brand brand) {
        return Brand.UNBRANDED_SLUG.equals(brand.slug());
    }
}
