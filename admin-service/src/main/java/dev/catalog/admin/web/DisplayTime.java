package dev.catalog.admin.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show a moment: UTC, to the second, the same for every member of staff wherever they are. */
public final class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String format(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
