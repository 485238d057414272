package dev.catalog.admin.catalog;

import dev.catalog.model.catalog.Category;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The category form exactly as typed. */
@Serdeable
public record CategoryForm(@Nullable String slug, @Nullable String name, @Nullable String description,
                           @Nullable String version)
        implements SlugNamedForm<Category, CategoryCommand> {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "");
    }

    static CategoryForm from(Category category) {
        return new CategoryForm(category.slug(), category.name(),
                category.description() == null ? "" : category.description(), String.valueOf(category.version()));
    }

    @Override
    public CategoryForm rebasedOn(Category theirs) {
        return new CategoryForm(slug, name, description, String.valueOf(theirs.version()));
    }

    @Override
    public CategoryCommand toCommand() {
        return new CategoryCommand(slug == null ? "" : slug.strip(), name == null ? "" : name.strip(),
                description == null || description.isBlank() ? null : description.strip(), null);
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
