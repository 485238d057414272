package dev.catalog.admin.catalog;

import dev.catalog.admin.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A bulk action on the rows ticked in the product list. */
@Serdeable
record BulkForm(@Nullable String action, @Nullable List<Long> selected, @Nullable String back,
                @Nullable String runAt) {

    List<Long> ids() {
        return selected == null ? List.of() : selected.stream().distinct().toList();
    }

    /** The list as it was (filters, sort, page), and only ever our own product list. */
    String backToList() {
        return back != null && back.startsWith("/admin/products") ? Pages.localTarget(back) : "/admin/products";
    }
}
