package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditService;
import dev.catalog.model.catalog.Brand;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/**
 * Brand edits: unique slugs, optimistic locking, no deleting a brand that products have, and the brand
 * products get when they have none keeps its slug and stays.
 */
@Singleton
class BrandService implements SlugNamedPages.Edits<Brand, BrandCommand> {

    private static final SlugNamedKind<Brand> KIND = new SlugNamedKind<>("brand", "brand_slug_unique",
            "product_brand_fk", Brand::id, Brand::slug, Brand::version, CatalogChanges::between,
            BrandInUseException::new);

    private final SlugNamedEdits<Brand> edits;

    BrandService(BrandRepository brands, ProductRepository products, AuditService audit) {
        this.edits = new SlugNamedEdits<>(brands, KIND, products::existsByBrandId, audit);
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
        if (isUnbranded(edits.require(id)) && !Brand.UNBRANDED_SLUG.equals(command.slug())) {
            throw new ReservedBrandException("its slug cannot change");
        }
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

    private static boolean isUnbranded(Brand brand) {
        return Brand.UNBRANDED_SLUG.equals(brand.slug());
    }
}
