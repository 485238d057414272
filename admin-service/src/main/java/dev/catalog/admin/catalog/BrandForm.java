package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Brand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The brand form exactly as typed. */
@Serdeable
public record BrandForm(@Nullable String slug, @Nullable String name, @Nullable String version)
        implements SlugNamedForm<Brand, BrandCommand> {

    static BrandForm empty() {
        return new BrandForm("", "", "");
    }

    static BrandForm from(Brand brand) {
        return new BrandForm(brand.slug(), brand.name(), String.valueOf(brand.version()));
    }

    @Override
    public BrandForm rebasedOn(Brand theirs) {
        return new BrandForm(slug, name, String.valueOf(theirs.version()));
    }

    @Override
    public BrandCommand toCommand() {
        return new BrandCommand(slug == null ? "" : slug.strip(), name == null ? "" : name.strip(), null);
    }

    @Override
    public long editedVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
