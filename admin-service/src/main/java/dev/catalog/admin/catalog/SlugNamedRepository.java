package dev.catalog.admin.catalog;

import io.micronaut.data.repository.PageableRepository;

/** The store of one kind of object addressed publicly by a unique slug: categories, brands. */
interface SlugNamedRepository<T> extends PageableRepository<T, Long> {

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNotEqual(String slug, Long id);
}
